import type { Messages } from './en';

/** Japanese. */
export const ja: Partial<Messages> = {};
