import { useState } from 'preact/hooks';
import type { JobProgress, PendingImport } from '../../lib/archive';
import { t } from '../../lib/i18n';

export type ExportFormat = 'backup' | 'markdown' | 'csv';

export function ExportImport({
  job,
  pendingImport,
  onExport,
  onImport,
  onResolveImport,
}: {
  job: JobProgress | null;
  /** An import that did not end and is not being sent by this page. */
  pendingImport: PendingImport | null;
  onExport: (format: ExportFormat, compress: boolean) => void;
  onImport: (file: File) => void;
  onResolveImport: (choice: 'undo' | 'keep') => void;
}) {
  const [compress, setCompress] = useState(false);
  const stuck = pendingImport?.phase === 'interrupted' || pendingImport?.phase === 'rollback-failed';
  return (
    <div class="exchange">
      <p>
        <button type="button" onClick={() => onExport('backup', compress)}>
          {t('export.json')}
        </button>{' '}
        <label>
          <input
            type="checkbox"
            name="compress"
            checked={compress}
            onChange={(e) => setCompress((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('export.compress')}
        </label>
      </p>
      <p>
        <button type="button" onClick={() => onExport('markdown', false)}>
          {t('export.markdown')}
        </button>{' '}
        <button type="button" onClick={() => onExport('csv', false)}>
          {t('export.csv')}
        </button>
      </p>
      <label>
        {t('import.label')}{' '}
        <input
          type="file"
          name="import"
          accept=".jsonl,.gz,.json,application/json,application/gzip"
          disabled={job !== null || pendingImport !== null}
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) onImport(file);
            (e.currentTarget as HTMLInputElement).value = '';
          }}
        />
      </label>
      {stuck ? (
        <div role="alert" class="pending-import">
          <p>
            {pendingImport.phase === 'interrupted'
              ? t('import.interrupted', pendingImport.linesDone, pendingImport.total)
              : t('import.undoFailed', pendingImport.error ?? '')}
          </p>
          <button type="button" onClick={() => onResolveImport('undo')}>
            {pendingImport.phase === 'interrupted' ? t('import.undo') : t('import.retryUndo')}
          </button>{' '}
          <button type="button" onClick={() => onResolveImport('keep')}>
            {t('import.keep')}
          </button>
        </div>
      ) : null}
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
