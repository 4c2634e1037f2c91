"""The Review page's list of sites ingest could not identify: namesakes it left for a person."""
from __future__ import annotations

from ..vocab import vocab
from .html import esc
from .timeline import Ctx


def candidates_html(ctx: Ctx) -> str:
    """A section listing each site with `candidates:`, its file and the places it may be; "" if none."""
    sites = [s for s in ctx.kb.sites.values() if s.candidates]
    if not sites:
        return ""
    wikidata = vocab()["identifiers"]["wikidata"]["url"]
    rows = []
    for site in sorted(sites, key=lambda s: s.name.lower()):
        options = []
        for c in site.candidates:
            name = f'<a href="{esc(ctx.link_site(c.site))}">{esc(c.name)}</a>' if c.site and c.site in ctx.kb.sites else esc(c.name)
            if c.wikidata:
                name += f' (<a href="{esc(wikidata.format(c.wikidata))}">{esc(c.wikidata)}</a>)'
            options.append(f"<li>{name}{' — ' + esc(c.note) if c.note else ''}</li>")
        rows.append(f'<li><a href="{esc(ctx.link_site(site.id))}">{esc(site.name)}</a> '
                    f'<code>{esc(site.path)}:{site.line_of("candidates")}</code><ul>{"".join(options)}</ul></li>')
    return (f'<h2 id="sites-to-identify">Sites to identify</h2>\n<p>{len(sites)} site(s) share a name with several '
            "places and the article did not say which: keep the right one's <code>identifiers</code>, add "
            "<code>part_of</code>, then delete <code>candidates:</code>.</p>\n"
            f'<ul class="hkb-candidates">{"".join(rows)}</ul>\n')
