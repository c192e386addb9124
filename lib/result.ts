/**
 * Results and error codes, free of zod: the content script imports this module (lib/model's
 * schemas would put zod in its bundle); lib/model re-exports it.
 */
/**
 * Why a request failed, stable across releases: the UI words it in the reader's language by this
 * code (`errorText` in lib/i18n), the English `error` is for logs and bug reports.
 */
export const ERROR_CODES = [
  'no-answer',
  'bad-message',
  'refused',
  'no-readout',
  'not-web-origin',
  'no-permission',
  'quota',
  'invalid-import',
  'invalid-input',
  'invalid-settings',
  'import-failed',
  'not-found',
  'storage',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** `{ok:true,value}|{ok:false,error,code}`: errors do not survive structured cloning, strings do. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; code?: ErrorCode };
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string, code?: ErrorCode): Result<T> =>
  code ? { ok: false, error, code } : { ok: false, error };
