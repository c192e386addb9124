/** Where the context card goes: next to its term, and always inside the viewport. */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

const GAP = 6;

/**
 * Below the term if it fits, else above, else whichever side has more room (clamped); the left
 * edge follows the term but is pulled back so the card never leaves the viewport.
 */
export function placeCard(
  anchor: Box,
  card: Size,
  viewport: Size,
  margin = 8,
): { left: number; top: number } {
  const maxLeft = Math.max(margin, viewport.width - card.width - margin);
  const left = Math.min(Math.max(margin, anchor.left), maxLeft);
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - card.height;
  let top: number;
  if (below + card.height <= viewport.height - margin) top = below;
  else if (above >= margin) top = above;
  else top = viewport.height - anchor.bottom > anchor.top ? below : above;
  const maxTop = Math.max(margin, viewport.height - card.height - margin);
  return { left, top: Math.min(Math.max(margin, top), maxTop) };
}

/** Whether a box has left the viewport entirely (the card then closes). */
export function isOutOfView(box: Box, viewport: Size): boolean {
  return box.bottom < 0 || box.top > viewport.height || box.right < 0 || box.left > viewport.width;
}
