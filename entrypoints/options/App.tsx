/**
 * The options page: sync settings (issue 12). The host permission for the server's origin is
 * asked in the click of "Test connection" or "Save" (the browser grants it only inside a user
 * gesture), then the background tests or stores the settings.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { askThrough } from '../../lib/ask';
import { errorText, t } from '../../lib/i18n';
import type { SyncTargetInput } from '../../lib/messages';
import type { ConnectionVerdict } from '../../lib/sync/connection';
import type { OpenConflict } from '../../lib/sync/conflicts';
import {
  originPattern,
  serverUrlProblem,
  type ArchiveName,
  type PublicSettings,
} from '../../lib/sync/settings';
import type { SyncState } from '../../lib/sync/state';
import {
  emptyForm,
  formOf,
  SyncOptionsView,
  verdictText,
  type TargetForm,
} from '../../components/SyncOptionsView';

const ask = askThrough((message) => browser.runtime.sendMessage(message));

/** Asks for the server's origin; must be called synchronously inside a click handler. */
function requestHostPermission(url: string): Promise<boolean> {
  if (serverUrlProblem(url)) return Promise.resolve(false);
  return browser.permissions.request({ origins: [originPattern({ url })] }).catch(() => false);
}

export function App() {
  const [forms, setForms] = useState<Record<ArchiveName, TargetForm>>({
    personal: emptyForm('personal'),
    team: { ...emptyForm('team'), input: { ...emptyForm('team').input, enabled: false } },
  });
  const [state, setState] = useState<SyncState | null>(null);
  const [conflicts, setConflicts] = useState<OpenConflict[]>([]);

  const loadForms = (settings: PublicSettings) =>
    setForms((current) => ({
      personal: settings.personal ? formOf('personal', settings.personal) : current.personal,
      team: settings.team ? formOf('team', settings.team) : current.team,
    }));

  useEffect(() => {
    void ask<PublicSettings>({ type: 'sync/get-settings' }).then(
      (reply) => reply.ok && loadForms(reply.value),
    );
    let conflictCount = -1;
    const poll = async () => {
      const reply = await ask<SyncState>({ type: 'sync/state' });
      if (!reply.ok) return;
      setState(reply.value);
      if (reply.value.conflicts !== conflictCount) {
        conflictCount = reply.value.conflicts;
        const list = await ask<OpenConflict[]>({ type: 'sync/conflicts' });
        if (list.ok) setConflicts(list.value);
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), 700);
    return () => clearInterval(timer);
  }, []);

  const patch = (name: ArchiveName, change: Partial<TargetForm>) =>
    setForms((current) => ({ ...current, [name]: { ...current[name], ...change } }));

  const run = (
    name: ArchiveName,
    work: (permission: Promise<boolean>) => Promise<{ ok: boolean; text: string }>,
  ) => {
    const permission = requestHostPermission(forms[name].input.url); // first, inside the click
    patch(name, { busy: true, message: undefined });
    void work(permission).then((message) => patch(name, { busy: false, message }));
  };

  const onTest = (name: ArchiveName) =>
    run(name, async (permission) => {
      await permission;
      const reply = await ask<ConnectionVerdict>({ type: 'sync/test', name, target: forms[name].input });
      return reply.ok ? verdictText(reply.value, forms[name].input) : { ok: false, text: errorText(reply) };
    });

  const onSave = (name: ArchiveName) =>
    run(name, async (permission) => {
      const granted = await permission;
      const reply = await ask<PublicSettings>({
        type: 'sync/save-settings',
        name,
        target: forms[name].input,
      });
      if (!reply.ok) return { ok: false, text: errorText(reply) };
      loadForms(reply.value);
      return {
        ok: true,
        text: granted ? t('sync.savedStarts') : t('sync.savedNoAccess'),
      };
    });

  const onForget = (name: ArchiveName) =>
    run(name, async () => {
      const reply = await ask<PublicSettings>({ type: 'sync/save-settings', name, target: null });
      if (!reply.ok) return { ok: false, text: errorText(reply) };
      setForms((current) => ({ ...current, [name]: emptyForm(name) }));
      return { ok: true, text: t('sync.forgotten') };
    });

  return (
    <SyncOptionsView
      forms={forms}
      state={state}
      conflicts={conflicts}
      onChange={(name, input: SyncTargetInput) => patch(name, { input, message: undefined })}
      onTest={onTest}
      onSave={onSave}
      onForget={onForget}
      onRetry={() => void ask<SyncState>({ type: 'sync/retry' }).then((r) => r.ok && setState(r.value))}
      onChoose={(id, rev) =>
        void ask<null>({ type: 'sync/choose', id, rev }).then(async () => {
          const list = await ask<OpenConflict[]>({ type: 'sync/conflicts' });
          if (list.ok) setConflicts(list.value);
        })
      }
    />
  );
}
