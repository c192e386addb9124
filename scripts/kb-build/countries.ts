/**
 * Country names and files of the sources → ISO 3166-1 alpha-2 codes (i18n-iso-countries, MIT),
 * with the names Wikidata writes that the library does not know.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

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
  'Eswatini': 'SZ',
  'Georgia': 'GE',
  'Sahrawi Arab Democratic Republic': 'EH',
  'Cook Islands': 'CK',
  Niue: 'NU',
};

/** The ep-countries file (every-politician-scrapers repository) → the country it covers. */
export const EP_COUNTRY_FILES: Record<string, string> = {
  afghanistan: 'AF', 'algeria-cabinet': 'DZ', 'argentina-ministers': 'AR', 'armenia-ministers': 'AM',
  'australia-cabinet': 'AU', 'austria-cabinet': 'AT', 'azerbaijan-cabinet': 'AZ', 'bangladesh-ministers': 'BD',
  'belarus-ministers': 'BY', 'belgium-cabinet': 'BE', 'bolivia-ministers': 'BO', 'brazil-ministers': 'BR',
  'brunei-ministers': 'BN', 'bulgaria-cabinet': 'BG', cambodia: 'KH', 'canada-cabinet': 'CA',
  'chile-ministers': 'CL', 'china-ministers': 'CN', 'croatia-ministers': 'HR', cuba: 'CU',
  'czech-ministers': 'CZ', 'denmark-cabinet': 'DK', 'ecuador-ministers': 'EC', 'egypt-ministers': 'EG',
  'ethiopia-ministers': 'ET', 'finland-cabinet': 'FI', 'france-cabinet': 'FR', 'georgia-ministers': 'GE',
  'ghana-ministers': 'GH', 'greece-cabinet': 'GR', 'hungary-cabinet': 'HU', 'india-ministers': 'IN',
  'indonesia-ministers': 'ID', 'iran-ministers': 'IR', 'iraq-ministers': 'IQ', 'ireland-ministers': 'IE',
  'israel-ministers': 'IL', 'italy-ministers': 'IT', 'japan-ministers': 'JP', 'jordan-ministers': 'JO',
  'kazakhstan-cabinet': 'KZ', kenya: 'KE', 'kuwait-ministers': 'KW', 'malaysia-ministers': 'MY',
  'mexico-ministers': 'MX', 'mongolia-ministers': 'MN', 'morocco-ministers': 'MA', 'myanmar-ministers': 'MM',
  'nepal-ministers': 'NP', 'netherlands-cabinet': 'NL', 'new-zealand-cabinet': 'NZ', nigeria: 'NG',
  'north-korea': 'KP', 'norway-cabinet': 'NO', 'pakistan-ministers': 'PK', 'philippines-ministers': 'PH',
  'poland-cabinet': 'PL', 'portugal-cabinet': 'PT', 'romania-cabinet': 'RO', 'russia-cabinet': 'RU',
  'saudi-ministers': 'SA', 'singapore-ministers': 'SG', 'south-africa-cabinet': 'ZA',
  'south-korea-ministers': 'KR', 'spain-ministers': 'ES', 'sri-lanka-cabinet': 'LK', sudan: 'SD',
  'sweden-cabinet': 'SE', syria: 'SY', taiwan: 'TW', 'tanzania-ministers': 'TZ', 'turkey-ministers': 'TR',
  'uae-ministers': 'AE', 'ukraine-cabinet': 'UA', 'united-kingdom-cabinet': 'GB', 'us-cabinet': 'US',
  'uzbekistan-ministers': 'UZ', venezuela: 'VE', vietnam: 'VN', zimbabwe: 'ZW',
};

/** ISO alpha-2 for a country name as Wikidata labels it; undefined for sub-national or unknown names. */
export function countryCode(name: string): string | undefined {
  return NAME_OVERRIDES[name] ?? countries.getAlpha2Code(name, 'en') ?? undefined;
}

/** ISO alpha-2 for an ISO 3166-1 numeric code (DESTA's party codes). */
export function countryFromNumeric(code: string): string | undefined {
  return countries.numericToAlpha2(code.padStart(3, '0')) ?? undefined;
}

/** The English short name of a code (for agreement names built from parties). */
export function countryName(code: string): string | undefined {
  return countries.getName(code, 'en', { select: 'alias' }) ?? undefined;
}
