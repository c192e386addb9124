/**
 * Intergovernmental organisations from DIGO (manyios, CC BY 4.0): the living ones whose name the
 * dataset writes out in full (many of its names are abbreviated, "Int'l Cocoa Org.", and a readout
 * never writes those), with their founding year and acronym.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntity } from '../../lib/kb/schema';
import { csvRecords } from './csv';
import { slug } from './people';

const MANYIOS = 'https://github.com/globalgov/manyios';
const ENGLISH_PARTICLES = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'against', 'with']);

/** Abbreviations in DIGO's names: such a name is not how anyone writes the organisation. */
const ABBREVIATED =
  /[.&,;…«/_]|\b(FTA|CU|Assn|Gov|Telecomm|AsianPacific|NewZealand)\b|\b(Int'?l|Intl|Int|Org|Comm|Instit|Econ|Coop|Am|Euro|Afr|Dev|Pac|NW|Soc|Ag|Sci|Tech|Nuc|Geog|Hist|Prop|Ed|Admin|Conf|Med|Intergov|Telecom|Protect|Environ|Assoc|Fed|Govt|Sec|Cttee|Ctr|Inst|Devel|Res|Mgmt|Natl)\b/;

export function digoOrganizations(sourcesDir: string): KbEntity[] {
  // The file is latin-1, with CR CR LF line ends (see SOURCES.md).
  const text = readFileSync(join(sourcesDir, 'manyios', 'io_dataDID-1.0-RIO.csv'), 'latin1');
  const out: KbEntity[] = [];
  for (const r of csvRecords(text)) {
    const name = (r.orgname ?? '').trim();
    const acronym = (r.ioname ?? '').trim();
    if (r.Living !== '1' || !name || ABBREVIATED.test(name) || name.split(' ').length < 2) continue;
    // Lower-case words other than English particles: a French or Spanish name, or one whose
    // accented letters the file lost ("marchs" for "marchés").
    if (name.split(' ').some((w) => /^\p{Ll}/u.test(w) && !ENGLISH_PARTICLES.has(w))) continue;
    const founded = /^\d{4}$/.test(r.sdate ?? '') ? r.sdate : undefined;
    out.push({
      id: slug(name),
      kind: 'organization',
      name,
      // Only all-caps acronyms of three or more letters: "EU" and "IOcC" are left to the hand-written KB.
      aliases: /^[A-Z]{3,8}$/.test(acronym) ? [acronym] : [],
      type: 'intergovernmental organization',
      ...(founded ? { dates: { founded } } : {}),
      sources: [{ url: MANYIOS, title: 'DIGO, manyios (Hollway; Eilstrup-Sangiovanni 2020), CC BY 4.0' }],
    });
  }
  return out;
}
