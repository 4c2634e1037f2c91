"""The geocoder's errors: each a HeritageError, so the CLI's edge turns it into one line and exit 2."""
from __future__ import annotations

from ..errors import HeritageError
from ..places.gazetteer_data import GazetteerDataError  # noqa: F401 - read below the geocoder


class GeocodeError(HeritageError):
    """Geocoding cannot start as asked (the run's input, not one site's answer)."""


class UnknownSiteError(GeocodeError):
    """A site id given on the command line is not in content/sites/."""


class SettingsError(GeocodeError):
    """A geocoder setting (mkdocs.yml plugin option or command-line flag) is not usable."""


class CacheError(GeocodeError):
    """The geocode cache file cannot be read."""

