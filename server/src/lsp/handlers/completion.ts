import type { Feature } from './feature';

/** TODO(completion): not written yet. */
export const completionFeature: Feature = {
  capabilities: () => ({}),
  register: () => {},
};
