import type { Feature } from './feature';

/** TODO(structure): not written yet. */
export const structureFeature: Feature = {
  capabilities: () => ({}),
  register: () => {},
};
