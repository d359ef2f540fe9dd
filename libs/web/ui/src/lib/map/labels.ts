/** A label that may be drawn: its anchor (the middle of its text) and its size, in pixels. */
export interface WkLabelCandidate {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Which labels to draw so that none overlaps another: greedily, in the order given (put the
 * most important first, e.g. the largest areas). Returns the indexes of the labels kept.
 */
export function placeLabels(candidates: readonly WkLabelCandidate[], gap = 4): number[] {
  const placed: WkLabelCandidate[] = [];
  const kept: number[] = [];
  candidates.forEach((label, index) => {
    const clash = placed.some(
      (other) =>
        Math.abs(label.x - other.x) * 2 < label.width + other.width + gap * 2 &&
        Math.abs(label.y - other.y) * 2 < label.height + other.height + gap * 2,
    );
    if (clash) return;
    placed.push(label);
    kept.push(index);
  });
  return kept;
}

/** About how wide a label is at 12px in a system sans-serif font (no measuring in the DOM). */
export function labelWidth(text: string, fontSize = 12): number {
  return Math.ceil(text.length * fontSize * 0.56) + 4;
}
