import type { Feature } from './feature';

/** TODO(codeActions): not written yet. */
export const codeActionsFeature: Feature = {
  capabilities: () => ({}),
  register: () => {},
};
