"""The Data page: what every build writes for download (builder/export), linked and described."""
from __future__ import annotations

from ..export import DATAPACKAGE, EXPORTS
from ..published import exported, proposed
from .html import esc

URI = "data.md"


def data_page(renderer):
    """The generated `data.md` (a Page) listing `builder.export.EXPORTS`."""
    from .. import urls
    from .pages import Page, _front_matter

    kb = exported(renderer.kb, renderer.publish_unreviewed)  # what the files hold
    waiting = 0 if renderer.publish_unreviewed else sum(len(proposed(s)) for s in renderer.kb.sites.values())
    items = "".join(
        f'<li><a href="{esc(urls.relative(URI, e.path, renderer.directory_urls))}" type="{esc(e.media_type)}" download>'
        f'{esc(e.title)}</a> <code>{esc(e.path.rsplit("/", 1)[-1])}</code><br>{esc(e.description)}</li>'
        for e in EXPORTS)
    located = sum(1 for s in kb.sites.values() if s.location)
    events = sum(len(s.events) for s in kb.sites.values())
    text = (_front_matter(title="Data", description="Download the knowledge base as GeoJSON, Linked Places, CSV and Atom.")
            + "# Data\n\n"
            + f'<p>Every build writes these files from the same content as the pages: {len(kb.sites)} sites '
              f'({located} with coordinates), {events} events, {len(kb.sources)} sources.'
            + (f' {waiting} proposed event(s) awaiting review are left out until a person accepts them.' if waiting else "")
            + '</p>'
            + f'\n\n<ul class="hkb-downloads">{items}</ul>\n\n'
            + f'<p><a href="{esc(urls.relative(URI, DATAPACKAGE, renderer.directory_urls))}" type="application/json">'
              f'<code>{DATAPACKAGE}</code></a> describes every file above as a '
              '<a href="https://datapackage.org/">Frictionless Data Package</a>: format, size, SHA-256, licence, '
              'and the columns of the CSV.</p>\n\n'
            + _terms(renderer.publication)
            + '<p>Each site page also carries schema.org JSON-LD (<code>LandmarksOrHistoricalBuildings</code>, '
              'with its coordinates and <code>sameAs</code> links to Wikidata, Pleiades, UNESCO and GeoNames) '
              'in its <code>&lt;head&gt;</code>.</p>\n')
    return Page(URI, text, True)


def _terms(publication) -> str:
    """The licences, or a plain statement that none is given."""
    lic, site = publication.data_license, publication.site_license
    if not lic and not site:
        return ("<p class=\"hkb-license\">No licence is stated for this data: ask the publisher before reusing it "
                "(set <code>license:</code> under the heritage plugin in <code>mkdocs.yml</code>).</p>\n\n")
    parts = []
    if lic:
        parts.append(f"The data (every download above) is published under {lic.html()}: {esc(lic.title)}.")
    if site:
        parts.append(f"The text of the pages is under {site.html()}.")
    parts.append("Each site page has a “Cite this page” block; please cite the sources each event quotes as well.")
    return f'<p class="hkb-license">{" ".join(parts)}</p>\n\n'
