"""The heritage plugin's options in mkdocs.yml, checked when the file is read."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError

from .errors import HeritageError
from .publication import Publication


class MapConfig(Config):
    tiles = c.Type(str, default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    attribution = c.Type(str, default='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors')
    max_zoom = c.Type(int, default=19)


class GeocoderOption(c.Type):
    """The `geocoder:` mapping, checked when mkdocs.yml is read: a typo fails at once, not online."""

    def __init__(self):
        super().__init__(dict, default={})

    def run_validation(self, value):
        from .geocode.providers import settings_from_mapping

        value = super().run_validation(value)
        try:
            settings_from_mapping(value)
        except HeritageError as exc:
            raise ValidationError(str(exc)) from None
        return value


class LicenseOption(c.Type):
    """`license: CC-BY-4.0` (data and site alike) or `license: {data: ..., site: ...}`, by SPDX id."""

    def __init__(self):
        super().__init__((str, dict), default={})

    def run_validation(self, value):
        from .publication import license_named

        value = super().run_validation(value)
        value = {"data": value, "site": value} if isinstance(value, str) else value
        unknown = set(value) - {"data", "site"}
        if unknown:
            raise ValidationError(f"license: unknown key(s) {', '.join(sorted(unknown))} (use data: and site:)")
        try:
            return {key: license_named(value.get(key)) for key in ("data", "site")}
        except HeritageError as exc:
            raise ValidationError(str(exc)) from None


class HeritageConfig(Config):
    content = c.Type(str, default="content")
    license = LicenseOption()  # shown in the footer and on the Data page, carried in every download
    map = c.SubConfig(MapConfig)
    geocoder = GeocoderOption()  # read by `heritage geocode --online`, never by a build
    # events still marked `reviewed: false` count as facts (status, map, exports, feed) only when true
    publish_unreviewed = c.Type(bool, default=False)


def configure(config, options: HeritageConfig) -> Publication:
    """What the options change in MkDocs' config: the licence in the footer, the package's styles
    and scripts on every page (no template or custom_dir needed). Returns the publication."""
    from . import page_assets

    publication = Publication(config.site_url or None, config.site_name,
                              options.license.get("data"), options.license.get("site"))
    terms = publication.footer_html()
    if terms and terms not in (config.copyright or ""):
        config.copyright = f"{config.copyright} · {terms}" if config.copyright else terms
    config.extra_css.extend(p for p in page_assets.STYLES if p not in config.extra_css)
    config.extra_javascript.extend(p for p in page_assets.SCRIPTS if p not in map(str, config.extra_javascript))
    return publication


def review_links(config, options: HeritageConfig):
    """Where the Review page points an editor: `content/sites/x.yml:LINE`, and an edit link when the
    project sets `repo_url`/`edit_uri`."""
    from .render.review_page import Where, edit_base  # render is imported only when a build configures

    return Where(options.content.rstrip("/"), edit_base(config.repo_url, config.edit_uri, Path(config.docs_dir).name))
