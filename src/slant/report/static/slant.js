/* slant: legend filters for highlighted techniques and the corpus technique filter.
   Written for slant; reads only the DOM it is given, never evaluates text. */
(function () {
  "use strict";

  function eachMatching(root, selector, attr, value, fn) {
    var nodes = root.querySelectorAll(selector);
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].getAttribute(attr) === value) { fn(nodes[i]); }
    }
  }

  function refreshSegments(root) {
    var segs = root.querySelectorAll(".seg");
    for (var i = 0; i < segs.length; i++) {
      var on = segs[i].querySelectorAll(".u:not(.off)").length > 0;
      segs[i].classList.toggle("off", !on);
    }
  }

  function wireLegend(section) {
    var boxes = section.querySelectorAll("input.technique-toggle");
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].addEventListener("change", function (event) {
        var box = event.target;
        var name = box.getAttribute("data-t");
        eachMatching(section, ".u", "data-t", name, function (el) {
          el.classList.toggle("off", !box.checked);
        });
        refreshSegments(section);
      });
    }
  }

  function wireDocumentFilter() {
    var select = document.getElementById("technique-filter");
    if (!select) { return; }
    select.addEventListener("change", function () {
      var wanted = select.value;
      var items = document.querySelectorAll("[data-techniques]");
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var list = JSON.parse(items[i].getAttribute("data-techniques") || "[]");
        var keep = wanted === "" || list.indexOf(wanted) !== -1;
        items[i].classList.toggle("doc-hidden", !keep);
        if (keep && items[i].tagName === "LI") { shown++; }
      }
      var counter = document.getElementById("filter-count");
      if (counter) { counter.textContent = wanted === "" ? "" : shown + " shown"; }
    });
  }

  function init() {
    var sections = document.querySelectorAll(".document-view");
    for (var i = 0; i < sections.length; i++) { wireLegend(sections[i]); }
    wireDocumentFilter();
    document.documentElement.setAttribute("data-slant-js", "ready");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
