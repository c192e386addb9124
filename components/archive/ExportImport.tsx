import type { JobProgress } from '../../lib/archive';

export type ExportFormat = 'json' | 'markdown' | 'csv';

export function ExportImport({
  job,
  onExport,
  onImport,
}: {
  job: JobProgress | null;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
}) {
  return (
    <div class="exchange">
      <p>
        <button type="button" onClick={() => onExport('json')}>
          Export JSON (complete, with glossary)
        </button>{' '}
        <button type="button" onClick={() => onExport('markdown')}>
          Export Markdown (zip, one file per readout)
        </button>{' '}
        <button type="button" onClick={() => onExport('csv')}>
          Export CSV
        </button>
      </p>
      <label>
        Import a JSON export{' '}
        <input
          type="file"
          name="import"
          accept="application/json,.json"
          disabled={job !== null}
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) onImport(file);
            (e.currentTarget as HTMLInputElement).value = '';
          }}
        />
      </label>
      {job ? (
        <p role="status" class="job">
          {job.kind === 'import'
            ? 'Importing'
            : job.kind === 'migrate'
              ? 'Upgrading records'
              : 'Rebuilding the index'}
          : <progress max={job.total} value={job.done} /> {job.done} / {job.total}
        </p>
      ) : null}
    </div>
  );
}
