/**
 * Knowledge-base access (./core) and the KB shipped with the extension.
 */
import { KB_FILES } from './data';
import { recognitionFileBytes } from './recognition-data';
import { Kb, kbFromRecognitionFile } from './core';
import type { KbRecognitionEntity } from './schema';
import type { CompiledPatterns } from '../recognize/patterns';
import shippedPatterns from '../recognize/shipped-patterns.generated.json';

export * from './core';

let bundled: Kb | undefined;
/** The knowledge base shipped with the extension (built once, then shared). */
export function bundledKb(): Kb {
  bundled ??= new Kb(Object.values(KB_FILES).flat(), shippedPatterns as CompiledPatterns);
  return bundled;
}

let recognitionOnly: Kb<KbRecognitionEntity> | undefined;
/**
 * The shipped KB as the content script gets it, decoded from the same file's bytes (in Node,
 * built in memory). Same entities in the same order as `bundledKb`, so the compiled patterns apply.
 */
export function recognitionKb(): Kb<KbRecognitionEntity> {
  if (!recognitionOnly) {
    const bytes = recognitionFileBytes();
    recognitionOnly = kbFromRecognitionFile(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  }
  return recognitionOnly;
}
