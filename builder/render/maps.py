"""The map of all sites: a Leaflet container fed with each site's status over time, a date
control, a legend, and the same sites as an HTML table (readable without scripts or tiles).

Status over time comes from builder/status.py alone: its `split` (what `at(site, kb, day)` counts) is
evaluated at every day where its answer can change (each event's earliest and effective day), which gives
segments `[from, status, possibly]`; the page script only looks the chosen day up in them.
`possibly` names the status the site would have if the events still pending on that day (an
interval or an undated event whose range straddles the day) had already happened.
"""
from __future__ import annotations

from functools import partial

from ..content.model import KnowledgeBase, Site
from ..dates import Bound, iso
from ..status import derive, split, timed
from ..vocab import event_types, statuses
from .html import attrs, coords_link, esc, json_attr, scroll_box

URI = "map.md"
_FAR_PAST: Bound = (-10**6, 1, 1)


def breakpoints(events: list[tuple]) -> list[Bound]:
    """Every day on which `at()` may answer differently from the day before, of `status.timed` events."""
    return sorted({day for _, since, first in events for day in (first, since) if day})


def segments(site: Site, kb: KnowledgeBase) -> list[list]:
    """[[from ISO day or None, status key, possible status key or None], ...], in date order: the status
    `at()` gives on each day, and the one it would give had the pending events already happened.

    Each segment holds from its day (inclusive) until the next segment's day.
    """
    events = timed(site, kb)  # sorted and dated once a site, not once a day (a tenth of the pages at 10k)
    out: list[list] = []
    for day in [None, *breakpoints(events)]:
        done, pending = split(events, day or _FAR_PAST)
        key = derive(done).key
        if pending:  # (in the events' order: the pending ones among those over)
            happened = {id(e) for e in done + pending}
            maybe = derive([e for e, _, _ in events if id(e) in happened]).key
        else:
            maybe = key
        row = [iso(day) if day else None, key, maybe if maybe != key else None]
        if not out or out[-1][1:] != row[1:]:
            out.append(row)
    return out


def lookup(segs: list[list], day: Bound) -> tuple[str, str | None]:
    """What the page script does: the segment holding `day` (used by the tests to check the data)."""
    from ..dates import parse
    found = segs[0]
    for seg in segs:
        if seg[0] is None or parse(seg[0]).lower <= day:
            found = seg
    return found[1], found[2]


def status_css() -> str:
    """Status and event-type colours from vocab.yml as CSS custom properties (one source of truth)."""
    colours = statuses()
    lines = [f".hkb-status-{key}{{--hkb-status:{spec['colour']}}}" for key, spec in colours.items()]
    for key, spec in event_types().items():
        effect = "occupied" if spec.get("control") == "occupied" else spec.get("condition") or "unknown"
        if effect not in colours or effect == "intact" and key != "built":
            effect = "unknown"
        lines.append(f".hkb-type-{key},.timeline-event[data-type={key}]{{--hkb-type:{colours[effect]['colour']}}}")
    return "/* generated from builder/vocab/vocab.yml by the heritage plugin */\n" + "\n".join(lines) + "\n"


def focus_year(years: list[int], share: float = 0.5) -> int | None:
    """The year the map's date control opens on: the start of the span where most changes are.

    Sorted change years are cut at their widest gap while the part after it holds at least
    `share` of them and the gap is wider than that part's own span (AD 16, 216 … 2012, 2015:
    the slider opens on 2011, not on a sliver at the right of two millennia). None: no cut.
    """
    years = sorted(years)
    start = 0
    while len(years) - start >= 2:
        gaps = [(years[i + 1] - years[i], i + 1) for i in range(start, len(years) - 1)]
        gap, cut = max(gaps)
        rest = years[cut:]
        if len(rest) < share * len(years) or gap <= rest[-1] - rest[0]:
            break
        start = cut
    return years[start] - 1 if start else None


def _year_label(year: int) -> str:
    return f"{1 - year} BC" if year <= 0 else f"AD {year}" if year < 100 else str(year)


def _coords(site: Site) -> str:
    return coords_link(site.location.lat, site.location.lon)


def map_page(renderer):
    """The generated `map.md` (a Page); `renderer` is the build's pages.Renderer."""
    kb: KnowledgeBase = renderer.kb
    ctx = renderer.ctx(URI)
    labels = {key: spec["label"] for key, spec in statuses().items()}
    located = sorted((s for s in kb.sites.values() if s.location), key=lambda s: s.name.lower())
    unlocated = sorted((s for s in kb.sites.values() if not s.location), key=lambda s: s.name.lower())
    # status over time from reviewed events only; a site known only from proposed ones stays "unconfirmed"
    facts = renderer.facts

    def entry(s: Site):  # the marker's data, the table's row, the event years: made again only when the site changes
        unconfirmed = renderer.unconfirmed(s)
        data = {"id": s.id, "name": s.name, "lat": s.location.lat, "lon": s.location.lon, "url": ctx.link_site(s.id),
                "status": renderer.status[s.id].key, "review": unconfirmed,
                "t": [[None, renderer.status[s.id].key, None]] if unconfirmed else segments(facts.sites[s.id], facts)}
        row = (f'<tr data-site="{esc(s.id)}"><td><a href="{esc(ctx.link_site(s.id))}">{esc(s.name)}</a>{renderer.review_mark(s)}</td>'
               f'<td class="hkb-when-status">{renderer.status_html(s.id)}</td><td>{_coords(s)}</td>'
               f'<td>{esc(s.kind)}</td></tr>')
        return data, row, tuple(e.date.lower[0] for e in s.events if e.date and e.date.lower)

    entries = [renderer.memo.get(("map", s.id), (renderer.directory_urls, renderer.token(s.id)), partial(entry, s))
               for s in located]
    # the same markers, rows and years make the same page (under serve: no JSON of every marker again)
    unlisted = [(s.id, s.name, renderer.review_mark(s)) for s in unlocated]
    return renderer.memo.get(("map page",), (renderer.directory_urls, labels, tuple(entries), tuple(unlisted)),
                             partial(_map_page, ctx, labels, entries, unlocated, renderer.review_mark))


def _map_page(ctx, labels: dict, entries: list, unlocated: list, review_mark):
    from .pages import Page, _front_matter
    from .passthrough import vouched

    located = entries
    data = [d for d, _, _ in entries]
    years = [year for _, _, site_years in entries for year in site_years]
    notes = {"unconfirmed": " (known only from claims awaiting review)"}
    legend = "".join(f'<li><span class="hkb-swatch hkb-status-{esc(k)}" aria-hidden="true"></span>{esc(label + notes.get(k, ""))}</li>'
                     for k, label in labels.items() if k != "unknown")
    legend += ('<li><span class="hkb-swatch hkb-swatch-possibly" aria-hidden="true"></span>'
               'possibly (an event dated only within a range may have happened by then)</li>'
               '<li><span class="hkb-swatch hkb-swatch-cluster" aria-hidden="true">3</span>'
               'sites close together, ringed in the status most of them have: select to zoom in</li>')
    focus = focus_year(years)
    control = (
        '<div class="hkb-when" hidden>'
        '<span class="hkb-when-now"><label for="hkb-when-range">Status on</label> '
        '<output id="hkb-when-label" for="hkb-when-range" aria-live="polite">today</output></span>'
        '<input type="range" id="hkb-when-range" min="0" max="1" step="1" value="1" aria-describedby="hkb-when-help">'
        '<span class="hkb-when-buttons">'
        '<button type="button" class="md-button" data-jump="-1">← Previous change</button>'
        '<button type="button" class="md-button" data-jump="1">Next change →</button>'
        '<button type="button" class="md-button" data-jump="0">Today</button>'
        '<button type="button" class="md-button" data-span="all" aria-pressed="false">Whole range</button></span>'
        f'<small id="hkb-when-help">Each month from {esc(_year_label(focus)) if focus is not None else "the first recorded event"} '
        'to today; “Whole range” reaches back to the first recorded event, and the buttons step to the exact days '
        'on which a status changes. The table below follows the chosen date.</small></div>')
    rows = "".join(r for _, r, _ in entries)
    table = vouched(scroll_box('<table class="hkb-index hkb-located"><thead><tr><th>Site</th><th>Status</th><th>Coordinates</th>'
                                f'<th>Kind</th></tr></thead><tbody>{rows}</tbody></table>', "Sites with coordinates")) if located else '<p class="hkb-empty">No site has coordinates yet.</p>'
    missing = ""
    if unlocated:
        missing = ("\n\n## Not yet located\n\n<ul class=\"hkb-unlocated-list\">"
                   + "".join(f'<li><a href="{esc(ctx.link_site(s.id))}">{esc(s.name)}</a>{review_mark(s)}</li>'
                             for s in unlocated)
                   + "</ul>")
    atlas = (f'<div class="hkb-atlas"><div class="hkb-map hkb-map-all" role="region" aria-label="Map of all sites" '
             f'data-sites="{json_attr(data)}" data-statuses="{json_attr(labels)}"{attrs(data_focus=focus, data_first=min(years, default=None))}></div>{control}'
             f'<ul class="hkb-legend" aria-label="Legend">{legend}</ul></div>')
    text = (_front_matter(title="Map of all sites", description="Every located site on a map, coloured by its status "
                          "on a date you choose.")
            + "# Map of all sites\n\n" + atlas + "\n\n## Sites with coordinates\n\n" + table + missing + "\n")
    return Page(URI, text, True)
