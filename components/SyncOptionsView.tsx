/**
 * The options page's sync section: one form per database (personal, team), the "Test
 * connection" answer, the sync state and the conflicts waiting for a choice. Pure view: the
 * page (entrypoints/options/App.tsx) talks to the background and asks for host permissions.
 */
import type { SyncTargetInput } from '../lib/messages';
import type { ConnectionVerdict } from '../lib/sync/connection';
import type { OpenConflict } from '../lib/sync/conflicts';
import { hostOf } from '../lib/sync/errors';
import type { ArchiveName, PublicTarget } from '../lib/sync/settings';
import type { ArchiveSyncState, SyncState } from '../lib/sync/state';
import { numberLocale, reasonText, syncLine } from '../lib/sync/state';
import { t, type MessageKey } from '../lib/i18n';

export interface TargetForm {
  input: SyncTargetInput;
  /** A password is stored: an empty field keeps it. */
  hasPassword: boolean;
  /** The answer of the last test or save, shown under the buttons. */
  message?: { ok: boolean; text: string };
  busy?: boolean;
}

export function emptyForm(name: ArchiveName): TargetForm {
  return {
    input: {
      enabled: true,
      url: '',
      database: '',
      credentials: { kind: 'basic', username: '', password: '' },
      access: name === 'team' ? 'read-only' : 'read-write',
      shareOwn: name !== 'team',
      label: '',
    },
    hasPassword: false,
  };
}

export function formOf(name: ArchiveName, target: PublicTarget | undefined): TargetForm {
  if (!target) return emptyForm(name);
  const { hasPassword, ...credentials } = target.credentials;
  return { input: { ...target, credentials: { ...credentials, password: '' } }, hasPassword };
}

export interface SyncOptionsProps {
  forms: Record<ArchiveName, TargetForm>;
  state: SyncState | null;
  conflicts: OpenConflict[];
  onChange: (name: ArchiveName, input: SyncTargetInput) => void;
  /** Click handlers: they may ask for a host permission, so they run in the click. */
  onTest: (name: ArchiveName) => void;
  onSave: (name: ArchiveName) => void;
  onForget: (name: ArchiveName) => void;
  onRetry: () => void;
  onChoose: (id: string, rev: string) => void;
}

const TITLES: Record<ArchiveName, { title: MessageKey; help: MessageKey }> = {
  personal: { title: 'sync.personalTitle', help: 'sync.personalHelp' },
  team: { title: 'sync.teamTitle', help: 'sync.teamHelp' },
};

/**
 * "Test connection"'s answer in the UI language, by the verdict's problem code; the server,
 * database and user name come from the form that was tested (the English message is for logs).
 */
export function verdictText(
  verdict: ConnectionVerdict,
  input: SyncTargetInput,
): { ok: boolean; text: string } {
  const host = hostOf(input.url);
  if (verdict.ok)
    return {
      ok: true,
      text: t('sync.connected', input.database, host, verdict.user, t(`sync.access.${verdict.access}`)),
    };
  return {
    ok: false,
    text: t(
      `sync.problem.${verdict.problem}`,
      host,
      input.database,
      input.credentials.username,
      verdict.message,
    ),
  };
}

export function SyncOptionsView(props: SyncOptionsProps) {
  const line = props.state ? syncLine(props.state) : null;
  return (
    <main>
      <h1>{t('sync.heading')}</h1>
      <p class="intro">{t('sync.intro')}</p>
      <section aria-label={t('sync.stateLabel')} class="sync-state">
        <h2>{t('sync.state')}</h2>
        <p role="status" class="sync-line">
          {line ?? t('sync.off')}
        </p>
        {props.state?.archives.length ? (
          <ul class="archive-states">
            {props.state.archives.map((a) => (
              <li key={a.name} data-archive={a.name} data-phase={a.phase}>
                <strong>{a.label}</strong> ({t(`sync.access.${a.access}`)}): {describePhase(a)}
              </li>
            ))}
          </ul>
        ) : null}
        {props.state?.archives.some((a) => a.phase === 'error') ? (
          <button type="button" class="retry" onClick={props.onRetry}>
            {t('sync.retry')}
          </button>
        ) : null}
      </section>
      {(['personal', 'team'] as const).map((name) => (
        <TargetSection key={name} name={name} form={props.forms[name]} {...props} />
      ))}
      <ConflictList conflicts={props.conflicts} onChoose={props.onChoose} />
    </main>
  );
}

function describePhase(a: ArchiveSyncState): string {
  switch (a.phase) {
    case 'off':
      return t('sync.phase.off');
    case 'starting':
      return t('sync.phase.starting');
    case 'syncing':
      return a.total > 0
        ? t(
            'sync.phase.syncingCount',
            a.done.toLocaleString(numberLocale()),
            a.total.toLocaleString(numberLocale()),
          )
        : t('sync.phase.syncing');
    case 'synced':
      return a.lastSynced
        ? t('sync.phase.syncedAt', new Date(a.lastSynced).toLocaleTimeString(numberLocale()))
        : t('sync.phase.synced');
    case 'paused':
      return t('sync.phase.paused', reasonText(a, 'sync.reason.paused'));
    case 'error':
      return t('sync.phase.error', reasonText(a, 'sync.reason.unknown'));
  }
}

function TargetSection({
  name,
  form,
  onChange,
  onTest,
  onSave,
  onForget,
}: { name: ArchiveName; form: TargetForm } & SyncOptionsProps) {
  const { input } = form;
  const set = (patch: Partial<SyncTargetInput>) => onChange(name, { ...input, ...patch });
  const setCredentials = (patch: Partial<SyncTargetInput['credentials']>) =>
    set({ credentials: { ...input.credentials, ...patch } });
  const id = (field: string) => `${name}-${field}`;
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <section aria-label={t(TITLES[name].title)} class={`target ${name}`} data-archive={name}>
      <h2>{t(TITLES[name].title)}</h2>
      <p class="help">{t(TITLES[name].help)}</p>
      <label class="row">
        <input
          type="checkbox"
          class="enabled"
          checked={input.enabled}
          onChange={(e) => set({ enabled: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {t('sync.enabled')}
      </label>
      <div class="grid">
        <label for={id('url')}>{t('sync.url')}</label>
        <input
          id={id('url')}
          class="url"
          type="url"
          placeholder="https://couch.example.org:6984"
          value={input.url}
          onInput={(e) => set({ url: value(e) })}
        />
        <label for={id('database')}>{t('sync.database')}</label>
        <input
          id={id('database')}
          class="database"
          placeholder={t(name === 'team' ? 'sync.teamDatabasePlaceholder' : 'sync.databasePlaceholder')}
          value={input.database}
          onInput={(e) => set({ database: value(e) })}
        />
        <label for={id('kind')}>{t('sync.loginWith')}</label>
        <select
          id={id('kind')}
          class="kind"
          value={input.credentials.kind}
          onChange={(e) =>
            setCredentials({ kind: (e.currentTarget as HTMLSelectElement).value as 'basic' | 'cookie' })
          }
        >
          <option value="basic">{t('sync.basic')}</option>
          <option value="cookie">{t('sync.cookie')}</option>
        </select>
        <label for={id('username')}>{t('sync.username')}</label>
        <input
          id={id('username')}
          class="username"
          autocomplete="username"
          value={input.credentials.username}
          onInput={(e) => setCredentials({ username: value(e) })}
        />
        <label for={id('password')}>{t('sync.password')}</label>
        <input
          id={id('password')}
          class="password"
          type="password"
          autocomplete="current-password"
          placeholder={form.hasPassword ? t('sync.passwordSaved') : ''}
          value={input.credentials.password}
          onInput={(e) => setCredentials({ password: value(e) })}
        />
        {name === 'team' ? (
          <>
            <label for={id('access')}>{t('sync.join')}</label>
            <select
              id={id('access')}
              class="access"
              value={input.access}
              onChange={(e) =>
                set({ access: (e.currentTarget as HTMLSelectElement).value as 'read-only' | 'read-write' })
              }
            >
              <option value="read-only">{t('sync.readOnly')}</option>
              <option value="read-write">{t('sync.readWrite')}</option>
            </select>
            <label for={id('label')}>{t('sync.label')}</label>
            <input
              id={id('label')}
              class="label"
              placeholder={t('sync.labelPlaceholder')}
              value={input.label}
              onInput={(e) => set({ label: value(e) })}
            />
          </>
        ) : null}
      </div>
      {name === 'team' && input.access === 'read-write' ? (
        <label class="row">
          <input
            type="checkbox"
            class="share-own"
            checked={input.shareOwn}
            onChange={(e) => set({ shareOwn: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t('sync.shareOwn')}
        </label>
      ) : null}
      <div class="buttons">
        <button type="button" class="test" disabled={form.busy} onClick={() => onTest(name)}>
          {t('sync.test')}
        </button>
        <button type="button" class="save" disabled={form.busy} onClick={() => onSave(name)}>
          {t('sync.save')}
        </button>
        <button type="button" class="forget" disabled={form.busy} onClick={() => onForget(name)}>
          {t('sync.forget')}
        </button>
      </div>
      {form.message ? (
        <p
          role={form.message.ok ? 'status' : 'alert'}
          class={form.message.ok ? 'answer ok' : 'answer problem'}
        >
          {form.message.text}
        </p>
      ) : null}
    </section>
  );
}

const FIELD_NAMES: Record<string, MessageKey | undefined> = {
  url: 'sync.fieldName.url',
  readout: 'sync.fieldName.readout',
  entities: 'sync.fieldName.entities',
  note: 'sync.fieldName.note',
  name: 'sync.fieldName.name',
  aliases: 'sync.fieldName.aliases',
  kind: 'sync.fieldName.kind',
  kbId: 'sync.fieldName.kbId',
};

/** A record field's name for a reader; a field without one is shown as stored. */
function fieldName(field: string): string {
  const key = FIELD_NAMES[field];
  return key ? t(key) : field;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value || t('sync.empty');
  if (value === undefined) return t('sync.none');
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function ConflictList({
  conflicts,
  onChoose,
}: {
  conflicts: OpenConflict[];
  onChoose: (id: string, rev: string) => void;
}) {
  if (!conflicts.length) return null;
  return (
    <section aria-label={t('sync.conflictsLabel')} class="conflicts">
      <h2>{t('sync.conflictsHeading')}</h2>
      <p class="help">{t('sync.conflictsHelp')}</p>
      <ul>
        {conflicts.map((c) => (
          <li key={c.id} data-id={c.id}>
            <strong>{c.title}</strong>
            {c.others.map((other) => (
              <table key={other.rev} class="versions">
                <thead>
                  <tr>
                    <th>{t('sync.field')}</th>
                    <th>{t('sync.shownNow')}</th>
                    <th>{t('sync.otherVersion')}</th>
                  </tr>
                </thead>
                <tbody>
                  {other.differences.map((d) => (
                    <tr key={d.field}>
                      <td>{fieldName(d.field)}</td>
                      <td class="current">{show(d.current)}</td>
                      <td class="other">{show(d.other)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td />
                    <td>
                      <button type="button" class="keep-current" onClick={() => onChoose(c.id, c.rev)}>
                        {t('sync.keep')}
                      </button>
                    </td>
                    <td>
                      <button type="button" class="keep-other" onClick={() => onChoose(c.id, other.rev)}>
                        {t('sync.keep')}
                      </button>
                    </td>
                  </tr>
                </tfoot>
              </table>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
