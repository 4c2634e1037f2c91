"""Who publishes the knowledge base and under which terms: the site's address and name and the
licences of the data and of the site. Pages (render) and downloads (export) both state them;
the MkDocs plugin and `heritage render` fill it from mkdocs.yml."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .errors import HeritageError
from .vocab import vocab


@dataclass(frozen=True)
class License:
    id: str  # SPDX identifier
    title: str
    short: str
    url: str

    def as_datapackage(self) -> dict:
        return {"name": self.id, "title": self.title, "path": self.url}

    def html(self) -> str:
        return f'<a href="{escape(self.url)}" rel="license">{escape(self.short)}</a>'


def license_named(spdx: str | None) -> License | None:
    """The licence with this SPDX id, from vocab.yml; an unknown id is an error naming the known ones."""
    if not spdx:
        return None
    known = vocab()["licenses"]
    if spdx not in known:
        raise HeritageError(f"license: unknown licence '{spdx}' (use one of: {', '.join(known)})")
    spec = known[spdx]
    return License(spdx, spec["title"], spec["short"], spec["url"])


@dataclass(frozen=True)
class Publication:
    site_url: str | None = None  # absolute, e.g. https://example.org/kb/; None: links stay relative
    site_name: str = "Heritage sites knowledge base"
    data_license: License | None = None
    site_license: License | None = None

    def footer_html(self) -> str:
        """One line for the theme's footer (`copyright`): the licences of the data and the site."""
        parts = []
        if self.data_license:
            parts.append(f"Data: {self.data_license.html()}")
        if self.site_license:
            parts.append(f"Text and pages: {self.site_license.html()}")
        return " · ".join(parts)

    def data_terms(self) -> str | None:
        """The data licence in one line of text, for files that carry it as text (feed, CSV readers)."""
        lic = self.data_license
        return f"{lic.short} ({lic.url})" if lic else None
