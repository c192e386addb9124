import type { Messages } from './en';

/** Simplified Chinese. */
export const zhCN: Partial<Messages> = {};
