// natospend dashboard: progressive enhancement only. Pages work without it (tables hold every figure).
(function () {
  "use strict";

  // Charts: figures are embedded as JSON next to their container; Plotly is served by this server.
  function drawCharts() {
    if (!window.Plotly) return;
    document.querySelectorAll(".plot[data-figure]").forEach(function (el) {
      var data = document.getElementById(el.dataset.figure);
      if (!data) return;
      var fig = JSON.parse(data.textContent);
      var name = el.id || "chart";
      fitNarrow(fig.layout, el.clientWidth || window.innerWidth, fig.data);
      var narrow = (el.clientWidth || window.innerWidth) < 700;
      window.Plotly.newPlot(el, fig.data, fig.layout, {
        responsive: true, displaylogo: false, displayModeBar: narrow ? false : "hover",
        modeBarButtonsToRemove: ["select2d", "lasso2d"],
        toImageButtonOptions: { format: "png", filename: "natospend-" + name, scale: 2 }
      });
    });
  }

  // Plotly does not wrap text: on a narrow screen, break long titles and the source line, stack the legend.
  function wrap(text, width) {
    var words = String(text).split(" "), lines = [], line = "";
    words.forEach(function (w) {
      if (line && (line + " " + w).length > width) { lines.push(line); line = w; } else { line = line ? line + " " + w : w; }
    });
    if (line) lines.push(line);
    return lines.join("<br>");
  }

  function fitNarrow(layout, width, traces) {
    if (width >= 700) return;
    var chars = Math.max(24, Math.floor(width / 7.5));
    var entries = layout.showlegend ? traces.filter(function (t) { return t.showlegend !== false; }).length : 0;
    if (layout.title && layout.title.text) {
      layout.title.text = wrap(layout.title.text, chars);
      layout.title.font = { size: 14 };
      var lines = layout.title.text.split("<br>").length;
      var labels = (layout.shapes || []).length && layout.yaxis && layout.yaxis.type === "category" ? 20 : 0;
      layout.margin = Object.assign({}, layout.margin, { t: 24 + 18 * lines + 21 * entries + labels });
    }
    (layout.annotations || []).forEach(function (a) {
      if (a.yshift) {  // the source line under the plot
        a.text = wrap(a.text, Math.floor(chars * 1.1));
        a.yshift = -40;
        layout.margin = Object.assign({}, layout.margin, { b: 70 + 13 * a.text.split("<br>").length });
      }
    });
    layout.legend = Object.assign({}, layout.legend, { orientation: "v", font: { size: 11 } });
    // Reference-line labels ("3.5% core", "5% total") over a narrow plot: the number alone, every other one raised
    // a line, and the legend lifted above them, so no two overlap.
    var refs = (layout.annotations || []).filter(function (a) { return a.xref === "x" && a.yref === "paper"; });
    refs.sort(function (a, b) { return a.x - b.x; }).forEach(function (a, i) {
      a.text = String(a.text).split(" ")[0];
      a.yshift = (i % 2) * 13;
    });
    if (refs.length) {
      var m = layout.margin || {};
      var plot = Math.max(120, (layout.height || 460) - (m.t || 0) - (m.b || 0));
      layout.legend.y = 1 + (refs.length > 1 ? 30 : 17) / plot;
      layout.margin = Object.assign({}, m, { t: (m.t || 0) + (refs.length > 1 ? 14 : 0) });
    }
    // value labels beside bars need more room when the plot is narrow
    if (layout.xaxis && layout.xaxis.range && traces.some(function (t) { return t.text; })) {
      layout.xaxis.range = [layout.xaxis.range[0], layout.xaxis.range[1] * 1.15];
    }
  }

  // Selects marked data-autosubmit submit their form when changed (the Show button stays for keyboard users).
  function autosubmit() {
    document.querySelectorAll("[data-autosubmit]").forEach(function (sel) {
      sel.addEventListener("change", function () { if (sel.form) sel.form.submit(); });
    });
  }

  // The map: a click on an ally opens its page (keyboard users have the same links in the table below).
  function mapLinks() {
    document.querySelectorAll("svg.choropleth path[data-href]").forEach(function (path) {
      path.addEventListener("click", function () { window.location.href = path.dataset.href; });
    });
  }

  // Share fields select their whole text when focused, ready to copy.
  function shareFields() {
    document.querySelectorAll(".share input[readonly]").forEach(function (input) {
      input.addEventListener("focus", function () { input.select(); });
    });
  }

  // Sortable tables: buttons in the column headings; aria-sort tells screen readers the order.
  // The value a cell sorts by; null when empty (empty cells always sort last, whatever the direction).
  function cellValue(row, index, numeric) {
    var cell = row.children[index];
    if (!cell) return null;
    var raw = cell.getAttribute("data-sort");
    if (raw === null) raw = cell.textContent.trim();
    if (raw === "") return null;
    if (numeric) {
      var n = parseFloat(raw);
      return isNaN(n) ? null : n;
    }
    return raw.toLowerCase();
  }

  function sortable(table) {
    var heads = table.querySelectorAll("thead th");
    table.querySelectorAll("thead button[data-col]").forEach(function (button) {
      button.addEventListener("click", function () {
        var index = parseInt(button.dataset.col, 10);
        var numeric = button.dataset.numeric === "true";
        var th = button.closest("th");
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        if (numeric && th.getAttribute("aria-sort") === "none") ascending = false; // numbers: largest first
        heads.forEach(function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          if (x === null || y === null) return (x === null) - (y === null);
          if (x < y) return ascending ? -1 : 1;
          if (x > y) return ascending ? 1 : -1;
          return 0;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    autosubmit();
    mapLinks();
    shareFields();
    document.querySelectorAll("table.sortable").forEach(sortable);
    drawCharts();
  });
})();
