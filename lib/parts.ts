/**
 * Parts of the content script loaded on demand: code a page may never need (the card UI,
 * Readability) is built as its own script and loaded the first time it is needed, so the script
 * every readout page starts is small. A part registers its API on the global object of the world
 * it runs in (the content script's isolated world, under a symbol: invisible to the page) when it
 * is evaluated; the loader evaluates it once and hands the API out.
 */

const REGISTRY = Symbol.for('readout-lens.content-parts');

type Registry = Record<string, unknown>;

function registryOf(scope: object): Registry {
  const holder = scope as { [REGISTRY]?: Registry };
  holder[REGISTRY] ??= {};
  return holder[REGISTRY];
}

/** Called by a part's script when it is evaluated. */
export function registerPart<P, K extends keyof P & string>(
  name: K,
  api: P[K],
  scope: object = globalThis,
): void {
  registryOf(scope)[name] = api;
}

export type PartLoader<P> = <K extends keyof P & string>(name: K) => Promise<P[K]>;

/**
 * A loader of the parts in `files` (name → packaged file): `evaluate(file)` runs the file's script
 * (a dynamic import of its extension URL), after which the part must have registered. One
 * evaluation per part while it succeeds; a failed load is tried again on the next call.
 */
export function createPartLoader<P>(
  files: { [K in keyof P & string]: string },
  evaluate: (file: string) => Promise<unknown>,
  scope: object = globalThis,
): PartLoader<P> {
  const loading = new Map<string, Promise<unknown>>();
  return <K extends keyof P & string>(name: K): Promise<P[K]> => {
    const registry = registryOf(scope);
    if (name in registry) return Promise.resolve(registry[name] as P[K]);
    let pending = loading.get(name);
    if (!pending) {
      const file = files[name];
      pending = evaluate(file).then(() => {
        if (!(name in registry)) throw new Error(`content part ${name}: ${file} did not register`);
        return registry[name];
      });
      pending.catch(() => loading.delete(name));
      loading.set(name, pending);
    }
    return pending as Promise<P[K]>;
  };
}
