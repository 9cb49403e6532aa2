// Filter by tag and full-text search on timeline pages. Progressive
// enhancement only: every page works without this script, which makes no
// requests and only shows or hides entries already on the page.
(function () {
  "use strict";
  var form = document.querySelector("form.filter");
  if (!form) return;
  var q = form.elements.q, tag = form.elements.tag, out = form.querySelector("output");
  var items = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var texts = items.map(function (li) { return li.textContent.toLowerCase(); });
  var blocks = document.querySelectorAll(".month, section.year");
  var params = new URLSearchParams(location.search);
  if (params.get("q")) q.value = params.get("q");
  if (tag && params.get("tag")) tag.value = params.get("tag");
  form.hidden = false;

  function apply() {
    var terms = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var t = tag ? tag.value : "";
    var shown = 0;
    items.forEach(function (li, i) {
      var ok = (!t || li.getAttribute("data-tags").indexOf("|" + t + "|") >= 0) &&
        terms.every(function (w) { return texts[i].indexOf(w) >= 0; });
      li.hidden = !ok;
      if (ok) shown++;
    });
    for (var i = 0; i < blocks.length; i++) {
      blocks[i].hidden = !blocks[i].querySelector("li.event:not([hidden])");
    }
    var filtered = terms.length > 0 || t !== "";
    out.textContent = filtered ? shown + " of " + items.length + " events" : "";
    var p = new URLSearchParams();
    if (q.value) p.set("q", q.value);
    if (t) p.set("tag", t);
    var s = p.toString();
    history.replaceState(null, "", (s ? "?" + s : location.pathname) + location.hash);
  }
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  if (q.value || (tag && tag.value)) apply();
})();
