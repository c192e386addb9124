/**
 * The options page's sync section: one form per database (personal, team), the "Test
 * connection" answer, the sync state and the conflicts waiting for a choice. Pure view: the
 * page (entrypoints/options/App.tsx) talks to the background and asks for host permissions.
 */
import type { SyncTargetInput } from '../lib/messages';
import type { ConnectionVerdict } from '../lib/sync/connection';
import type { OpenConflict } from '../lib/sync/conflicts';
import type { ArchiveName, PublicTarget } from '../lib/sync/settings';
import type { ArchiveSyncState, SyncState } from '../lib/sync/state';
import { syncLine } from '../lib/sync/state';

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

const TITLES: Record<ArchiveName, { title: string; help: string }> = {
  personal: {
    title: 'Your archive on your devices',
    help: 'Every readout and glossary entry you save goes to this database, and comes back on your other browsers.',
  },
  team: {
    title: 'A team archive',
    help: 'A database your desk shares. Join it read-only to see the team’s readouts, or read-write to add yours.',
  },
};

export function verdictText(verdict: ConnectionVerdict): { ok: boolean; text: string } {
  return { ok: verdict.ok, text: verdict.message };
}

export function SyncOptionsView(props: SyncOptionsProps) {
  const line = props.state ? syncLine(props.state) : null;
  return (
    <main>
      <h1>Readout Lens: sync</h1>
      <p class="intro">
        Sync your archive through an Apache CouchDB server you run or trust. The user name and password are
        kept only in this browser’s extension storage and are sent only to that server.
      </p>
      <section aria-label="Sync state" class="sync-state">
        <h2>State</h2>
        <p role="status" class="sync-line">
          {line ?? 'Sync is off: no database is set up.'}
        </p>
        {props.state?.archives.length ? (
          <ul class="archive-states">
            {props.state.archives.map((a) => (
              <li key={a.name} data-archive={a.name} data-phase={a.phase}>
                <strong>{a.label}</strong> ({a.access}): {describePhase(a)}
              </li>
            ))}
          </ul>
        ) : null}
        {props.state?.archives.some((a) => a.phase === 'error') ? (
          <button type="button" class="retry" onClick={props.onRetry}>
            Retry now
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
      return 'off';
    case 'starting':
      return 'connecting…';
    case 'syncing':
      return a.total > 0
        ? `syncing ${a.done.toLocaleString('en-US')} of ${a.total.toLocaleString('en-US')}`
        : 'syncing…';
    case 'synced':
      return a.lastSynced ? `synced (${new Date(a.lastSynced).toLocaleTimeString()})` : 'synced';
    case 'paused':
      return `paused: ${a.reason ?? ''}`;
    case 'error':
      return `error: ${a.reason ?? 'unknown'}`;
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
    <section aria-label={TITLES[name].title} class={`target ${name}`} data-archive={name}>
      <h2>{TITLES[name].title}</h2>
      <p class="help">{TITLES[name].help}</p>
      <label class="row">
        <input
          type="checkbox"
          class="enabled"
          checked={input.enabled}
          onChange={(e) => set({ enabled: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        Sync with this database
      </label>
      <div class="grid">
        <label for={id('url')}>Server address</label>
        <input
          id={id('url')}
          class="url"
          type="url"
          placeholder="https://couch.example.org:6984"
          value={input.url}
          onInput={(e) => set({ url: value(e) })}
        />
        <label for={id('database')}>Database</label>
        <input
          id={id('database')}
          class="database"
          placeholder={name === 'team' ? 'asia-desk' : 'readouts-yourname'}
          value={input.database}
          onInput={(e) => set({ database: value(e) })}
        />
        <label for={id('kind')}>Log in with</label>
        <select
          id={id('kind')}
          class="kind"
          value={input.credentials.kind}
          onChange={(e) =>
            setCredentials({ kind: (e.currentTarget as HTMLSelectElement).value as 'basic' | 'cookie' })
          }
        >
          <option value="basic">User name and password on each request (basic)</option>
          <option value="cookie">A session cookie (_session)</option>
        </select>
        <label for={id('username')}>User name</label>
        <input
          id={id('username')}
          class="username"
          autocomplete="username"
          value={input.credentials.username}
          onInput={(e) => setCredentials({ username: value(e) })}
        />
        <label for={id('password')}>Password</label>
        <input
          id={id('password')}
          class="password"
          type="password"
          autocomplete="current-password"
          placeholder={form.hasPassword ? 'saved (leave empty to keep)' : ''}
          value={input.credentials.password}
          onInput={(e) => setCredentials({ password: value(e) })}
        />
        {name === 'team' ? (
          <>
            <label for={id('access')}>Join</label>
            <select
              id={id('access')}
              class="access"
              value={input.access}
              onChange={(e) =>
                set({ access: (e.currentTarget as HTMLSelectElement).value as 'read-only' | 'read-write' })
              }
            >
              <option value="read-only">read-only (receive the team’s readouts)</option>
              <option value="read-write">read-write (also send changes)</option>
            </select>
            <label for={id('label')}>Name shown on its readouts</label>
            <input
              id={id('label')}
              class="label"
              placeholder="Asia desk"
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
          Also share the readouts I save myself (otherwise only my edits of team readouts go back)
        </label>
      ) : null}
      <div class="buttons">
        <button type="button" class="test" disabled={form.busy} onClick={() => onTest(name)}>
          Test connection
        </button>
        <button type="button" class="save" disabled={form.busy} onClick={() => onSave(name)}>
          Save
        </button>
        <button type="button" class="forget" disabled={form.busy} onClick={() => onForget(name)}>
          Forget this database
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

function show(value: unknown): string {
  if (typeof value === 'string') return value || '(empty)';
  if (value === undefined) return '(none)';
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
    <section aria-label="Conflicts" class="conflicts">
      <h2>Edited on two devices</h2>
      <p class="help">
        Tags and glossary notes were merged. These fields differ between the versions: choose the one to keep.
      </p>
      <ul>
        {conflicts.map((c) => (
          <li key={c.id} data-id={c.id}>
            <strong>{c.title}</strong>
            {c.others.map((other) => (
              <table key={other.rev} class="versions">
                <thead>
                  <tr>
                    <th>Field</th>
                    <th>Shown now</th>
                    <th>Other version</th>
                  </tr>
                </thead>
                <tbody>
                  {other.differences.map((d) => (
                    <tr key={d.field}>
                      <td>{d.field}</td>
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
                        Keep this
                      </button>
                    </td>
                    <td>
                      <button type="button" class="keep-other" onClick={() => onChoose(c.id, other.rev)}>
                        Keep this
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
