import { clusterPoints } from './cluster';

type P = { id: string; at: [number, number] };
const at = (p: P) => p.at;

describe(clusterPoints.name, () => {
  const points: P[] = [
    { id: 'a', at: [0, 0] },
    { id: 'b', at: [10, 0] },
    { id: 'c', at: [0, 30] },
    { id: 'd', at: [200, 200] },
    { id: 'e', at: [210, 190] },
    { id: 'f', at: [500, 0] },
  ];

  it('groups points within the radius of a group’s first point, at the mean position', () => {
    const clusters = clusterPoints(points, at, 40);
    expect(clusters.map((c) => c.members.map((m) => m.id))).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
    expect(clusters[0].x).toBeCloseTo(10 / 3);
    expect(clusters[0].y).toBeCloseTo(10);
    expect(clusters[1]).toMatchObject({ x: 205, y: 195 });
    expect(clusters[2]).toMatchObject({ x: 500, y: 0 });
  });

  it('splits groups as the radius shrinks (zooming in)', () => {
    expect(clusterPoints(points, at, 12).map((c) => c.members.length)).toEqual([2, 1, 1, 1, 1]);
    expect(clusterPoints(points, at, 5).map((c) => c.members.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('with radius 0, groups identical positions only', () => {
    const same: P[] = [
      { id: 'x', at: [3, 4] },
      { id: 'y', at: [3, 4] },
      { id: 'z', at: [3, 4.001] },
    ];
    expect(clusterPoints(same, at, 0).map((c) => c.members.map((m) => m.id))).toEqual([['x', 'y'], ['z']]);
  });

  it('finds neighbours across grid cells, negative coordinates included', () => {
    const edge: P[] = [
      { id: 'p', at: [-1, -1] },
      { id: 'q', at: [1, 1] },
    ];
    expect(clusterPoints(edge, at, 5)).toHaveLength(1);
    expect(clusterPoints([], at, 5)).toEqual([]);
  });

  it('stays fast for a thousand points', () => {
    const many: P[] = Array.from({ length: 1000 }, (_, i) => ({ id: String(i), at: [(i * 37) % 700, (i * 91) % 500] }));
    const started = Date.now();
    const clusters = clusterPoints(many, at, 40);
    expect(Date.now() - started).toBeLessThan(200);
    expect(clusters.reduce((sum, c) => sum + c.members.length, 0)).toBe(1000);
  });
});
