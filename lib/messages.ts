/**
 * Every message between the content script, the popup, the archive page and the background,
 * as zod discriminated unions named by direction. Replies are `Result<T>`.
 */
import * as z from 'zod/mini';
import { ArchivedReadout, ArchiveFilter, RelatedQuery, SaveInput, TimelineBy } from './archive/schema';
import { GlossaryInput } from './glossary/store';

/** Content script, popup or archive page → background: the archive and the glossary. */
export const ArchiveMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('archive/save'), input: SaveInput }),
  /** Asks the tab's content script for its analysis and saves it (used by the popup's Save). */
  z.object({ type: z.literal('archive/save-tab'), tabId: z.number() }),
  z.object({ type: z.literal('archive/get'), id: z.string() }),
  z.object({ type: z.literal('archive/list') }),
  z.object({ type: z.literal('archive/is-saved'), url: z.string() }),
  z.object({ type: z.literal('archive/remove'), id: z.string() }),
  z.object({ type: z.literal('archive/restore'), record: ArchivedReadout }),
  z.object({
    type: z.literal('archive/update'),
    id: z.string(),
    tags: z.optional(z.array(z.string().check(z.maxLength(100)))),
    note: z.optional(z.string().check(z.maxLength(20_000))),
  }),
  z.object({ type: z.literal('archive/related'), query: RelatedQuery }),
  z.object({ type: z.literal('archive/search'), filter: ArchiveFilter }),
  z.object({ type: z.literal('archive/timeline'), by: TimelineBy }),
  z.object({ type: z.literal('archive/facets') }),
  /** An import that did not end (interrupted, or its undo failed): undo it, or keep what landed. */
  z.object({ type: z.literal('archive/resolve-import'), choice: z.enum(['undo', 'keep']) }),
  z.object({ type: z.literal('archive/status') }),
  z.object({ type: z.literal('archive/rebuild-index') }),
  z.object({ type: z.literal('glossary/list') }),
  z.object({ type: z.literal('glossary/put'), entry: GlossaryInput }),
  z.object({ type: z.literal('glossary/remove'), id: z.string() }),
]);
export type ArchiveMessage = z.infer<typeof ArchiveMessage>;

/** Whether a message is meant for the archive router (it then must parse as `ArchiveMessage`). */
export const isArchiveMessageType = (type: unknown): boolean =>
  typeof type === 'string' && (type.startsWith('archive/') || type.startsWith('glossary/'));

/**
 * Popup → background: the content script on sites outside the registry. The popup calls
 * `browser.permissions.request` in its click handler first (it needs the user's gesture), then
 * sends `sites/enable`; `sites/disable` unregisters and gives the permission back.
 */
export const SitesMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sites/enable'), origin: z.string() }),
  z.object({ type: z.literal('sites/disable'), origin: z.string() }),
  /** Replies `Result<{ ministry: string | null; builtIn: boolean; enabled: boolean }>`. */
  z.object({ type: z.literal('sites/status'), url: z.string() }),
]);
export type SitesMessage = z.infer<typeof SitesMessage>;

export const isSitesMessageType = (type: unknown): boolean =>
  typeof type === 'string' && type.startsWith('sites/');

/** Content script → background: the card-only KB fields of entities (see lib/kb/split.ts). */
export const KbMessage = z.discriminatedUnion('type', [
  /** Replies `Result<Record<string, KbDetails>>`; ids the KB lacks are left out. */
  z.object({ type: z.literal('kb/details'), ids: z.array(z.string()).check(z.maxLength(1000)) }),
]);
export type KbMessage = z.infer<typeof KbMessage>;

export const isKbMessageType = (type: unknown): boolean => typeof type === 'string' && type.startsWith('kb/');

/** Content script, popup or archive page → background. */
export const ToBackground = ArchiveMessage;
export type ToBackground = z.infer<typeof ToBackground>;

/** Popup or background → the content script of one tab. */
export const ToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content/get-analysis') }),
  z.object({ type: z.literal('content/set-highlights'), on: z.boolean() }),
  z.object({ type: z.literal('content/next-term') }),
  z.object({ type: z.literal('content/save') }),
]);
export type ToContent = z.infer<typeof ToContent>;

/** Parse an untrusted message; the error names what was wrong. */
export function parseMessage<T>(
  schema: z.ZodMiniType<T>,
  raw: unknown,
): { ok: true; value: T } | { ok: false; error: string } {
  const parsed = z.safeParse(schema, raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `malformed message: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`,
  };
}

/**
 * Who sent a runtime message, as the background sees it: one of the extension's own pages (popup,
 * archive page: their URL is under the extension's base URL), a content script (it runs in a
 * web page's tab, whose renderer a hostile page may have taken over), or anything else.
 */
export type SenderRole = 'extension-page' | 'content-script' | 'unknown';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface ExtensionIdentity {
  id: string;
  /** `runtime.getURL('')`: `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  baseUrl: string;
}

export function senderRole(sender: MessageSender, extension: ExtensionIdentity): SenderRole {
  if (sender.id !== extension.id) return 'unknown';
  if (sender.url?.startsWith(extension.baseUrl)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return 'unknown';
}

/** The most prior readouts a content script may ask for at once (its card shows ten). */
export const CONTENT_RELATED_LIMIT = 10;

/**
 * Why the background refuses `raw` from `sender`, or null when it may answer. A content script
 * gets what a page needs: related readouts for its card, the glossary's terms (and a note saved
 * from the card), KB details, and saving its own tab. Reading the whole archive, export, import,
 * delete, settings and site access are for the extension's own pages.
 */
export function refusalFor(raw: unknown, sender: MessageSender, extension: ExtensionIdentity): string | null {
  const role = senderRole(sender, extension);
  if (role === 'extension-page') return null;
  const message = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const type = typeof message.type === 'string' ? message.type : '(no type)';
  const refused = `${type} is answered only for the extension's own pages`;
  if (role === 'unknown') return refused;
  switch (type) {
    case 'glossary/list':
    case 'glossary/put':
      return null;
    case 'archive/related': {
      const limit = (message.query as { limit?: unknown } | undefined)?.limit;
      return typeof limit === 'number' && limit <= CONTENT_RELATED_LIMIT
        ? null
        : `archive/related from a page asks for at most ${CONTENT_RELATED_LIMIT} readouts`;
    }
    case 'archive/save-tab':
      return message.tabId === sender.tab?.id ? null : 'a page may save only its own tab';
    // The card's "other side's readout" (the same archive data as related) and its Compare
    // button, which the card only sends on a trusted click.
    case 'meetings/others':
    case 'meetings/open-compare':
      return null;
    default:
      // The KB is the extension's own public data: every kb/ question is a page's to ask.
      return type.startsWith('kb/') ? null : refused;
  }
}

/**
 * Why the background refuses a `runtime.connect` port from `sender`, or null when it may serve
 * it. Backups (lib/archive/backup-transfer.ts: the whole archive out, an import in) are for the
 * extension's own pages only.
 */
export function portRefusal(sender: MessageSender, extension: ExtensionIdentity): string | null {
  return senderRole(sender, extension) === 'extension-page'
    ? null
    : "backups are served only to the extension's own pages";
}

// ---- Sync (issue 12) -------------------------------------------------------------------------
// Extension pages only (options page, popup): the background answers these solely when the
// sender's URL is one of the extension's own pages, never a content script's. Settings are
// validated by lib/sync/settings.ts in the background; replies never carry a password.

/** A target as the options page sends it: an empty password means "keep the stored one". */
export const SyncTargetInput = z.object({
  enabled: z.boolean(),
  url: z.string().check(z.maxLength(2000)),
  database: z.string().check(z.maxLength(300)),
  credentials: z.object({
    kind: z.enum(['basic', 'cookie']),
    username: z.string().check(z.maxLength(200)),
    password: z.string().check(z.maxLength(1000)),
  }),
  access: z.enum(['read-write', 'read-only']),
  shareOwn: z.boolean(),
  label: z.string().check(z.maxLength(80)),
});
export type SyncTargetInput = z.infer<typeof SyncTargetInput>;

const SyncArchiveName = z.enum(['personal', 'team']);

export const SyncMessage = z.discriminatedUnion('type', [
  /** Replies `Result<PublicSettings>`. */
  z.object({ type: z.literal('sync/get-settings') }),
  /** `target: null` forgets that database (and its password). Replies `Result<PublicSettings>`. */
  z.object({
    type: z.literal('sync/save-settings'),
    name: SyncArchiveName,
    target: z.nullable(SyncTargetInput),
  }),
  /** Replies `Result<ConnectionVerdict>`; changes no setting. */
  z.object({ type: z.literal('sync/test'), name: SyncArchiveName, target: SyncTargetInput }),
  /** Replies `Result<SyncState>`. */
  z.object({ type: z.literal('sync/state') }),
  z.object({ type: z.literal('sync/retry') }),
  /** Replies `Result<OpenConflict[]>`. */
  z.object({ type: z.literal('sync/conflicts') }),
  z.object({ type: z.literal('sync/choose'), id: z.string(), rev: z.string() }),
]);
export type SyncMessage = z.infer<typeof SyncMessage>;

export const isSyncMessageType = (type: unknown): boolean =>
  typeof type === 'string' && type.startsWith('sync/');
// ---- end of sync ------------------------------------------------------------------------------
