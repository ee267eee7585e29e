import type { Localized } from '../core';

/** A problem of the machine rather than of the plan (no Chrome, a file that cannot be written): the CLI prints it and exits 2. */
export class HostError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}
