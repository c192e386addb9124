/**
 * The recognition part of every shipped entity, packed (./recognition-pack.ts). In extension
 * builds the `inlineDataModules` Vite plugin (wxt.config.ts) replaces this module by its exported
 * value, so the content script carries these fields and not the whole KB; Node computes it here
 * from the full files.
 */
import { KB_FILES } from './data';
import { packRecognition } from './recognition-pack';
import { recognitionPart } from './split';

export const KB_RECOGNITION_PACKED = packRecognition(Object.values(KB_FILES).flat().map(recognitionPart));
