/** Sync's state as one line for the popup (issue 12), refreshed while the popup is open. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Result } from '../../lib/model';
import { syncLine, type SyncState } from '../../lib/sync/state';

export function useSyncLine(): string | null {
  const [line, setLine] = useState<string | null>(null);
  useEffect(() => {
    const poll = () =>
      void (
        browser.runtime.sendMessage({ type: 'sync/state' }) as Promise<Result<SyncState> | undefined>
      ).then(
        (reply) => setLine(reply?.ok ? syncLine(reply.value) : null),
        () => setLine(null),
      );
    poll();
    const timer = setInterval(poll, 1000);
    return () => clearInterval(timer);
  }, []);
  return line;
}
