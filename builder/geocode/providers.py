"""Online geocoders: settings → a geopy geocoder, the narrowing of a request, answers → candidates,
and the one rate-limited, fault-describing way to ask.

Settings come from mkdocs.yml (`plugins: - heritage: geocoder: {provider: ..., domain: ...}`,
read with `settings_from_mapping`) or from the command line. Only `heritage geocode --online`
asks; builds read the cache.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, fields, replace
from functools import partial

from geopy import exc as gexc
from geopy.adapters import AdapterHTTPError, BaseSyncAdapter, RequestsAdapter, URLLibAdapter
from geopy.distance import geodesic
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import GeoNames, Nominatim, Photon

from .errors import GeocodeError, SettingsError
from .sanity import Candidate, Point

PROVIDERS = {"nominatim": Nominatim, "photon": Photon, "geonames": GeoNames}
LABELS = {"nominatim": "Nominatim", "photon": "Photon", "geonames": "GeoNames"}
LICENCES = {  # what the provider's data may be used under; kept with every cached answer
    "nominatim": "Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright",
    "photon": "Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright",
    "geonames": "GeoNames, CC BY 4.0. https://www.geonames.org",
}
DEFAULT_USER_AGENT = "heritage-kb/0.1 (geopy; set geocoder.user_agent to name yourself)"
CANDIDATES = 5  # enough to see a decoy and judge ambiguity


@dataclass(frozen=True)
class GeocoderSettings:
    provider: str = "nominatim"
    domain: str | None = None  # None: the provider's public service (geopy's default)
    scheme: str | None = None  # None: geopy's default for the provider
    user_agent: str = DEFAULT_USER_AGENT  # Nominatim's policy: say who you are
    username: str | None = None  # GeoNames account
    timeout: float = 10.0
    min_delay_seconds: float = 1.0  # at most one request per second
    max_wait_seconds: float = 30.0  # a 429's Retry-After longer than this stops asking for the run
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2: narrows the search and is checked
    max_distance_km: float = 5.0  # how far a monument may lie from its parent site

    @property
    def label(self) -> str:
        return LABELS[self.provider]


def _number(name, value, minimum):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise SettingsError(f"geocoder.{name} must be a number of at least {minimum:g}, not {value!r}")
    return float(value)


def settings_from_mapping(mapping: dict | None, base: GeocoderSettings | None = None) -> GeocoderSettings:
    """GeocoderSettings from the plugin's `geocoder:` option (or any dict); unknown keys are refused,
    so a typo cannot silently send requests to the wrong place."""
    base = base or GeocoderSettings()
    if mapping is None:
        return base
    if not isinstance(mapping, dict):
        raise SettingsError(f"geocoder: expected a mapping, got {type(mapping).__name__}")
    allowed = {f.name for f in fields(GeocoderSettings)}
    values = {("countries" if k == "country_codes" else str(k).replace("-", "_")): v for k, v in mapping.items()}
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise SettingsError(f"geocoder: unknown option(s) {', '.join(unknown)}", hint="allowed: " + ", ".join(sorted(allowed)))
    out = {}
    for name, value in values.items():
        if value is None:
            continue
        if name == "provider":
            value = str(value).lower()
            if value not in PROVIDERS:
                raise SettingsError(f"geocoder.provider '{value}' is not supported", hint="use one of: " + ", ".join(PROVIDERS))
        elif name == "scheme" and value not in ("http", "https"):
            raise SettingsError(f"geocoder.scheme must be http or https, not {value!r}")
        elif name in ("timeout", "max_wait_seconds", "max_distance_km"):
            value = _number(name, value, 0.1)
        elif name == "min_delay_seconds":
            value = _number(name, value, 1.0)  # the 1 request/s promise is not configurable away
        elif name == "countries":
            items = [value] if isinstance(value, str) else list(value)
            if not all(isinstance(c, str) and len(c) == 2 and c.isalpha() for c in items):
                raise SettingsError(f"geocoder.countries must be two-letter ISO codes, not {value!r}")
            value = tuple(c.lower() for c in items)
        elif name in ("domain", "user_agent", "username"):
            value = str(value).strip().rstrip("/") or None
        out[name] = value
    settings = replace(base, **out)
    if settings.provider == "geonames" and not settings.username:
        raise SettingsError("geocoder: GeoNames needs a username", hint="set geocoder.username or pass --username")
    return settings


class UnexpectedAnswer(gexc.GeocoderParseError):
    """Valid JSON, but not the shape the provider's answers have (an error object with HTTP 200)."""


SHAPES = {  # what a real answer looks like; anything else must not be cached as "nothing found"
    "nominatim": lambda d: isinstance(d, list) and all(isinstance(p, dict) for p in d),
    "photon": lambda d: isinstance(d, dict) and isinstance(d.get("features"), list),
    "geonames": lambda d: isinstance(d, dict) and ("geonames" in d or "status" in d),
}


class _ShapeChecked(BaseSyncAdapter):
    """geopy's own adapter, with the JSON's shape checked before geopy's parser reads it: geopy
    turns Nominatim's `{"error": ...}` into an empty answer, which would be cached as one."""

    def __init__(self, inner: BaseSyncAdapter, check):
        self.inner, self.check = inner, check

    def get_json(self, url, *, timeout, headers):
        data = self.inner.get_json(url, timeout=timeout, headers=headers)
        if not self.check(data):
            raise UnexpectedAnswer(f"unexpected answer: {str(data)[:120]}")
        return data

    def get_text(self, url, *, timeout, headers):
        return self.inner.get_text(url, timeout=timeout, headers=headers)

    def __enter__(self):
        self.inner.__enter__()
        return self

    def __exit__(self, *exc):
        return self.inner.__exit__(*exc)


def _adapter_factory(provider: str):
    """geopy's adapter without hidden retries (requests' own retry off: max_retries=0), answers
    shape-checked."""
    base = partial(RequestsAdapter, max_retries=0) if RequestsAdapter.is_available else URLLibAdapter

    def factory(*, proxies, ssl_context):
        return _ShapeChecked(base(proxies=proxies, ssl_context=ssl_context), SHAPES[provider])
    return factory


def make_geocoder(settings: GeocoderSettings, adapter_factory=None):
    """The geopy geocoder the settings describe (no request is made here)."""
    kwargs = {"user_agent": settings.user_agent, "timeout": settings.timeout,
              "adapter_factory": adapter_factory or _adapter_factory(settings.provider)}
    if settings.scheme:
        kwargs["scheme"] = settings.scheme
    if settings.domain:
        kwargs["domain"] = settings.domain
    if settings.provider == "geonames":
        if not settings.username:
            raise SettingsError("GeoNames needs a username", hint="set geocoder.username or pass --username")
        return GeoNames(settings.username, **kwargs)
    return PROVIDERS[settings.provider](**kwargs)


# --- the request -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Narrowing:
    """Where to look: countries, and a box (south-west, north-east corners, (lat, lon)) around the
    parent site. Part of the cache key: the same name asked in another box is another question."""

    countries: tuple[str, ...] = ()
    box: tuple[Point, Point] | None = None

    @classmethod
    def around(cls, point: Point | None, km: float, countries=()) -> "Narrowing":
        if point is None:
            return cls(tuple(countries))
        d = geodesic(kilometers=km)
        south, north = d.destination(point, 180).latitude, d.destination(point, 0).latitude
        west, east = d.destination(point, 270).longitude, d.destination(point, 90).longitude
        return cls(tuple(countries), ((round(south, 4), round(west, 4)), (round(north, 4), round(east, 4))))

    def params(self) -> dict:
        out = {}
        if self.countries:
            out["countries"] = list(self.countries)
        if self.box:
            out["box"] = [list(self.box[0]), list(self.box[1])]
        return out


def search_kwargs(provider: str, narrowing: Narrowing) -> dict:
    """geopy keyword arguments that narrow a search the way this provider can."""
    if provider == "nominatim":
        kw = {"addressdetails": True, "limit": CANDIDATES}
        if narrowing.countries:
            kw["country_codes"] = list(narrowing.countries)
        if narrowing.box:
            kw.update(viewbox=list(narrowing.box), bounded=True)
        return kw
    if provider == "photon":
        kw = {"limit": CANDIDATES}
        if narrowing.box:
            (s, w), (n, e) = narrowing.box
            kw.update(bbox=list(narrowing.box), location_bias=((s + n) / 2, (w + e) / 2))
        return kw
    # GeoNames: countries only; the distance check does the rest
    return {"country": list(narrowing.countries)} if narrowing.countries else {}


# --- answers -----------------------------------------------------------------------------------

def _short(*parts) -> str:
    return ", ".join(dict.fromkeys(p for p in parts if p))


def candidate(provider: str, location) -> Candidate:
    """One geopy Location → Candidate; the provider's raw JSON says country, rank and kind."""
    raw = location.raw or {}
    if provider == "nominatim":
        address = raw.get("address") or {}
        first = (raw.get("display_name") or location.address or "").split(",")[0].strip()
        score = raw.get("importance")
        return Candidate(location.latitude, location.longitude, _short(first, address.get("state") or address.get("country")),
                         score=float(score) if isinstance(score, (int, float)) else None,
                         country=(address.get("country_code") or "").lower() or None,
                         kind=_short(raw.get("class"), raw.get("type")).replace(", ", "=") or None,
                         ident=f"osm:{raw['osm_type']}/{raw['osm_id']}" if raw.get("osm_type") else None,
                         licence=raw.get("licence") or LICENCES[provider])
    if provider == "photon":
        props = raw.get("properties") or {}
        kind = f"{props['osm_key']}={props['osm_value']}" if props.get("osm_key") else None
        return Candidate(location.latitude, location.longitude, _short(props.get("name"), props.get("state") or props.get("country")),
                         country=(props.get("countrycode") or "").lower() or None, kind=kind,
                         ident=f"osm:{props['osm_type']}/{props['osm_id']}" if props.get("osm_type") else None,
                         licence=LICENCES[provider])
    return Candidate(location.latitude, location.longitude, _short(raw.get("name"), raw.get("adminName1") or raw.get("countryName")),
                     country=(raw.get("countryCode") or "").lower() or None, kind=raw.get("fcode"),
                     ident=f"geonames:{raw['geonameId']}" if raw.get("geonameId") else None, licence=LICENCES[provider])


# --- asking -------------------------------------------------------------------------------------

class OnlineFailure(GeocodeError):
    """One request failed; the run goes on with the other sites."""


def describe(error: Exception, settings: GeocoderSettings) -> tuple[str, bool]:
    """(what happened, in a person's words; whether to stop asking this provider for the run)."""
    label = settings.label
    cause = error.__cause__ if isinstance(error.__cause__, AdapterHTTPError) else None
    if isinstance(error, gexc.GeocoderRateLimited):
        wait = error.retry_after
        stop = wait is None or wait > settings.max_wait_seconds
        asked = f", asked to wait {wait:g} s" if wait is not None else ""
        return f"{label} refused: too many requests (HTTP 429{asked})" + ("; stopped asking it for this run" if stop else ""), stop
    if isinstance(error, (gexc.GeocoderAuthenticationFailure, gexc.GeocoderInsufficientPrivileges, gexc.GeocoderQuotaExceeded)):
        code = f" (HTTP {cause.status_code})" if cause else ""
        return (f"{label} refused access{code}: check geocoder.user_agent (name yourself) or your account; "
                "stopped asking it for this run"), True
    if cause is not None and cause.status_code >= 500:
        return f"{label} answered with a server error (HTTP {cause.status_code})", False
    if cause is not None:
        return f"{label} answered HTTP {cause.status_code}", False
    if isinstance(error, gexc.GeocoderTimedOut):
        return f"{label} timed out after {settings.timeout:g} s", False
    if isinstance(error, gexc.GeocoderUnavailable):
        what = "connection refused" if "refused" in str(error).lower() else "service unavailable"
        return f"{label} could not be reached ({what}); stopped asking it for this run", True
    if isinstance(error, UnexpectedAnswer):
        return f"{label} sent JSON of an unexpected shape", False
    if isinstance(error, gexc.GeocoderParseError):
        return f"{label} sent a response that is not valid JSON", False
    return f"{label} failed: {error}", False


class Online:
    """A provider asked through geopy's RateLimiter: at most one request per `min_delay_seconds`,
    max_retries=0 (a failed request is reported, never silently repeated). After a fault that
    will not pass by itself (connection refused, access refused, a long Retry-After) or three
    faults in a row, it stops asking for the rest of the run."""

    STOP_AFTER = 3

    def __init__(self, settings: GeocoderSettings, geocoder=None, sleep=time.sleep, clock=time.monotonic):
        self.settings = settings
        self.geocoder = geocoder or make_geocoder(settings)
        self._ask = RateLimiter(self.geocoder.geocode, min_delay_seconds=settings.min_delay_seconds,
                                max_retries=0, swallow_exceptions=False)
        self._sleep, self._clock = sleep, clock
        self._resume_at = 0.0
        self._faults = 0
        self.stopped: str | None = None
        self.requests = 0

    def search(self, query: str, narrowing: Narrowing) -> list[Candidate]:
        if self.stopped:
            raise OnlineFailure(f"{self.settings.label} not asked: {self.stopped}")
        wait = self._resume_at - self._clock()
        if wait > 0:  # honour the last 429's Retry-After before the next request
            self._sleep(wait)
        self.requests += 1
        try:
            found = self._ask(query, exactly_one=False, timeout=self.settings.timeout,
                              **search_kwargs(self.settings.provider, narrowing))
            out = [candidate(self.settings.provider, loc) for loc in found or []]
        except gexc.GeopyError as error:
            message, stop = describe(error, self.settings)
            if isinstance(error, gexc.GeocoderRateLimited) and not stop:
                self._resume_at = self._clock() + (error.retry_after or 0)
            self._fault(message, stop)
            raise OnlineFailure(message) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            message = f"{self.settings.label} sent JSON of an unexpected shape"
            self._fault(message, False)
            raise OnlineFailure(message) from None
        self._faults = 0
        return out

    def _fault(self, message: str, stop: bool) -> None:
        self._faults += 1
        if stop:
            self.stopped = message.split(";")[0]
        elif self._faults >= self.STOP_AFTER:
            self.stopped = f"{self._faults} faults in a row (last: {message})"


# --- mkdocs.yml ----------------------------------------------------------------------------------

class _TolerantLoader(__import__("yaml").SafeLoader):
    """mkdocs.yml may carry !!python/name: and !ENV tags (Material's emoji, env vars): read them as
    plain values, since only the geocoder's own options are wanted here."""


def _any_tag(loader, suffix, node):
    import yaml
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_TolerantLoader.add_multi_constructor("", _any_tag)


def settings_from_mkdocs(path, base: GeocoderSettings | None = None) -> GeocoderSettings:
    """The `geocoder:` option of the heritage plugin in mkdocs.yml; defaults when there is none."""
    import yaml
    from pathlib import Path
    path = Path(path)
    if not path.is_file():
        return base or GeocoderSettings()
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except yaml.YAMLError as exc:
        raise SettingsError(f"cannot read {path.name}: {exc}", path) from None
    for plugin in (doc.get("plugins") or []) if isinstance(doc, dict) else []:
        if isinstance(plugin, dict) and isinstance(plugin.get("heritage"), dict):
            try:
                return settings_from_mapping(plugin["heritage"].get("geocoder"), base)
            except SettingsError as exc:
                raise SettingsError(f"plugins: heritage: {exc.message}", path, hint=exc.hint) from None
    return base or GeocoderSettings()
