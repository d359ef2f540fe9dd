import type { WkXY } from './geo';

/** Points close together at the current zoom, drawn as one circle with a count. */
export interface WkCluster<T> {
  /** Where the circle goes: the mean of its members' positions. */
  x: number;
  y: number;
  members: T[];
}

/**
 * Groups items lying within `radius` of a group's first item (greedy, in the items' order, so the
 * same input always gives the same groups). Positions and radius in the same units: pixels, or
 * projected units with the radius divided by the scale. A radius of 0 groups identical positions only.
 * A grid of `radius`-sized cells keeps it near linear.
 */
export function clusterPoints<T>(items: readonly T[], position: (item: T) => WkXY, radius: number): WkCluster<T>[] {
  const cell = radius > 0 ? radius : 1e-9;
  const key = (cx: number, cy: number) => `${cx}:${cy}`;
  const grid = new Map<string, number[]>();
  const xy = items.map(position);
  xy.forEach(([x, y], index) => {
    const k = key(Math.floor(x / cell), Math.floor(y / cell));
    const bucket = grid.get(k);
    if (bucket) bucket.push(index);
    else grid.set(k, [index]);
  });
  const taken = new Uint8Array(items.length);
  const clusters: WkCluster<T>[] = [];
  const limit = radius * radius;
  for (let seed = 0; seed < items.length; seed++) {
    if (taken[seed]) continue;
    const [sx, sy] = xy[seed];
    const cx = Math.floor(sx / cell);
    const cy = Math.floor(sy / cell);
    const members: number[] = [];
    for (let gx = cx - 1; gx <= cx + 1; gx++)
      for (let gy = cy - 1; gy <= cy + 1; gy++)
        for (const index of grid.get(key(gx, gy)) ?? []) {
          if (taken[index]) continue;
          const dx = xy[index][0] - sx;
          const dy = xy[index][1] - sy;
          if (dx * dx + dy * dy <= limit) members.push(index);
        }
    members.sort((a, b) => a - b);
    let x = 0;
    let y = 0;
    for (const index of members) {
      taken[index] = 1;
      x += xy[index][0];
      y += xy[index][1];
    }
    clusters.push({ x: x / members.length, y: y / members.length, members: members.map((index) => items[index]) });
  }
  return clusters;
}
