/**
 * The ministries' page reading (./pages), with Readability provided: Node, the background and
 * the extension pages import this. The content script imports ./pages and loads Readability only
 * for a layout that needs it (./readability).
 */
import { Readability } from '@mozilla/readability';
import { provideReadability } from './readability';

provideReadability(Readability);

export * from './pages';
