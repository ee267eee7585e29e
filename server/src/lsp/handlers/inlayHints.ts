import type { Feature } from './feature';

/** TODO(inlayHints): not written yet. */
export const inlayHintsFeature: Feature = {
  capabilities: () => ({}),
  register: () => {},
};
