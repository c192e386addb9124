/**
 * Country names and files of the sources → ISO 3166-1 alpha-2 codes. English region names come
 * from the runtime's CLDR data (Intl.DisplayNames), with the names Wikidata writes that CLDR does
 * not use.
 */

/** Wikidata's labels that i18n-iso-countries spells differently. */
const NAME_OVERRIDES: Record<string, string> = {
  'Kingdom of the Netherlands': 'NL',
  'Kingdom of Denmark': 'DK',
  "People's Republic of China": 'CN',
  'Republic of China': 'TW',
  Taiwan: 'TW',
  'State of Palestine': 'PS',
  'Federated States of Micronesia': 'FM',
  'The Gambia': 'GM',
  'The Bahamas': 'BS',
  'Republic of the Congo': 'CG',
  'Democratic Republic of the Congo': 'CD',
  'Ivory Coast': 'CI',
  "Côte d'Ivoire": 'CI',
  'East Timor': 'TL',
  'Timor-Leste': 'TL',
  Kosovo: 'XK',
  'Vatican City': 'VA',
  'Holy See': 'VA',
  'North Korea': 'KP',
  'South Korea': 'KR',
  'São Tomé and Príncipe': 'ST',
  'Sao Tome and Principe': 'ST',
  'Cape Verde': 'CV',
  Eswatini: 'SZ',
  Georgia: 'GE',
  'Sahrawi Arab Democratic Republic': 'EH',
  'Cook Islands': 'CK',
  Niue: 'NU',
  'United States of America': 'US',
  'United States': 'US',
  'Czech Republic': 'CZ',
  Myanmar: 'MM',
  Turkey: 'TR',
  'Republic of Ireland': 'IE',
  Ireland: 'IE',
  Palestine: 'PS',
  'Hong Kong': 'HK',
  Macau: 'MO',
  'Saint Kitts and Nevis': 'KN',
  'Saint Lucia': 'LC',
  'Saint Vincent and the Grenadines': 'VC',
  'Trinidad and Tobago': 'TT',
  'Antigua and Barbuda': 'AG',
  'Bosnia and Herzegovina': 'BA',
  Micronesia: 'FM',
  'Republic of the Congo ': 'CG',
  Congo: 'CG',
  'Guinea-Bissau': 'GW',
  'North Macedonia': 'MK',
  Brunei: 'BN',
  'Kingdom of Eswatini': 'SZ',
  Vietnam: 'VN',
  Laos: 'LA',
  Syria: 'SY',
  Iran: 'IR',
  Russia: 'RU',
  Moldova: 'MD',
  Bolivia: 'BO',
  Venezuela: 'VE',
  Tanzania: 'TZ',
  'Sahrawi Republic': 'EH',
};

/** The ep-countries file (every-politician-scrapers repository) → the country it covers. */
export const EP_COUNTRY_FILES: Record<string, string> = {
  afghanistan: 'AF',
  'algeria-cabinet': 'DZ',
  'argentina-ministers': 'AR',
  'armenia-ministers': 'AM',
  'australia-cabinet': 'AU',
  'austria-cabinet': 'AT',
  'azerbaijan-cabinet': 'AZ',
  'bangladesh-ministers': 'BD',
  'belarus-ministers': 'BY',
  'belgium-cabinet': 'BE',
  'bolivia-ministers': 'BO',
  'brazil-ministers': 'BR',
  'brunei-ministers': 'BN',
  'bulgaria-cabinet': 'BG',
  cambodia: 'KH',
  'canada-cabinet': 'CA',
  'chile-ministers': 'CL',
  'china-ministers': 'CN',
  'croatia-ministers': 'HR',
  cuba: 'CU',
  'czech-ministers': 'CZ',
  'denmark-cabinet': 'DK',
  'ecuador-ministers': 'EC',
  'egypt-ministers': 'EG',
  'ethiopia-ministers': 'ET',
  'finland-cabinet': 'FI',
  'france-cabinet': 'FR',
  'georgia-ministers': 'GE',
  'ghana-ministers': 'GH',
  'greece-cabinet': 'GR',
  'hungary-cabinet': 'HU',
  'india-ministers': 'IN',
  'indonesia-ministers': 'ID',
  'iran-ministers': 'IR',
  'iraq-ministers': 'IQ',
  'ireland-ministers': 'IE',
  'israel-ministers': 'IL',
  'italy-ministers': 'IT',
  'japan-ministers': 'JP',
  'jordan-ministers': 'JO',
  'kazakhstan-cabinet': 'KZ',
  kenya: 'KE',
  'kuwait-ministers': 'KW',
  'malaysia-ministers': 'MY',
  'mexico-ministers': 'MX',
  'mongolia-ministers': 'MN',
  'morocco-ministers': 'MA',
  'myanmar-ministers': 'MM',
  'nepal-ministers': 'NP',
  'netherlands-cabinet': 'NL',
  'new-zealand-cabinet': 'NZ',
  nigeria: 'NG',
  'north-korea': 'KP',
  'norway-cabinet': 'NO',
  'pakistan-ministers': 'PK',
  'philippines-ministers': 'PH',
  'poland-cabinet': 'PL',
  'portugal-cabinet': 'PT',
  'romania-cabinet': 'RO',
  'russia-cabinet': 'RU',
  'saudi-ministers': 'SA',
  'singapore-ministers': 'SG',
  'south-africa-cabinet': 'ZA',
  'south-korea-ministers': 'KR',
  'spain-ministers': 'ES',
  'sri-lanka-cabinet': 'LK',
  sudan: 'SD',
  'sweden-cabinet': 'SE',
  syria: 'SY',
  taiwan: 'TW',
  'tanzania-ministers': 'TZ',
  'turkey-ministers': 'TR',
  'uae-ministers': 'AE',
  'ukraine-cabinet': 'UA',
  'united-kingdom-cabinet': 'GB',
  'us-cabinet': 'US',
  'uzbekistan-ministers': 'UZ',
  venezuela: 'VE',
  vietnam: 'VN',
  zimbabwe: 'ZW',
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every alpha-2 code CLDR names, by its English long and short names. */
function cldrCodesByName(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const style of ['long', 'short'] as const) {
    const names = new Intl.DisplayNames(['en'], { type: 'region', style, fallback: 'none' });
    for (const a of LETTERS)
      for (const b of LETTERS) {
        const code = a + b;
        const name = names.of(code);
        if (name && !byName.has(name)) byName.set(name, code);
      }
  }
  return byName;
}
let cldr: Map<string, string> | undefined;

/** ISO alpha-2 for a country name as Wikidata labels it; undefined for sub-national or unknown names. */
export function countryCode(name: string): string | undefined {
  cldr ??= cldrCodesByName();
  return NAME_OVERRIDES[name] ?? cldr.get(name);
}
