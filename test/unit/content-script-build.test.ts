/**
 * The content script is built small (lib/content-build.ts): the reader part (recognition and
 * extraction, entrypoints/part-reader.ts) is loaded by article pages only, and the script carries
 * only the English messages it speaks. Bundled here as scripts/content-size.ts bundles it.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/messages/en';
import { CONTENT_SCRIPT_MESSAGES, CONTENT_SCRIPT_MODULES, isPureModule } from '../../lib/content-build';
import { contentScriptSize } from '../../scripts/content-size';

describe("the content script's build", () => {
  it('carries the announcements and errors of the English catalog, and nothing else of it', () => {
    const source = CONTENT_SCRIPT_MODULES['./messages/en']!.source();
    const subset = JSON.parse(/^export const en = (.*);\n$/s.exec(source)![1]!) as Record<string, string>;
    const wanted = Object.entries(en).filter(([key]) => CONTENT_SCRIPT_MESSAGES.test(key));
    expect(Object.entries(subset)).toEqual(wanted);
    expect(Object.keys(subset)).toContain('announce.termKind');
    expect(Object.keys(subset)).toContain('error.internal');
    expect(Object.keys(subset)).not.toContain('loading');
  });

  it('treats rule modules as free of side effects, but not the one that provides Readability', () => {
    expect(isPureModule('/repo/lib/ministries/generic.ts')).toBe(true);
    expect(isPureModule('/repo/lib/ministries/country-names.generated.json')).toBe(true);
    expect(isPureModule('/repo/lib/recognize/titles.ts')).toBe(true);
    expect(isPureModule('/repo/lib/ministries/index.ts')).toBe(false);
    expect(isPureModule('/repo/lib/i18n/index.ts')).toBe(false);
  });

  it('leaves recognition and readout extraction to the reader part, and stays under 40 KB gzipped', async () => {
    const size = await contentScriptSize();
    const modules = size.modules.map((m) => m.module);
    expect(modules).toContain('lib/ministries/pages.ts');
    expect(modules.filter((m) => m.startsWith('lib/recognize/'))).toEqual([]);
    for (const module of [
      'lib/ministries/participants.ts',
      'lib/ministries/countries.ts',
      'lib/ministries/country-names.generated.json',
      'lib/kb/core.ts',
      'lib/i18n/messages/en.ts',
    ])
      expect(modules).not.toContain(module);
    expect(size.total.gzip).toBeLessThan(40 * 1024);
  }, 60_000);
});
