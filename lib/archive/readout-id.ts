/** Readout ids from URLs, free of zod (the content script imports it; ./schema re-exports it). */
/** Strip the fragment and tracking parameters; keep the query (ministry sites use ?seq=). */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()])
      if (/^utm_|^fbclid$|^gclid$/.test(key)) u.searchParams.delete(key);
    return u.toString();
  } catch {
    return url;
  }
}

export const readoutIdFor = (url: string): string => `readout:${normalizeUrl(url)}`;
