/**
 * The archive page: search and filters, timeline, tag and delete (with undo), export/import,
 * and the personal glossary. Every operation is a message to the background, the archive's
 * only owner; backups travel over a port in chunks (lib/archive/backup-transfer.ts), built and
 * read here a page at a time.
 */
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type {
  ArchivedReadout,
  ArchiveFacets,
  ArchiveFilter,
  ArchiveStatus,
  ReadoutSummary,
  TimelineBy,
  TimelineEntry,
} from '../../lib/archive';
import { toCsv, toMarkdownZip } from '../../lib/archive/exchange';
import {
  BACKUP_PORT,
  backupParts,
  exportBackup,
  importBackup,
  importFile,
  readoutsOf,
  type PortLike,
} from '../../lib/archive/backup-transfer';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import type { GlossaryInput } from '../../lib/glossary/store';
import { askThrough } from '../../lib/ask';
import { SearchFilters } from '../../components/archive/SearchFilters';
import { ResultList } from '../../components/archive/ResultList';
import { Timeline } from '../../components/archive/Timeline';
import { GlossaryEditor } from '../../components/archive/GlossaryEditor';
import { ExportImport, type ExportFormat } from '../../components/archive/ExportImport';
import { MeetingList } from '../../components/compare/MeetingList';
import { compareQuery, type MeetingGroup } from '../../lib/compare/messages';
import { applyStoredLocale, countryName, errorText, t } from '../../lib/i18n';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import './style.css';

const ask = askThrough((message) => browser.runtime.sendMessage(message));

const connectBackup = () => browser.runtime.connect({ name: BACKUP_PORT }) as PortLike;

function download(name: string, data: Blob) {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Notice = { text: string; error: boolean } | null;

function ArchivePage() {
  const [filter, setFilter] = useState<ArchiveFilter>({ limit: 100 });
  const [results, setResults] = useState<{ total: number; items: ReadoutSummary[] } | null>(null);
  const [facets, setFacets] = useState<ArchiveFacets | null>(null);
  const [status, setStatus] = useState<ArchiveStatus | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [undo, setUndo] = useState<ArchivedReadout | null>(null);
  const [timelineBy, setTimelineBy] = useState<{ official: string; a: string; b: string }>({
    official: '',
    a: '',
    b: '',
  });
  const [timeline, setTimeline] = useState<TimelineEntry[] | null>(null);
  // Compare feature: meetings reported by two or more readouts, reloaded as the results change.
  const [meetings, setMeetings] = useState<MeetingGroup[] | null>(null);
  const [glossary, setGlossary] = useState<GlossaryEntry[]>([]);
  const [editing, setEditing] = useState<string | null>(() => {
    const match = /^#glossary=(.+)$/.exec(location.hash);
    return match ? decodeURIComponent(match[1]!) : null;
  });
  const searchSeq = useRef(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const refresh = useCallback(async (f: ArchiveFilter) => {
    const seq = ++searchSeq.current;
    const [found, facetReply] = await Promise.all([
      ask<{ total: number; items: ReadoutSummary[] }>({ type: 'archive/search', filter: f }),
      ask<ArchiveFacets>({ type: 'archive/facets' }),
    ]);
    if (seq !== searchSeq.current) return; // a newer search is on its way
    if (found.ok) setResults(found.value);
    else setNotice({ text: errorText(found), error: true });
    if (facetReply.ok) setFacets(facetReply.value);
  }, []);

  const loadGlossary = useCallback(async () => {
    const reply = await ask<GlossaryEntry[]>({ type: 'glossary/list' });
    if (reply.ok) setGlossary(reply.value);
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void refresh(filter), filter.text ? 150 : 0);
    return () => clearTimeout(timer);
  }, [filter, refresh]);

  useEffect(() => {
    void loadGlossary();
    let last: ArchiveStatus['job'] = null;
    const poll = async () => {
      const reply = await ask<ArchiveStatus>({ type: 'archive/status' });
      if (!reply.ok) return;
      setStatus(reply.value);
      if (last && !reply.value.job) void refresh(filterRef.current); // a long job just ended
      last = reply.value.job;
    };
    void poll();
    const timer = setInterval(() => void poll(), 1000);
    return () => clearInterval(timer);
  }, [refresh, loadGlossary]);

  useEffect(() => {
    const by: TimelineBy | null = timelineBy.official
      ? { official: timelineBy.official }
      : timelineBy.a && timelineBy.b
        ? { countries: [timelineBy.a, timelineBy.b] }
        : null;
    if (!by) return setTimeline(null);
    void ask<TimelineEntry[]>({ type: 'archive/timeline', by }).then((r) => setTimeline(r.ok ? r.value : []));
  }, [timelineBy, results]);

  // Meeting groups read the whole archive: ask again when readouts come or go (a save anywhere,
  // a delete, an undo, an import, sync), not at every search keystroke.
  const readoutCount = status?.readouts;
  const jobRunning = status?.job != null;
  useEffect(() => {
    if (readoutCount === undefined || jobRunning) return;
    void ask<MeetingGroup[]>({ type: 'meetings/list' }).then((r) => setMeetings(r.ok ? r.value : []));
  }, [readoutCount, jobRunning]);

  const onTags = async (id: string, tags: string[]) => {
    const reply = await ask<unknown>({ type: 'archive/update', id, tags });
    setNotice(
      reply.ok ? { text: t('archive.tagsSaved'), error: false } : { text: errorText(reply), error: true },
    );
    void refresh(filter);
  };

  const onDelete = async (id: string) => {
    const reply = await ask<ArchivedReadout | null>({ type: 'archive/remove', id });
    if (!reply.ok) return setNotice({ text: errorText(reply), error: true });
    setUndo(reply.value);
    setNotice(null);
    void refresh(filter);
  };

  const onUndo = async () => {
    if (!undo) return;
    const reply = await ask<unknown>({ type: 'archive/restore', record: undo });
    setUndo(null);
    setNotice(
      reply.ok ? { text: t('archive.restored'), error: false } : { text: errorText(reply), error: true },
    );
    void refresh(filter);
  };

  const onExport = async (format: ExportFormat, compress: boolean) => {
    const backup = await exportBackup(connectBackup, (counts) =>
      setNotice({
        text: t('export.reading', counts.readouts + counts.glossary + counts.unreadable),
        error: false,
      }),
    ).catch((e: unknown) => setNotice({ text: e instanceof Error ? e.message : String(e), error: true }));
    if (!backup) return;
    setNotice(null);
    const day = new Date().toISOString().slice(0, 10);
    if (format === 'backup') {
      const file = new Blob(backupParts(backup), { type: 'application/jsonl' });
      if (compress)
        download(
          `readout-lens-${day}.jsonl.gz`,
          await new Response(file.stream().pipeThrough(new CompressionStream('gzip'))).blob(),
        );
      else download(`readout-lens-${day}.jsonl`, file);
    }
    if (format === 'markdown')
      download(
        `readout-lens-${day}.zip`,
        new Blob([toMarkdownZip(readoutsOf(backup)) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      );
    if (format === 'csv')
      download(
        `readout-lens-${day}.csv`,
        new Blob(['\uFEFF' + toCsv(readoutsOf(backup))], { type: 'text/csv' }),
      );
    const unreadable = backup.counts.unreadable;
    if (unreadable)
      setNotice({
        text:
          format === 'backup'
            ? t('export.unreadableBackup', unreadable)
            : t('export.unreadableOther', unreadable),
        error: true,
      });
  };

  const [importing, setImporting] = useState(false);
  const onImport = async (file: File) => {
    setNotice({ text: t('archive.reading', file.name), error: false });
    setImporting(true);
    try {
      const report = await importFile(connectBackup, file, (line) =>
        setNotice({ text: t('import.progress', line), error: false }),
      );
      setNotice({
        text:
          t('archive.imported', report.readouts, report.glossary) +
          (report.skipped ? ` ${t('import.skipped', report.skipped)}` : ''),
        error: false,
      });
    } catch (e) {
      setNotice({ text: e instanceof Error ? e.message : String(e), error: true });
    } finally {
      setImporting(false);
    }
    void refresh(filter);
    void loadGlossary();
  };

  const onResolveImport = async (choice: 'undo' | 'keep') => {
    const reply = await ask<null>({ type: 'archive/resolve-import', choice });
    setNotice(
      reply.ok
        ? { text: choice === 'undo' ? t('import.undone') : t('import.kept'), error: false }
        : { text: errorText(reply), error: true },
    );
    void refresh(filter);
    void loadGlossary();
  };

  const onGlossaryPut = async (input: GlossaryInput) => {
    const reply = await ask<GlossaryEntry>({ type: 'glossary/put', entry: input });
    setNotice(
      reply.ok
        ? { text: t('archive.glossarySaved', reply.value.name), error: false }
        : { text: errorText(reply), error: true },
    );
    void loadGlossary();
  };

  const onGlossaryRemove = async (id: string) => {
    const reply = await ask<GlossaryEntry | null>({ type: 'glossary/remove', id });
    if (!reply.ok) setNotice({ text: errorText(reply), error: true });
    void loadGlossary();
  };

  const officials = facets?.officials ?? [];
  const countries = facets?.countries ?? [];
  const officialName = officials.find((o) => o.value === timelineBy.official)?.label ?? timelineBy.official;

  return (
    <main>
      <h1>{t('archive.title')}</h1>
      <p class="summary">{status ? t('archive.count', status.readouts) : t('archive.opening')}</p>
      {undo ? (
        <p role="status" class="undo">
          {t('archive.deleted', undo.readout.title)}{' '}
          <button type="button" onClick={() => void onUndo()}>
            {t('archive.undo')}
          </button>
        </p>
      ) : null}
      {notice ? (
        <p role={notice.error ? 'alert' : 'status'} class={notice.error ? 'error' : 'ok'}>
          {notice.text}
        </p>
      ) : null}

      <section aria-labelledby="search-heading">
        <h2 id="search-heading">{t('filter.search')}</h2>
        <SearchFilters filter={filter} facets={facets} onChange={setFilter} />
        {results === null ? (
          <p aria-busy="true">{t('loading')}</p>
        ) : (
          <ResultList
            items={results.items}
            total={results.total}
            onTags={(id, tags) => void onTags(id, tags)}
            onDelete={(id) => void onDelete(id)}
          />
        )}
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('archive.timeline')}</h2>
        <ImeSafeForm class="timeline-choice" onSubmit={() => undefined}>
          <label>
            {t('archive.meetingsOf')}{' '}
            <select
              name="timeline-official"
              value={timelineBy.official}
              onChange={(e) =>
                setTimelineBy({ ...timelineBy, official: (e.currentTarget as HTMLSelectElement).value })
              }
            >
              <option value="">{t('archive.chooseOfficial')}</option>
              {officials.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>{' '}
          {t('archive.orBetween')}{' '}
          {(['a', 'b'] as const).map((side) => (
            <label key={side}>
              <span class="visually-hidden">
                {side === 'a' ? t('archive.firstCountry') : t('archive.secondCountry')}
              </span>
              <select
                name={`timeline-country-${side}`}
                value={timelineBy[side]}
                onChange={(e) =>
                  setTimelineBy({
                    ...timelineBy,
                    official: '',
                    [side]: (e.currentTarget as HTMLSelectElement).value,
                  })
                }
              >
                <option value="">{t('archive.country')}</option>
                {countries.map((c) => (
                  <option key={c.value} value={c.value}>
                    {countryName(c.value)}
                  </option>
                ))}
              </select>{' '}
            </label>
          ))}
        </ImeSafeForm>
        {timeline ? (
          <Timeline
            entries={timeline}
            caption={
              timelineBy.official
                ? officialName
                : t('archive.between', countryName(timelineBy.a), countryName(timelineBy.b))
            }
          />
        ) : null}
      </section>

      {/* Compare feature: both sides' readouts of one meeting. */}
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{t('meetings.heading')}</h2>
        <MeetingList
          groups={meetings}
          compareHref={(a, b) => browser.runtime.getURL('/compare.html') + compareQuery({ a: a.id, b: b.id })}
        />
      </section>

      <section aria-labelledby="exchange-heading">
        <h2 id="exchange-heading">{t('archive.exchange')}</h2>
        <ExportImport
          job={status?.job ?? null}
          pendingImport={importing ? null : (status?.pendingImport ?? null)}
          onExport={(f, compress) => void onExport(f, compress)}
          onImport={(f) => void onImport(f)}
          onResolveImport={(choice) => void onResolveImport(choice)}
        />
      </section>

      <section aria-labelledby="glossary-heading" id="glossary">
        <h2 id="glossary-heading">{t('archive.glossary')}</h2>
        <GlossaryEditor
          entries={glossary}
          editing={editing}
          onEdit={setEditing}
          onPut={(i) => void onGlossaryPut(i)}
          onRemove={(id) => void onGlossaryRemove(id)}
        />
      </section>
    </main>
  );
}

// The browser tests' and benchmarks' way to fill and read the archive through this page's own
// backup client (real chunks over the real port); only in the test build.
if (import.meta.env.MODE === 'e2e')
  Object.assign(globalThis, {
    readoutLensBackup: {
      import: (lines: string[]) =>
        importBackup(connectBackup, async function* () {
          yield* lines;
        }),
      export: () => exportBackup(connectBackup),
    },
  });

void applyStoredLocale(browser.storage.local, [browser.i18n.getUILanguage(), ...navigator.languages]).then(
  (locale) => {
    document.documentElement.lang = locale;
    document.title = t('archive.title');
    render(<ArchivePage />, document.getElementById('app')!);
  },
);
