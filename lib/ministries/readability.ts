/**
 * Readability (for article layouts no site file knows) is provided rather than imported: the
 * content script loads it as a part on the first page that needs it (lib/parts.ts), so pages of
 * known layouts never carry it. `./index` provides it for everything else (Node, extension pages).
 */
import type { Readability } from '@mozilla/readability';

export type ReadabilityClass = typeof Readability;

/** Thrown by extraction that needs Readability before it is provided: load it, then run again. */
export class ReadabilityNotLoaded extends Error {
  constructor() {
    super('Readability is needed for this layout and has not been loaded');
    this.name = 'ReadabilityNotLoaded';
  }
}

let provided: ReadabilityClass | null = null;

export function provideReadability(readability: ReadabilityClass): void {
  provided = readability;
}

export const hasReadability = (): boolean => provided !== null;

export function readabilityClass(): ReadabilityClass {
  if (!provided) throw new ReadabilityNotLoaded();
  return provided;
}
