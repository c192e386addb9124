/**
 * Kinds of office that pages name without the person's full name ("岸田外務大臣", "ビショップ豪外相",
 * "安倍総理"), and the matching test on the KB's English office titles, so that "surname + office
 * (+ country)" resolves to whoever held that office for that country on the page's date.
 */
import type { OfficeSpan } from '../kb/core';
import { officesAt } from '../kb/core';

/** 'minister': any cabinet minister ("高村大臣", the page's own minister named by "大臣" alone). */
export type OfficeKind = 'foreign-minister' | 'head-of-government' | 'head-of-state' | 'minister';

/** A cabinet minister of any portfolio, not a deputy, vice or parliamentary one. */
const MINISTER_RE =
  /^(?!.*\b(?:deputy|vice|under|assistant|state secretary|parliamentary|prime)\b)(?:.*\bminister\b|secretary of state\b|chief cabinet secretary)/i;

const KIND_OF_OFFICE: [RegExp, OfficeKind][] = [
  [
    /^(?!.*\b(?:deputy|vice|under|assistant|state secretary|parliamentary)\b).*(?:foreign|external affairs|^secretary of state$|^secretary of state of the united states)/i,
    'foreign-minister',
  ],
  [
    /^(?!.*\b(?:deputy|vice)\b).*(?:prime minister|premier|chancellor|head of government)/i,
    'head-of-government',
  ],
  [
    /^(?!.*\b(?:deputy|vice)\b)(?:president(?! of the (?:european commission|european council|general assembly))|king|queen|emperor|emir|sultan|head of state)/i,
    'head-of-state',
  ],
];

/** The kind of a KB office title, if it is one of the kinds pages name by office alone. */
export function kindOfOffice(office: string): OfficeKind | undefined {
  return KIND_OF_OFFICE.find(([re]) => re.test(office))?.[1];
}

/** Japanese, Korean and Chinese office words of each kind. */
const NATIVE_KINDS: Record<string, OfficeKind> = {
  外務大臣: 'foreign-minister',
  外相: 'foreign-minister',
  外交部長: 'foreign-minister',
  国務長官: 'foreign-minister',
  外務長官: 'foreign-minister',
  外交長官: 'foreign-minister',
  외교부장관: 'foreign-minister',
  외교장관: 'foreign-minister',
  외교부장: 'foreign-minister',
  국무장관: 'foreign-minister',
  외무장관: 'foreign-minister',
  외무상: 'foreign-minister',
  外长: 'foreign-minister',
  外交部长: 'foreign-minister',
  国务卿: 'foreign-minister',
  大臣: 'minister',
  総理大臣: 'head-of-government',
  総理: 'head-of-government',
  首相: 'head-of-government',
  총리: 'head-of-government',
  总理: 'head-of-government',
  大統領: 'head-of-state',
  国家主席: 'head-of-state',
  대통령: 'head-of-state',
  주석: 'head-of-state',
  总统: 'head-of-state',
};

export function kindOfNativeOffice(office: string): OfficeKind | undefined {
  return NATIVE_KINDS[office.replace(/\s+/g, '')];
}

/** Whether `entity` held an office of `kind` (for `country`, if given) on `date`, or ever when no date. */
export function heldOfficeKind(
  entity: { offices?: readonly OfficeSpan[] },
  kind: OfficeKind,
  country: string | undefined,
  date: string | null,
): boolean {
  const spans = date ? officesAt(entity, date) : (entity.offices ?? []);
  return spans.some(
    (s) =>
      (!country || s.country === country) &&
      (kind === 'minister' ? MINISTER_RE.test(s.office) : kindOfOffice(s.office) === kind),
  );
}
