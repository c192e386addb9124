/**
 * Sync settings: which CouchDB databases the archive replicates with, and how to log in.
 * Credentials live only in extension storage (`browser.storage.local`), never in a URL and
 * never in a log line or a message reply: `publicSettings` drops the passwords.
 */
import * as z from 'zod';

export const AuthKind = z.enum(['basic', 'cookie']);
export type AuthKind = z.infer<typeof AuthKind>;

export const Credentials = z.object({
  kind: AuthKind,
  username: z.string().trim().min(1, 'Enter the CouchDB user name.').max(200),
  password: z.string().min(1, 'Enter the password.').max(1000),
});
export type Credentials = z.infer<typeof Credentials>;

/** CouchDB's own rule for database names. */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export const ServerUrl = z
  .string()
  .trim()
  .min(1, 'Enter the server address, for example https://couch.example.org:6984.')
  .superRefine((value, ctx) => {
    const problem = serverUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const ArchiveName = z.enum(['personal', 'team']);
export type ArchiveName = z.infer<typeof ArchiveName>;

/** One remote database the archive replicates with. */
export const SyncTarget = z.object({
  enabled: z.boolean(),
  url: ServerUrl,
  database: z
    .string()
    .trim()
    .min(1, 'Enter the database name.')
    .max(238)
    .regex(
      DB_NAME,
      'A CouchDB database name starts with a lower-case letter and holds only a-z, 0-9 and _$()+-/.',
    ),
  credentials: Credentials,
  /** Pull only, or both ways. The personal database is always read-write. */
  access: z.enum(['read-write', 'read-only']),
  /**
   * Team, read-write: also send the readouts saved on this device (otherwise only edits of the
   * team's own readouts go back). The personal database always gets everything.
   */
  shareOwn: z.boolean(),
  /** Shown on prior readouts that came from this database ("Team: Asia desk"). */
  label: z.string().trim().max(80),
});
export type SyncTarget = z.infer<typeof SyncTarget>;

export const SyncSettings = z.object({
  personal: z.optional(SyncTarget),
  team: z.optional(SyncTarget),
});
export type SyncSettings = z.infer<typeof SyncSettings>;

/** A target as pages may see it: everything but the password. */
export type PublicTarget = Omit<SyncTarget, 'credentials'> & {
  credentials: Omit<Credentials, 'password'> & { hasPassword: boolean };
};
export type PublicSettings = Partial<Record<ArchiveName, PublicTarget>>;

export function publicTarget(target: SyncTarget): PublicTarget {
  const { password, ...credentials } = target.credentials;
  return { ...target, credentials: { ...credentials, hasPassword: password.length > 0 } };
}

export function publicSettings(settings: SyncSettings): PublicSettings {
  const out: PublicSettings = {};
  for (const name of ArchiveName.options) {
    const target = settings[name];
    if (target) out[name] = publicTarget(target);
  }
  return out;
}

/** Why a server address cannot be used, or null. Credentials in the URL are refused, not stripped. */
export function serverUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'This is not a web address: write it as https://host:port, for example https://couch.example.org:6984.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `The server address must start with https:// (or http:// on your own network), not ${url.protocol}.`;
  if (url.username || url.password)
    return 'Leave the user name and password out of the address: enter them in the fields below, where they are stored only in the extension.';
  if (url.search || url.hash) return 'The server address takes no ?query or #fragment.';
  return null;
}

/** The server root with one trailing slash (CouchDB may sit under a path behind a proxy). */
export function serverRoot(target: Pick<SyncTarget, 'url'>): string {
  const url = new URL(target.url.trim());
  return url.origin + url.pathname.replace(/\/*$/, '/');
}

/** The database's URL; the name is escaped ("/" in a CouchDB name is %2F). */
export function databaseUrl(target: Pick<SyncTarget, 'url' | 'database'>): string {
  return serverRoot(target) + encodeURIComponent(target.database.trim());
}

/** The host-permission pattern for the server's origin (asked when the user tests or saves). */
export function originPattern(target: Pick<SyncTarget, 'url'>): string {
  return `${new URL(target.url.trim()).origin}/*`;
}

/** The label prior readouts show for documents that came from `name`. */
export function archiveLabel(name: ArchiveName, target: Pick<SyncTarget, 'label'> | undefined): string {
  const label = target?.label.trim();
  if (name === 'team') return label ? `Team: ${label}` : 'Team archive';
  return label || 'Personal archive';
}
