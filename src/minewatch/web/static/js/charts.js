// Charts for the dashboard pages, drawn with Vega-Lite (vega-embed) from the JSON the page
// embeds. Each chart element names its data (<script type="application/json" id=…>) and its kind.
(() => {
  "use strict";

  const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]; // Okabe–Ito
  const readJson = (id) => JSON.parse(document.getElementById(id).textContent);
  const base = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: "container",
    height: 220,
    // Fit the width only: the plot keeps its 220 px and the legend goes below it (fitting both
    // let a legend of eleven reports squeeze the bars to nothing).
    autosize: { type: "fit-x", contains: "padding" },
    config: { font: "system-ui, sans-serif", axis: { labelFontSize: 12, titleFontSize: 12 }, legend: { orient: "bottom", direction: "vertical", labelFontSize: 12, labelLimit: 300 } },
  };
  const colour = (field, title) => ({ field, type: "nominal", title, scale: { range: PALETTE } });

  function latestPerReport(rows, names) {
    const best = new Map();
    for (const r of rows) {
      if (!names.includes(r.indicator) || r.report_year == null || r.value == null) continue;
      const key = `${r.report_year}|${r.indicator}`;
      if (!best.has(key) || best.get(key).data_year < r.data_year) best.set(key, r);
    }
    return [...best.values()];
  }

  const SPECS = {
    indicators(el, rows) {
      const names = el.dataset.indicators.split(",");
      const labels = readJson("indicator-labels");
      const found = latestPerReport(rows, names);
      const values = found.map((r) => ({
        report: String(r.report_year), data_year: r.data_year, value: r.value, unit: r.unit,
        indicator: labels[r.indicator] || r.indicator,
      }));
      // A report without a figure leaves a gap: the line must not bridge it as if it were known.
      const reports = [...new Set(values.map((v) => v.report))];
      for (const indicator of new Set(values.map((v) => v.indicator))) {
        for (const report of reports) {
          if (!values.some((v) => v.indicator === indicator && v.report === report)) {
            values.push({ report, indicator, value: null, data_year: null, unit: null });
          }
        }
      }
      return {
        data: { values },
        mark: { type: "line", point: { size: 60, filled: true }, invalid: "break-paths-show-domains" },
        encoding: {
          x: { field: "report", sort: "ascending", type: "ordinal", title: "Landmine Monitor report year", axis: { labelAngle: 0 } },
          y: { field: "value", type: "quantitative", title: el.dataset.unit },
          color: colour("indicator", null),
          tooltip: [
            { field: "indicator", title: "Indicator" }, { field: "report", title: "Report" },
            { field: "data_year", title: "Data year" }, { field: "value", title: "Value", format: "," },
            { field: "unit", title: "Unit" },
          ],
        },
      };
    },
    casualties(el, rows) {
      // One bar per year and report. Two reports for the same year stand side by side (slot
      // 0, 1, ...); a year with one report gets a full-width bar. Colour says whether the
      // figure is the Monitor's usual count or something narrower or from elsewhere.
      const slots = new Map();
      const values = rows
        .filter((r) => r.year != null && r.total != null)
        .map((r) => {
          const year = String(r.year);
          const slot = slots.get(year) || 0;
          slots.set(year, slot + 1);
          return {
            year, slot, total: r.total, killed: r.killed, injured: r.injured,
            report: r.report_edition || "no Monitor edition",
            counted: r.monitor_count === false ? "other count (see the table)" : "Landmine Monitor count",
          };
        });
      return {
        data: { values },
        mark: "bar",
        encoding: {
          x: { field: "year", type: "ordinal", sort: "ascending", title: "Year", axis: { labelAngle: 0 } },
          xOffset: { field: "slot", type: "ordinal" },
          y: { field: "total", type: "quantitative", title: "Casualties" },
          color: colour("counted", "Figure"),
          tooltip: [
            { field: "year", title: "Year" }, { field: "report", title: "Report" },
            { field: "total", title: "Total", format: "," }, { field: "killed", title: "Killed", format: "," },
            { field: "injured", title: "Injured", format: "," }, { field: "counted", title: "Figure" },
          ],
        },
      };
    },
    field(el, rows) {
      return {
        // a year counting a synthetic source's rows says so on the axis itself
        data: { values: rows.filter((r) => r.year).map((r) => ({ year: String(r.year) + (r.synthetic ? " (synthetic)" : ""), accidents: r.accidents, casualties: r.casualties, "devices destroyed": r.devices_destroyed })) },
        // a figure no record gives is null ("not known"): no point, never a 0
        transform: [{ fold: ["accidents", "casualties", "devices destroyed"], as: ["figure", "count"] }, { filter: "datum.count != null" }],
        mark: { type: "line", point: { size: 50, filled: true } },
        encoding: {
          x: { field: "year", type: "ordinal", title: "Year", axis: { labelAngle: 0 } },
          y: { field: "count", type: "quantitative", title: "Count" },
          color: colour("figure", "Figure"),
          tooltip: [{ field: "year" }, { field: "figure" }, { field: "count", format: "," }],
        },
      };
    },
    stockpiles(el, rows) {
      // On a time axis: "2019" and "2019-05-24" stand five months apart, not one step. A year
      // or month alone is drawn at its first day; the tooltip keeps the date as the source gave it.
      const values = rows.filter((r) => r.date != null).map((r) => ({
        as_of: String(r.date), day: String(r.date), held: r.held, destroyed: r.destroyed, retained: r.retained,
      }));
      return {
        data: { values, format: { parse: { day: "date" } } },
        transform: [{ fold: ["held", "destroyed", "retained"], as: ["figure", "mines"] }, { filter: "datum.mines != null" }],
        mark: { type: "point", size: 70, filled: true },
        encoding: {
          // Padded (pixels, each end) so the first and last figures stand clear of the axes, not
          // on the y-axis or left of a domain that starts at their year.
          // Ticks on years only: the default steps (quarters over Russia's 2002-2014) each
          // printed "%Y", so one year was labelled four times.
          x: { field: "day", type: "temporal", scale: { type: "utc", padding: 24 }, title: "As of", axis: { format: "%Y", labelAngle: 0, tickCount: { interval: "year", step: 1 } } },
          y: { field: "mines", type: "quantitative", title: "Mines", scale: { nice: true, padding: 10 } },
          color: colour("figure", "Figure"),
          tooltip: [{ field: "as_of", title: "Reported as of" }, { field: "figure", title: "Figure" }, { field: "mines", title: "Mines", format: "," }],
        },
      };
    },
  };

  const charts = [...document.querySelectorAll("[data-chart]")].map((el) => {
    const spec = { ...base, ...SPECS[el.dataset.chart](el, readJson(el.dataset.source)) };
    // Expressions are interpreted (vega-interpreter), never compiled with Function: the page's
    // CSP has no 'unsafe-eval'.
    const csp = { ast: true, expr: vegaInterpreter.expressionInterpreter };
    return vegaEmbed(el, spec, { renderer: "svg", actions: false, ...csp });
  });
  Promise.all(charts).then(
    () => document.body.setAttribute("data-charts", "ready"),
    (error) => { document.body.setAttribute("data-charts", "failed"); console.error(error); },
  );
})();
