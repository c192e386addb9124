/**
 * Classes from the fresh10 set, in sentences of our own: greetings and bare honorifics that are
 * no names; Spanish spellings of Russian names and Spanish title-and-name grammar; Russian office
 * phrases with a body in the genitive, English given names in Russian transcription and Central
 * Asian Cyrillic letters; English names with lowercase titles, Malay styles and spaced initials.
 */
import { describe, expect, it } from 'vitest';
import { peopleInText } from '../../lib/ministries/participants';
import { findTitledNames } from '../../lib/recognize/titles';
import { findNativeTitledNames } from '../../lib/recognize/titles-native';
import {
  cyrillicNameReadings,
  latinOfCyrillic,
  nameKey,
  slavicOfSpanish,
} from '../../lib/recognize/transliteration';

const names = (found: { name: string }[]) => found.map((f) => f.name);

describe('greetings and bare honorifics are never names', () => {
  it('does not read a greeting after a title as a person', () => {
    const text =
      'At the end of the call the minister wished the Deputy Secretary Merry Christmas and a good year.';
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

describe('Spanish spellings of Russian names reach the KB person', () => {
  it('reads "gu" before e and i as a hard g', () => {
    expect(nameKey('Serguéi Lavrov')).toBe(nameKey('Sergey Lavrov'));
    expect(nameKey('Yevgueni Primakov')).toBe(nameKey('Yevgeny Primakov'));
    expect(nameKey('Miguel Ruiz')).toBe(nameKey('Miguel Ruiz'));
    expect(nameKey('Serguéi Lavrov')).not.toBe(nameKey('Sergio Lavrov'));
  });
  it('reads a Spanish j as kh only as a second reading', () => {
    expect(slavicOfSpanish('Mijaíl Gorbachov')).toBe('Mikhaíl Gorbachov');
    expect(slavicOfSpanish('Sergey Lavrov')).toBeUndefined();
    expect(slavicOfSpanish('Лавров')).toBeUndefined();
  });
});

describe('Spanish title-and-name grammar', () => {
  const es = (text: string) => findNativeTitledNames(text, () => false).map((f) => f.name);
  it('reads a name set off by commas after a title and its complement', () => {
    expect(
      es('Ayer, el Ministro de Asuntos Exteriores de Portugal, Rui Gomes Teixeira, recibió a la delegación.'),
    ).toEqual(['Rui Gomes Teixeira']);
    expect(
      es(
        'La Secretaria General de la Organización de Estados del Sur (OES), Ana María del Río, viajó a Lima.',
      ),
    ).toEqual(['Ana María del Río']);
  });
  it('reads a name after a gentilic adjective, and a name before its title', () => {
    expect(es('Se reunió con el canciller peruano Luis Quispe Mamani en la capital.')).toEqual([
      'Luis Quispe Mamani',
    ]);
    expect(es('Conversó con Marta Díaz Ortega, la canciller de Panamá, sobre el comercio.')).toEqual([
      'Marta Díaz Ortega',
    ]);
  });
  it('takes no body, place or plural title for a person', () => {
    expect(
      es('Los Ministros de Asuntos Exteriores del grupo en Buenos Aires, el Ministro de Comercio habló.'),
    ).toEqual([]);
    expect(es('El acuerdo se firmó en Santa Cruz, el Presidente del Gobierno lo celebró.')).toEqual([]);
    expect(es('El Ministro de Asuntos Exteriores, Unión Europea, dijo que no.')).toEqual([]);
    expect(es('el ministro de Relaciones Exteriores, el martes, anunció la visita.')).toEqual([]);
    expect(es('The Foreign Minister of Spain, Ana Lopez, met the press.')).toEqual([]);
  });
});

describe('Russian office phrases, transcriptions and Central Asian letters', () => {
  const ru = (text: string) => findNativeTitledNames(text, () => false).map((f) => f.name);
  it('leaves a body in the genitive between the office and the name out of the name', () => {
    expect(ru('Вчера официальный представитель Госдепартамента Джон Смит ответил на вопросы.')).toEqual([
      'Джон Смит',
    ]);
    expect(ru('Об этом заявил глава Пентагона США Роберт Браун.')).toEqual(['Роберт Браун']);
    expect(ru('Официальный представитель Еврокомиссии сообщил об этом.')).toEqual([]);
    expect(ru('Глава государства выступил с обращением.')).toEqual([]);
  });
  it('reads two names after a plural office with two countries', () => {
    expect(
      ru('Министры иностранных дел Казахстана и Киргизии Ерлан Сапаров и Жээнбек Кулубаев провели встречу.'),
    ).toEqual(['Ерлан Сапаров', 'Жээнбек Кулубаев']);
  });
  it('reads an initial Э as the English a, and Central Asian letters', () => {
    expect(cyrillicNameReadings('Энтони Блинкен')).toContain('Antoni Blinken');
    expect(nameKey(cyrillicNameReadings('Энтони Блинкен').find((r) => r.startsWith('A'))!)).toBe(
      nameKey('Antony Blinken'),
    );
    expect(latinOfCyrillic('Тўхтаев Қодиров Ғулом Ҳасан')).toBe('Tokhtaev Qodirov Gulom Hasan');
    expect(cyrillicNameReadings('Сергей Лавров')).not.toContain('Asergei Lavrov');
  });
});

describe('English: lowercase offices, Malay styles, plural appositions, "was" + office', () => {
  const titled = (text: string) => names(findTitledNames(text));
  it('reads a name of two words after a lowercase office', () => {
    expect(titled('The visit matters, said his deputy press secretary Jane Roe said.')).toEqual(['Jane Roe']);
    expect(titled('The talks were led by the foreign secretary John Albert Doe.')).toEqual([
      'John Albert Doe',
    ]);
  });
  it('takes no single word, weekday, country or body after a lowercase office', () => {
    expect(titled('The minister Monday told reporters that the president Jones would wait.')).toEqual([]);
    expect(titled('The foreign minister New Zealand sent was a junior one.')).toEqual([]);
    expect(titled('A spokesman United Nations officials quoted said so.')).toEqual([]);
  });
  it('reads a person after a Malay style, with no office', () => {
    expect(titled('She also met Tun Ahmad Rahman and Tan Sri Siti Nor Hassan on Monday.')).toEqual([
      'Ahmad Rahman',
      'Siti Nor Hassan',
    ]);
    expect(titled('Later, Datuk Seri Razak Osman spoke.')).toEqual(['Razak Osman']);
  });
  it('takes no street or building named after a styled person', () => {
    expect(titled('The office is on Jalan Tun Ahmad Rahman in the city.')).toEqual([]);
    expect(titled('They met at Tun Razak Exchange Tower.')).toEqual([]);
    expect(titled('The letter was signed by U Tun Tun Aung and Daw Tun Mya.')).toEqual([]);
  });
  it('reads two names after a plural office set off by dashes or a comma', () => {
    expect(
      titled('The foreign secretaries of the two countries -- Jane Roe and John Doe -- met in May.'),
    ).toEqual(['Jane Roe', 'John Doe']);
    expect(titled('The two Foreign Ministers, Maria Lopez and Kofi Mensah, signed it.')).toEqual([
      'Maria Lopez',
      'Kofi Mensah',
    ]);
  });
  it('takes no plural office before a list of countries or bodies', () => {
    expect(titled('Foreign Ministers, Heads of State and their deputies attended.')).toEqual([]);
    expect(titled('Ambassadors: European Union and African Union delegates came.')).toEqual([]);
  });
  it('reads "NAME was COUNTRY\'s office" and "NAME was his COUNTRY-adjective counterpart", spaced initials too', () => {
    expect(
      titled(
        'They last met in 1990, when K L Mehta was India\u2019s external affairs minister and Imran Ali Shah was his Pakistani counterpart.',
      ),
    ).toEqual(['K L Mehta', 'Imran Ali Shah']);
  });
  it('takes no body, party or initials alone before "was"', () => {
    expect(titled('It happened when Congress Party was India\u2019s ruling party.')).toEqual([]);
    expect(titled('This was when A B was the foreign minister of India.')).toEqual([]);
    expect(titled('and United Nations was the chief mediator of the talks.')).toEqual([]);
  });
});

describe('Bengali: office + name', () => {
  const bn = (text: string) => findNativeTitledNames(text, () => false).map((f) => f.name);
  it('reads a name closed by the sentence end, or by a genitive and a postposition', () => {
    expect(bn('সভায় উপস্থিত ছিলেন রাষ্ট্রদূত করিম হোসেন রহমান।')).toEqual(['করিম হোসেন রহমান']);
    expect(bn('পররাষ্ট্র মন্ত্রী জামাল উদ্দিন খানের সঙ্গে বৈঠক হয়।')).toEqual(['জামাল উদ্দিন খান']);
  });
  it('takes no office words, the ministry or an unclosed run of words', () => {
    expect(bn('রাষ্ট্রদূত করিম ঢাকায় নতুন প্রকল্প দেখেন এবং ফিরে যান')).toEqual([]);
    expect(bn('পররাষ্ট্র মন্ত্রী মন্ত্রণালয়ে ফিরে যান।')).toEqual([]);
    expect(bn('সচিব বাংলাদেশ সরকারের পক্ষে বলেন।')).toEqual([]);
  });
});
