import { boundsOf, containsPosition, equirectangular, pathData, polygonsOf, roundCoordinate } from './geo';
import type { WkMapGeometry } from './types';

// Kota Semarang's bounding box, and a square of about 1 km around Simpang Lima.
const BBOX = [110.269711, -7.115464, 110.505225, -6.934084];
const square: WkMapGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [110.418, -6.986],
      [110.427, -6.986],
      [110.427, -6.995],
      [110.418, -6.995],
      [110.418, -6.986],
    ],
  ],
};

describe(equirectangular.name, () => {
  const projection = equirectangular(BBOX);

  it('puts the north-west corner at 0,0 with y growing southwards, in metres', () => {
    expect(projection.project([110.269711, -6.934084])).toEqual([0, 0]);
    const [x, y] = projection.project([110.505225, -7.115464]);
    // 0.2355° of longitude at 7° south is about 26 km; 0.1814° of latitude about 20 km.
    expect(x).toBeCloseTo(0.235514 * 111_320 * Math.cos((-7.024774 * Math.PI) / 180), 3);
    expect(y).toBeCloseTo(0.18138 * 111_320, 3);
    expect(projection.bounds[2]).toBeCloseTo(x, 6);
    expect(projection.bounds[3]).toBeCloseTo(y, 6);
  });

  it('keeps a kilometre about as long east–west as north–south (scaled by the cosine of the latitude)', () => {
    const [x1, y1] = projection.project([110.418, -6.986]);
    const [x2] = projection.project([110.427, -6.986]);
    const [, y2] = projection.project([110.418, -6.995]);
    // 0.009° of longitude is ~994 m here, 0.009° of latitude ~1002 m.
    expect((x2 - x1) / (y2 - y1)).toBeCloseTo(Math.cos((-7.024774 * Math.PI) / 180), 6);
  });

  it('turns projected points back into coordinates', () => {
    const [lng, lat] = projection.unproject(projection.project([110.4229, -6.9903]));
    expect(lng).toBeCloseTo(110.4229, 9);
    expect(lat).toBeCloseTo(-6.9903, 9);
  });
});

describe(pathData.name, () => {
  const projection = equirectangular(BBOX);

  it('draws each ring of a (multi)polygon in whole metres, closed', () => {
    const d = pathData(square, projection);
    expect(d).toMatch(/^M\d+ \d+(L\d+ \d+){4}Z$/);
    const multi: WkMapGeometry = { type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] };
    expect(pathData(multi, projection)).toBe(d + d);
  });

  it('drops points that round onto the previous one, and rings too small to draw', () => {
    const tiny: WkMapGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [110.4, -7],
          [110.4000001, -7],
          [110.4000002, -7.0000001],
        ],
      ],
    };
    expect(pathData(tiny, projection)).toBe('');
  });

  it('ignores malformed coordinates', () => {
    expect(polygonsOf({ type: 'Polygon', coordinates: [[[1, 2], ['x', 3], null, [4]]] })).toEqual([[[[1, 2]]]]);
  });
});

describe(containsPosition.name, () => {
  it('tells inside from outside, and holes are outside', () => {
    expect(containsPosition(square, [110.4229, -6.9903])).toBe(true);
    expect(containsPosition(square, [110.43, -6.9903])).toBe(false);
    const withHole: WkMapGeometry = {
      type: 'Polygon',
      coordinates: [
        ...square.coordinates,
        [
          [110.422, -6.99],
          [110.424, -6.99],
          [110.424, -6.992],
          [110.422, -6.992],
          [110.422, -6.99],
        ],
      ],
    };
    expect(containsPosition(withHole, [110.423, -6.991])).toBe(false);
    expect(containsPosition(withHole, [110.419, -6.987])).toBe(true);
  });
});

describe(boundsOf.name, () => {
  it('spans the geometry in projected units; null without points', () => {
    const projection = equirectangular(BBOX);
    const [minX, minY, maxX, maxY] = boundsOf(square, projection) ?? [0, 0, 0, 0];
    expect(maxX - minX).toBeCloseTo(0.009 * 111_320 * Math.cos((-7.024774 * Math.PI) / 180), 6);
    expect(maxY - minY).toBeCloseTo(0.009 * 111_320, 6);
    expect(boundsOf({ type: 'Polygon', coordinates: [] }, projection)).toBeNull();
  });
});

describe(roundCoordinate.name, () => {
  it('keeps six decimals', () => {
    expect(roundCoordinate(-6.99030049)).toBe(-6.9903);
    expect(roundCoordinate(110.4229996)).toBe(110.423);
  });
});
