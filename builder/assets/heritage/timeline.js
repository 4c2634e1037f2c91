/* heritage-kb: interactive timelines over the HTML list of events (which stays the text that
 * readers and the search index see): a chart to pan and zoom, filters by type and certainty.
 */
(function (H) {
  "use strict";

  var el = H.el, svg = H.svg, parseDay = H.parseDay, dayNumber = H.dayNumber, civil = H.civil;
  var yearLabel = H.yearLabel, MONTHS = H.MONTHS;

  /* ---- interactive timelines -------------------------------------------------------------- */

  var LANE = 24, AXIS = 26, PAD = 8;

  function readEvents(ol) {
    return Array.prototype.slice.call(ol.children).filter(function (li) {
      return li.classList.contains("timeline-event");
    }).map(function (li) {
      var s = parseDay(li.getAttribute("data-start")), e = parseDay(li.getAttribute("data-end"));
      var type = li.querySelector(".hkb-type");
      var site = li.querySelector(".hkb-event-site");
      var time = li.querySelector(".hkb-date");
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
      "Drag to pan; pinch, Ctrl + wheel or double-click to zoom; select a mark to see its entry. Dashed: approximate; hollow: reported.");
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
      // A mark's label goes right of it, else left of it, else (a bar as wide as the chart) inside it.
      function placeLabel(x0, x1, w) {
        if (x1 + 4 + w <= width) return { x: x1 + 4, anchor: "start", from: x1, to: x1 + 4 + w };
        if (x0 - 4 - w >= 0) return { x: x0 - 4, anchor: "end", from: x0 - 4 - w, to: x1 };
        var start = Math.max(x0, 0) + 8;
        return { x: start, anchor: "start", from: x0, to: Math.max(x1, start + w), inside: true };
      }
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
        var label = placeLabel(x0, x1, ev.typeLabel.length * 7 + 10);
        var lane = 0;
        while (lanes[lane] !== undefined && lanes[lane] > Math.min(x0, label.from) - 4) lane++;
        lanes[lane] = Math.max(x1, label.to);
        marks.push({ ev: ev, x0: x0, x1: x1, kind: kind, lane: lane, label: label });
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
        var at = { x: m.label.x, y: y + 13, "text-anchor": m.label.anchor };
        if (m.label.inside) at["class"] = "hkb-tl-inside";
        var text = svg("text", at);
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
    // one finger or the mouse drags the chart sideways; two fingers pinch to zoom (touch-action:
    // pan-y leaves vertical swipes to the page, so a phone still scrolls past the chart)
    var drag = null, pinch = null, pointers = {};
    function spread() {
      var xs = Object.keys(pointers).map(function (id) { return pointers[id]; });
      return xs.length === 2 ? { dist: Math.max(Math.abs(xs[0] - xs[1]), 10), mid: (xs[0] + xs[1]) / 2 } : null;
    }
    chart.addEventListener("pointerdown", function (e) {
      if (e.button !== 0) return;
      pointers[e.pointerId] = e.clientX;
      var two = spread();
      if (two) { drag = null; pinch = { dist: two.dist, view: view.slice(), at: timeAt(two.mid) }; }
      else drag = { x: e.clientX, view: view.slice() };
    });
    chart.addEventListener("pointermove", function (e) {
      if (!(e.pointerId in pointers)) return;
      pointers[e.pointerId] = e.clientX;
      if (!chart.hasPointerCapture(e.pointerId)) chart.setPointerCapture(e.pointerId);
      var two = spread();
      if (pinch && two) {
        var span = (pinch.view[1] - pinch.view[0]) * pinch.dist / two.dist;
        var full = extent(events) || view;
        span = Math.min(Math.max(span, 20), Math.max((full[1] - full[0]) * 3, 400));
        var rect = chart.getBoundingClientRect(), width = Math.max(chart.clientWidth, 200);
        var left = (two.mid - rect.left - PAD) / (width - 2 * PAD);
        view = [pinch.at - left * span, pinch.at + (1 - left) * span];
        draw(visible());
        return;
      }
      if (!drag || Math.abs(e.clientX - drag.x) < 3) return;
      var w = Math.max(chart.clientWidth, 200);
      var shift = (e.clientX - drag.x) / (w - 2 * PAD) * (drag.view[1] - drag.view[0]);
      view = [drag.view[0] - shift, drag.view[1] - shift];
      draw(visible());
    });
    ["pointerup", "pointercancel"].forEach(function (name) {
      chart.addEventListener(name, function (e) {
        delete pointers[e.pointerId];
        drag = null;
        pinch = null;
      });
    });
    if (window.ResizeObserver) {
      var lastWidth = 0;
      var observer = new ResizeObserver(function () {
        if (chart.clientWidth !== lastWidth) { lastWidth = chart.clientWidth; draw(visible()); }
      });
      observer.observe(chart);
      H.onLeave(function () { observer.disconnect(); });
    }
    update(true);
  }

  function startTimelines() {
    document.querySelectorAll("ol.hkb-timeline").forEach(enhanceTimeline);
  }

  H.onPage(startTimelines);
})(window.HKB);
