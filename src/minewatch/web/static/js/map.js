// World map of Mine Ban Convention status, with a date control that keeps the date in the URL.
// Data: the page's own status report (embedded, then /index.json?as_of=… on each change); base
// map: world-atlas countries-50m (with iso3 added at build time), drawn by MapLibre GL JS.
(() => {
  "use strict";

  const FIRST_DAY = "1997-12-03"; // opened for signature in Ottawa
  const DAY_MS = 86400000;
  // Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
  const COLOURS = {
    party_in_force: "#0072B2",
    party_not_in_force: "#56B4E9",
    signatory: "#009E73",
    non_signatory: "#CC79A7",
    withdrawal_pending: "#E69F00",
    withdrawn: "#D55E00",
    no_data: "#D9D9D9",
  };
  const LABELS = {
    party_in_force: "State party, in force, no withdrawal pending",
    party_not_in_force: "State party, not yet in force",
    signatory: "Signatory, not ratified",
    non_signatory: "Not signed",
    withdrawal_pending: "State party, in force, withdrawal pending",
    withdrawn: "Withdrawn",
    no_data: "No data",
  };
  const SMALL_AREA = 1.5; // square degrees: smaller states also get a dot so they stay visible

  const $ = (id) => document.getElementById(id);
  const range = $("as-of-range");
  const input = $("as-of");
  let report = JSON.parse($("status-data").textContent);
  let byIso = new Map();
  let hovered = null;

  const keyOf = (s) => (s.status === "party" ? (s.in_force ? "party_in_force" : "party_not_in_force") : s.status);
  const toDay = (iso) => Math.round((Date.parse(iso + "T00:00:00Z") - Date.parse(FIRST_DAY + "T00:00:00Z")) / DAY_MS);
  const fromDay = (n) => new Date(Date.parse(FIRST_DAY + "T00:00:00Z") + n * DAY_MS).toISOString().slice(0, 10);
  const today = () => new Date().toISOString().slice(0, 10);
  const colour = ["match", ["coalesce", ["feature-state", "k"], "no_data"],
    ...Object.entries(COLOURS).flatMap(([k, c]) => [k, c]), COLOURS.no_data];

  // --- geometry helpers -------------------------------------------------------------------
  function ringArea(ring) {
    let a = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
    }
    return Math.abs(a / 2);
  }
  const polygons = window.minewatchBasemap.polygons;
  function centre(ring) {
    let x = 0, y = 0;
    for (const [lon, lat] of ring) { x += lon; y += lat; }
    return [x / ring.length, y / ring.length];
  }
  function dotFor(feature) {
    const polys = polygons(feature.geometry);
    const areas = polys.map((p) => ringArea(p[0]));
    const total = areas.reduce((a, b) => a + b, 0);
    if (!polys.length || total >= SMALL_AREA) return null;
    const biggest = polys[areas.indexOf(Math.max(...areas))];
    return point(feature.properties.iso3, feature.properties.name, centre(biggest[0]));
  }
  function point(iso3, name, coordinates) {
    return { type: "Feature", properties: { key: iso3, iso3, name }, geometry: { type: "Point", coordinates } };
  }

  // --- the map ----------------------------------------------------------------------------
  const map = new maplibregl.Map({
    container: "map",
    style: { version: 8, sources: {}, layers: [{ id: "sea", type: "background", paint: { "background-color": "#EEF3F7" } }] },
    bounds: [[-168, -56], [190, 80]],
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true }, // so the map prints
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: "Natural Earth (world-atlas)" }));

  function addLayers(world, dots) {
    map.addSource("states", { type: "geojson", data: world, promoteId: "key", tolerance: 0.2 });
    map.addSource("dots", { type: "geojson", data: dots, promoteId: "key" });
    map.addLayer({ id: "states-fill", type: "fill", source: "states", paint: { "fill-color": colour } });
    map.addLayer({ id: "states-line", type: "line", source: "states", paint: { "line-color": "#FFFFFF", "line-width": 0.5 } });
    map.addLayer({
      id: "states-hover", type: "line", source: "states",
      paint: { "line-color": "#111111", "line-width": ["case", ["boolean", ["feature-state", "hover"], false], 2, 0] },
    });
    map.addLayer({
      id: "dots", type: "circle", source: "dots",
      paint: { "circle-radius": ["interpolate", ["linear"], ["zoom"], 0, 2.5, 1.5, 4, 5, 6], "circle-color": colour, "circle-stroke-color": "#333333", "circle-stroke-width": 0.8 },
    });
  }

  function worldFeatures(topo, points) {
    const world = topojson.feature(topo, topo.objects.countries);
    const inReport = new Set(report.states.map((s) => s.iso3));
    for (const f of world.features) {
      f.properties.key = f.properties.iso3 || "none:" + f.properties.name;
      window.minewatchBasemap.unwrap(f.geometry);
    }
    const onMap = new Set(world.features.map((f) => f.properties.iso3).filter(Boolean));
    const dots = world.features.filter((f) => inReport.has(f.properties.iso3)).map(dotFor).filter(Boolean);
    for (const s of report.states) {
      const p = points[s.iso3];
      if (!onMap.has(s.iso3) && p) dots.push(point(s.iso3, s.name, [p.lon, p.lat]));
    }
    return [world, { type: "FeatureCollection", features: dots }];
  }

  function paint() {
    for (const source of ["states", "dots"]) map.removeFeatureState({ source });
    for (const s of report.states) {
      for (const source of ["states", "dots"]) map.setFeatureState({ source, id: s.iso3 }, { k: keyOf(s) });
    }
  }

  // --- legend, headings, URL --------------------------------------------------------------
  function countsOf(states) {
    const counts = Object.fromEntries(Object.keys(COLOURS).map((k) => [k, 0]));
    for (const s of states) counts[keyOf(s)] += 1;
    return counts;
  }
  function showReport() {
    const day = report.as_of;
    const counts = countsOf(report.states);
    for (const li of document.querySelectorAll("#legend li[data-key]")) {
      const b = li.querySelector(".count");
      if (b) b.textContent = counts[li.dataset.key];
    }
    for (const dd of document.querySelectorAll("#status-summary dd[data-field]")) {
      dd.textContent = report[dd.dataset.field];
    }
    for (const el of document.querySelectorAll(".legend-date, #as-of-label")) el.textContent = day;
    $("as-of-label").setAttribute("datetime", day);
    $("states-link").href = "/states?as_of=" + day;
    $("map").setAttribute("aria-label", `World map of Mine Ban Convention status on ${day}; the same data is listed on the States page.`);
    document.title = `Mine Ban Convention status on ${day} · minewatch`;
    byIso = new Map(report.states.map((s) => [s.iso3, s]));
  }

  let pending = null;
  async function load(day) {
    const ticket = (pending = day);
    const url = new URL(window.location.href);
    url.searchParams.set("as_of", day);
    history.replaceState(null, "", url.pathname + url.search);
    // Same query as the page (a known_at, if any, stays): "what did we know then, on that day".
    const response = await fetch("/index.json" + url.search, { headers: { Accept: "application/json" } });
    if (!response.ok) { $("map-info").textContent = `Could not load ${day} (${response.status}).`; return; }
    const next = await response.json();
    if (ticket !== pending) return; // a later date was asked for meanwhile
    report = next;
    showReport();
    paint();
    map.once("idle", () => document.body.setAttribute("data-map-date", report.as_of));
    map.triggerRepaint();
  }

  function setControls(day) {
    input.value = day;
    range.value = String(toDay(day));
    range.setAttribute("aria-valuetext", day);
  }

  function wireControls() {
    const last = today();
    input.max = last;
    range.max = String(toDay(last));
    range.disabled = false;
    setControls(report.as_of);
    range.addEventListener("input", () => {
      const day = fromDay(Number(range.value));
      input.value = day;
      range.setAttribute("aria-valuetext", day);
    });
    range.addEventListener("change", () => load(fromDay(Number(range.value))));
    input.addEventListener("change", () => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value)) return;
      setControls(input.value);
      load(input.value);
    });
    $("date-control").addEventListener("submit", (event) => {
      event.preventDefault();
      setControls(input.value);
      load(input.value);
    });
  }

  // --- hover and click --------------------------------------------------------------------
  function describe(feature) {
    const s = byIso.get(feature.properties.iso3);
    if (!s) return `${feature.properties.name}: no data`;
    return `${s.name}: ${LABELS[keyOf(s)]} on ${report.as_of}`;
  }
  function setHover(feature) {
    if (hovered !== null) map.setFeatureState({ source: "states", id: hovered }, { hover: false });
    hovered = feature ? feature.properties.key : null;
    if (hovered !== null) map.setFeatureState({ source: "states", id: hovered }, { hover: true });
  }
  function wirePointer() {
    const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 8 });
    for (const layer of ["states-fill", "dots"]) {
      map.on("mousemove", layer, (e) => {
        const f = e.features[0];
        map.getCanvas().style.cursor = byIso.has(f.properties.iso3) ? "pointer" : "";
        setHover(layer === "states-fill" ? f : null);
        popup.setLngLat(e.lngLat).setText(describe(f)).addTo(map);
        $("map-info").textContent = describe(f);
      });
      map.on("mouseleave", layer, () => { map.getCanvas().style.cursor = ""; setHover(null); popup.remove(); });
      map.on("click", layer, (e) => {
        const iso3 = e.features[0].properties.iso3;
        if (byIso.has(iso3)) window.location.href = `/states/${iso3}?as_of=${report.as_of}`;
      });
    }
  }

  // What the map is drawing now, for tests and for curious readers: states per colour.
  function renderedCounts() {
    const seen = new Map();
    for (const f of map.queryRenderedFeatures({ layers: ["states-fill", "dots"] })) {
      if (f.properties.iso3) seen.set(f.properties.iso3, f.state.k || "no_data");
    }
    const counts = Object.fromEntries(Object.keys(COLOURS).map((k) => [k, 0]));
    for (const k of seen.values()) counts[k] += 1;
    return counts;
  }

  const loaded = new Promise((resolve) => map.on("load", resolve));
  Promise.all([
    fetch("/static/vendor/countries-50m.json").then((r) => r.json()),
    fetch("/static/map-points.json").then((r) => r.json()),
    loaded,
  ]).then(([topo, points]) => {
    const [world, dots] = worldFeatures(topo, points);
    addLayers(world, dots);
    showReport();
    paint();
    wireControls();
    wirePointer();
    map.once("idle", () => document.body.setAttribute("data-map-date", report.as_of));
  });

  window.minewatchMap = { map, renderedCounts, load, colours: COLOURS, get report() { return report; } };
})();
