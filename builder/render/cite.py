"""The "cite this page" block of a site page: a reference a reader can paste, and its BibTeX."""
from __future__ import annotations

from ..content.model import Site
from ..publication import Publication
from .html import esc


def citation(site: Site, publication: Publication, url: str | None) -> str:
    """One line of text, in the usual shape for a web page of a collaborative reference work."""
    parts = [f"“{site.name}”.", f"{publication.site_name}."]
    if url:
        parts.append(f"{url}.")
    if publication.data_license:
        parts.append(f"Data licence: {publication.data_license.short}.")
    return " ".join(parts)


def bibtex(site: Site, publication: Publication, url: str | None) -> str:
    def field(text: str) -> str:  # BibTeX braces balanced: the text cannot close the field early
        return text.replace("\\", "").replace("{", "(").replace("}", ")")
    lines = [f"@misc{{{site.id},", f"  title = {{{field(site.name)}}},", f"  howpublished = {{{field(publication.site_name)}}},"]
    if url:
        lines.append(f"  url = {{{field(url)}}},")
    if publication.data_license:
        lines.append(f"  note = {{Data licence: {field(publication.data_license.short)}}},")
    return "\n".join(lines) + "\n}"


def cite_html(site: Site, publication: Publication, url: str | None) -> str:
    return ('<details class="hkb-cite"><summary>Cite this page</summary>'
            f'<p class="hkb-citation">{esc(citation(site, publication, url))} Add the date you read it.</p>'
            f'<pre class="hkb-bibtex"><code>{esc(bibtex(site, publication, url))}</code></pre></details>')
