import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ArchivedReadout } from '../../lib/archive/schema';
import type { Result } from '../../lib/model';

function ArchivePage() {
  const [records, setRecords] = useState<ArchivedReadout[] | null>(null);
  useEffect(() => {
    void (browser.runtime.sendMessage({ type: 'archive/list' }) as Promise<Result<ArchivedReadout[]>>).then((r) => setRecords(r.ok ? r.value : []));
  }, []);
  return (
    <main>
      <h1>Archive</h1>
      {records === null ? (
        <p>Loading…</p>
      ) : (
        <ul>
          {records.map((r) => (
            <li key={r.id}>
              <a href={r.url}>{r.readout.title}</a> {r.readout.date}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

render(<ArchivePage />, document.getElementById('app')!);
