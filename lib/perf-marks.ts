/**
 * Performance marks of the moments a reader sees, set by the extension's pages and read by the
 * benchmarks (bench/archive.bench.ts): the popup's page facts on screen, and its related readouts.
 */
export const POPUP_MARKS = {
  pageFacts: 'readout-lens:popup-page-facts',
  related: 'readout-lens:popup-related',
  /** Set as well when the page facts were shown by the first paint (before the view). */
  firstPaint: 'readout-lens:popup-first-paint',
} as const;
