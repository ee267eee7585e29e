import type { Feature } from './feature';

/** TODO(semanticTokens): not written yet. */
export const semanticTokensFeature: Feature = {
  capabilities: () => ({}),
  register: () => {},
};
