// Field map: hazards (coloured by status), land release activities and accidents, with the
// dashboard's date control and filters kept in the URL. Each view asks the server for what its
// window shows (/field/features.json: bbox, zoom, filters), at most max_features per layer,
// polygons simplified to about a pixel; a click opens the record's popup with its sources.
// field-prefetch.js (loaded before MapLibre) has already asked for the base map and the first
// window; the map is drawn with Natural Earth 1:110m first and 1:50m once the features are drawn.
(() => {
  "use strict";

  const FIRST_DAY = "1997-12-03";
  const DAY_MS = 86400000;
  // Okabe–Ito palette, as the Convention map: distinguishable with common colour-vision deficiencies.
  const COLOURS = { open: "#D55E00", in_progress: "#E69F00", released: "#009E73", activities: "#0072B2", accidents: "#CC79A7" };
  const field = window.minewatchField;
  const LAYERS = field.LAYERS;

  const $ = (id) => document.getElementById(id);
  const range = $("as-of-range");
  const input = $("as-of");
  let summary = field.summary;
  const shown = { hazards: null, activities: null, accidents: null };
  let ticket = 0;
  let refined = false; // the 1:50m base map asked for (after the first draw)

  const toDay = (iso) => Math.round((Date.parse(iso + "T00:00:00Z") - Date.parse(FIRST_DAY + "T00:00:00Z")) / DAY_MS);
  const fromDay = (n) => new Date(Date.parse(FIRST_DAY + "T00:00:00Z") + n * DAY_MS).toISOString().slice(0, 10);
  const today = () => new Date().toISOString().slice(0, 10);
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const empty = () => ({ type: "FeatureCollection", features: [] });

  const map = new maplibregl.Map({
    container: "map",
    style: { version: 8, sources: {}, layers: [{ id: "sea", type: "background", paint: { "background-color": "#EEF3F7" } }] },
    bounds: summary.extent ? [[summary.extent[0], summary.extent[1]], [summary.extent[2], summary.extent[3]]] : [[-168, -56], [190, 80]],
    fitBoundsOptions: { padding: 30, maxZoom: 14 },
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: "Natural Earth (world-atlas)" }));

  const isPolygon = ["in", ["geometry-type"], ["literal", ["Polygon", "MultiPolygon"]]];
  const isPoint = ["in", ["geometry-type"], ["literal", ["Point", "MultiPoint"]]];
  const statusColour = ["match", ["get", "status"], "open", COLOURS.open, "in_progress", COLOURS.in_progress, "released", COLOURS.released, "#777777"];

  let basemap = null; // the countries drawn now, unwrapped (window.minewatchFieldMap.basemap)
  function addLayers(world) {
    basemap = window.minewatchBasemap.unwrapAll(world);
    map.addSource("countries", { type: "geojson", data: world, tolerance: 0.3 });
    map.addLayer({ id: "countries-fill", type: "fill", source: "countries", paint: { "fill-color": "#F7F7F2" } });
    map.addLayer({ id: "countries-line", type: "line", source: "countries", paint: { "line-color": "#AAAAAA", "line-width": 0.6 } });
    for (const name of LAYERS) map.addSource(name, { type: "geojson", data: empty() });
    map.addLayer({ id: "hazards-fill", type: "fill", source: "hazards", filter: isPolygon, paint: { "fill-color": statusColour, "fill-opacity": 0.55 } });
    map.addLayer({ id: "hazards-line", type: "line", source: "hazards", filter: isPolygon, paint: { "line-color": statusColour, "line-width": 1.2 } });
    map.addLayer({ id: "hazards-point", type: "circle", source: "hazards", filter: isPoint, paint: { "circle-color": statusColour, "circle-radius": 5, "circle-stroke-color": "#222222", "circle-stroke-width": 0.8 } });
    map.addLayer({ id: "activities-fill", type: "fill", source: "activities", filter: isPolygon, paint: { "fill-color": COLOURS.activities, "fill-opacity": 0.35 } });
    map.addLayer({ id: "activities-point", type: "circle", source: "activities", filter: isPoint, paint: { "circle-color": COLOURS.activities, "circle-radius": 4, "circle-stroke-color": "#FFFFFF", "circle-stroke-width": 0.8 } });
    map.addLayer({ id: "accidents", type: "circle", source: "accidents", paint: { "circle-color": COLOURS.accidents, "circle-radius": 5, "circle-stroke-color": "#000000", "circle-stroke-width": 1 } });
  }
  const DRAWN = ["hazards-fill", "hazards-point", "activities-fill", "activities-point", "accidents"];

  // --- what to ask for ---------------------------------------------------------------------
  const filters = field.filters;
  function keepInUrl(f) {
    const url = new URL(window.location.href);
    for (const [k, v] of Object.entries(f)) { if (v) url.searchParams.set(k, v); else url.searchParams.delete(k); }
    history.replaceState(null, "", url.pathname + url.search);
    return url;
  }
  function windowParams() {
    const b = map.getBounds();
    const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)];
    return { bbox: bbox.map((v) => v.toFixed(6)).join(","), zoom: map.getZoom().toFixed(2) };
  }

  // The prefetched first window serves the first refresh if it was asked with the same filters
  // at (about) the map's zoom; its box is the data's extent, which the map's window contains.
  function prefetched(f) {
    const first = field.first;
    field.first = null;
    if (!first || Math.abs(map.getZoom() - first.zoom) > field.MATCH_ZOOM) return null;
    return Object.keys(f).every((k) => f[k] === first.filters[k]) ? first.answers : null;
  }

  async function refresh() {
    const mine = ++ticket;
    const f = filters();
    keepInUrl(f);
    const w = windowParams();
    const asked = prefetched(f) || Promise.all(LAYERS.map((layer) => field.getJson(field.featuresUrl(layer, w, f))));
    const answers = await asked.catch((error) => { $("map-info").textContent = `Could not load the map (${error.message}).`; return null; });
    if (!answers || mine !== ticket) return;
    answers.forEach((body, i) => { shown[LAYERS[i]] = body; map.getSource(LAYERS[i]).setData(body); });
    // In this window: drawn of those it holds (at most the "Can be drawn" count of the legend).
    $("field-shown").textContent = "In this view: " + answers.map((b) => `${b.layer} ${b.numberReturned} drawn of ${b.numberMatched}${b.truncated ? " (zoom in for all)" : ""}`).join("; ");
    map.once("idle", () => {
      if (mine !== ticket) return;
      if (!refined) { refined = true; refineBasemap(); }
      document.body.setAttribute("data-field-ready", String(mine));
    });
    map.triggerRepaint();
  }

  async function reloadSummary() {
    const f = filters();
    const response = await fetch("/field.json?as_of=" + encodeURIComponent(f.as_of), { headers: { Accept: "application/json" } });
    if (!response.ok) return;
    summary = await response.json();
    for (const li of document.querySelectorAll("#legend li[data-key]")) {
      const key = li.dataset.key;
      const n = key in summary.hazard_statuses ? summary.hazard_statuses[key] : summary.counts[key];
      li.querySelector(".count").textContent = n;
    }
    for (const span of document.querySelectorAll("#field-drawable span[data-layer]")) {
      span.textContent = `${span.dataset.layer} ${summary.drawable[span.dataset.layer]}`;
    }
    for (const el of document.querySelectorAll(".legend-date, #as-of-label")) el.textContent = f.as_of;
    $("as-of-label").setAttribute("datetime", f.as_of);
  }

  // --- the date control and filters (as the Convention map) ---------------------------------
  function setControls(day) {
    input.value = day;
    range.value = String(toDay(day));
    range.setAttribute("aria-valuetext", day);
  }
  function changeDay(day) { setControls(day); reloadSummary(); refresh(); }
  function wireControls() {
    const last = today();
    input.max = last;
    range.max = String(toDay(last));
    range.disabled = false;
    setControls(input.value);
    range.addEventListener("input", () => { input.value = fromDay(Number(range.value)); });
    range.addEventListener("change", () => changeDay(fromDay(Number(range.value))));
    input.addEventListener("change", () => { if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) changeDay(input.value); });
    for (const id of ["f-status", "f-type", "f-year"]) $(id).addEventListener("change", refresh);
    $("date-control").addEventListener("submit", (event) => { event.preventDefault(); changeDay(input.value); });
  }

  // --- popups with the record's sources -------------------------------------------------------
  function text(tag, value, className) {
    const el = document.createElement(tag);
    el.textContent = value;
    if (className) el.className = className;
    return el;
  }
  // A feature carries only what the map draws (record_id, a hazard's status; its id is the
  // version drawn): the popup's fields and sources come from /field/sources.json on click.
  function popupBody(layer, p) {
    const box = document.createElement("div");
    box.className = "field-popup";
    const title = text("strong", p.record_id);
    const kind = text("div", layer === "hazards" ? `hazard · ${(p.status || "").replace("_", " ")}` : layer === "activities" ? "activity" : "accident");
    box.append(title, kind);
    const list = document.createElement("ul");
    list.className = "popup-sources";
    list.append(text("li", "Sources: loading…"));
    box.append(list);
    return { box, title, kind, list };
  }
  function fillDetails(parts, layer, p) {
    parts.title.textContent = p.name || p.reference || p.record_id;
    parts.kind.textContent = layer === "hazards" ? `${p.hazard_type || "hazard"} · ${(p.status || "").replace("_", " ")}` : layer === "activities" ? (p.activity_type || "").replaceAll("_", " ") : "accident";
    const more = [];
    if (p.date) more.push(text("div", `dated ${p.date}`));
    if (p.location && p.location !== "exact") more.push(text("div", `location: ${p.location.replace("_", " ")}`, "hint"));
    parts.kind.after(...more);
  }
  async function fillPopup(parts, layer, p, seq) {
    const q = new URLSearchParams({ record_id: p.record_id });
    if (seq !== undefined && seq !== null) q.set("seq", String(seq));
    const response = await fetch("/field/sources.json?" + q, { headers: { Accept: "application/json" } });
    const list = parts.list;
    list.replaceChildren();
    if (!response.ok) { list.append(text("li", `Sources could not be loaded (${response.status}).`)); return; }
    const body = await response.json();
    fillDetails(parts, layer, body.properties);
    for (const s of body.sources) {
      const li = document.createElement("li");
      const a = text("a", s.title);
      a.href = `/sources/${s.id}`;
      li.append(a);
      // a synthetic source (evidence.is_synthetic) is labelled wherever it is shown
      if (s.synthetic) {
        const badge = text("span", "synthetic", "synthetic");
        badge.title = "From a synthetic source: not real data";
        li.append(" ", badge);
      }
      if (s.quote) li.append(text("span", ` — ${s.quote}`));
      list.append(li);
    }
    if (!body.sources.length) list.append(text("li", "No source cited."));
  }
  function wirePointer() {
    for (const layer of DRAWN) {
      map.on("mouseenter", layer, () => { map.getCanvas().style.cursor = "pointer"; });
      map.on("mouseleave", layer, () => { map.getCanvas().style.cursor = ""; });
    }
    map.on("click", (e) => {
      const hit = map.queryRenderedFeatures(e.point, { layers: DRAWN })[0];
      if (hit) openPopup(hit.source, hit.properties, hit.id, e.lngLat);
    });
  }
  function openPopup(layer, properties, seq, lngLat) {
    const parts = popupBody(layer, properties);
    new maplibregl.Popup({ offset: 8, maxWidth: "22rem" }).setLngLat(lngLat).setDOMContent(parts.box).addTo(map);
    $("map-info").textContent = `${layer}: ${properties.record_id}`;
    fillPopup(parts, layer, properties, seq);
  }

  // What the map draws now, for tests and curious readers: records per status / layer.
  function renderedCounts() {
    const seen = new Map();
    for (const f of map.queryRenderedFeatures({ layers: DRAWN })) {
      const p = f.properties;
      seen.set(p.record_id, f.source === "hazards" ? p.status : f.source);
    }
    const counts = Object.fromEntries(Object.keys(COLOURS).map((k) => [k, 0]));
    for (const k of seen.values()) counts[k] = (counts[k] || 0) + 1;
    return counts;
  }
  // Open the popup of a drawn record (keyboard users and tests: no pixel hunting).
  function popupFor(recordId) {
    for (const name of LAYERS) {
      const f = (shown[name] ? shown[name].features : []).find((x) => x.properties.record_id === recordId);
      if (!f) continue;
      const g = f.geometry;
      const at = g.type === "Point" ? g.coordinates : g.type === "Polygon" ? g.coordinates[0][0] : g.coordinates[0][0][0];
      openPopup(name, f.properties, f.id, { lng: at[0], lat: at[1] });
      return true;
    }
    return false;
  }

  // After the first draw: the finer base map (1:50m, 0.7 MiB) replaces the first (1:110m).
  function refineBasemap() {
    field.getJson(field.BASEMAP).then((topo) => { basemap = window.minewatchBasemap.unwrapAll(topojson.feature(topo, topo.objects.countries)); map.getSource("countries").setData(basemap); }, () => {});
  }

  const loaded = new Promise((resolve) => map.on("load", resolve));
  Promise.all([field.basemapFirst, loaded]).then(([topo]) => {
    addLayers(topojson.feature(topo, topo.objects.countries));
    wireControls();
    wirePointer();
    map.on("moveend", refresh);
    refresh();
  });

  window.minewatchFieldMap = { map, renderedCounts, refresh, popupFor, colours: COLOURS, get shown() { return shown; }, get basemap() { return basemap; } };
})();
