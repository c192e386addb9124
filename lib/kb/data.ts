/**
 * Every knowledge-base file, imported explicitly so bundlers and Node (tsx) load the same data.
 * Add a line here when adding a file under data/kb/.
 */
import type { KbEntity } from './schema';

export const KB_FILES: Record<string, KbEntity[]> = {};
