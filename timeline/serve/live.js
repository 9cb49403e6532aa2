// Live reload for `timeline serve`; never part of a built site.
// The server pushes its state after every build: {build, problems}. A build
// other than the one this page came from reloads the page; problems show an
// overlay, which goes away when a later build succeeds.
(function () {
  "use strict";
  var me = document.currentScript;
  var mine = me ? me.getAttribute("data-build") : "";
  var overlayId = "timeline-error-overlay";

  function hide() {
    var o = document.getElementById(overlayId);
    if (o) o.parentNode.removeChild(o);
  }

  function show(problems) {
    hide();
    var o = document.createElement("div");
    o.id = overlayId;
    o.setAttribute("role", "alert");
    o.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
      "background:rgba(20,20,20,.92);color:#fdd;font:14px/1.5 ui-monospace,monospace;padding:2em";
    var h = document.createElement("h2");
    h.textContent = "The build failed; this page shows the last good build.";
    h.style.cssText = "color:#fff;font:bold 16px sans-serif;margin:0 0 1em";
    o.appendChild(h);
    problems.forEach(function (p) {
      var line = document.createElement("pre");
      line.style.cssText = "white-space:pre-wrap;margin:0 0 .6em";
      var where = p.path || "";
      if (p.line) where += ":" + p.line + (p.col ? ":" + p.col : "");
      line.textContent = (where ? where + ": " : "") + p.message;
      o.appendChild(line);
    });
    (document.body || document.documentElement).appendChild(o);
  }

  var es = new EventSource("/_timeline/events?page=" + encodeURIComponent(location.pathname));
  es.onopen = function () {
    // Lets tests (and the curious) see that the page listens for builds.
    document.documentElement.setAttribute("data-timeline-live", "open");
  };
  es.onmessage = function (e) {
    var s;
    try { s = JSON.parse(e.data); } catch (err) { return; }
    if (s.problems && s.problems.length) {
      show(s.problems);
      return;
    }
    hide();
    if (s.build && s.build !== mine) {
      es.close();
      location.reload();
    }
  };
})();
