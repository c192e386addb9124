/**
 * The archive at 10,000 readouts (500 with --quick; other sizes with --readouts=10000,50000), measured in real Chromium on the built
 * extension (`npx wxt build` first): save, related lookup, full-text search and the popup's
 * first render, each against the same operation on a `chrome.storage.local` store in the same
 * run. Both sides are driven from the same extension page; ours pays a runtime message to the
 * background on every call, which the peer (calling storage.local directly) does not.
 *
 * The peer is what a storage.local archive looks like without a library: one key per readout,
 * one key per entity listing the readouts that mention it (so related is not a scan either),
 * and full-text search as a scan with substring matching (storage.local has no index).
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import {
  backupHookOf,
  launchExtension,
  stopServiceWorker,
  type BackupHook,
  type ExtensionBrowser,
} from '../scripts/extension-browser';
import { headerLine, readoutLine } from '../lib/archive/backup-format';
import { readoutIdFor, type ArchivedReadout } from '../lib/archive/schema';
import { formatTable, median, percentile, type BenchOptions, type Figure } from './figure';
import { POPUP_MARKS } from '../lib/perf-marks';

const PEER = 'chrome.storage.local';
/** The peer's runs of one operation stop after this long, with at least 5 runs (see `inPage`). */
const PEER_BUDGET = { budgetMs: 30_000, minRuns: 5 };

/** tsx compiles with keepNames, whose `__name` helper is not in the page where sources are sent. */
const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

/** Runs in extension pages: the storage.local peer, installed as `globalThis.peerArchive`. */
export function installPeer() {
  type Rec = {
    id: string;
    url: string;
    readout: { title: string; date: string | null; ministry: string | null; body: string[] };
    entities: { key: string; kind: string }[];
    participantKeys: string[];
  };
  // Looked up at each call: in a page's init script the extension APIs may not be there yet.
  const local = {
    get: (keys: string | string[] | null) => chrome.storage.local.get(keys),
    set: (items: Record<string, unknown>) => chrome.storage.local.set(items),
  };
  const entityKeys = (r: Rec) => [...new Set([...r.entities.map((e) => e.key), ...r.participantKeys])];
  const peer = {
    async save(record: Rec) {
      const keys = entityKeys(record).map((k) => `idx:${k}`);
      const current = await local.get(keys);
      const writes: Record<string, unknown> = { [`r:${record.id}`]: record };
      for (const key of keys) {
        const ids = new Set((current[key] as string[] | undefined) ?? []);
        ids.add(record.id);
        writes[key] = [...ids];
      }
      await local.set(writes);
    },
    /** The set-up fill (not timed): records in parts of a few thousand, then the key lists. */
    async bulk(records: Rec[]) {
      const index = new Map<string, string[]>();
      for (let start = 0; start < records.length; start += 5000) {
        const writes: Record<string, unknown> = {};
        for (const r of records.slice(start, start + 5000)) {
          writes[`r:${r.id}`] = r;
          for (const k of entityKeys(r)) {
            const ids = index.get(`idx:${k}`);
            if (ids) ids.push(r.id);
            else index.set(`idx:${k}`, [r.id]);
          }
        }
        await local.set(writes);
      }
      await local.set(Object.fromEntries(index));
    },
    async isSaved(id: string) {
      return `r:${id}` in (await local.get(`r:${id}`));
    },
    async related(query: {
      url: string | null;
      entityKeys: string[];
      participantKeys: string[];
      limit?: number;
    }) {
      const lists = await local.get(query.entityKeys.concat(query.participantKeys).map((k) => `idx:${k}`));
      const shared = new Map<string, Set<string>>();
      for (const [key, ids] of Object.entries(lists))
        for (const id of ids as string[])
          (shared.get(id) ?? shared.set(id, new Set()).get(id)!).add(key.slice(4));
      const records = await local.get([...shared.keys()].map((id) => `r:${id}`));
      const participants = new Set(query.participantKeys);
      return Object.values(records as Record<string, Rec>)
        .filter((r) => r.url !== query.url)
        .map((r) => {
          let score = 0;
          for (const key of shared.get(r.id)!)
            score +=
              participants.has(key) && r.participantKeys.includes(key) ? 4 : participants.has(key) ? 2 : 1;
          return {
            id: r.id,
            url: r.url,
            title: r.readout.title,
            date: r.readout.date,
            ministry: r.readout.ministry,
            score,
            shared: [...shared.get(r.id)!],
          };
        })
        .sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? ''))
        .slice(0, query.limit ?? 20);
    },
    async search(text: string) {
      const needle = text.toLowerCase();
      const all = (await local.get(null)) as Record<string, Rec>;
      return Object.entries(all)
        .filter(
          ([key, r]) =>
            key.startsWith('r:') &&
            (r.readout.title + '\n' + r.readout.body.join('\n')).toLowerCase().includes(needle),
        )
        .map(([, r]) => r)
        .sort((a, b) => (b.readout.date ?? '').localeCompare(a.readout.date ?? ''))
        .slice(0, 50);
    },
  };
  (globalThis as unknown as { peerArchive: typeof peer }).peerArchive = peer;
}

/**
 * Runs in the popup before its script: answers the popup's archive questions from the peer, so
 * the same popup bundle renders from either store.
 */
export function routePopupToPeer() {
  const peer = (
    globalThis as unknown as {
      peerArchive: { related(q: unknown): Promise<unknown>; isSaved(id: string): Promise<boolean> };
    }
  ).peerArchive;
  const original = chrome.runtime.sendMessage.bind(chrome.runtime) as (m: unknown) => Promise<unknown>;
  const answer = async (m: { type: string; url?: string; query?: unknown }) => {
    const counted = globalThis as unknown as { peerAnswers?: number };
    if (m.type === 'archive/related' || m.type === 'archive/is-saved')
      counted.peerAnswers = (counted.peerAnswers ?? 0) + 1;
    if (m.type === 'archive/related') return { ok: true, value: await peer.related(m.query) };
    if (m.type === 'archive/is-saved')
      return { ok: true, value: await peer.isSaved(`readout:${new URL(m.url!).toString()}`) };
    return original(m);
  };
  (chrome.runtime as unknown as { sendMessage: unknown }).sendMessage = (
    m: { type: string },
    callback?: (r: unknown) => void,
  ) => {
    const reply = answer(m);
    if (typeof callback === 'function') void reply.then(callback);
    else return reply;
    return undefined;
  };
}

/**
 * Deterministic generated readouts of about 3 KB each (our own made-up text). Self-contained
 * (no imports, ids spelled out) because it also runs inside extension pages, where the archive
 * and the peer are filled without sending 150 MB through the test driver.
 */
export function generateReadouts(count: number, realKeys: string[] = []): ArchivedReadout[] {
  const officials = Array.from({ length: 300 }, (_, i) => `official-${i}`);
  const agreements = Array.from({ length: 40 }, (_, i) => `agreement-${i}`);
  const words =
    'talks cooperation trade security climate semiconductor supply chain peninsula summit dialogue exchange visit investment energy fisheries maritime'.split(
      ' ',
    );
  // This generator's products exceed 2^53 and lose their low bits, so it cycles through few
  // values: only 10 of the 40 agreements and about 110 of the 300 officials occur, each
  // agreement in about a fifth of the readouts. Kept as it is (figures stay comparable across
  // sessions): a key shared by thousands of readouts is the hard case for "related" anyway,
  // as a foreign minister's is in a real archive.
  let seed = 42;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  return Array.from({ length: count }, (_, i) => {
    // Already normalized, so the id is the one readoutIdFor gives (checked in `seed`).
    const url = `https://mfa.example/readout/${i}`;
    // One readout in 25 involves the sample page's own officials, so its related list is real.
    const pool = realKeys.length && i % 25 === 0 ? realKeys : officials;
    const people = [pool[rand(pool.length)]!, officials[rand(officials.length)]!];
    const mentioned = [officials[rand(officials.length)]!];
    const agreement = agreements[rand(agreements.length)]!;
    const body = Array.from(
      { length: 6 },
      () => Array.from({ length: 70 }, () => words[rand(words.length)]).join(' ') + '.',
    );
    const date = `${2010 + rand(15)}-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`;
    return {
      id: `readout:${url}`,
      schemaVersion: 1,
      url,
      readout: {
        isReadout: true,
        pageKind: 'readout',
        ministry: ['cn-mfa', 'rok-mofa', 'jp-mofa', 'us-state'][rand(4)]!,
        title: `Readout ${i}: ${people.join(' and ')} discuss ${words[rand(words.length)]}`,
        date,
        place: null,
        language: 'en',
        participants: people.map((name) => ({ name })),
        body,
      },
      entities: [
        ...[...people, ...mentioned].map((key) => ({
          key,
          kind: 'official' as const,
          name: key,
          id: key,
          surfaces: [key],
          mentions: 2,
        })),
        {
          key: agreement,
          kind: 'agreement' as const,
          name: agreement,
          id: agreement,
          surfaces: [agreement],
          mentions: 1,
        },
      ],
      participantKeys: people,
      savedAt: '2025-01-01T00:00:00.000Z',
      tags: [],
      note: '',
    };
  });
}

/**
 * Fills our archive (through the archive page's own backup client: real import, real port) and
 * the peer with the same `count` generated readouts, both generated inside the pages. Returns
 * the records (generated again here, for the queries) and logs how long each side took.
 */
async function seed(
  browser: ExtensionBrowser,
  peerPage: Page,
  count: number,
  realKeys: string[],
  fillPeer = true,
): Promise<ArchivedReadout[]> {
  const records = generateReadouts(count, realKeys);
  if (records[0]!.id !== readoutIdFor(records[0]!.url))
    throw new Error('archive bench: generated ids differ from readoutIdFor');
  const source = `${NAME_SHIM} return (${generateReadouts.toString()})`;
  const header = headerLine({ readouts: count, glossary: 0, unreadable: 0 });
  const firstLine = readoutLine(records[0]!);
  const archivePage = await browser.context.newPage();
  const log = (what: string, t0: number) =>
    process.stderr.write(`archive ${count}: ${what} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  try {
    await archivePage.goto(`chrome-extension://${browser.extensionId}/archive.html`);
    await backupHookOf(archivePage);
    let t0 = performance.now();
    const report = await archivePage.evaluate(
      async ({ source, count, realKeys, header, firstLine }) => {
        const generate = new Function(source)() as (n: number, k: string[]) => unknown[];
        const lines = [header, ...generate(count, realKeys).map((r) => JSON.stringify({ readout: r }))];
        if (lines[1] !== firstLine) throw new Error('archive bench: page-generated line differs');
        return (globalThis as unknown as BackupHook).readoutLensBackup.import(lines);
      },
      { source, count, realKeys, header, firstLine },
    );
    if (report.readouts !== count)
      throw new Error(`archive bench: imported ${report.readouts} of ${count} readouts`);
    log('import', t0);
    if (!fillPeer) return records;
    t0 = performance.now();
    await peerPage.evaluate(
      async ({ source, count, realKeys }) => {
        const generate = new Function(source)() as (n: number, k: string[]) => unknown[];
        await (
          globalThis as unknown as { peerArchive: { bulk(r: unknown[]): Promise<void> } }
        ).peerArchive.bulk(generate(count, realKeys));
      },
      { source, count, realKeys },
    );
    log('peer fill', t0);
  } finally {
    await archivePage.close();
  }
  return records;
}

/**
 * Times `fn` inside the page (so the Playwright round trip is not counted): one warm-up, then
 * up to `runs` runs, stopping early once `budgetMs` have been spent and at least `minRuns` are
 * in (the storage.local peer takes seconds per search at 10,000 readouts and tens at 50,000:
 * without a budget its runs alone kept a 10k + 50k run going for hours).
 */
export function inPage<A>(
  page: Page,
  fn: (arg: A) => Promise<unknown>,
  arg: (i: number) => A,
  runs: number,
  budget: { budgetMs: number; minRuns: number } = { budgetMs: Infinity, minRuns: runs },
): Promise<number[]> {
  return page.evaluate(
    async ({ source, args, budgetMs, minRuns }) => {
      const f = new Function(`return (${source})`)() as (a: unknown) => Promise<unknown>;
      await f(args[0]);
      const out: number[] = [];
      const started = performance.now();
      for (const a of args.slice(1)) {
        if (out.length >= minRuns && performance.now() - started > budgetMs) break;
        const t0 = performance.now();
        await f(a);
        out.push(performance.now() - t0);
      }
      return out;
    },
    {
      source: fn.toString(),
      args: Array.from({ length: runs + 1 }, (_, i) => arg(i - 1)),
      budgetMs: budget.budgetMs,
      minRuns: budget.minRuns,
    },
  );
}

function pair(name: string, ours: number[], peer: number[], peerName = PEER): Figure[] {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const make = (stat: string, f: (s: number[]) => number): Figure => {
    const value = round(f(ours));
    if (!peer.length) return { name: `${name}-${stat}`, unit: 'ms', value, runs: ours.length };
    const peerValue = round(f(peer));
    return {
      name: `${name}-${stat}`,
      unit: 'ms',
      value,
      peer: peerName,
      peerValue,
      ratio: round(peerValue / value),
      runs: ours.length,
      ...(peer.length !== ours.length ? { peerRuns: peer.length } : {}),
    };
  };
  return [make('median', median), make('p95', (s) => percentile(s, 95))];
}

/** The archive's figures by the names `--figures=` takes. */
export const ARCHIVE_FIGURES = ['save', 'related', 'search', 'popup', 'worker-start'] as const;

export async function run(options: BenchOptions): Promise<Figure[]> {
  const unknown = options.figures?.filter((f) => !(ARCHIVE_FIGURES as readonly string[]).includes(f));
  if (unknown?.length)
    throw new Error(`archive bench: --figures= takes ${ARCHIVE_FIGURES.join(',')}; not ${unknown.join(',')}`);
  const left = ARCHIVE_FIGURES.filter((f) => options.figures && !options.figures.includes(f));
  if (left.length) process.stderr.write(`archive: left out by --figures=: ${left.join(', ')}\n`);
  if (
    options.noPeer &&
    (!options.figures || ['popup', 'worker-start'].some((f) => options.figures!.includes(f)))
  )
    throw new Error(
      'archive bench: --no-peer measures save, related and search only: add --figures=save,related,search',
    );
  if (options.noPeer)
    process.stderr.write(
      'archive: --no-peer: the storage.local peer is neither filled nor measured in this run\n',
    );
  const figures: Figure[] = [];
  // Each size in its own browser profile, so one archive's leftovers do not weigh on the next.
  for (const count of options.readouts ?? [options.quick ? 500 : 10_000]) {
    const sized = await runAt(count, options);
    // Each size's table as soon as it is measured: a long run that fails later keeps them.
    process.stderr.write(`${formatTable(sized)}\n`);
    figures.push(...sized);
  }
  return figures;
}

async function runAt(count: number, options: BenchOptions): Promise<Figure[]> {
  const runs = options.quick ? 5 : 31;
  const wanted = (name: (typeof ARCHIVE_FIGURES)[number]) =>
    !options.figures || options.figures.includes(name);
  const browser: ExtensionBrowser = await launchExtension();
  try {
    const readoutPage = await browser.openFixture('samples/cn-mfa-wang-yi-cho-tae-yul.html');
    await readoutPage.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
    const tabId = await browser.tabIdOf(readoutPage);
    const page = await browser.context.newPage();
    // A quiet extension page: the popup about a tab that does not exist renders once and waits.
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=2147483647`);
    await page.evaluate(`${NAME_SHIM}(${installPeer.toString()})()`);
    const analysis = (await page.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'content/get-analysis' }),
      tabId,
    )) as {
      value: {
        url: string;
        entities: { key: string }[];
        participantKeys: string[];
        readout: { date: string | null };
      };
    };
    // The popup's own "related" question about the sample page (entrypoints/popup/start.ts).
    const popupQuery = {
      url: analysis.value.url,
      entityKeys: analysis.value.entities.map((e) => e.key),
      participantKeys: analysis.value.participantKeys,
      date: analysis.value.readout.date,
      limit: 20,
    };
    const records = await seed(browser, page, count, analysis.value.participantKeys, !options.noPeer);

    /** Sends one archive message through the background and fails loudly on an error reply. */
    const ours = async (message: unknown) => {
      const reply = (await chrome.runtime.sendMessage(message)) as { ok: boolean; error?: string };
      if (!reply.ok) throw new Error(`archive bench: ${reply.error}`);
    };
    const peer = (call: { method: string; value: unknown }) =>
      (globalThis as unknown as { peerArchive: Record<string, (v: unknown) => Promise<unknown>> })
        .peerArchive[call.method]!(call.value);
    /** Each side's runs; each side's figures are written as soon as measured (a long run may not end). */
    const compare = async <A>(
      method: string,
      toMessage: (arg: A) => unknown,
      arg: (i: number) => A,
      peerArg = arg,
    ) => {
      const note = (side: string, samples: number[]) =>
        process.stderr.write(
          `archive ${count}: ${method} ${side}: median ${median(samples).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, ${samples.length} runs (load ${loadavg()[0]!.toFixed(1)})\n`,
        );
      const oursRuns = await inPage(page, ours, (i) => toMessage(arg(i)), runs);
      note('ours', oursRuns);
      if (options.noPeer) return { ours: oursRuns, peer: [] };
      const peerRuns = await inPage(page, peer, (i) => ({ method, value: peerArg(i) }), runs, PEER_BUDGET);
      note(PEER, peerRuns);
      return { ours: oursRuns, peer: peerRuns };
    };

    const none = { ours: [] as number[], peer: [] as number[] };
    // Saves are timed with every index in memory, the full-text one too (which otherwise loads at
    // the first search): one search first, not timed, so each save updates all of them.
    if (wanted('save'))
      await page.evaluate(ours, { type: 'archive/search', filter: { text: 'dialogue', limit: 1 } });
    const fresh = (i: number): ArchivedReadout => {
      const url = `https://mfa.example/new/${i + 2}`;
      return { ...records[(i + 1) % records.length]!, id: readoutIdFor(url), url };
    };
    const save = !wanted('save')
      ? none
      : await compare(
          'save',
          (r: ArchivedReadout) => ({
            type: 'archive/save',
            input: {
              url: r.url,
              readout: r.readout,
              entities: r.entities,
              participantKeys: r.participantKeys,
            },
          }),
          fresh,
          (i) => fresh(i + runs + 1),
        );
    const related = !wanted('related')
      ? none
      : await compare(
          'related',
          (query) => ({ type: 'archive/related', query }),
          (i) => {
            const r = records[((i + 1) * 37) % records.length]!;
            return {
              url: r.url,
              entityKeys: r.entities.map((e) => e.key),
              participantKeys: r.participantKeys,
              limit: 20,
            };
          },
        );
    const search = !wanted('search')
      ? none
      : await compare(
          'search',
          (text) => ({ type: 'archive/search', filter: { text, limit: 50 } }),
          (i) => ['semiconductor', 'fisheries', 'peninsula summit', 'maritime', 'climate'][(i + 5) % 5]!,
        );

    // The popup: from its navigation's start (the page's own clock, so the test driver's tab
    // opening is not counted) to the page's facts on screen, and to its related readouts on screen.
    const popupRender = (peer: boolean) => async () => {
      const popup = await browser.context.newPage();
      if (peer)
        await popup.addInitScript(
          `${NAME_SHIM}(${installPeer.toString()})();(${routePopupToPeer.toString()})();`,
        );
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.locator('section.related-section li, section.related-section p.empty').first().waitFor();
      const marks = await popup.waitForFunction(
        (names) => {
          const at = names.map((n) => performance.getEntriesByName(n)[0]?.startTime);
          return at.every((t) => t !== undefined) && at;
        },
        [POPUP_MARKS.pageFacts, POPUP_MARKS.related],
      );
      const [factsMs, relatedMs] = (await marks.jsonValue()) as [number, number];
      firstPaints += await popup.evaluate(
        (name) => performance.getEntriesByName(name).length,
        POPUP_MARKS.firstPaint,
      );
      // The peer's popup must really have been answered by the peer.
      const answered = await popup.evaluate(
        () => (globalThis as unknown as { peerAnswers?: number }).peerAnswers ?? 0,
      );
      if (peer !== (answered === 2))
        throw new Error(`archive bench: popup peer answered ${answered} of 2 questions`);
      await popup.close();
      return { factsMs, relatedMs };
    };
    let firstPaints = 0; // popups whose page facts the first paint showed (before the view)
    const popupRuns = options.quick ? 3 : 15;
    const popupOurs: { factsMs: number; relatedMs: number }[] = [];
    const popupPeer: { factsMs: number; relatedMs: number }[] = [];
    if (wanted('popup') && !options.quick) {
      await popupRender(false)(); // warm-ups, not counted
      await popupRender(true)();
    }
    for (let i = 0; i < (wanted('popup') ? popupRuns : 0); i++) {
      popupOurs.push(await popupRender(false)());
      popupPeer.push(await popupRender(true)());
    }

    if (wanted('popup'))
      process.stderr.write(
        `archive ${count}: the first paint showed the page facts in ${firstPaints} of ${2 * popupRuns + (options.quick ? 0 : 2)} popups\n`,
      );

    // A stopped worker's first answer: persisted derived indexes vs rebuilding them from the
    // changes feed (the derived database deleted), which is what persisting them saves.
    const stopWorker = () => stopServiceWorker(browser, page);
    const firstAnswer = async (rebuild: boolean) => {
      // Past the full-text index's save delay, so it is on disk; --quick skips the wait where the
      // derived database is deleted next anyway.
      if (!(rebuild && options.quick)) await page.waitForTimeout(2500);
      if (rebuild) await page.evaluate(() => void indexedDB.deleteDatabase('readout-lens-derived'));
      await stopWorker();
      // The popup's related question, as the popup asks it, is the worker's first message.
      return page.evaluate(async (query) => {
        const t0 = performance.now();
        const reply = (await chrome.runtime.sendMessage({ type: 'archive/related', query })) as {
          ok: boolean;
          value: unknown[];
          error?: string;
        };
        if (!reply.ok || !reply.value.length)
          throw new Error(
            `archive bench: no related readouts after restart: ${JSON.stringify(reply).slice(0, 200)}`,
          );
        return performance.now() - t0;
      }, popupQuery);
    };
    // Each round restarts the worker twice, and waits out the search index's save delay first.
    const startRuns = !wanted('worker-start') ? 0 : options.quick ? 1 : 3;
    const startOurs: number[] = [];
    const startPeer: number[] = [];
    // The rebuild takes tens of seconds at 50,000: its rounds stop after a minute.
    const startedAt = performance.now();
    for (let i = 0; i < startRuns; i++) {
      startOurs.push(await firstAnswer(false));
      if (startPeer.length === 0 || performance.now() - startedAt < 60_000)
        startPeer.push(await firstAnswer(true));
    }

    return [
      ...(wanted('save') ? pair(`archive-save-${count}`, save.ours, save.peer) : []),
      ...(wanted('related') ? pair(`archive-related-${count}`, related.ours, related.peer) : []),
      ...(wanted('search') ? pair(`archive-search-${count}`, search.ours, search.peer) : []),
      ...(wanted('popup')
        ? [
            ...pair(
              `archive-popup-first-render-${count}`,
              popupOurs.map((r) => r.factsMs),
              popupPeer.map((r) => r.factsMs),
            ),
            ...pair(
              `archive-popup-related-shown-${count}`,
              popupOurs.map((r) => r.relatedMs),
              popupPeer.map((r) => r.relatedMs),
            ),
          ]
        : []),
      ...(wanted('worker-start')
        ? pair(`archive-worker-start-related-${count}`, startOurs, startPeer, 'rebuild from the changes feed')
        : []),
    ];
  } finally {
    await browser.close();
  }
}
