/* heritage-kb: the maps. A site page's map shows the site, its parent and its parts; the map
 * of all sites clusters nearby markers and colours each by its status on a chosen date.
 *
 * - Leaflet and Leaflet.markercluster (assets/vendor, shipped in the package) load only on pages
 *   that hold a map.
 * - Status on a date is looked up in segments computed by builder/status.py, never derived here.
 */
(function (H) {
  "use strict";

  var SCRIPT = document.currentScript ? document.currentScript.src : location.href;
  var VENDOR = new URL("../vendor/", SCRIPT).href;
  var el = H.el, today = H.today, json = H.json, parseDay = H.parseDay, dayLabel = H.dayLabel, cap = H.cap, key = H.key;
  var leaflet = null;   // promise of window.L
  var cluster = null;   // promise of L.markerClusterGroup

  /* ---- Leaflet and its cluster plugin, on demand ------------------------------------------ */

  function loadCss(href) {
    // Material's instant navigation drops <head> elements the next page does not have: the
    // stylesheets go at the end of <body>, which it keeps (scripts only need to run once)
    if (!document.querySelector('link[data-hkb-css="' + href + '"]')) {
      document.body.appendChild(el("link", { rel: "stylesheet", href: VENDOR + href, "data-hkb-css": href }));
    }
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = el("script", { src: VENDOR + src });
      script.onload = resolve;
      script.onerror = function () { reject(new Error(src + " did not load")); };
      document.head.appendChild(script);
    });
  }

  function loadLeaflet() {
    loadCss("leaflet/leaflet.css");
    if (window.L) return Promise.resolve(window.L);
    if (!leaflet) {
      leaflet = loadScript("leaflet/leaflet.js").then(function () { return window.L; },
        function (e) { leaflet = null; throw e; });
    }
    return leaflet;
  }

  function loadCluster(L) {
    loadCss("leaflet.markercluster/MarkerCluster.css");
    if (L.markerClusterGroup) return Promise.resolve(L);
    if (!cluster) {
      cluster = loadScript("leaflet.markercluster/leaflet.markercluster.js").then(function () { return L; },
        function (e) { cluster = null; throw e; });
    }
    return cluster;
  }

  function mapConfig() {
    var node = document.getElementById("hkb-map-config");
    var cfg = json(node ? node.textContent : "{}", {}) || {};
    return {
      tiles: cfg.tiles || "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      attribution: cfg.attribution || "",
      maxZoom: cfg.max_zoom || 19
    };
  }

  function newMap(L, container) {
    var cfg = mapConfig();
    var map = L.map(container, { scrollWheelZoom: false, maxZoom: cfg.maxZoom, worldCopyJump: true });
    // the attribution is the site owner's own HTML from mkdocs.yml, not content
    L.tileLayer(cfg.tiles, { attribution: cfg.attribution, maxZoom: cfg.maxZoom }).addTo(map);
    H.onLeave(function () {
      // Leaflet 1.9 finishes a zoom animation in a timer that remove() does not cancel; on a map
      // removed mid-zoom it would throw (reading '_leaflet_pos'). Marking the animation done stops it.
      map._animatingZoom = false;
      map.remove();
    });
    container.hkbMap = map;
    return map;
  }

  function icon(L, status, possibly, self) {
    var pin = el("span", { "class": "hkb-pin" });
    if (possibly) pin.appendChild(el("span", { "class": "hkb-ring hkb-status-" + possibly }));
    var size = self ? 22 : 16;
    return L.divIcon({
      className: "hkb-marker hkb-status-" + status + (self ? " hkb-self" : "") + (possibly ? " hkb-possibly" : ""),
      html: pin, iconSize: [size, size], popupAnchor: [0, -size / 2]
    });
  }

  function popupContent(site, self) {
    var box = el("div", { "class": "hkb-popup" });
    if (self) box.appendChild(el("strong", {}, site.name));
    else box.appendChild(el("a", { href: site.url, "class": "hkb-popup-link" }, site.name));
    box.appendChild(el("br"));
    box.appendChild(el("span", { "class": "hkb-popup-status" }));
    if (site.review) { // known only from claims awaiting review (builder/published.py)
      box.appendChild(el("br"));
      box.appendChild(el("span", { "class": "hkb-review-mark", title: "known only from claims not yet reviewed by a person" },
        "awaiting review"));
    }
    return box;
  }

  function statusText(labels, status, possibly) {
    var text = labels[status] || cap(status);
    return possibly ? text + ", possibly " + (labels[possibly] || possibly).toLowerCase() : text;
  }

  function addMarker(L, layer, site, status, possibly, labels, self) {
    var content = popupContent(site, self);
    var marker = L.marker([site.lat, site.lon], {
      icon: icon(L, status, possibly, self), title: site.name + ": " + statusText(labels, status, possibly),
      keyboard: true, riseOnHover: true, zIndexOffset: self ? 1000 : 0
    }).bindPopup(content);
    marker.hkb = { site: site, content: content, self: self, labels: labels };
    // a clustered marker has no element until its cluster opens: label it whenever it is drawn
    marker.on("add", function () { labelMarker(marker); });
    setMarkerStatus(L, marker, status, possibly, labels);
    marker.addTo(layer);
    return marker;
  }

  function labelMarker(marker) {
    var node = marker.getElement(), h = marker.hkb;
    if (!node) return;
    node.setAttribute("title", h.site.name + ": " + statusText(h.labels, h.status, h.possibly));
    node.setAttribute("data-site", h.site.id);
    node.setAttribute("data-status", h.status);
    if (h.possibly) node.setAttribute("data-possibly", h.possibly); else node.removeAttribute("data-possibly");
  }

  function setMarkerStatus(L, marker, status, possibly, labels) {
    var h = marker.hkb;
    if (h.status === status && h.possibly === possibly) return;
    h.status = status;
    h.possibly = possibly;
    marker.setIcon(icon(L, status, possibly, h.self));
    labelMarker(marker);
    h.content.querySelector(".hkb-popup-status").textContent = statusText(labels, status, possibly);
  }

  function clusterIcon(L, group) {
    // a count in a ring of the status most of its sites have on the chosen date (labelClusters
    // names them all); the vocabulary's order breaks ties
    var tally = {}, most = null;
    var children = group.getAllChildMarkers();
    children.forEach(function (m) { tally[m.hkb.status] = (tally[m.hkb.status] || 0) + 1; });
    Object.keys(children[0].hkb.labels).concat(Object.keys(tally)).forEach(function (k) {
      if (tally[k] && (most === null || tally[k] > tally[most])) most = k;
    });
    var n = group.getChildCount();
    var box = el("span", { "class": "hkb-cluster-count" }, String(n));
    var size = n < 10 ? 30 : n < 100 ? 36 : 44;
    return L.divIcon({ html: box, className: "hkb-cluster hkb-status-" + (most || "unknown"), iconSize: [size, size] });
  }

  function fit(map, latlngs) {
    if (latlngs.length === 1) map.setView(latlngs[0], 14);
    else map.fitBounds(latlngs, { padding: [30, 30], maxZoom: 16 });
  }

  /* ---- the map on a site page: the site, its parent and its parts ----------------------- */

  function siteMap(L, container) {
    var markers = json(container.getAttribute("data-markers"), []) || [];
    if (!markers.length) return;
    var labels = {}; // site pages carry status keys only; statusText capitalises them
    var map = newMap(L, container);
    fit(map, markers.map(function (m) { return [m.lat, m.lon]; })); // a view first: markers are drawn at once
    markers.forEach(function (m) {
      addMarker(L, map, m, m.status, null, labels, !!m.self);
    });
  }

  /* ---- the map of all sites, with its date control --------------------------------------- */

  function lookup(segments, k) {
    var found = segments[0];
    for (var i = 0; i < segments.length; i++) {
      var from = parseDay(segments[i][0]);
      if (!from || key(from) <= k) found = segments[i];
    }
    return found;
  }

  function labelClusters(layer) {
    // every cluster on screen says, in words, what it holds: "3 sites: 1 destroyed, 2 intact"
    var seen = [];
    layer.getLayers().forEach(function (marker) {
      var parent = layer.getVisibleParent(marker);
      if (!parent || parent === marker || seen.indexOf(parent) >= 0) return;
      seen.push(parent);
      var node = parent.getElement();
      if (!node) return;
      var tally = {};
      parent.getAllChildMarkers().forEach(function (m) { tally[m.hkb.status] = (tally[m.hkb.status] || 0) + 1; });
      var labels = marker.hkb.labels;
      var text = parent.getChildCount() + " sites: " + Object.keys(tally).sort().map(function (k) {
        return tally[k] + " " + (labels[k] || k).toLowerCase();
      }).join(", ") + ". Select to zoom in.";
      node.setAttribute("title", text);
      node.setAttribute("aria-label", text);
      node.setAttribute("role", "button");
      node.setAttribute("data-count", String(parent.getChildCount()));
      node.setAttribute("data-sites", parent.getAllChildMarkers().map(function (m) { return m.hkb.site.id; }).sort().join(" "));
    });
  }

  function allSitesMap(L, container) {
    var sites = json(container.getAttribute("data-sites"), []) || [];
    var labels = json(container.getAttribute("data-statuses"), {}) || {};
    var map = newMap(L, container);
    if (sites.length) fit(map, sites.map(function (s) { return [s.lat, s.lon]; }));
    else map.setView([20, 0], 2);
    var layer = L.markerClusterGroup({
      maxClusterRadius: 40, showCoverageOnHover: false, spiderfyOnMaxZoom: true, disableClusteringAtZoom: 16,
      iconCreateFunction: function (group) { return clusterIcon(L, group); }
    });
    layer.on("animationend spiderfied unspiderfied", function () { labelClusters(layer); });
    map.on("zoomend moveend", function () { labelClusters(layer); });
    var markers = sites.map(function (s) { return addMarker(L, layer, s, s.status, null, labels, false); });
    map.addLayer(layer);
    labelClusters(layer);

    var control = document.querySelector(".hkb-when");
    if (!control || !sites.length) return;
    var range = control.querySelector("input[type=range]");
    var output = control.querySelector("output");
    var rows = {};
    document.querySelectorAll("table.hkb-located tr[data-site]").forEach(function (tr) {
      var cell = tr.querySelector(".hkb-when-status");
      if (cell) rows[tr.getAttribute("data-site")] = { cell: cell, original: cell.cloneNode(true) };
    });

    var changes = {};
    sites.forEach(function (s) {
      s.t.forEach(function (seg) { var d = parseDay(seg[0]); if (d) changes[key(d)] = d; });
    });
    var changeDays = Object.keys(changes).map(Number).sort(function (a, b) { return a - b; })
      .map(function (k) { return changes[k]; });
    var now = today();
    var first = changeDays.length ? changeDays[0] : [now[0] - 10, 1, 1];
    var last = changeDays.length ? changeDays[changeDays.length - 1] : now;
    var month = function (day) { return day[0] * 12 + day[1] - 1; };
    // the slider opens on the span where the events are (data-focus, from builder/render/maps.py);
    // "Whole range" reaches back to the first recorded change, and so does "Previous change"
    var focus = parseInt(container.getAttribute("data-focus"), 10);
    var earliest = parseInt(container.getAttribute("data-first"), 10);  // the first recorded event's year
    var whole = month([Math.min(first[0], isNaN(earliest) ? first[0] : earliest) - 1, 1, 1]);
    var near = isNaN(focus) ? whole : Math.max(whole, month([focus, 1, 1]));
    var wide = control.querySelector("button[data-span]");
    range.max = String(Math.max(month(now), month(last) + 12));
    function span(all) {
      range.min = String(all ? whole : near);
      if (wide) wide.setAttribute("aria-pressed", all ? "true" : "false");
    }
    span(false);
    if (wide) {
      wide.hidden = near === whole;
      wide.addEventListener("click", function () {
        var all = wide.getAttribute("aria-pressed") !== "true";
        if (!all && month(current) < near) showToday();
        span(all);
        range.value = String(month(current));
      });
    }
    control.hidden = false;
    var current = now;

    function show(day, text, isToday) {
      current = day;
      if (month(day) < parseInt(range.min, 10)) span(true);
      output.textContent = text;
      range.value = String(month(day));
      range.setAttribute("aria-valuetext", text);
      var k = key(day);
      markers.forEach(function (marker, i) {
        var seg = lookup(sites[i].t, k);
        setMarkerStatus(L, marker, seg[1], seg[2], labels);
        var row = rows[sites[i].id];
        if (!row) return;
        row.cell.textContent = "";
        if (isToday) {
          Array.prototype.slice.call(row.original.cloneNode(true).childNodes).forEach(function (n) { row.cell.appendChild(n); });
        } else {
          row.cell.appendChild(el("span", { "class": "hkb-status hkb-status-" + seg[1] }, labels[seg[1]] || seg[1]));
          if (seg[2]) {
            row.cell.appendChild(document.createTextNode(" "));
            row.cell.appendChild(el("span", { "class": "hkb-status hkb-maybe hkb-status-" + seg[2] },
              "possibly " + (labels[seg[2]] || seg[2]).toLowerCase()));
          }
        }
      });
      layer.refreshClusters();
      labelClusters(layer);
      container.setAttribute("data-day", (day[0] < 0 ? "-" : "") + String(Math.abs(day[0])).padStart(4, "0") + "-" +
        String(day[1]).padStart(2, "0") + "-" + String(day[2]).padStart(2, "0"));
    }

    function showToday() { show(now, "today, " + dayLabel(now), true); }

    range.addEventListener("input", function () {
      var v = parseInt(range.value, 10);
      var day = [Math.floor(v / 12), (v % 12 + 12) % 12 + 1, 1];
      if (v >= month(now)) showToday();
      else show(day, dayLabel(day, "month"), false);
    });
    control.querySelectorAll("button[data-jump]").forEach(function (button) {
      button.addEventListener("click", function () {
        var step = parseInt(button.getAttribute("data-jump"), 10);
        var k = key(current), target = null;
        if (step > 0) target = changeDays.filter(function (d) { return key(d) > k; })[0];
        else if (step < 0) target = changeDays.filter(function (d) { return key(d) < k; }).pop();
        if (!target || step === 0 || key(target) >= key(now)) showToday();
        else show(target, dayLabel(target), false);
      });
    });
    showToday();
  }

  function startMaps(gen) {
    var containers = document.querySelectorAll(".hkb-map");
    if (!containers.length) return;
    containers.forEach(function (c) { c.classList.add("hkb-map-pending"); });
    var all = document.querySelector(".hkb-map[data-sites]");
    loadLeaflet().then(function (L) { return all ? loadCluster(L) : L; }).then(function (L) {
      if (gen !== H.generation) return; // the reader has moved on
      containers.forEach(function (c) {
        if (!c.isConnected || c.hkbMap) return;
        c.classList.remove("hkb-map-pending");
        if (c.hasAttribute("data-sites")) allSitesMap(L, c);
        else siteMap(L, c);
      });
    }, function () {
      containers.forEach(function (c) { c.classList.remove("hkb-map-pending"); });
    });
  }

  H.onPage(startMaps);
})(window.HKB);
