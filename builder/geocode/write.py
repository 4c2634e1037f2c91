"""Write a resolved location into a site's YAML: only where none is, keeping the person's comments
and key order, atomically (builder.content.yamlio.update_yaml)."""
from __future__ import annotations

from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.tokens import CommentToken

from ..content.yamlio import update_yaml

ORDER = ("lat", "lon", "source", "provider", "query", "date", "precision", "note", "alternatives")
AFTER = ("name", "names", "kind", "part_of")  # `location:` goes after the last of these present


def location_map(location: dict) -> CommentedMap:
    """The location as ruamel writes it: schema key order, no empty keys, alternatives as flow maps."""
    out = CommentedMap()
    for k in ORDER:
        value = location.get(k)
        if value in (None, "", [], ()):
            continue
        if k == "alternatives":
            seq = CommentedSeq()
            for alt in value:
                item = CommentedMap((a, alt[a]) for a in ("lat", "lon", "note") if alt.get(a) is not None)
                item.fa.set_flow_style()
                seq.append(item)
            value = seq
        out[k] = value
    return out


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def hand_written(doc) -> str | None:
    """What a person wrote under `location:` that is not a usable location, said in a few words, or
    None (no location, an empty one, or a good one). Geocode never replaces such a value: a note
    or a half-written location is theirs to finish."""
    loc = doc.get("location") if isinstance(doc, dict) else None
    if loc in (None, "", {}):
        return None
    if not isinstance(loc, dict):
        kind = "a list" if isinstance(loc, list) else "a number" if _number(loc) else "text"
        return f"location is {kind}, not lat: and lon: ({str(loc)[:60]!r})"
    missing = [k for k in ("lat", "lon") if not _number(loc.get(k))]
    return f"location has no number for {' and '.join(missing)}" if missing else None


def _has_location(doc) -> bool:
    """Anything a person wrote under `location:` counts, a malformed one included."""
    return isinstance(doc, dict) and doc.get("location") not in (None, "", {})


def _tail(node):
    """(comment slots, index) of the comment ruamel prints after `node`'s last line, or None.

    ruamel hangs the comment lines that follow a value on the deepest last key of that value;
    a flow-style node ({lat: 1, lon: 2}) is one line and keeps no slot of its own."""
    if getattr(getattr(node, "fa", None), "flow_style", lambda: False)():
        return None
    if isinstance(node, CommentedMap) and node:
        last = list(node.keys())[-1]
        return _tail(node[last]) or (node.ca.items.setdefault(last, [None, None, None, None]), 2)
    if isinstance(node, CommentedSeq) and node:
        last = len(node) - 1
        return _tail(node[last]) or (node.ca.items.setdefault(last, [None, None]), 0)
    return None


def _insert_keeping_comments(doc: CommentedMap, at: int, key: str, value: CommentedMap) -> None:
    """Insert `key` at position `at`. Comment lines a person wrote above the next key hang on the
    previous one in ruamel; they are moved below the new value so they stay above that next key."""
    if at > 0:
        prev = list(doc.keys())[at - 1]
        slots, index = _tail(doc[prev]) or (doc.ca.items.get(prev), 2)
        token = slots[index] if slots and len(slots) > index else None
        if token is not None and "\n" in token.value:
            head, rest = token.value.split("\n", 1)
            if rest.strip():
                token.value = head + "\n"  # the end-of-line comment stays where it was
                new_slots, new_index = _tail(value)
                new_slots[new_index] = CommentToken("\n" + rest, token.start_mark, None)
    doc.insert(at, key, value)


def write_location(path: Path, location: dict, root: Path | None = None) -> bool:
    """Add `location:` to the site file at `path`; False (nothing written) when the file already has
    one, even a malformed one, e.g. a person wrote it while the run was going on: theirs wins."""
    wrote = False

    def edit(doc):
        nonlocal wrote
        if _has_location(doc):
            return
        value = location_map(location)
        if "location" in doc:  # `location:` left empty by a person: fill it where it stands
            doc["location"] = value
        else:
            keys = list(doc.keys())
            at = max((keys.index(k) + 1 for k in AFTER if k in doc), default=len(keys))
            _insert_keeping_comments(doc, at, "location", value)
        wrote = True

    update_yaml(Path(path), edit, root)
    return wrote
