/* planlint audit: sort and filter the plans table. Static: it holds no plan
   data and reads cells only through textContent and our own data-sort. */
(function () {
  "use strict";
  var table = document.getElementById("plans");
  if (!table) { return; }
  var body = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  function key(row, col, numeric) {
    var cell = row.cells[col];
    var value = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    if (numeric) {
      var number = parseFloat(value);
      return isNaN(number) ? -Infinity : number;
    }
    return value.toLowerCase();
  }

  each(headers, function (th, col) {
    var button = th.querySelector("button");
    if (!button) { return; }
    button.addEventListener("click", function () {
      var numeric = th.getAttribute("data-type") === "number";
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      each(headers, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, col, numeric), y = key(b, col, numeric);
        var order = x < y ? -1 : (x > y ? 1 : 0);
        if (order === 0) { order = key(a, 0, true) - key(b, 0, true); return order; }
        return ascending ? order : -order;
      });
      each(rows, function (row) { body.appendChild(row); });
    });
  });

  var controls = document.getElementById("controls");
  var filter = document.getElementById("filter");
  var kind = document.getElementById("status-filter");
  var overdue = document.getElementById("overdue-filter");
  var shown = document.getElementById("shown");
  // Each select filters on the row attribute data-<its data-column>, compared whole.
  var selects = controls ? controls.querySelectorAll("select[data-column]") : [];
  function apply() {
    var query = filter.value.trim().toLowerCase();
    var wanted = kind.value;
    var count = 0;
    each(body.rows, function (row) {
      var show = (!query || row.textContent.toLowerCase().indexOf(query) !== -1) &&
        (!wanted || row.getAttribute("data-kind") === wanted) &&
        (!overdue || !overdue.checked || row.getAttribute("data-overdue") === "yes");
      each(selects, function (s) {
        if (s.value && row.getAttribute("data-" + s.getAttribute("data-column")) !== s.value) { show = false; }
      });
      row.hidden = !show;
      if (show) { count += 1; }
    });
    shown.textContent = count + " of " + body.rows.length + " shown";
  }
  if (controls && filter && kind && shown) {
    controls.hidden = false;
    filter.addEventListener("input", apply);
    kind.addEventListener("change", apply);
    each(selects, function (s) { s.addEventListener("change", apply); });
    if (overdue) { overdue.addEventListener("change", apply); }
    apply();
  }
}());
