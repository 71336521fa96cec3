/** A `[longitude, latitude]` pair in degrees; longitudes above 180 continue east past the antimeridian. */
export type LonLat = [number, number];

/** Degrees between added vertices: cut lines then follow parallels and meridians once projected. */
export const DENSIFY_STEP_DEG = 0.5;

/**
 * Adds vertices every {@link DENSIFY_STEP_DEG} degrees along each edge of a lon/lat ring, so that after
 * projection its edges follow parallels and meridians instead of straight chords. Returns a closed ring.
 */
export function densify(ring: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  ring.forEach((from, i) => {
    const to = ring[(i + 1) % ring.length] as LonLat;
    const steps = Math.max(
      1,
      Math.ceil(Math.max(Math.abs(to[0] - from[0]), Math.abs(to[1] - from[1])) / DENSIFY_STEP_DEG),
    );
    for (let k = 0; k < steps; k++) {
      out.push([from[0] + ((to[0] - from[0]) * k) / steps, from[1] + ((to[1] - from[1]) * k) / steps]);
    }
  });
  out.push(out[0] as LonLat);
  return out;
}
