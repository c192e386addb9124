import type { Messages } from './en';

/** Traditional Chinese (Taiwan): its own words, never the Simplified catalog. */
export const zhTW: Partial<Messages> = {};
