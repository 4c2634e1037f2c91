/* heritage-kb: the page lifecycle. Material's `document$` emits on the first load and after every
 * instant navigation; each run first undoes what the previous page set up (Leaflet maps,
 * observers), then starts the timelines and maps of the new page. Loaded after the others.
 */
(function (H) {
  "use strict";

  function start() {
    var generation = ++H.generation; // late async work for an old page compares and drops itself
    H.cleanups.splice(0).forEach(function (undo) { try { undo(); } catch (e) { /* already gone */ } });
    H.starters.forEach(function (run) { run(generation); });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(window.HKB);
