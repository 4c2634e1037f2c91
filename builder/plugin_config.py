"""The heritage plugin's options in mkdocs.yml, checked when the file is read."""
from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError

from .errors import HeritageError


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


class HeritageConfig(Config):
    content = c.Type(str, default="content")
    map = c.SubConfig(MapConfig)
    geocoder = GeocoderOption()  # read by `heritage geocode --online`, never by a build
