/* policycheck report: filters, sorting and focus. Plain JS, no network, reads data-* attributes
   and the JSON block #pc-data; never builds HTML from data (textContent only). Without JS every
   finding and row stays visible. */
(function () {
  "use strict";
  var doc = document;
  var labels = {};
  try {
    var block = doc.getElementById("pc-data");
    labels = block ? JSON.parse(block.textContent) : {};
  } catch (e) {
    labels = {};
  }
  function all(selector, root) {
    return Array.prototype.slice.call((root || doc).querySelectorAll(selector));
  }
  function fill(template, shown, total) {
    return String(template || "{shown} / {total}").replace("{shown}", shown).replace("{total}", total);
  }

  /* Filters: a <form class="filters" data-target=ID data-items=SELECTOR>; each <select name=X>
     matches data-X of an item (data-multi: space-separated list); input[type=search] matches text. */
  all("form.filters").forEach(function (form) {
    var target = doc.getElementById(form.getAttribute("data-target"));
    if (!target) {
      return;
    }
    var items = all(form.getAttribute("data-items"), target);
    var texts = items.map(function (el) {
      return el.textContent.toLowerCase();
    });
    var selects = all("select", form);
    var search = form.querySelector("input[type=search]");
    var out = form.querySelector("output");
    var template = out && out.getAttribute("data-what") === "rows" ? labels.rows : labels.shown;
    function apply() {
      var needle = search ? search.value.trim().toLowerCase() : "";
      var shown = 0;
      items.forEach(function (el, i) {
        var ok = true;
        selects.forEach(function (s) {
          if (!ok || !s.value) {
            return;
          }
          var value = el.getAttribute("data-" + s.name) || "";
          if (s.hasAttribute("data-multi")) {
            ok = (" " + value + " ").indexOf(" " + s.value + " ") >= 0;
          } else {
            ok = value === s.value;
          }
        });
        if (ok && needle) {
          ok = texts[i].indexOf(needle) >= 0;
        }
        el.hidden = !ok;
        if (ok) {
          shown += 1;
        }
      });
      if (out) {
        out.textContent = fill(template, shown, items.length);
      }
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () {
      window.setTimeout(apply, 0);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.hidden = false;
    apply();
  });

  /* Sortable tables: th[data-sort] get a button; data-sort="num" sorts numerically; a cell's own
     data-sort attribute overrides its text. */
  all("table.sortable").forEach(function (table) {
    var body = table.tBodies[0];
    if (!body) {
      return;
    }
    all("thead th[data-sort]", table).forEach(function (th) {
      var button = doc.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var col = th.cellIndex;
        var numeric = th.getAttribute("data-sort") === "num";
        var asc = th.getAttribute("aria-sort") !== "ascending";
        all("thead th", table).forEach(function (other) {
          if (other.hasAttribute("data-sort")) {
            other.setAttribute("aria-sort", "none");
          }
        });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        var keys = rows.map(function (row, i) {
          var cell = row.cells[col];
          var raw = cell ? (cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim()) : "";
          return { row: row, i: i, key: numeric ? parseFloat(raw.replace(/,/g, "")) : raw };
        });
        keys.sort(function (a, b) {
          var x = a.key, y = b.key, c;
          if (numeric) {
            x = isNaN(x) ? -Infinity : x;
            y = isNaN(y) ? -Infinity : y;
            c = x < y ? -1 : x > y ? 1 : 0;
          } else {
            c = x.localeCompare(y);
          }
          return (asc ? c : -c) || a.i - b.i;
        });
        keys.forEach(function (k) {
          body.appendChild(k.row);
        });
      });
    });
  });

  /* Expand every <details> for printing, and restore afterwards. */
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = all("details:not([open])");
    opened.forEach(function (d) {
      d.open = true;
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) {
      d.open = false;
    });
    opened = [];
  });

  /* Focus the element a link points to (a claim on a document page, a finding card). */
  function focusTarget() {
    var id = window.location.hash.slice(1);
    if (!id) {
      return;
    }
    try {
      id = decodeURIComponent(id);
    } catch (e) {
      return;
    }
    var el = doc.getElementById(id);
    if (!el) {
      return;
    }
    if (el.hidden) {
      el.hidden = false;
    }
    if (!el.hasAttribute("tabindex")) {
      el.setAttribute("tabindex", "-1");
    }
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", focusTarget);
  focusTarget();
})();
