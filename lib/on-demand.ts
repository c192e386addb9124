/**
 * A part of the content script that is loaded when first used (lib/parts.ts), seen from the code
 * that uses it: `request` runs an action with the part at once if it is in, else once it has
 * loaded. Only the latest request runs (a click on another term while the card loads opens that
 * term's card, a click elsewhere cancels), and a part that fails to load is reported and skipped:
 * the page keeps what it has (its highlights), and the next request tries again.
 */
export interface OnDemand<T> {
  /** The part, if it has loaded. */
  current(): T | null;
  /** Runs `use` with the part, now or once loaded, unless a later request or `cancel` comes first. */
  request(use: (part: T) => void): void;
  /** Drops the pending request, if any. */
  cancel(): void;
  /**
   * Starts loading the part if it is neither in nor loading, running nothing: a hint that a
   * request is near (the pointer on a term), so that it finds the part in. A failure is reported.
   */
  prefetch(): void;
}

export function onDemand<T>(load: () => Promise<T>, onError: (error: unknown) => void): OnDemand<T> {
  let part: T | null = null;
  let loading = false;
  let pending: ((part: T) => void) | null = null;
  const settle = () => {
    loading = true;
    load().then(
      (loaded) => {
        loading = false;
        part = loaded;
        const use = pending;
        pending = null;
        use?.(loaded);
      },
      (error: unknown) => {
        loading = false;
        pending = null;
        onError(error);
      },
    );
  };
  return {
    current: () => part,
    request(use) {
      if (part !== null) {
        pending = null;
        use(part);
        return;
      }
      pending = use;
      if (!loading) settle();
    },
    cancel() {
      pending = null;
    },
    prefetch() {
      if (part === null && !loading) settle();
    },
  };
}
