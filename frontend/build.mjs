// Copy the dashboard's front-end libraries from node_modules into the package's static folder.
//
//   cd frontend && npm ci && npm run build
//
// Writes src/minewatch/web/static/vendor/ (git-ignored): nothing on a page is loaded from a CDN.
// The world-atlas base map is rewritten with an `iso3` property on each country (world-atlas
// uses ISO 3166-1 numeric ids; iso3166-numeric.json, committed, maps them to alpha-3). Offline
// and reproducible: inputs are the locked npm packages and files in this folder only.

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "minewatch", "web", "static", "vendor");

// [package, file inside the package, name under vendor/]
const FILES = [
  ["maplibre-gl", "dist/maplibre-gl.js", "maplibre-gl.js"],
  ["maplibre-gl", "dist/maplibre-gl.css", "maplibre-gl.css"],
  ["topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"],
  ["vega", "build/vega.min.js", "vega.min.js"],
  ["vega-lite", "build/vega-lite.min.js", "vega-lite.min.js"],
  ["vega-embed", "build/vega-embed.min.js", "vega-embed.min.js"],
  ["htmx.org", "dist/htmx.min.js", "htmx.min.js"],
  // The API docs page (/docs): Swagger UI served from here, not from a CDN.
  ["swagger-ui-dist", "swagger-ui-bundle.js", "swagger-ui-bundle.js"],
  ["swagger-ui-dist", "swagger-ui.css", "swagger-ui.css"],
];

function packageDir(name) {
  return join(here, "node_modules", name);
}

function version(name) {
  return JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")).version;
}

function worldWithIso3(file) {
  const topology = JSON.parse(readFileSync(join(packageDir("world-atlas"), file), "utf8"));
  const numeric = JSON.parse(readFileSync(join(here, "iso3166-numeric.json"), "utf8"));
  let unmatched = 0;
  for (const geometry of topology.objects.countries.geometries) {
    const iso3 = geometry.id === undefined ? null : numeric[geometry.id] ?? null;
    if (iso3 === null) unmatched += 1;
    geometry.properties = { ...geometry.properties, iso3 };
  }
  const count = topology.objects.countries.geometries.length;
  console.log(`${file}: ${count} shapes, ${unmatched} without an ISO 3166 code`);
  return topology;
}

// vega-interpreter evaluates Vega expressions without `Function`, so the chart pages run under
// the site's CSP with no 'unsafe-eval'. npm ships it as an ES module importing vega-util; the
// same three helpers are on the `vega` global (vega.min.js), so the module is wrapped to take
// them from there and to expose `vegaInterpreter.expressionInterpreter` (charts.js passes it to
// vega-embed with `ast: true`). The two lines replaced must be there exactly, or the build stops.
const INTERPRETER_IMPORT = "import { ascending, isString, DisallowedObjectProperties } from 'vega-util';";
const INTERPRETER_EXPORT = "export { expression as expressionInterpreter };";

function interpreterForBrowsers() {
  const source = readFileSync(join(packageDir("vega-interpreter"), "build", "vega-interpreter.js"), "utf8");
  const lines = source.split("\n");
  const imports = lines.filter((l) => l.startsWith("import "));
  const exports = lines.filter((l) => l.startsWith("export "));
  if (imports.length !== 1 || imports[0] !== INTERPRETER_IMPORT || exports.length !== 1 || exports[0] !== INTERPRETER_EXPORT) {
    throw new Error(`vega-interpreter ${version("vega-interpreter")}: unexpected imports/exports ${imports} ${exports}`);
  }
  const body = lines.filter((l) => l !== INTERPRETER_IMPORT && l !== INTERPRETER_EXPORT && !l.startsWith("//# sourceMappingURL"));
  return [
    `// vega-interpreter@${version("vega-interpreter")} (BSD-3-Clause), wrapped for the browser by frontend/build.mjs`,
    "(function (vega) {",
    "  \"use strict\";",
    "  const { ascending, isString, DisallowedObjectProperties } = vega;",
    ...body,
    "  globalThis.vegaInterpreter = { expressionInterpreter: expression };",
    "})(globalThis.vega);",
    "",
  ].join("\n");
}

function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const manifest = {};
  for (const [pkg, file, name] of FILES) {
    copyFileSync(join(packageDir(pkg), file), join(out, name));
    manifest[name] = `${pkg}@${version(pkg)}`;
  }
  writeFileSync(join(out, "vega-interpreter.js"), interpreterForBrowsers());
  manifest["vega-interpreter.js"] = `vega-interpreter@${version("vega-interpreter")}`;
  // 1:50m for the maps; 1:110m (0.1 MiB) for the field map's first view (field-prefetch.js).
  for (const file of ["countries-50m.json", "countries-110m.json"]) {
    writeFileSync(join(out, file), JSON.stringify(worldWithIso3(file)));
    manifest[file] = `world-atlas@${version("world-atlas")}`;
  }
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  console.log(`vendor files written to ${out}`);
  for (const [name, from] of Object.entries(manifest)) console.log(`  ${name}  <-  ${from}`);
}

main();
