/**
 * Writes lib/ministries/country-names.generated.json: each UN member's (and observer's) names in
 * English, Chinese, Japanese, Korean and Russian, from i18n-iso-countries (MIT; CLDR-based).
 * Index forms ("Korea, Republic of") and names shared by two countries ("Congo") are left out.
 * Run `npx tsx scripts/gen-country-names.ts` after upgrading the package.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UN_MEMBERS_AND_OBSERVERS } from '../lib/ministries/countries';

const require = createRequire(import.meta.url);
const OUT = new URL('../lib/ministries/country-names.generated.json', import.meta.url);

const byCode: Record<string, string[]> = {};
for (const language of ['en', 'zh', 'ja', 'ko', 'ru']) {
  const file = require.resolve(`i18n-iso-countries/langs/${language}.json`);
  const names = (JSON.parse(readFileSync(file, 'utf8')) as { countries: Record<string, string | string[]> })
    .countries;
  const codesOf = new Map<string, Set<string>>();
  for (const code of UN_MEMBERS_AND_OBSERVERS)
    for (const form of [names[code] ?? []].flat())
      if (!/[,(（]/.test(form)) codesOf.set(form, (codesOf.get(form) ?? new Set()).add(code));
  for (const [form, codes] of codesOf)
    if (codes.size === 1) {
      const code = [...codes][0]!;
      (byCode[code] ??= []).push(form);
    }
}
writeFileSync(OUT, `${JSON.stringify(byCode, null, 1)}\n`);
console.log(`${Object.keys(byCode).length} countries written to ${OUT.pathname}`);
