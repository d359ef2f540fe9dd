import { clampCenter, fitBounds, fromScreen, onScreen, panBy, toScreen, viewBox, zoomAround } from './view';

const size = { width: 800, height: 400 };

describe('map view', () => {
  it('fits bounds with padding, limited by the tighter side', () => {
    const view = fitBounds([0, 0, 1000, 1000], size, 0);
    expect(view).toEqual({ cx: 500, cy: 500, scale: 0.4 });
    expect(viewBox(view, size)).toEqual([-500, 0, 2000, 1000]);
    expect(fitBounds([0, 0, 10, 10], size, 0, 2).scale).toBe(2);
  });

  it('converts between pixels and projected units both ways', () => {
    const view = { cx: 100, cy: 50, scale: 2 };
    expect(toScreen(view, size, [100, 50])).toEqual([400, 200]);
    expect(toScreen(view, size, [110, 40])).toEqual([420, 180]);
    expect(fromScreen(view, size, [420, 180])).toEqual([110, 40]);
  });

  it('zooms keeping the point under the anchor in place, within the limits', () => {
    const view = { cx: 100, cy: 50, scale: 2 };
    const anchor: [number, number] = [600, 300];
    const before = fromScreen(view, size, anchor);
    const zoomed = zoomAround(view, size, 2, anchor, 1, 16);
    expect(zoomed.scale).toBe(4);
    const after = fromScreen(zoomed, size, anchor);
    expect(after[0]).toBeCloseTo(before[0]);
    expect(after[1]).toBeCloseTo(before[1]);
    expect(zoomAround(view, size, 100, anchor, 1, 16).scale).toBe(16);
    expect(zoomAround(view, size, 0.01, [400, 200], 1, 16)).toEqual({ cx: 100, cy: 50, scale: 1 });
  });

  it('pans by pixels and keeps the centre within bounds', () => {
    expect(panBy({ cx: 100, cy: 50, scale: 2 }, 20, -10)).toEqual({ cx: 90, cy: 55, scale: 2 });
    expect(clampCenter({ cx: -5, cy: 2000, scale: 1 }, [0, 0, 100, 100])).toEqual({ cx: 0, cy: 100, scale: 1 });
  });

  it('tells whether a pixel position is on the map', () => {
    expect(onScreen([-5, 10], size)).toBe(false);
    expect(onScreen([-5, 10], size, 10)).toBe(true);
    expect(onScreen([800, 400], size)).toBe(true);
  });
});
