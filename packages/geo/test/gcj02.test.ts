import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, outOfChina, wgs84ToGcj02 } from '../src/projection/gcj02.js';
import { mulberry32 } from '../src/random/mulberry32.js';

// Published test vectors of googollee/eviltransform (WGS84 lat, lon → GCJ-02 lat, lon).
const VECTORS: [number, number, number, number][] = [
  [31.1774276, 121.5272106, 31.17530398364597, 121.531541859215], // Shanghai
  [22.543847, 113.912316, 22.540796131694766, 113.9171764808363], // Shenzhen
  [39.911954, 116.377817, 39.91334545536069, 116.38404722455657], // Beijing
];

describe('WGS84 ⇄ GCJ-02', () => {
  it('matches the published reference points to 1e-9°', () => {
    for (const [wLat, wLon, gLat, gLon] of VECTORS) {
      const [lon, lat] = wgs84ToGcj02(wLon, wLat);
      expect(Math.abs(lon - gLon)).toBeLessThan(1e-9);
      expect(Math.abs(lat - gLat)).toBeLessThan(1e-9);
    }
  });

  it('inverts the reference points to 1e-7°', () => {
    for (const [wLat, wLon, gLat, gLon] of VECTORS) {
      const [lon, lat] = gcj02ToWgs84(gLon, gLat);
      expect(Math.abs(lon - wLon)).toBeLessThan(1e-7);
      expect(Math.abs(lat - wLat)).toBeLessThan(1e-7);
    }
  });

  it('round-trips random points over Hangzhou and Jiaxing to 1e-7°', () => {
    const random = mulberry32(21);
    for (let i = 0; i < 1000; i++) {
      const lon = 118.3 + random() * 3;
      const lat = 29.2 + random() * 1.8;
      const [gLon, gLat] = wgs84ToGcj02(lon, lat);
      // The offset here is a few hundred metres, never zero.
      expect(Math.hypot(gLon - lon, gLat - lat)).toBeGreaterThan(1e-3);
      const [wLon, wLat] = gcj02ToWgs84(gLon, gLat);
      expect(Math.abs(wLon - lon)).toBeLessThan(1e-7);
      expect(Math.abs(wLat - lat)).toBeLessThan(1e-7);
    }
  });

  it('leaves positions outside China unchanged (Denver)', () => {
    expect(outOfChina(-104.9903, 39.7392)).toBe(true);
    expect(wgs84ToGcj02(-104.9903, 39.7392)).toEqual([-104.9903, 39.7392]);
    expect(gcj02ToWgs84(-104.9903, 39.7392)).toEqual([-104.9903, 39.7392]);
  });
});
