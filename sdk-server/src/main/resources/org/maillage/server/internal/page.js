(function () {
  "use strict";
  var form = document.getElementById("upload");
  var input = document.getElementById("file");
  var drop = document.getElementById("drop");
  var chosenLabel = document.getElementById("chosen");
  var status = document.getElementById("status");
  var result = document.getElementById("result");
  var button = form.querySelector("button[type=submit]");
  var chosen = null;
  function show() {
    chosenLabel.textContent = chosen ? form.getAttribute("data-chosen").replace("{name}", chosen.name) : "";
  }
  input.addEventListener("change", function () {
    chosen = input.files.length ? input.files[0] : null;
    show();
  });
  ["dragenter", "dragover"].forEach(function (type) {
    drop.addEventListener(type, function (e) {
      e.preventDefault();
      drop.classList.add("over");
    });
  });
  ["dragleave", "drop"].forEach(function (type) {
    drop.addEventListener(type, function (e) {
      e.preventDefault();
      drop.classList.remove("over");
    });
  });
  drop.addEventListener("drop", function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) {
      chosen = e.dataTransfer.files[0];
      try {
        input.files = e.dataTransfer.files;
      } catch (ignored) {
        // older browsers: the dropped file is kept in "chosen"
      }
      show();
    }
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (!chosen) {
      status.textContent = form.getAttribute("data-none");
      input.focus();
      return;
    }
    var name = chosen.name;
    var query = new URLSearchParams({
      format: "html", lang: form.elements.lang.value, profile: form.elements.profile.value, name: name
    });
    var type = /\.(ndjson|jsonl)$/i.test(name) ? "application/x-ndjson" : "application/json";
    status.textContent = form.getAttribute("data-busy").replace("{name}", name);
    button.disabled = true;
    fetch("/validate?" + query.toString(), { method: "POST", body: chosen, headers: { "Content-Type": type } })
      .then(function (res) {
        return res.text().then(function (text) {
          if (!res.ok) {
            var p = {};
            try {
              p = JSON.parse(text);
            } catch (ignored) {
              p = {};
            }
            throw new Error((p.title || String(res.status)) + (p.detail ? " — " + p.detail : ""));
          }
          var doc = new DOMParser().parseFromString(text, "text/html");
          var report = doc.getElementById("maillage-report");
          if (!report) {
            throw new Error(form.getAttribute("data-broken"));
          }
          report.querySelectorAll("script").forEach(function (s) { s.remove(); });
          var node = document.importNode(report, true);
          result.replaceChildren(node);
          window.MaillageReport.init(node);
          var heading = node.querySelector("h1");
          heading.tabIndex = -1;
          heading.focus();
          status.textContent = form.getAttribute("data-done").replace("{name}", name);
        });
      })
      .catch(function (err) {
        status.textContent = err.message;
      })
      .then(function () {
        button.disabled = false;
      });
  });
})();
