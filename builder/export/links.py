"""How exports name the site's pages: absolute when `site_url` is known, else root-relative."""
from __future__ import annotations

from dataclasses import dataclass

from .. import urls


@dataclass(frozen=True)
class Links:
    site_url: str | None = None  # e.g. https://example.org/kb/
    directory_urls: bool = True

    def page(self, uri: str) -> str:
        path = urls.page_url(uri, self.directory_urls)
        if not self.site_url:
            return path or "./"
        return self.site_url.rstrip("/") + "/" + path

    def file(self, path: str) -> str:
        return self.site_url.rstrip("/") + "/" + path if self.site_url else path

    def site(self, site_id: str) -> str:
        return self.page(urls.site_uri(site_id))

    def source(self, source_id: str) -> str:
        return self.page(urls.source_uri(source_id))

    def event(self, site_id: str, event) -> str:
        return f"{self.site(site_id)}#{event.anchor}"
