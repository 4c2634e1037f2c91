"""YAML in and out of content/.

Reading uses PyYAML's C parser (fast enough for thousands of files) and keeps the line of every
mapping and key, so a problem can name `path:line`. Writing goes through ruamel.yaml's round trip,
which keeps a person's comments, quotes and key order, and lands atomically.
"""
from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any, Callable

import yaml
from ruamel.yaml import YAML

from ..errors import ContentError, Problem
from .transaction import write_files

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    """A mapping that remembers the 1-based line of itself and of each key."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0


class _LineLoader(_Base):
    """Safe loader with lines; dates stay strings: YAML 1.1 would turn 2016-03-27 into a date
    and 0216 or -0611 into octal numbers, and EDTF needs the text as written."""


_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_LEADING_ZERO = re.compile(r"^[-+]?0\d")


_STR = "tag:yaml.org,2002:str"
_Scalar = yaml.ScalarNode


def _construct(loader, node):
    # Most values are plain strings: take them straight from the node, as construct_yaml_str
    # would, without construct_object's bookkeeping (a third of loading a site file).
    if node.tag == _STR and type(node) is _Scalar:
        return node.value
    return loader.construct_object(node, deep=True)


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = key_lines = {}
    for key_node, value_node in node.value:
        key = _construct(loader, key_node)
        if not isinstance(key, (str, int, float, bool, type(None))):
            raise yaml.constructor.ConstructorError(None, None, "a key must be a plain word, not a list or mapping",
                                                    key_node.start_mark)
        out[key] = _construct(loader, value_node)
        key_lines[key] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader, node):
    out = LineList([_construct(loader, child) for child in node.value])
    out.line = node.start_mark.line + 1
    return out


def _construct_int(loader, node):
    value = loader.construct_scalar(node)
    if _LEADING_ZERO.match(value):  # a year such as 0216 or -0611, not an octal number
        return value
    return yaml.SafeLoader.construct_yaml_int(loader, node)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def parse_yaml(text: str, path: str) -> tuple[Any, list[Problem]]:
    """Parse one document; a syntax error becomes a Problem at its line, never an exception."""
    try:
        return yaml.load(text, Loader=_LineLoader), []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        what = " ".join(filter(None, [exc.context, exc.problem]))
        return None, [Problem(path, line, f"YAML syntax error: {what}", "fix the indentation or quoting on that line", code="yaml")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, 0, f"YAML error: {exc}", code="yaml")]
    except RecursionError:  # a document nested thousands deep
        return None, [Problem(path, 0, "YAML nested too deeply", "flatten the file", code="yaml")]


def read_yaml(path: Path, shown: str | None = None) -> tuple[Any, list[Problem]]:
    shown = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(shown, 0, f"not UTF-8 text ({exc.reason} at byte {exc.start})", "save the file as UTF-8")]
    return parse_yaml(text, shown)


# --- writing -------------------------------------------------------------------------------

def _round_trip() -> YAML:
    rt = YAML()
    rt.preserve_quotes = True
    rt.width = 4096  # never fold a quote across lines
    rt.indent(mapping=2, sequence=4, offset=2)
    return rt


def load_round_trip(path: Path):
    """The document as ruamel's commented map, for edits that keep comments and order."""
    try:
        return _round_trip().load(path.read_text(encoding="utf-8"))
    except Exception as exc:  # ruamel raises many kinds; all mean the same to a person
        line = getattr(getattr(exc, "problem_mark", None), "line", -1) + 1
        raise ContentError(f"cannot read YAML: {getattr(exc, 'problem', exc)}", path, line,
                           "fix the file by hand first; nothing was written") from None


def dump_round_trip(data) -> str:
    buf = io.StringIO()
    _round_trip().dump(data, buf)
    return buf.getvalue()


def atomic_write(path: Path, text: str, root: Path | None = None) -> None:
    """Write one file crash-safely (builder.content.transaction): readers see old or new, never half;
    with `root`, the path must stay inside it. An OS error becomes one ContentError naming the file."""
    write_files({Path(path): text}, root)


def update_yaml(path: Path, edit: Callable[[Any], None], root: Path | None = None) -> tuple[str, str]:
    """Apply `edit` to the round-trip document at `path` and write it back atomically.

    Returns (old_text, new_text); nothing is written when they are equal.
    """
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    data = load_round_trip(path) if old else None
    if data is None:
        from ruamel.yaml.comments import CommentedMap
        data = CommentedMap()
    edit(data)
    new = dump_round_trip(data)
    if old and old.startswith("# yaml-language-server") and not new.startswith("# yaml-language-server"):
        new = old.splitlines(keepends=True)[0] + new  # ruamel drops a comment above an empty doc
    if new != old:
        atomic_write(path, new, root)
    return old, new
