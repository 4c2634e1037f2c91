/* heritage-kb, shared by maps.js, timeline.js and lifecycle.js: DOM helpers and dates.
 *
 * - Content never goes through innerHTML: names, quotes and links are set with textContent and
 *   setAttribute, so a `<script>` in a YAML field stays text.
 * - Dates come as ISO days with astronomical years ("-0611-01-01" is 612 BC), which JavaScript's
 *   Date cannot parse: they are turned into day numbers here (proleptic Gregorian).
 * - `HKB.onPage(start)` registers what runs on every page; `HKB.onLeave(undo)` what is undone
 *   before the next one (lifecycle.js calls them).
 */
(function () {
  "use strict";

  var H = window.HKB = window.HKB || { starters: [], cleanups: [], generation: 0 };
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];

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

  H.onPage = function (start) { H.starters.push(start); };
  H.onLeave = function (undo) { H.cleanups.push(undo); };
  H.MONTHS = MONTHS;
  H.el = el; H.svg = svg; H.json = json; H.parseDay = parseDay; H.dayNumber = dayNumber; H.civil = civil;
  H.yearLabel = yearLabel; H.dayLabel = dayLabel; H.cap = cap; H.key = key; H.today = today;
})();
