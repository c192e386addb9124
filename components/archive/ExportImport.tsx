import type { JobProgress } from '../../lib/archive';
import { t } from '../../lib/i18n';

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
          {t('export.json')}
        </button>{' '}
        <button type="button" onClick={() => onExport('markdown')}>
          {t('export.markdown')}
        </button>{' '}
        <button type="button" onClick={() => onExport('csv')}>
          {t('export.csv')}
        </button>
      </p>
      <label>
        {t('import.label')}{' '}
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
            ? t('job.import')
            : job.kind === 'migrate'
              ? t('job.migrate')
              : t('job.rebuild')}
          : <progress max={job.total} value={job.done} /> {job.done} / {job.total}
        </p>
      ) : null}
    </div>
  );
}
