"""Knowledge base → generated pages (Markdown with front matter, the body mostly HTML).

Pages are plain data (`Page(uri, text)`) so that MkDocs, a test or another generator can use
them alike. Site pages hand MkDocs almost no Markdown to convert: their body is HTML blocks.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import partial

from ..content.model import KnowledgeBase, Site, Source
from ..dates import label as date_label
from ..published import facts, proposed, statuses as public_statuses, unconfirmed
from ..status import Status, order_key, ordered
from ..vocab import event_types, is_rtl, statuses, vocab
from .. import urls
from . import site_indexes, split
from .html import attrs, coords_link, esc, json_attr, md_text, scroll_box
from .linker import Linker
from ..event_order import EventOrder
from ..memo import MISSING, Memo, NoMemo, inputs_of
from .timeline import Ctx, event_html, site_timeline, timeline_html
from ..export.jsonld import site_jsonld
from ..export.links import Links
from ..publication import Publication
from . import passthrough
from .cite import cite_html
from .html import json_script


PAGE_LIMIT = 1000  # rows or events on one index page; past it, index pages are split
NO_SEARCH = {"exclude": True}  # Material's search plugin skips the page


@dataclass(frozen=True)
class Page:
    uri: str
    text: str
    in_nav: bool = False  # index pages are named in mkdocs.yml's nav; site and source pages never


# Characters a YAML reader refuses in a stream (C1 controls, U+FFFE/FFFF) or reads as line breaks
# (NEL, U+2028/2029). Left raw in front matter, MkDocs could not read it and would render the whole
# block, title and all, as Markdown: written as \u escapes they are the same text.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")


_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(value, ensure_ascii=False)'s, made once


def _yaml_value(value) -> str:
    """JSON, which is YAML, for any value a person writes."""
    return _YAML_UNSAFE.sub(lambda m: "\\u%04x" % ord(m[0]), _JSON.encode(value))


def _front_matter(**meta) -> str:
    # The theme prints `title` and `description` into <head> and the header as they are: escaped here.
    meta = {key: esc(value) if key in ("title", "description") and value is not None else value
            for key, value in meta.items()}
    lines = [f"{key}: {_yaml_value(value)}" for key, value in meta.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


class Renderer:
    """Renders every page of one build; per-build indexes (names, statuses) are made once here."""

    def __init__(self, kb: KnowledgeBase, directory_urls: bool = True, publication: Publication | None = None,
                 memo: Memo | None = None, publish_unreviewed: bool = False, review_links=None):
        """`memo` (kept by `mkdocs serve` between rebuilds) lets unchanged fragments be reused; it
        belongs to one publication and URL style (build_state.state_for)."""
        self.kb = kb
        self.directory_urls = directory_urls
        self.publication = publication or Publication()
        # absolute addresses for JSON-LD and citations when site_url is known
        self.links = Links(self.publication.site_url, directory_urls) if self.publication.site_url else None
        self.memo = memo or NoMemo()
        self.token = inputs_of(kb).__getitem__  # site id -> the inputs of its own fragments (memo.SiteInputs)
        self._keys: dict[int, tuple] = {}  # _event_keys, once a Site object per build
        self._shared: dict = {}  # timeline.Ctx.shared: an event's parts, made once a build
        self.publish_unreviewed = publish_unreviewed
        self.review_links = review_links  # review_page.Where: file:line and edit links for the Review page
        # reviewed events only (builder/published.py): status, map, date control and the timeline page
        self.facts = facts(kb, publish_unreviewed)
        self.status: dict[str, Status] = public_statuses(kb, publish_unreviewed, self.memo)
        names = site_indexes.names(kb, self.memo)
        self.linker = self.memo.get(("linker",), (names,), partial(Linker, names))
        claims = site_indexes.claims(kb, self.memo)
        self.claims_by_source, self.citing = claims.by_source, claims.citing  # not to be changed
        # every link between pages free of white space: no id outside the documented form
        self.plain_links = all(map(urls.plain_id, kb.sites)) and all(map(urls.plain_id, kb.sources))

    def _event_keys(self, site: Site) -> dict[int, tuple]:
        """Each event's (date-order key, year), by its index; remembered while the site's inputs hold."""
        kb = self.kb
        hit = self._keys.get(id(site))
        if hit is None or hit[0] is not site:  # by object: the published view is another Site of the same id
            # the published view (facts) holds fewer events than the site: remembered apart
            view = "all" if site is kb.sites.get(site.id) else "facts"
            hit = self._keys[id(site)] = (site, self.memo.get(("keys", site.id, view), self.token(site.id),
                                                              lambda: {e.index: (order_key(e, kb), split.year(e, kb)) for e in site.events}))
        return hit[1]

    def ordered_items(self, items) -> list:
        """(event, site) pairs in global date order (status.ordered's), with remembered keys."""
        return sorted(items, key=lambda pair: self._event_keys(pair[1])[pair[0].index][0])

    # links -------------------------------------------------------------------------------
    def ctx(self, uri: str, skip: str | None = None, memo: bool = False, share_evidence: bool = True) -> Ctx:
        """Links from page `uri`; with `memo`, its events' HTML is remembered between rebuilds."""
        return Ctx(self.kb, uri, urls.to_pages_in(uri, "sites", self.directory_urls),
                   urls.to_pages_in(uri, "sources", self.directory_urls), self.linker, skip,
                   # a one-off build remembers nothing: its events' HTML made straight away
                   self.event_html if memo and type(self.memo) is not NoMemo else None,
                   self._shared, share_evidence, self.plain_links)

    def event_html(self, event, ctx: Ctx, site: Site) -> str:
        """One event of a many-site timeline, made again only when its site or its sources change."""
        token = (self.directory_urls, self.linker, event, site.name, self.token(site.id))
        return self.memo.get(("event", ctx.uri, site.id, event.index), token, partial(event_html, event, ctx, site))

    def status_html(self, site_id: str) -> str:
        st = self.status[site_id]
        spec = statuses()[st.key]
        date = st.event.date if st.event else None
        since = "" if not date else f" ({date_label(date)})" if date.interval else f" since {date_label(date)}"
        rep = " (reported)" if st.reported else ""
        return (f'<span class="hkb-status hkb-status-{st.key}" style="--hkb-status:{spec["colour"]}">'
                f'{esc(spec["label"])}{rep}</span>{esc(since)}')

    def unconfirmed(self, site: Site) -> bool:
        return not self.publish_unreviewed and unconfirmed(site)

    def review_mark(self, site: Site) -> str:
        """The mark beside a site known only from claims no person has reviewed."""
        if not self.unconfirmed(site):
            return ""
        return (' <span class="hkb-review-mark" title="known only from claims not yet reviewed by a person">'
                'awaiting review</span>')

    # pages -------------------------------------------------------------------------------
    def site_page(self, site: Site) -> Page:
        kb = self.kb
        # the page shows its ancestors' names, its parent's and children's places and statuses
        token = (self.directory_urls, self.linker, self.token(site.id),
                 *map(self.token, kb.ancestors(site.id) if site.part_of else ()),  # no parent: no walk up
                 None, *map(self.token, kb.children.get(site.id, [])))
        return self.memo.get(("site", site.id), token, partial(self._site_page, site))

    def _site_page(self, site: Site) -> Page:
        uri = urls.site_uri(site.id)
        ctx = self.ctx(uri, skip=site.id)
        kb = self.kb
        status = self.status_html(site.id)
        waiting = len(proposed(site))
        if waiting:
            status += (f' <span class="hkb-review-mark">{waiting} proposed event{"s" if waiting != 1 else ""} '
                       f'awaiting review{"" if self.publish_unreviewed else ", not counted"}</span>')
        rows = [("Kind", esc(site.kind)), ("Status", status)]
        if site.names:
            rows.append(("Other names", ", ".join(
                f'<span{attrs(lang=n.lang, dir="rtl" if is_rtl(n.lang) else None)}>{esc(n.name)}</span>'
                + (f' <small>({esc(n.lang)})</small>' if n.lang else "") for n in site.names)))
        chain = kb.ancestors(site.id)
        if chain:
            rows.append(("Part of", " › ".join(
                f'<a href="{esc(ctx.link_site(a))}">{esc(kb.sites[a].name)}</a>' for a in chain)))
        children = kb.children.get(site.id, [])
        if children:
            rows.append(("Contains", ", ".join(
                f'<a href="{esc(ctx.link_site(c))}">{esc(kb.sites[c].name)}</a>{self.review_mark(kb.sites[c])}'
                for c in children)))
        if site.location:
            loc = site.location
            how = loc.provider or loc.source
            rows.append(("Location", coords_link(loc.lat, loc.lon) + f' <small>({esc(how)})</small>'))
        else:
            # a part not yet placed still lies within its nearest placed ancestor: say which, and where
            within = next((a for a in chain if kb.sites[a].location), None)
            where = ""
            if within:
                loc = kb.sites[within].location
                where = (f'; lies within <a href="{esc(ctx.link_site(within))}">{esc(kb.sites[within].name)}</a> '
                         f'({coords_link(loc.lat, loc.lon)})')
            rows.append(("Location", f'<span class="hkb-unlocated">not yet located</span>{where}'))
        ids = vocab()["identifiers"]
        links = [f'<a href="{esc(ids[k]["url"].format(v))}">{esc(ids[k]["label"])} {esc(v)}</a>'
                 for k, v in site.identifiers.items() if k in ids]
        if links:
            rows.append(("Identifiers", " · ".join(links)))
        facts = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        # the facts and the map are walked tag by tag as raw HTML blocks unless vouched for (40-50 us
        # each, a second at 10,000 sites); the description and cite blocks are walked as fast as checked
        body = [passthrough.vouched(f'<dl class="hkb-facts">{facts}</dl>')]
        if site.description:
            body.append(f'<p class="hkb-description">{self.linker.html(site.description, ctx.link_site, skip=site.id)}</p>')
        body.append(passthrough.vouched(self.map_html(site, ctx)))
        body.append("## Timeline\n")
        body.append(site_timeline(site, ctx))
        body.append(cite_html(site, self.publication, self.links.site(site.id) if self.links else None))
        meta = dict(title=site.name, description=site.description[:200] or None,
                    heritage_site=site.id, heritage_status=self.status[site.id].key,
                    # schema.org JSON-LD for <head> (overrides/main.html prints it as is: json_script made it safe);
                    # none for a site known only from unreviewed claims: machines would read it as a fact
                    jsonld=None if self.unconfirmed(site) else json_script(site_jsonld(site, kb, *self._jsonld_urls(site, ctx))))
        return Page(uri, _front_matter(**meta) + f"# {md_text(site.name)}\n\n" + "\n\n".join(body) + "\n")

    def _jsonld_urls(self, site: Site, ctx: Ctx) -> tuple[str, str | None]:
        """The page's and its parent's addresses: absolute when site_url is known (JSON-LD's @id)."""
        link = self.links.site if self.links else ctx.link_site
        return link(site.id), link(site.part_of) if site.part_of in self.kb.sites else None

    def map_html(self, site: Site, ctx: Ctx) -> str:
        """A map container listing the site and its relatives; without scripts, just the list."""
        kb = self.kb
        family = [site.id, *kb.ancestors(site.id)[:1], *kb.children.get(site.id, [])]
        markers = []
        for sid in family:
            s = kb.sites[sid]
            if s.location:
                markers.append({"id": sid, "name": s.name, "lat": s.location.lat, "lon": s.location.lon,
                                "status": self.status[sid].key, "url": ctx.link_site(sid), "self": sid == site.id,
                                "review": self.unconfirmed(s)})
        if not markers:
            return ""
        return f'<div class="hkb-map" role="region" aria-label="Map of {esc(site.name)}" data-markers="{json_attr(markers)}"></div>'

    def source_page(self, source: Source) -> Page:
        token = (self.directory_urls, self.linker, source, *map(self.token, self.citing.get(source.id, ())))
        return self.memo.get(("source", source.id), token, partial(self._source_page, source))

    def _source_page(self, source: Source) -> Page:
        uri = urls.source_uri(source.id)
        ctx = self.ctx(uri, share_evidence=False)  # its links to sources are its own: nothing to share
        rows = [("Publisher", esc(source.publisher or "—")),
                ("Published", esc(date_label(source.published)) if source.published else "—")]
        if source.author:
            rows.append(("Author", esc(source.author)))
        if source.url:
            link = urls.safe_url(source.url)
            rows.append(("Original", f'<a href="{esc(link)}">{esc(source.url)}</a>' if link else esc(source.url)))
        rows.append(("Renditions", ", ".join(esc(r.file) + (f" <small>({esc(r.note)})</small>" if r.note else "")
                                             for r in source.renditions) or "—"))
        facts = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        claims = self.ordered_items(self.claims_by_source.get(source.id, []))
        body = [f'<dl class="hkb-facts">{facts}</dl>', "## Claims drawn from this source\n",
                timeline_html(claims, ctx, f"Claims from {source.title}")]
        return Page(uri, _front_matter(title=source.title, heritage_source=source.id)
                    + f"# {md_text(source.title)}\n\n" + "\n\n".join(body) + "\n")

    def _sites_table(self, uri: str, sites) -> str:
        ctx = self.ctx(uri)
        rows = [self.memo.get(("row", uri, site.id), (self.directory_urls, self.token(site.id), self.token(site.part_of)),
                              partial(self._site_row, site, ctx))
                for site in sorted(sites, key=lambda s: s.name.lower())]
        return passthrough.vouched(scroll_box('<table class="hkb-index"><thead><tr><th>Site</th><th>Kind</th><th>Status</th><th>Part of</th>'
                                   f'<th>Last event</th></tr></thead><tbody>{"".join(rows)}</tbody></table>', "Sites"))

    def _site_row(self, site: Site, ctx: Ctx) -> str:
        events = ordered(self.facts.sites[site.id].events, self.kb)  # the last reviewed event
        last = events[-1] if events else None
        last_html = (f'{esc(event_types().get(last.type, {}).get("label", last.type))}, '
                     f'{esc(date_label(last.date)) if last.date else "date not given"}' if last else "—")
        if not self.publish_unreviewed and proposed(site):
            last_html += f' <small class="hkb-proposed-count">(+{len(proposed(site))} proposed)</small>'
        parent = self.kb.sites.get(site.part_of) if site.part_of else None
        return (f'<tr><td><a href="{esc(ctx.link_site(site.id))}">{esc(site.name)}</a>{self.review_mark(site)}</td>'
                f'<td>{esc(site.kind)}</td>'
                f'<td>{self.status_html(site.id)}</td>'
                f'<td>{f"""<a href="{esc(ctx.link_site(parent.id))}">{esc(parent.name)}</a>""" if parent else ""}</td>'
                f'<td>{last_html}</td></tr>')

    def sites_index(self) -> list[Page]:
        """One table of all sites; past PAGE_LIMIT sites, an A–Z list of one page per letter."""
        uri = "sites/index.md"
        n = len(self.kb.sites)
        if n <= PAGE_LIMIT:
            return [Page(uri, _front_matter(title="Sites") + f"# Sites\n\n{n} sites.\n\n{self._sites_table(uri, self.kb.sites.values())}\n", True)]
        letters = split.by_letter(self.kb.sites.values())
        slug = {letter: "other" if letter == "#" else letter.lower() for letter in letters}
        links = " · ".join(f'<a href="{esc(urls.relative(uri, f"sites/letter-{slug[k]}.md", self.directory_urls))}">{esc(k)}</a>'
                           f' <small>({len(v)})</small>' for k, v in letters.items())
        pages = [Page(uri, _front_matter(title="Sites") + f'# Sites\n\n{n} sites, by first letter.\n\n<p class="hkb-letters">{links}</p>\n', True)]
        for letter, sites in letters.items():
            page_uri = f"sites/letter-{slug[letter]}.md"
            pages.append(Page(page_uri, _front_matter(title=f"Sites: {letter}") + f"# Sites: {md_text(letter)}\n\n"
                              f'<p class="hkb-letters">{links}</p>\n\n{self._sites_table(page_uri, sites)}\n'))
        return pages

    def global_timeline(self) -> list[Page]:
        """All events in date order; past PAGE_LIMIT events, one page per period (century, decade or
        year, whatever keeps each page under the limit). Kept out of search: site pages hold the same text."""
        uri = "timeline.md"
        # under serve, the order is held between rebuilds and mended where sites changed
        items, years = self.memo.get(("event order",), (), EventOrder).update(
            self.facts.sites, self.token, lambda event, site: self._event_keys(site)[event.index])
        if len(items) <= PAGE_LIMIT:
            return [Page(uri, _front_matter(title="Timeline", search=NO_SEARCH)
                         + "# Timeline of all events\n\n" + timeline_html(items, self.ctx(uri, memo=True), "Timeline of all events") + "\n", True)]
        # the periods depend on the years alone: an edit seldom moves one (the list compares at C speed)
        shape = self.memo.get(("periods",), (years,), partial(split.shape, years, PAGE_LIMIT))
        parts = [(slug, label, list(map(items.__getitem__, places))) for slug, label, places in shape]
        rows = "".join(f'<li><a href="{esc(urls.relative(uri, f"timeline/{slug}.md", self.directory_urls))}">{esc(label)}</a>'
                       f' <small>({len(group)} events)</small></li>' for slug, label, group in parts)
        pages = [Page(uri, _front_matter(title="Timeline", search=NO_SEARCH)
                      + f"# Timeline of all events\n\n{len(items)} events, by period.\n\n"
                      + f'<ul class="hkb-periods">{rows}</ul>\n', True)]
        for slug, label, group in parts:
            # a period none of whose events or their sites changed is the page it was (under serve):
            # the same pair objects, as the event order hands out a new pair once its site's inputs
            # changed; the pairs are held in the token, so no new pair can take a remembered one's id
            inputs = (self.directory_urls, self.linker, label, tuple(group), tuple(map(id, group)))
            made = self.memo.peek(("timeline page", slug), inputs)
            if made is MISSING:
                made = self.memo.get(("timeline page", slug), inputs, partial(self._period_page, slug, label, group))
            else:  # its events' HTML stays remembered for when an edit reaches this period
                self.memo.keep(made[1])
            pages.append(made[0])
        return pages

    def _period_page(self, slug: str, label: str, group: list) -> tuple[Page, tuple]:
        """The page, and the memo keys of its events' HTML."""
        page_uri = f"timeline/{slug}.md"
        keys = tuple(("event", page_uri, site.id, event.index) for event, site in group)
        return Page(page_uri, _front_matter(title=f"Timeline: {label}", search=NO_SEARCH)
                    + f"# Timeline: {md_text(label)}\n\n"
                    + timeline_html(group, self.ctx(page_uri, memo=True), f"Timeline: {label}") + "\n"), keys

    def review_queue(self) -> Page:
        """The Review page (render/review_page.py): every pending event with its file and line."""
        from .review_page import review_page
        return review_page(self)

    def sources_index(self) -> Page:
        uri = "sources/index.md"
        ctx = self.ctx(uri)
        items = "".join(
            f'<li><a href="{esc(ctx.link_source(s.id))}">{esc(s.title)}</a>'
            f'{esc(" — " + ", ".join(filter(None, [s.publisher, s.published and date_label(s.published)])))} '
            f'<small>({len(self.claims_by_source.get(s.id, []))} claims)</small></li>'
            for s in sorted(self.kb.sources.values(), key=lambda s: (s.published.sort_key if s.published else ((0, 0, 0),), s.id)))
        return Page(uri, _front_matter(title="Sources") + f'# Sources\n\n<ul class="hkb-sources">{items}</ul>\n')

    def all_pages(self) -> list[Page]:
        from .data_page import data_page
        from .maps import map_page
        pages = [*self.sites_index(), *self.global_timeline(), replace(self.sources_index(), in_nav=True)]
        pages += [map_page(self), data_page(self), self.review_queue()]
        pages += [self.site_page(s) for s in self.kb.sites.values()]
        pages += [self.source_page(s) for s in self.kb.sources.values()]
        return pages
