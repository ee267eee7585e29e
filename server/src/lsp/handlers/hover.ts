import type { Feature } from './feature';

/** TODO(hover): not written yet. */
export const hoverFeature: Feature = {
  capabilities: () => ({}),
  register: () => {},
};
