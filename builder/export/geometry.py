"""The one place where (lat, lon) becomes GeoJSON's [lon, lat] (RFC 7946, section 3.1.1)."""
from __future__ import annotations


def lonlat(lat: float, lon: float) -> list[float]:
    """GeoJSON position from a (lat, lon) pair, as geopy and our YAML write them."""
    return [round(float(lon), 7), round(float(lat), 7)]


def point(location) -> dict | None:
    """A GeoJSON Point for a model Location (or None when the site is not located yet)."""
    if location is None:
        return None
    return {"type": "Point", "coordinates": lonlat(location.lat, location.lon)}
