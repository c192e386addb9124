/**
 * Content-script match patterns and host permissions, generated from the ministry registry, plus
 * the loopback hosts that serve the bundled sample pages and the browser tests.
 */
import { MINISTRIES } from './registry';

export const MINISTRY_MATCHES: string[] = [...new Set(MINISTRIES.flatMap((m) => m.matches))];
export const SAMPLE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
export const CONTENT_MATCHES = [...MINISTRY_MATCHES, ...SAMPLE_MATCHES];
