/**
 * Classes from the fresh10 set, in sentences of our own: greetings and bare honorifics that are
 * no names; Spanish spellings of Russian names and Spanish title-and-name grammar; Russian office
 * phrases with a body in the genitive, English given names in Russian transcription and Central
 * Asian Cyrillic letters; English names with lowercase titles, Malay styles and spaced initials.
 */
import { describe, expect, it } from 'vitest';
import { peopleInText } from '../../lib/ministries/participants';
import { findTitledNames } from '../../lib/recognize/titles';

const names = (found: { name: string }[]) => found.map((f) => f.name);

describe('greetings and bare honorifics are never names', () => {
  it('does not read a greeting after a title as a person', () => {
    const text = 'At the end of the call the minister wished the Deputy Secretary Merry Christmas and a good year.';
    expect(names(findTitledNames(text))).toEqual([]);
    expect(names(peopleInText(text))).toEqual([]);
    const eid = 'The Ambassador Eid Mubarak greetings were conveyed to the President Happy New Year.';
    expect(names(findTitledNames(eid))).toEqual([]);
    expect(names(peopleInText(eid))).toEqual([]);
  });
  it('reads the name after an undotted style and a lowercase sheikh', () => {
    const text = 'The Minister for Foreign Affairs HE sheikh Khalid bin Ahmed Al Nasser met the delegation.';
    expect(names(findTitledNames(text))).toEqual(['Khalid bin Ahmed Al Nasser']);
    expect(names(peopleInText(text))).toEqual(['Khalid bin Ahmed Al Nasser']);
  });
  it('still reads a name that a greeting word does not start', () => {
    const text = 'Foreign Minister Jane Roe sent greetings.';
    expect(names(peopleInText(text))).toEqual(['Jane Roe']);
    expect(names(findTitledNames(text))).toEqual(['Jane Roe']);
  });
});
