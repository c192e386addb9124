/**
 * Every knowledge-base file, imported explicitly so bundlers and Node (tsx) load the same data.
 * Add a line here when adding a file under data/kb/.
 */
import type { KbEntity } from './schema';
import agreements from '../../data/kb/agreements.json';
import events from '../../data/kb/events.json';
import organizations from '../../data/kb/organizations.json';
import officialsCn from '../../data/kb/officials-cn.json';
import officialsKr from '../../data/kb/officials-kr.json';
import officialsKp from '../../data/kb/officials-kp.json';
import officialsJp from '../../data/kb/officials-jp.json';
import officialsUs from '../../data/kb/officials-us.json';
import officialsRu from '../../data/kb/officials-ru.json';
import officialsGb from '../../data/kb/officials-gb.json';
import officialsFr from '../../data/kb/officials-fr.json';
import officialsDe from '../../data/kb/officials-de.json';
import officialsIn from '../../data/kb/officials-in.json';
import officialsEu from '../../data/kb/officials-eu.json';
import officialsIntl from '../../data/kb/officials-intl.json';
import officialsOther from '../../data/kb/officials-other.json';

export const KB_FILES: Record<string, KbEntity[]> = {
  'agreements.json': agreements as KbEntity[],
  'organizations.json': organizations as KbEntity[],
  'events.json': events as KbEntity[],
  'officials-cn.json': officialsCn as KbEntity[],
  'officials-kr.json': officialsKr as KbEntity[],
  'officials-kp.json': officialsKp as KbEntity[],
  'officials-jp.json': officialsJp as KbEntity[],
  'officials-us.json': officialsUs as KbEntity[],
  'officials-ru.json': officialsRu as KbEntity[],
  'officials-gb.json': officialsGb as KbEntity[],
  'officials-fr.json': officialsFr as KbEntity[],
  'officials-de.json': officialsDe as KbEntity[],
  'officials-in.json': officialsIn as KbEntity[],
  'officials-eu.json': officialsEu as KbEntity[],
  'officials-intl.json': officialsIntl as KbEntity[],
  'officials-other.json': officialsOther as KbEntity[],
};
