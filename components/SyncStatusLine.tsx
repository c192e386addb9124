/** The popup's one line about sync (issue 12): nothing when sync is off. */
export function SyncStatusLine({
  line,
  optionsUrl,
}: {
  line: string | null | undefined;
  optionsUrl?: string;
}) {
  if (!line) return null;
  return (
    <p class="sync-line" role="status">
      {optionsUrl ? (
        <a href={optionsUrl} target="_blank" rel="noopener">
          {line}
        </a>
      ) : (
        line
      )}
    </p>
  );
}
