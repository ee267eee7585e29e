export async function renderPlanDocx(..._a: unknown[]): Promise<Uint8Array> { throw new Error('todo'); }
