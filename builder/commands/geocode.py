"""`heritage geocode`: fill in the location of sites that lack one, through the resolution chain.

A thin shell over builder.geocode: reads content/, runs the chain, writes each location as soon as
it is found and each online answer to the cache as soon as it comes (so an interrupted run loses
nothing and the next one resumes), then prints a summary. Exit 0 when it ran, even with
unresolved sites; bad input raises a HeritageError, which the CLI's edge turns into exit 2.
"""
from __future__ import annotations

import difflib
from collections import Counter
from datetime import date
from pathlib import Path

from ..content.load import load
from ..content.lock import writing
from ..content.paths import check_id, site_path
from ..content.transaction import WriteError
from ..content.yamlio import read_yaml
from ..errors import HeritageError
from ..geocode.cache import FILE_NAME, GeocodeCache
from ..geocode.chain import Chain
from ..geocode.errors import GeocodeError, UnknownSiteError
from ..geocode.gazetteer import EmbeddedGazetteer
from ..geocode.providers import PROVIDERS, Online, settings_from_mapping, settings_from_mkdocs
from ..geocode.write import hand_written, write_location

LINKS = (("located", "had a location (kept)"), ("gazetteer", "embedded gazetteer"), ("cache", "geocode cache"),
         ("geocoder", "online geocoder"), ("unresolved", "unresolved"), ("failed", "failed (nothing written)"),
         ("malformed", "malformed location (kept as written)"))


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "geocode", help="fill in missing site locations (gazetteer, cache; online with --online)",
        description="Fill in the location of every site (or the SITEs named) that lacks one: a location a "
                    "person wrote always wins; then the embedded gazetteer, the geocode cache "
                    f"(CONTENT/{FILE_NAME}), and only with --online a geocoder (Nominatim by default, "
                    "1 request/s, answers cached). Every answer is checked (distance from the parent site, "
                    "country, swapped or (0, 0) coordinates, ambiguity) before it is written.")
    p.add_argument("sites", nargs="*", metavar="SITE", help="site ids (file names in content/sites/); default: all")
    p.add_argument("--online", action="store_true", help="ask the online geocoder for what the gazetteer and cache lack")
    p.add_argument("--provider", choices=sorted(PROVIDERS), help="online geocoder (default: mkdocs.yml's, else nominatim)")
    p.add_argument("--domain", help="geocoder host, e.g. nominatim.example.org or 127.0.0.1:8080")
    p.add_argument("--scheme", choices=("http", "https"))
    p.add_argument("--user-agent", help="who is asking (Nominatim's policy wants a contact)")
    p.add_argument("--username", help="GeoNames account name")
    p.add_argument("--country", action="append", metavar="CC", help="ISO country code to search in and check (repeatable)")
    p.add_argument("--max-distance-km", type=float, help="how far a site may lie from its parent (default 5)")
    p.add_argument("--timeout", type=float, help="seconds to wait for one answer (default 10)")
    p.add_argument("--content", default="content", help="the content folder (default: content)")
    p.add_argument("--cache", help=f"the cache file (default: CONTENT/{FILE_NAME})")
    p.add_argument("--config", help="mkdocs.yml to read the plugin's geocoder options from (default: beside CONTENT)")
    p.add_argument("--dry-run", action="store_true", help="say what would be done; write nothing")
    p.set_defaults(func=run)


def _settings(args, content: Path):
    config = Path(args.config) if args.config else content.resolve().parent / "mkdocs.yml"
    if args.config and not config.is_file():
        raise GeocodeError(f"{config} not found", hint="pass --config PATH/mkdocs.yml, or leave it out")
    base = settings_from_mkdocs(config)
    flags = {"provider": args.provider, "domain": args.domain, "scheme": args.scheme, "user_agent": args.user_agent,
             "username": args.username, "countries": args.country, "max_distance_km": args.max_distance_km,
             "timeout": args.timeout}
    return settings_from_mapping({k: v for k, v in flags.items() if v is not None}, base)


def _malformed(content: Path, sites, targets) -> dict[str, str]:
    """Sites whose hand-written `location:` is not usable: reported and left alone, never replaced."""
    found = {}
    for sid in targets:
        if sites[sid].location is None:
            doc, problems = read_yaml(site_path(content, sid))
            why = None if problems else hand_written(doc)
            if why:
                found[sid] = why
    return found


def run(args, out=print, make_online=Online) -> int:
    """Run the chain over content/; `make_online(settings)` builds the online asker (tests pass a faster one)."""
    content = Path(args.content)
    for sid in args.sites:
        check_id(sid, "site id")
    if not (content / "sites").is_dir():
        raise GeocodeError(f"no sites/ folder in {content}", hint="pass --content DIR, the folder holding sites/")
    settings = _settings(args, content)
    if args.dry_run:
        return _run(args, content, settings, out, make_online)
    with writing(content):  # one writer at a time; an interrupted change is completed first
        return _run(args, content, settings, out, make_online)


def _run(args, content: Path, settings, out, make_online) -> int:
    loaded = load(content)
    sites = loaded.kb.sites
    targets = list(args.sites) or sorted(sites)
    for sid in targets:
        if sid not in sites:
            close = difflib.get_close_matches(sid, list(sites), n=1)
            broken = [p for p in loaded.problems if Path(p.path).stem == sid]
            hint = (f"{broken[0]} must be fixed first" if broken else
                    f"did you mean {close[0]}?" if close else f"site ids are the file names in {content / 'sites'}")
            raise UnknownSiteError(f"unknown site id '{sid}'", hint=hint)
    cache = GeocodeCache.load(Path(args.cache) if args.cache else content / FILE_NAME)
    online = make_online(settings) if args.online else None
    chain = Chain(EmbeddedGazetteer(), cache, settings, online, today=date.today().isoformat())

    mode = f"online: {settings.label} at most 1 request/s" if online else "offline: gazetteer and cache; --online asks " + settings.label
    out(f"Geocoding {len(targets)} site(s) in {content} ({mode}){' (dry run: nothing written)' if args.dry_run else ''}")
    if loaded.problems:
        out(f"  note: {len(loaded.problems)} problem(s) in {content}; `heritage check` lists them")
    counts, by_link, kept = Counter(), {}, Counter()
    malformed = _malformed(content, sites, targets)
    for sid, why in malformed.items():
        counts["malformed"] += 1
        by_link.setdefault("malformed", []).append(sid)
        out(f"  {sid}: {why}; kept as written, not geocoded")
    for outcome in chain.run(loaded.kb, [sid for sid in targets if sid not in malformed]):
        link, message = outcome.link, outcome.message
        if cache.dirty and not args.dry_run:
            cache.save()  # the answer first, then the location: an interrupted run resumes from the cache
        if outcome.location and not args.dry_run:
            link, message = _write(outcome, content)
        if link == "located" and sites[outcome.site_id].location:
            kept[sites[outcome.site_id].location.source] += 1
        counts[link] += 1
        by_link.setdefault(link, []).append(outcome.site_id)
        out(f"  {message}" + (f"\n      → {outcome.hint}" if outcome.hint and link == "unresolved" else ""))
    out(_summary(counts, by_link, kept, settings, bool(online), online))
    return 0


def _write(outcome, content: Path) -> tuple[str, str]:
    """Write a found location into its site's file; (link, message) of what happened."""
    try:
        if not write_location(site_path(content, outcome.site_id), outcome.location, content):
            return "located", f"{outcome.site_id}: a location appeared in the file meanwhile; kept it"
    except WriteError:
        raise  # a full disk or a read-only folder stops the run: the next write would fail too
    except HeritageError as exc:  # this file cannot be written; the others still can
        return "failed", f"{outcome.site_id}: cannot write: {exc}; nothing written"
    return outcome.link, outcome.message


def place_offline(content: Path, site_ids) -> list[str]:
    """Locate these sites from the embedded gazetteer and the geocode cache only (no network), with
    the same checks and rules (mkdocs.yml's `geocoder:`) as `heritage geocode`; for ingest, whose new
    sites often carry a Wikidata or Pleiades id the gazetteer places exactly. Writes each location
    found; returns one message per site placed. Call it holding the content lock."""
    kb = load(content).kb
    targets = [sid for sid in site_ids if sid in kb.sites and kb.sites[sid].location is None]
    if not targets:
        return []
    settings = settings_from_mkdocs(content.resolve().parent / "mkdocs.yml")
    cache = GeocodeCache.load(content / FILE_NAME)
    chain = Chain(EmbeddedGazetteer(), cache, settings, None, today=date.today().isoformat())
    placed = []
    for outcome in chain.run(kb, targets):
        if outcome.location:
            link, message = _write(outcome, content)
            if link in ("gazetteer", "cache"):
                placed.append(message)
    return placed


def _summary(counts, by_link, kept, settings, online_on: bool, online) -> str:
    lines = [f"Summary: {sum(counts.values())} site(s)"]
    for link, label in LINKS:
        n = counts.get(link, 0)
        if link == "geocoder":
            label += f" ({settings.label}: {str(online.requests) + ' request(s)' if online else 'not asked'})"
        extra = ""
        if link == "located" and kept:
            extra = " (" + ", ".join(f"{k} {v}" for k, v in sorted(kept.items())) + ")"
        elif link in ("unresolved", "failed", "malformed") and n:
            extra = ": " + ", ".join(by_link[link])
        lines.append(f"  {label:<40} {n:>4}{extra}")
    if counts.get("unresolved"):
        lines.append("What to do for an unresolved site: write `location: {lat: .., lon: .., source: manual}` in its "
                     "file (content/sites/ID.yml)" + ("" if online_on else ", or run `heritage geocode ID --online`"))
    if counts.get("malformed"):
        lines.append("What to do for a malformed location: finish it by hand as `location: {lat: .., lon: .., note: ..}` "
                     "(numbers for lat and lon), or delete it to let geocode fill it in")
    if counts.get("failed"):
        lines.append("What to do for a failed site: run the same command again later; written locations and cached "
                     "answers are kept, so it resumes where it stopped")
    return "\n".join(lines)
