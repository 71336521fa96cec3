import type { MapProjection } from './mapTypes';

const RAD = Math.PI / 180;

/**
 * d3-geo's conic equal-area projection has a built-in centre at 33.6442°N (`.center([0, 33.6442])`), so its
 * `translate` places that latitude, not the pole's circle, at the translate point. The map was built with
 * that default, and the formulas here apply the same offset.
 */
const D3_CENTER_LATITUDE = 33.6442;

/** Wraps a longitude in radians to (−π, π]. */
function wrap(lambda: number): number {
  const turned = (lambda + Math.PI) % (2 * Math.PI);
  return (turned <= 0 ? turned + 2 * Math.PI : turned) - Math.PI;
}

/** The constants of Albers' conic equal-area projection for two standard parallels (as in d3-geo). */
function conic(projection: MapProjection): { n: number; c: number; r0: number; centreY: number } {
  const [phi0, phi1] = projection.parallels.map((degrees) => degrees * RAD) as [number, number];
  const sin0 = Math.sin(phi0);
  const n = (sin0 + Math.sin(phi1)) / 2;
  const c = 1 + sin0 * (2 * n - sin0);
  const r0 = Math.sqrt(c) / n;
  const centreY = r0 - Math.sqrt(c - 2 * n * Math.sin(D3_CENTER_LATITUDE * RAD)) / n;
  return { n, c, r0, centreY };
}

/**
 * Projects longitude and latitude (degrees) to map units with the map's own projection: the same
 * conic equal-area formula, rotation, scale and translation that built `map.json` with d3-geo, written
 * out here so the game needs no geo library at run time.
 */
export function projectToMap(projection: MapProjection, lon: number, lat: number): [number, number] {
  const { n, c, r0, centreY } = conic(projection);
  const lambda = wrap((lon + projection.rotate[0]) * RAD);
  const r = Math.sqrt(Math.max(0, c - 2 * n * Math.sin(lat * RAD))) / n;
  const x = r * Math.sin(lambda * n);
  const y = r0 - r * Math.cos(lambda * n);
  return [
    projection.translate[0] + projection.scale * x,
    projection.translate[1] - projection.scale * (y - centreY),
  ];
}

/** The inverse of {@link projectToMap}: map units back to longitude and latitude in degrees. */
export function mapToLonLat(projection: MapProjection, mapX: number, mapY: number): [number, number] {
  const { n, c, r0, centreY } = conic(projection);
  const x = (mapX - projection.translate[0]) / projection.scale;
  const r0y = r0 - ((projection.translate[1] - mapY) / projection.scale + centreY);
  let lambda = Math.atan2(x, Math.abs(r0y)) * Math.sign(r0y);
  if (r0y * n < 0) lambda -= Math.PI * Math.sign(x) * Math.sign(r0y);
  const sinPhi = (c - (x * x + r0y * r0y) * n * n) / (2 * n);
  const lon = lambda / n / RAD - projection.rotate[0];
  return [((((lon + 180) % 360) + 360) % 360) - 180, Math.asin(Math.max(-1, Math.min(1, sinPhi))) / RAD];
}

/** Great-circle distance in kilometres between two [lon, lat] points in degrees. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const dPhi = (b[1] - a[1]) * RAD;
  const dLambda = (b[0] - a[0]) * RAD;
  const h =
    Math.sin(dPhi / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLambda / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
