import type { Feature } from './feature';

/** TODO(codeLens): not written yet. */
export const codeLensFeature: Feature = {
  capabilities: () => ({}),
  register: () => {},
};
