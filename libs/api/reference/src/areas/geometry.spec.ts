import { Geometry, boundingBox, containsPoint, inBoundingBox, roundGeometry, squaredDistance } from './geometry';

// A 4×4 square with a 2×2 hole in its middle, and a second square beside it.
const SQUARE_WITH_HOLE: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
    [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ],
  ],
};
const TWO_SQUARES: Geometry = {
  type: 'MultiPolygon',
  coordinates: [
    SQUARE_WITH_HOLE.coordinates as never,
    [
      [
        [10, 0],
        [12, 0],
        [12, 2],
        [10, 2],
        [10, 0],
      ],
    ],
  ],
};

describe('geometry', () => {
  it('finds a point inside the outer ring and outside the holes', () => {
    expect(containsPoint(SQUARE_WITH_HOLE, [0.5, 0.5])).toBe(true);
    expect(containsPoint(SQUARE_WITH_HOLE, [2, 2])).toBe(false);
    expect(containsPoint(SQUARE_WITH_HOLE, [5, 2])).toBe(false);
    expect(containsPoint(SQUARE_WITH_HOLE, [3.5, 2])).toBe(true);
  });

  it('looks in every polygon of a multipolygon', () => {
    expect(containsPoint(TWO_SQUARES, [11, 1])).toBe(true);
    expect(containsPoint(TWO_SQUARES, [0.5, 3.5])).toBe(true);
    expect(containsPoint(TWO_SQUARES, [7, 1])).toBe(false);
  });

  it('bounds every polygon, and tests a point against the box', () => {
    expect(boundingBox(TWO_SQUARES)).toEqual([0, 0, 12, 4]);
    expect(inBoundingBox([7, 1], boundingBox(TWO_SQUARES))).toBe(true);
    expect(inBoundingBox([7, 5], boundingBox(TWO_SQUARES))).toBe(false);
  });

  it('measures a degree of longitude shorter than one of latitude away from the equator', () => {
    expect(squaredDistance([110, -7], [110.1, -7])).toBeLessThan(squaredDistance([110, -7], [110, -7.1]));
    expect(squaredDistance([110, -7], [110, -7])).toBe(0);
  });

  it('rounds coordinates for the browser', () => {
    const rounded = roundGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [110.1234567, -6.9876543],
          [110.2, -6.9],
          [110.1234567, -6.9876543],
        ],
      ],
    });
    expect(rounded.coordinates[0][0]).toEqual([110.12346, -6.98765]);
  });
});
