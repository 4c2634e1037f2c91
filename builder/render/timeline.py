"""Events as an HTML timeline: readable and searchable without JavaScript, enhanced by it.

Each <li> carries its type, certainty and date range as data attributes, which is all the
interactive timeline script needs; the text is what a reader and the search index see.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..content.model import Event, KnowledgeBase, Site
from ..disagreements import differs, disagreements
from ..status import known_by, ordered
from .. import dates
from ..dates import iso, label as date_label
from ..vocab import event_types
from .html import attrs, esc
from . import passthrough
from .linker import joined


@dataclass(frozen=True)
class Ctx:
    """What a renderer needs besides the data: where the page is and how to link."""
    kb: KnowledgeBase
    uri: str
    link_site: object  # site id -> relative href
    link_source: object  # source id -> relative href
    linker: object  # Linker
    skip: str | None = None
    event_html: object = None  # (event, ctx, site) -> HTML, remembered between rebuilds; None: made here
    shared: dict | None = None  # one build's: what an event looks like on any page (`_once`)
    share_evidence: bool = True  # False where no other page has the same links (a source's page): not kept
    plain_links: bool = False  # every link it makes is free of white space (ids of the documented form)


def _once(ctx: Ctx, key: tuple, event: Event, make):
    """make() once a build for `key` (an event is shown on its site's page, on the timeline and on
    each source's page): with the Renderer's `shared`, else every time. Keyed by the event
    object's id, checked by identity."""
    if ctx.shared is None:
        return make()
    hit = ctx.shared.get(key)
    if hit is None or hit[0] is not event:
        hit = ctx.shared[key] = (event, make())
    return hit[1]


def when(event: Event, kb: KnowledgeBase) -> str:
    if event.date:
        value = dates.html_datetime(event.date)
        # without a valid datetime, a <time>'s own text would have to be one: a plain span then
        tag = "time" if value else "span"
        return f'<{tag}{attrs(class_="hkb-date", datetime=value)}>{esc(date_label(event.date))}</{tag}>'
    by = known_by(event, kb)
    known = f"; reported by {date_label(dates.parse(iso(by)))}" if by else ""
    return f'<span class="hkb-undated">date not given{esc(known)}</span>'


def _range(event: Event, kb: KnowledgeBase) -> tuple[str | None, str | None]:
    lower = event.date.lower if event.date else None
    upper = known_by(event, kb)
    return (iso(lower) if lower else None, iso(upper) if upper else None)


def evidence_html(event: Event, ctx: Ctx) -> str:
    """The event's quotes and sources: the same on pages whose links to those sources are the same."""
    if not ctx.share_evidence:
        return _evidence_html(event, ctx)
    hrefs = tuple(ctx.link_source(ev.source) for ev in event.evidence)
    return _once(ctx, ("evidence", id(event), hrefs), event, lambda: _evidence_html(event, ctx))


def _evidence_html(event: Event, ctx: Ctx) -> str:
    # what no page changes, made once a build; each page puts in its own links to the sources
    parts = _once(ctx, ("evidence parts", id(event)), event, lambda: _evidence_parts(event, ctx.kb))
    link = ctx.link_source
    return "".join(part if type(part) is str else esc(link(part[0])) for part in parts)


def _evidence_parts(event: Event, kb: KnowledgeBase) -> tuple:
    """The event's quotes and sources as HTML, each link to a source left as a (source id,) hole."""
    disputed = disagreements(event)
    parts: list = []
    for ev in event.evidence:
        source = kb.sources.get(ev.source)
        title = source.title if source else ev.source
        meta = ", ".join(filter(None, [source and source.publisher, source and source.published and date_label(source.published)]))
        # Where sources disagree, every claim states its own reading, not only the dissenting one;
        # a quote proposed for a reviewed event states its own where it differs.
        proposed = event.proposed_quote(ev)
        fields = differs(event, ev) if proposed else disputed
        own = []
        if "date" in fields:
            date = ev.date or event.date
            own.append(f"dates it {esc(date_label(date))}" if date else "gives no date")
        if "actor" in fields and (ev.actor or event.actor):
            own.append(f"names {esc(ev.actor or event.actor)}")
        if "certainty" in fields:
            own.append(esc(ev.certainty or event.certainty))
        disagree = f' <span class="hkb-disagrees">This source {"; ".join(own)}.</span>' if own else ""
        mark = (' <span class="hkb-unreviewed" title="added by a command from an article; no person has checked '
                'this quote yet">proposed quote, awaiting review</span>') if proposed else ""
        parts.append(f'<li{attrs(class_="hkb-proposed-quote" if proposed else None)}><blockquote class="hkb-quote">{esc(ev.quote)}</blockquote><cite>')
        # an unknown source id (`heritage check` reports it) is shown, not linked to a missing page
        if source:
            parts += ('<a href="', (ev.source,), f'">{esc(title)}</a>')
        else:
            parts.append(esc(title))
        parts.append(f'{esc(", " + meta if meta else "")}</cite>{disagree}{mark}</li>')
    n = len(event.evidence)
    sources = len({e.source for e in event.evidence})
    parts.insert(0, f'<details class="hkb-evidence"><summary>{n} quote{"s" if n != 1 else ""} from '
                    f'{sources} source{"s" if sources != 1 else ""}</summary><ul>')
    parts.append('</ul></details>')
    # adjacent text joined: fewer parts to walk on each page
    merged: list = []
    for part in parts:
        if type(part) is str and merged and type(merged[-1]) is str:
            merged[-1] += part
        else:
            merged.append(part)
    return tuple(merged)


def _event_parts(event: Event, kb: KnowledgeBase) -> tuple[str, str, str]:
    """What of an event's <li> no page changes: its head before and after the site's link, and its
    data attributes (after the id)."""
    types = event_types()
    start, end = _range(event, kb)
    disputed = disagreements(event)
    what = esc(types.get(event.type, {}).get("label", event.type))
    before = f'{when(event, kb)} <span class="hkb-type hkb-type-{esc(event.type)}">{what}</span>'
    after = []
    if event.actor:
        after.append(f'<span class="hkb-actor">by {esc(event.actor)}</span>')
    after.append(f'<span class="hkb-certainty hkb-{esc(event.certainty)}">{esc(event.certainty)}</span>')
    if not event.reviewed:
        after.append('<span class="hkb-unreviewed" title="proposed by a command from an article; no person has checked it yet">'
                     'proposed, awaiting review</span>')
    if disputed:
        after.append(f'<span class="hkb-disputed">sources disagree on the {esc(" and ".join(disputed))}</span>')
    data = attrs(data_type=event.type, data_certainty=event.certainty, data_start=start, data_end=end,
                 data_approximate=bool(event.date and event.date.approximate), data_disputed=bool(disputed),
                 data_proposed=not event.reviewed)
    return before, " ".join(after), data


def _anchor(event: Event, site: Site | None) -> str:
    return f"{site.id}-{event.anchor}" if site is not None else event.anchor


def event_html(event: Event, ctx: Ctx, site: Site | None = None) -> str:
    before, after, data = _once(ctx, ("event", id(event)), event, lambda: _event_parts(event, ctx.kb))
    if site is not None:
        before += f' <a class="hkb-event-site" href="{esc(ctx.link_site(site.id))}">{esc(site.name)}</a>'
    # the names found once a build for each page's own site (`skip`); each page links them its way
    summary = joined(_summary(event, ctx, site), ctx.link_site) if event.summary else ""
    # attrs(class_="timeline-event", id=...) written out: an anchor is never empty
    return (f'<li class="timeline-event" id="{esc(_anchor(event, site))}"{data}><p class="hkb-event-head">{before} {after}</p>'
            + (f'<p class="hkb-summary">{summary}</p>' if summary else "")
            + evidence_html(event, ctx) + "</li>")


def _summary(event: Event, ctx: Ctx, site: Site | None) -> tuple:
    """The summary's Linker.segments for this page's own site (`skip`), once a build. Where no site is
    skipped and the event's site is known (the timeline, a source's page), the summary is split into
    words once for this page and for its site's page, which skips that site."""
    if ctx.skip is None and site is not None and ctx.shared is not None:
        def both() -> tuple:
            plain, own = ctx.linker.segments_each(event.summary, (None, site.id))
            _once(ctx, ("summary", id(event), site.id), event, lambda: own)
            return plain
        return _once(ctx, ("summary", id(event), None), event, both)
    return _once(ctx, ("summary", id(event), ctx.skip), event, lambda: ctx.linker.segments(event.summary, ctx.skip))


def _no_anchors(event: Event, ctx: Ctx) -> bool:
    """Whether no start tag of the event's own parts (head, data attributes, evidence) can hold an
    anchor id: then its <li>'s id is its item's only one, wherever links are plain."""
    parts = _once(ctx, ("event", id(event)), event, lambda: _event_parts(event, ctx.kb))
    evidence = _once(ctx, ("evidence parts", id(event)), event, lambda: _evidence_parts(event, ctx.kb))
    return passthrough.no_anchors("".join(parts) + "".join(p for p in evidence if type(p) is str))


def timeline_html(items: list[tuple[Event, Site | None]], ctx: Ctx, label: str = "Timeline") -> str:
    if not items:
        return '<p class="hkb-empty">No events recorded yet.</p>'
    make = ctx.event_html if ctx.event_html and all(s is not None for _, s in items) else event_html
    body = "".join(make(e, ctx, s) for e, s in items)
    start = f'<ol class="timeline hkb-timeline" aria-label="{esc(label)}">'
    html = f'{start}{body}</ol>'
    # the page's Markdown conversion need not walk it (render/passthrough.py): its tags are this
    # template's, every value escaped; its anchors are its items' ids, unless a link, the label or
    # an event's parts hold a white space-led id= or name= (the parts checked once an event)
    if ctx.plain_links and passthrough.no_anchors(start) and _all_without_anchors(items, ctx):
        passthrough.vouch(html, tuple(_anchor(e, s) for e, s in items))
    return html


def _all_without_anchors(items, ctx: Ctx) -> bool:
    """_no_anchors for every event of `items`, each found once a build (an event is on three pages
    or more): one look-up an item, by the event object's id, checked by identity."""
    if ctx.shared is None:
        return all(_no_anchors(e, ctx) for e, _ in items)
    known = ctx.shared.get("no anchors")  # id(event) -> (event, whether its parts hold no anchor)
    if known is None:
        known = ctx.shared["no anchors"] = {}
    for event, _ in items:
        hit = known.get(id(event))
        if hit is None or hit[0] is not event:
            hit = known[id(event)] = (event, _no_anchors(event, ctx))
        if not hit[1]:
            return False
    return True


def site_timeline(site: Site, ctx: Ctx) -> str:
    return timeline_html([(e, None) for e in ordered(site.events, ctx.kb)], ctx, f"Timeline of {site.name}")
