/**
 * The content script's KB file (./recognition-binary.ts) as the build writes it: the recognition
 * part of every shipped entity and the pattern table compiled from them. Node code reads the same
 * bytes through `recognitionKb()`, so tests run the content script's decoding.
 */
import { KB_FILES } from './data';
import { encodeRecognition } from './recognition-binary';
import { recognitionPart } from './split';
import type { CompiledPatterns } from '../recognize/patterns';
import shippedPatterns from '../recognize/shipped-patterns.generated.json';

export function recognitionFileBytes(): Uint8Array {
  return encodeRecognition(
    Object.values(KB_FILES).flat().map(recognitionPart),
    shippedPatterns as CompiledPatterns,
  );
}
