// Field map, first view: ask for the base map and the first window's features before MapLibre
// (1 MiB of script) is parsed, so the requests run while it is (docs/performance.md, P5). Loaded
// before maplibre-gl.js; field-map.js takes the answers from `window.minewatchField`.
//
// The first window is the data's extent (the page's summary): the map fits that extent, so its
// window holds the same features, and the zoom is MapLibre's fit of the extent to the map's box
// (Web Mercator, 512-pixel world, the same padding). field-map.js uses these answers only if the
// map's own zoom is within MATCH_ZOOM of that one, else it asks again.
(() => {
  "use strict";

  const LAYERS = ["hazards", "activities", "accidents"];
  const PADDING = 30; // field-map.js fitBoundsOptions.padding
  const MAX_ZOOM = 14; // field-map.js fitBoundsOptions.maxZoom
  const BASEMAP_FIRST = "/static/vendor/countries-110m.json";
  const BASEMAP = "/static/vendor/countries-50m.json";
  const $ = (id) => document.getElementById(id);

  // The page's filters as its controls hold them (server-rendered from the address).
  function filters() {
    return { as_of: $("as-of").value, status: $("f-status").value, type: $("f-type").value, year: $("f-year").value };
  }
  // One layer's features for a window ({bbox, zoom}) and filters: the address the map asks.
  function featuresUrl(layer, w, f) {
    const q = new URLSearchParams({ layer, bbox: w.bbox, zoom: w.zoom });
    for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
    const knownAt = new URL(window.location.href).searchParams.get("known_at");
    if (knownAt) q.set("known_at", knownAt);
    return "/field/features.json?" + q;
  }
  function getJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then((response) => {
      if (!response.ok) throw new Error(`${url.split("?")[0]}: ${response.status}`);
      return response.json();
    });
  }
  // Web Mercator x, y of a longitude, latitude in a 512-pixel world (zoom 0).
  const mercX = (lng) => ((lng + 180) / 360) * 512;
  const mercY = (lat) => ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * 512;
  function fitZoom(extent, box) {
    const dx = Math.abs(mercX(extent[2]) - mercX(extent[0]));
    const dy = Math.abs(mercY(extent[1]) - mercY(extent[3]));
    const scale = Math.min((box.width - 2 * PADDING) / dx, (box.height - 2 * PADDING) / dy);
    return Math.min(MAX_ZOOM, Math.log2(scale));
  }

  const summary = JSON.parse($("field-data").textContent);
  const box = $("map").getBoundingClientRect();
  let first = null;
  if (summary.extent && box.width > 2 * PADDING && box.height > 2 * PADDING) {
    const zoom = fitZoom(summary.extent, box);
    if (Number.isFinite(zoom)) {
      const w = { bbox: summary.extent.map((v) => v.toFixed(6)).join(","), zoom: zoom.toFixed(2) };
      const f = filters();
      first = { zoom, filters: f, answers: Promise.all(LAYERS.map((layer) => getJson(featuresUrl(layer, w, f)))) };
      first.answers.catch(() => {}); // field-map.js reports a failure when it uses them
    }
  }

  window.minewatchField = {
    LAYERS,
    MATCH_ZOOM: 0.25,
    summary,
    filters,
    featuresUrl,
    getJson,
    first,
    basemapFirst: getJson(BASEMAP_FIRST),
    BASEMAP,
  };
})();
