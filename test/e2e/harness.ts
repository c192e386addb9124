/** Browser-test harness: see scripts/extension-browser.ts (shared with the demo and benchmarks). */
export * from '../../scripts/extension-browser';
