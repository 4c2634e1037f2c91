/* heritage-kb: maps and interactive timelines that enhance the HTML of the page.
 *
 * - Started from Material's `document$`, which emits on the first load and after every instant
 *   navigation; each run first tears down what the previous page made (Leaflet maps, observers).
 * - Leaflet (assets/vendor/leaflet, shipped with the site) is loaded only when a page has a map.
 * - Content never goes through innerHTML: names, quotes and links are set with textContent and
 *   setAttribute, so a `<script>` in a YAML field stays text.
 * - Dates come as ISO days with astronomical years ("-0611-01-01" is 612 BC), which JavaScript's
 *   Date cannot parse: they are turned into day numbers here (proleptic Gregorian).
 * - Status on a date is looked up in segments computed by builder/status.py, never derived here.
 */
(function () {
  "use strict";

  var SCRIPT = document.currentScript ? document.currentScript.src : location.href;
  var VENDOR = new URL("../vendor/leaflet/", SCRIPT).href;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var leaflet = null;   // promise of window.L
  var cleanups = [];    // what the current page set up, undone before the next one starts
  var generation = 0;   // bumps on every page; late async work for an old page is dropped

  /* ---- helpers ------------------------------------------------------------------------ */

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function json(text, fallback) {
    try { return JSON.parse(text); } catch (e) { return fallback; }
  }

  /* ---- dates: astronomical ISO days <-> day numbers ------------------------------------ */

  function parseDay(text) {
    var m = /^(-?\d{1,6})-(\d{2})-(\d{2})$/.exec(text || "");
    return m ? [parseInt(m[1], 10), parseInt(m[2], 10), parseInt(m[3], 10)] : null;
  }

  function dayNumber(y, m, d) { // days since 1970-01-01, any year (H. Hinnant's days_from_civil)
    y -= m <= 2 ? 1 : 0;
    var era = Math.floor(y / 400), yoe = y - era * 400;
    var doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  }

  function civil(z) { // day number -> [y, m, d]
    z += 719468;
    var era = Math.floor(z / 146097), doe = z - era * 146097;
    var yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    var doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    var mp = Math.floor((5 * doy + 2) / 153), d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    var m = mp + (mp < 10 ? 3 : -9);
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
  }

  function yearLabel(y) { return y <= 0 ? (1 - y) + " BC" : y < 100 ? "AD " + y : String(y); }

  function dayLabel(day, precision) {
    if (precision === "month") return MONTHS[day[1] - 1] + " " + yearLabel(day[0]);
    return day[2] + " " + MONTHS[day[1] - 1] + " " + yearLabel(day[0]);
  }

  function cap(text) { return String(text).charAt(0).toUpperCase() + String(text).slice(1); }

  function key(day) { return day[0] * 10000 + day[1] * 100 + day[2]; }

  function today() { var t = new Date(); return [t.getFullYear(), t.getMonth() + 1, t.getDate()]; }

  /* ---- Leaflet, on demand --------------------------------------------------------------- */

  function loadLeaflet() {
    // Material's instant navigation drops <head> elements the next page does not have: the
    // stylesheet goes at the end of <body>, which it keeps (the script only needs to run once)
    if (!document.getElementById("hkb-leaflet-css")) {
      document.body.appendChild(el("link", { rel: "stylesheet", id: "hkb-leaflet-css", href: VENDOR + "leaflet.css" }));
    }
    if (window.L) return Promise.resolve(window.L);
    if (!leaflet) {
      leaflet = new Promise(function (resolve, reject) {
        var script = el("script", { src: VENDOR + "leaflet.js" });
        script.onload = function () { resolve(window.L); };
        script.onerror = function () { leaflet = null; reject(new Error("leaflet.js did not load")); };
        document.head.appendChild(script);
      });
    }
    return leaflet;
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
    cleanups.push(function () {
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
    if (site.review) {
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

  function addMarker(L, map, site, status, possibly, labels, self) {
    var content = popupContent(site, self);
    var marker = L.marker([site.lat, site.lon], {
      icon: icon(L, status, possibly, self), title: site.name + ": " + statusText(labels, status, possibly),
      keyboard: true, riseOnHover: true, zIndexOffset: self ? 1000 : 0
    }).bindPopup(content).addTo(map);
    marker.hkb = { site: site, content: content, self: self };
    setMarkerStatus(L, marker, status, possibly, labels);
    return marker;
  }

  function setMarkerStatus(L, marker, status, possibly, labels) {
    var text = statusText(labels, status, possibly);
    marker.setIcon(icon(L, status, possibly, marker.hkb.self));
    var node = marker.getElement();
    if (node) {
      node.setAttribute("title", marker.hkb.site.name + ": " + text);
      node.setAttribute("data-site", marker.hkb.site.id);
      node.setAttribute("data-status", status);
      if (possibly) node.setAttribute("data-possibly", possibly); else node.removeAttribute("data-possibly");
    }
    marker.hkb.content.querySelector(".hkb-popup-status").textContent = text;
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

  function allSitesMap(L, container) {
    var sites = json(container.getAttribute("data-sites"), []) || [];
    var labels = json(container.getAttribute("data-statuses"), {}) || {};
    var map = newMap(L, container);
    if (sites.length) fit(map, sites.map(function (s) { return [s.lat, s.lon]; }));
    else map.setView([20, 0], 2);
    var markers = sites.map(function (s) { return addMarker(L, map, s, s.status, null, labels, false); });

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
    var min = month([first[0] - 1, 1, 1]);
    var max = Math.max(month(now), month(last) + 12);
    range.min = String(min);
    range.max = String(max);
    control.hidden = false;
    var current = now;

    function show(day, text, isToday) {
      current = day;
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
    loadLeaflet().then(function (L) {
      if (gen !== generation) return; // the reader has moved on
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

  /* ---- interactive timelines -------------------------------------------------------------- */

  var LANE = 24, AXIS = 26, PAD = 8;

  function readEvents(ol) {
    return Array.prototype.slice.call(ol.children).filter(function (li) {
      return li.classList.contains("timeline-event");
    }).map(function (li) {
      var s = parseDay(li.getAttribute("data-start")), e = parseDay(li.getAttribute("data-end"));
      var type = li.querySelector(".hkb-type");
      var site = li.querySelector(".hkb-event-site");
      var time = li.querySelector("time");
      return {
        li: li,
        type: li.getAttribute("data-type") || "other",
        typeLabel: type ? type.textContent : li.getAttribute("data-type"),
        certainty: li.getAttribute("data-certainty") || "confirmed",
        approximate: li.hasAttribute("data-approximate"),
        disputed: li.hasAttribute("data-disputed"),
        start: s ? dayNumber(s[0], s[1], s[2]) : null,
        end: e ? dayNumber(e[0], e[1], e[2]) + 1 : null, // exclusive
        label: (type ? type.textContent : "") + (site ? " · " + site.textContent : ""),
        when: time ? time.textContent : "date not given"
      };
    });
  }

  function niceTicks(v0, v1, width) {
    var years = (v1 - v0) / 365.2425, most = Math.max(2, Math.floor(width / 90));
    var steps = [1 / 12, 2 / 12, 3 / 12, 6 / 12, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];
    var step = steps[steps.length - 1];
    for (var i = 0; i < steps.length; i++) if (years / steps[i] <= most) { step = steps[i]; break; }
    var ticks = [], from = civil(Math.floor(v0));
    if (step < 1) {
      var months = Math.round(step * 12), m = from[0] * 12 + from[1] - 1;
      m = Math.ceil(m / months) * months;
      for (; ; m += months) {
        var y = Math.floor(m / 12), mo = m - y * 12 + 1, t = dayNumber(y, mo, 1);
        if (t > v1) break;
        if (t >= v0) ticks.push([t, mo === 1 ? yearLabel(y) : MONTHS[mo - 1].slice(0, 3) + " " + yearLabel(y)]);
      }
    } else {
      for (var yr = Math.ceil(from[0] / step) * step; ; yr += step) {
        var at = dayNumber(yr, 1, 1);
        if (at > v1) break;
        if (at >= v0) ticks.push([at, yearLabel(yr)]);
      }
    }
    return ticks;
  }

  function enhanceTimeline(ol, index) {
    if (ol.hkbTimeline) return;
    ol.hkbTimeline = true;
    var events = readEvents(ol);
    if (!events.length) return;

    // claims side by side: where sources disagree, the evidence is open from the start
    events.forEach(function (ev) {
      if (ev.disputed) {
        var details = ev.li.querySelector("details.hkb-evidence");
        if (details) details.open = true;
      }
    });

    var id = "hkb-tl-" + index;
    var box = el("div", { "class": "hkb-tl", role: "group", "aria-label": "Timeline chart and filters" });
    var controls = el("div", { "class": "hkb-tl-controls" });
    var filters = { type: {}, certainty: {} };

    function fieldset(name, legend, values) {
      var fs = el("fieldset", { "class": "hkb-tl-filter" });
      fs.appendChild(el("legend", {}, legend));
      values.forEach(function (v) {
        var input = el("input", { type: "checkbox", value: v.value, id: id + "-" + name + "-" + v.value, checked: "checked" });
        input.checked = true;
        filters[name][v.value] = true;
        input.addEventListener("change", function () { filters[name][v.value] = input.checked; update(true); });
        var label = el("label", { "for": input.id, "class": "hkb-tl-chip hkb-" + name + "-" + v.value });
        label.appendChild(input);
        label.appendChild(document.createTextNode(" " + v.label + " (" + v.count + ")"));
        fs.appendChild(label);
      });
      return fs;
    }

    function tally(field, labelOf) {
      var seen = {}, out = [];
      events.forEach(function (ev) {
        if (!seen[ev[field]]) { seen[ev[field]] = { value: ev[field], label: labelOf(ev), count: 0 }; out.push(seen[ev[field]]); }
        seen[ev[field]].count++;
      });
      return out;
    }

    controls.appendChild(fieldset("type", "Event type", tally("type", function (ev) { return ev.typeLabel; })));
    controls.appendChild(fieldset("certainty", "Certainty", tally("certainty", function (ev) { return ev.certainty; })));
    var zoom = el("div", { "class": "hkb-tl-zoom", role: "group", "aria-label": "Zoom the chart" });
    var zoomOut = el("button", { type: "button", "class": "md-button", "aria-label": "Zoom out" }, "−");
    var zoomIn = el("button", { type: "button", "class": "md-button", "aria-label": "Zoom in" }, "+");
    var zoomFit = el("button", { type: "button", "class": "md-button" }, "Fit");
    zoom.appendChild(zoomOut); zoom.appendChild(zoomIn); zoom.appendChild(zoomFit);
    controls.appendChild(zoom);
    box.appendChild(controls);

    var chart = el("div", { "class": "hkb-tl-chart", "aria-hidden": "true" });
    var hint = el("p", { "class": "hkb-tl-hint" },
      "Drag to pan, Ctrl + wheel or double-click to zoom; click a mark to see its entry. Dashed: approximate; hollow: reported.");
    var count = el("p", { "class": "hkb-tl-count", "aria-live": "polite" });
    box.appendChild(chart);
    box.appendChild(hint);
    box.appendChild(count);
    ol.parentNode.insertBefore(box, ol);

    var view = null;

    function visible() {
      return events.filter(function (ev) { return filters.type[ev.type] && filters.certainty[ev.certainty]; });
    }

    function extent(list) {
      var lo = Infinity, hi = -Infinity;
      list.forEach(function (ev) {
        var a = ev.start !== null ? ev.start : ev.end, b = ev.end !== null ? ev.end : ev.start;
        if (a === null) return;
        lo = Math.min(lo, a); hi = Math.max(hi, b);
      });
      if (lo === Infinity) return null;
      var span = Math.max(hi - lo, 60), pad = span * 0.06;
      return [lo - pad, hi + pad];
    }

    function update(refit) {
      var shown = visible();
      events.forEach(function (ev) { ev.li.hidden = shown.indexOf(ev) < 0; });
      count.textContent = shown.length === events.length ? "All " + events.length + " events shown."
        : shown.length + " of " + events.length + " events shown (filtered).";
      if (refit || !view) view = extent(shown) || view || [0, 365];
      draw(shown);
    }

    function draw(shown) {
      var width = Math.max(chart.clientWidth, 200);
      var v0 = view[0], v1 = view[1];
      var x = function (t) { return (t - v0) / (v1 - v0) * (width - 2 * PAD) + PAD; };
      var lanes = [], marks = [];
      shown.slice().sort(function (a, b) {
        return (a.start !== null ? a.start : a.end) - (b.start !== null ? b.start : b.end);
      }).forEach(function (ev) {
        if (ev.start === null && ev.end === null) return;
        var x0, x1, kind;
        if (ev.start === null) { x1 = x(ev.end); x0 = x1 - 36; kind = "open"; }
        else {
          x0 = x(ev.start); x1 = x(ev.end !== null ? ev.end : ev.start);
          kind = x1 - x0 >= 6 || ev.approximate ? "range" : "point";
          if (kind === "point") { var c = (x0 + x1) / 2; x0 = c - 5; x1 = c + 5; }
          else if (x1 - x0 < 14) { var mid = (x0 + x1) / 2; x0 = mid - 7; x1 = mid + 7; }
        }
        if (x1 < 0 || x0 > width) return;
        var labelWidth = ev.typeLabel.length * 7 + 10;
        var left = x1 + 4 + labelWidth > width ? x0 - 4 - labelWidth : x0;
        var lane = 0;
        while (lanes[lane] !== undefined && lanes[lane] > left - 4) lane++;
        lanes[lane] = Math.max(x1, x1 + 4 + labelWidth > width ? x1 : x1 + 4 + labelWidth);
        marks.push({ ev: ev, x0: x0, x1: x1, kind: kind, lane: lane, labelWidth: labelWidth });
      });
      var height = AXIS + Math.max(1, lanes.length) * LANE + 6;
      var root = svg("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, "class": "hkb-tl-svg" });
      var axis = svg("g", { "class": "hkb-tl-axis" });
      axis.appendChild(svg("line", { x1: 0, x2: width, y1: AXIS - 6, y2: AXIS - 6 }));
      niceTicks(v0, v1, width).forEach(function (tick) {
        var tx = x(tick[0]);
        axis.appendChild(svg("line", { x1: tx, x2: tx, y1: AXIS - 10, y2: height, "class": "hkb-tl-grid" }));
        var label = svg("text", { x: tx + 3, y: AXIS - 12 });
        label.textContent = tick[1];
        axis.appendChild(label);
      });
      root.appendChild(axis);
      marks.forEach(function (m) {
        var ev = m.ev, y = AXIS + m.lane * LANE + 4;
        var g = svg("g", {
          "class": "hkb-tl-mark hkb-type-" + ev.type + " hkb-tl-" + ev.certainty + " hkb-tl-" + m.kind +
            (ev.approximate ? " hkb-tl-approximate" : "") + (ev.disputed ? " hkb-tl-disputed" : ""),
          "data-type": ev.type, "data-certainty": ev.certainty
        });
        var title = svg("title", {});
        title.textContent = ev.when + ": " + ev.label + " (" + ev.certainty + ")" + (ev.disputed ? ", sources disagree" : "");
        g.appendChild(title);
        if (m.kind === "point") g.appendChild(svg("circle", { cx: (m.x0 + m.x1) / 2, cy: y + 8, r: 6 }));
        else g.appendChild(svg("rect", { x: m.x0, y: y + 2, width: Math.max(m.x1 - m.x0, 2), height: 12, rx: 6 }));
        if (m.kind === "open") g.appendChild(svg("path", { d: "M" + m.x0 + " " + (y + 8) + "l6 -5v10z", "class": "hkb-tl-arrow" }));
        var right = m.x1 + 4 + m.labelWidth <= width;  // else the label goes left of the mark
        var text = svg("text", right ? { x: m.x1 + 4, y: y + 13 } : { x: m.x0 - 4, y: y + 13, "text-anchor": "end" });
        text.textContent = ev.typeLabel + (ev.disputed ? " ≠" : "");
        g.appendChild(text);
        g.addEventListener("click", function () {
          ev.li.setAttribute("tabindex", "-1");
          ev.li.scrollIntoView({ block: "center", behavior: "smooth" });
          ev.li.focus({ preventScroll: true });
          ev.li.classList.remove("hkb-flash");
          void ev.li.offsetWidth;
          ev.li.classList.add("hkb-flash");
        });
        root.appendChild(g);
      });
      chart.textContent = "";
      chart.appendChild(root);
    }

    function focus(v0, v1) { // the buttons zoom on the median event in view, so events stay in sight
      var mids = visible().map(function (ev) {
        var a = ev.start !== null ? ev.start : ev.end, b = ev.end !== null ? ev.end : ev.start;
        return (a + b) / 2;
      }).filter(function (t) { return t >= v0 && t <= v1; }).sort(function (a, b) { return a - b; });
      return mids.length ? mids[Math.floor(mids.length / 2)] : (v0 + v1) / 2;
    }

    function zoomBy(factor, at) {
      var v0 = view[0], v1 = view[1], span = v1 - v0;
      var centre = at === undefined ? focus(v0, v1) : at;
      var full = extent(events) || view, maxSpan = (full[1] - full[0]) * 3;
      var next = Math.min(Math.max(span * factor, 20), Math.max(maxSpan, 400));
      var left = (centre - v0) / span;
      view = [centre - left * next, centre + (1 - left) * next];
      draw(visible());
    }

    function timeAt(clientX) {
      var rect = chart.getBoundingClientRect(), width = Math.max(chart.clientWidth, 200);
      return view[0] + (clientX - rect.left - PAD) / (width - 2 * PAD) * (view[1] - view[0]);
    }

    zoomIn.addEventListener("click", function () { zoomBy(0.5); });
    zoomOut.addEventListener("click", function () { zoomBy(2); });
    zoomFit.addEventListener("click", function () { update(true); });
    chart.addEventListener("dblclick", function (e) { zoomBy(e.shiftKey ? 2 : 0.5, timeAt(e.clientX)); });
    chart.addEventListener("wheel", function (e) {
      if (!e.ctrlKey && !e.metaKey) return; // plain wheel scrolls the page
      e.preventDefault();
      zoomBy(e.deltaY > 0 ? 1.25 : 0.8, timeAt(e.clientX));
    }, { passive: false });
    var drag = null;
    chart.addEventListener("pointerdown", function (e) {
      if (e.button !== 0) return;
      drag = { x: e.clientX, view: view.slice() };
    });
    chart.addEventListener("pointermove", function (e) {
      if (!drag || Math.abs(e.clientX - drag.x) < 3) return;
      if (!chart.hasPointerCapture(e.pointerId)) chart.setPointerCapture(e.pointerId);
      var width = Math.max(chart.clientWidth, 200);
      var shift = (e.clientX - drag.x) / (width - 2 * PAD) * (drag.view[1] - drag.view[0]);
      view = [drag.view[0] - shift, drag.view[1] - shift];
      draw(visible());
    });
    ["pointerup", "pointercancel"].forEach(function (name) {
      chart.addEventListener(name, function () { drag = null; });
    });
    if (window.ResizeObserver) {
      var lastWidth = 0;
      var observer = new ResizeObserver(function () {
        if (chart.clientWidth !== lastWidth) { lastWidth = chart.clientWidth; draw(visible()); }
      });
      observer.observe(chart);
      cleanups.push(function () { observer.disconnect(); });
    }
    update(true);
  }

  function startTimelines() {
    document.querySelectorAll("ol.hkb-timeline").forEach(enhanceTimeline);
  }

  /* ---- page lifecycle --------------------------------------------------------------------- */

  function start() {
    generation++;
    cleanups.splice(0).forEach(function (undo) { try { undo(); } catch (e) { /* already gone */ } });
    startTimelines();
    startMaps(generation);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
