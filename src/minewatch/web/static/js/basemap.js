// The base map's countries for a flat (Web Mercator) map, shared by the Convention map and the
// field map. world-atlas is made for spherical projections: rings that cross the antimeridian
// (Russia, Fiji) jump from +180 to -180, which a flat map draws as a band of straight lines
// across the world. Their western part is shifted by 360° so each ring is continuous.
(() => {
  "use strict";

  function polygons(geometry) {
    if (!geometry) return [];
    if (geometry.type === "Polygon") return [geometry.coordinates];
    if (geometry.type === "MultiPolygon") return geometry.coordinates;
    return [];
  }

  // Net longitude a ring travels (each step taken the short way round): ±360 for a ring that
  // goes round a pole (Antarctica), 0 for any other.
  function winding(ring) {
    let net = 0;
    for (let i = 1; i < ring.length; i++) {
      const d = ring[i][0] - ring[i - 1][0];
      net += d > 180 ? d - 360 : d < -180 ? d + 360 : d;
    }
    return net;
  }

  // A ring round a pole jumps from one side of the world to the other where it meets the
  // antimeridian: close it along the pole instead (Web Mercator draws the pole at the map's
  // edge), not by a line across the map.
  function viaPole(ring) {
    const pole = ring.reduce((sum, c) => sum + c[1], 0) < 0 ? -90 : 90;
    const out = [ring[0]];
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1], ring[i]];
      if (Math.abs(b[0] - a[0]) > 180) out.push([a[0], pole], [b[0], pole]);
      out.push(b);
    }
    return out;
  }

  function unwrap(geometry) {
    for (const polygon of polygons(geometry)) {
      polygon.forEach((ring, r) => {
        if (Math.abs(winding(ring)) > 180) { polygon[r] = viaPole(ring); return; }
        const lons = ring.map((c) => c[0]);
        if (Math.max(...lons) - Math.min(...lons) > 270) for (const c of ring) if (c[0] < 0) c[0] += 360;
      });
    }
    return geometry;
  }

  // Every feature of a FeatureCollection, in place; the collection is returned.
  function unwrapAll(collection) {
    for (const f of collection.features) unwrap(f.geometry);
    return collection;
  }

  window.minewatchBasemap = { polygons, unwrap, unwrapAll };
})();
