import type { Feature } from './feature';

/** TODO(navigation): not written yet. */
export const navigationFeature: Feature = {
  capabilities: () => ({}),
  register: () => {},
};
