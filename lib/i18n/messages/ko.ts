import type { Messages } from './en';

/** Korean. */
export const ko: Partial<Messages> = {};
