(function () {
  "use strict";
  function init(root) {
    var form = root.querySelector("form.filters");
    if (!form || form.getAttribute("data-ready")) {
      return;
    }
    form.setAttribute("data-ready", "1");
    var layerOf = {};
    root.querySelectorAll("tr[data-rule]").forEach(function (tr) {
      layerOf[tr.getAttribute("data-rule")] = tr.getAttribute("data-l");
    });
    var groups = Array.prototype.slice.call(root.querySelectorAll("tbody.g"));
    var files = Array.prototype.slice.call(root.querySelectorAll("section.file"));
    var shown = form.querySelector(".shown");
    var checks = Array.prototype.slice.call(form.querySelectorAll("input[name=s]"));
    var total = 0;
    groups.forEach(function (g) { total += g.querySelectorAll("tr[data-r]").length; });
    function apply() {
      var sev = {};
      checks.forEach(function (c) { sev[c.value] = c.checked; });
      var rule = form.elements.r.value;
      var layer = form.elements.l.value;
      var n = 0;
      groups.forEach(function (g) {
        var any = false;
        for (var row = g.firstElementChild; row; row = row.nextElementSibling) {
          var r = row.getAttribute("data-r");
          if (r === null) {
            continue;
          }
          var ok = sev[row.classList[0]] === true && (!rule || r === rule) && (!layer || layerOf[r] === layer);
          row.hidden = !ok;
          if (ok) {
            any = true;
            n++;
          }
        }
        g.hidden = !any;
      });
      files.forEach(function (f) {
        var none = f.querySelector(".none");
        if (none) {
          none.hidden = f.querySelector("tbody.g:not([hidden])") !== null || f.querySelector("tbody.g") === null;
        }
      });
      shown.textContent = form.getAttribute("data-shown").replace("{n}", n).replace("{t}", total);
    }
    root.querySelectorAll("a[data-only]").forEach(function (a) {
      a.addEventListener("click", function () {
        form.elements.r.value = a.getAttribute("data-only");
        form.elements.l.value = "";
        checks.forEach(function (c) { c.checked = true; });
        apply();
      });
    });
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    form.hidden = false;
    apply();
  }
  window.MaillageReport = { init: init };
  var root = document.getElementById("maillage-report");
  if (root) {
    init(root);
  }
})();
