import type { Feature } from './feature';

/** TODO(symbols): not written yet. */
export const symbolsFeature: Feature = {
  capabilities: () => ({}),
  register: () => {},
};
