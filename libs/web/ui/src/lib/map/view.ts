import type { WkBounds, WkXY } from './geo';

/** What the map shows: the projected point at the centre, and how many pixels one projected unit takes. */
export interface WkView {
  cx: number;
  cy: number;
  scale: number;
}

/** The map's size on screen, in CSS pixels. */
export interface WkSize {
  width: number;
  height: number;
}

/** The view that shows `bounds` whole, with `padding` (a share of the size) around it, at most `maxScale`. */
export function fitBounds(bounds: WkBounds, size: WkSize, padding = 0.04, maxScale = Infinity): WkView {
  const [minX, minY, maxX, maxY] = bounds;
  const width = Math.max(maxX - minX, 1e-9);
  const height = Math.max(maxY - minY, 1e-9);
  const scale = Math.min((size.width * (1 - 2 * padding)) / width, (size.height * (1 - 2 * padding)) / height, maxScale);
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, scale };
}

/** The SVG viewBox (x, y, width, height in projected units) of a view. */
export function viewBox(view: WkView, size: WkSize): [number, number, number, number] {
  const width = size.width / view.scale;
  const height = size.height / view.scale;
  return [view.cx - width / 2, view.cy - height / 2, width, height];
}

/** Projected point → pixel position within the map. */
export function toScreen(view: WkView, size: WkSize, [x, y]: WkXY): WkXY {
  return [(x - view.cx) * view.scale + size.width / 2, (y - view.cy) * view.scale + size.height / 2];
}

/** Pixel position within the map → projected point. */
export function fromScreen(view: WkView, size: WkSize, [px, py]: WkXY): WkXY {
  return [view.cx + (px - size.width / 2) / view.scale, view.cy + (py - size.height / 2) / view.scale];
}

/**
 * Zooms by `factor` (2: twice as close) keeping the projected point under `anchor` (pixels) where
 * it is — the pointer for the wheel, the centre for the buttons and keys. The scale stays within
 * [minScale, maxScale].
 */
export function zoomAround(view: WkView, size: WkSize, factor: number, anchor: WkXY, minScale: number, maxScale: number): WkView {
  const scale = Math.min(maxScale, Math.max(minScale, view.scale * factor));
  const [ax, ay] = fromScreen(view, size, anchor);
  return {
    cx: ax - (anchor[0] - size.width / 2) / scale,
    cy: ay - (anchor[1] - size.height / 2) / scale,
    scale,
  };
}

/** Moves the view by a number of pixels (a drag, an arrow key). */
export function panBy(view: WkView, dx: number, dy: number): WkView {
  return { cx: view.cx - dx / view.scale, cy: view.cy - dy / view.scale, scale: view.scale };
}

/** Keeps the centre within `bounds`, so that the city cannot be dragged out of sight. */
export function clampCenter(view: WkView, bounds: WkBounds): WkView {
  const [minX, minY, maxX, maxY] = bounds;
  return { cx: Math.min(maxX, Math.max(minX, view.cx)), cy: Math.min(maxY, Math.max(minY, view.cy)), scale: view.scale };
}

/** Whether a pixel position is within the map, with a margin (markers half outside still show). */
export function onScreen([px, py]: WkXY, size: WkSize, margin = 0): boolean {
  return px >= -margin && py >= -margin && px <= size.width + margin && py <= size.height + margin;
}
