/**
 * Every knowledge-base file, imported explicitly so bundlers and Node (tsx) load the same data.
 * Add a line here when adding a file under data/kb/.
 */
import type { KbEntity } from './schema';
import agreements from '../../data/kb/agreements.json';
import events from '../../data/kb/events.json';
import organizations from '../../data/kb/organizations.json';

export const KB_FILES: Record<string, KbEntity[]> = {
  'agreements.json': agreements as KbEntity[],
  'organizations.json': organizations as KbEntity[],
  'events.json': events as KbEntity[],
};
