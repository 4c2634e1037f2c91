"""YAML in and out of content/.

Reading uses PyYAML's C parser (fast enough for thousands of files) and keeps the line of every
mapping and key, so a problem can name `path:line`. Writing goes through ruamel.yaml's round trip,
which keeps a person's comments, quotes and key order, and lands atomically.
"""
from __future__ import annotations

import io
import operator
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

    plain_tree = plain_keys = False  # set by parse_yaml from the text (no anchors; no merge keys)


_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_LEADING_ZERO = re.compile(r"^[-+]?0\d")

# The C parser asks the (Python) resolver for the tag of every node: a fifth of parsing. A quoted
# scalar, or a plain one whose first character no implicit resolver (bool, int, float, null,
# merge, value) looks at, is a string; a short one is answered from what was found for it before
# (keys and enum values repeat in every file). The same tags as Resolver.resolve.
_RESOLVED_FIRST = frozenset(_LineLoader.yaml_implicit_resolvers)
_STR = "tag:yaml.org,2002:str"
_MAP, _SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_Scalar, _Mapping, _Sequence = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
_RESOLVED: dict[str, str] = {}
_RESOLVE_FAST = None not in _RESOLVED_FIRST  # no resolver for every first character


def _resolve(loader, kind, value, implicit):
    if kind is _Scalar:
        if _RESOLVE_FAST and not loader.yaml_path_resolvers:
            if not implicit[0] or value[:1] not in _RESOLVED_FIRST:
                return _STR
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = _Base.resolve(loader, kind, value, implicit)
                if len(value) <= 24 and len(_RESOLVED) < 20_000:
                    _RESOLVED[value] = tag
            return tag
    elif not loader.yaml_path_resolvers:  # Resolver.resolve's answer for a collection, without the call
        if kind is _Mapping:
            return _MAP
        if kind is _Sequence:
            return _SEQ
    return _Base.resolve(loader, kind, value, implicit)


_LineLoader.resolve = _resolve

# The C parser calls descend_resolver and ascend_resolver around every node (2.7 million calls at
# 10,000 sites); without path resolvers both return at once (resolver.BaseResolver). With none
# registered on this loader, a builtin that takes their arguments and does nothing stands in.
if not _LineLoader.yaml_path_resolvers:
    _LineLoader.descend_resolver = staticmethod(operator.is_)  # (node, index) -> ignored
    _LineLoader.ascend_resolver = staticmethod(tuple)  # () -> ignored


def _construct(loader, node):
    # Most values are plain strings: take them straight from the node, as construct_yaml_str
    # would, without construct_object's bookkeeping (a third of loading a site file).
    tag = node.tag
    if tag == _STR and type(node) is _Scalar:
        return node.value
    if loader.plain_tree:  # no node is met twice (no anchors): its bookkeeping has nothing to do
        if tag == _MAP and type(node) is _Mapping:
            return _construct_mapping(loader, node)
        if tag == _SEQ and type(node) is _Sequence:
            return _construct_sequence(loader, node)
    return loader.construct_object(node, deep=True)


class _Refused(Exception):
    """A document the loader will not make objects from; becomes one Problem at `line`."""

    def __init__(self, line: int, message: str, hint: str, code: str):
        super().__init__(message)
        self.line, self.message, self.hint, self.code = line, message, hint, code


def _nested(construct):
    """Count how deep collections nest while they are made: a 500-deep list would otherwise end
    in a RecursionError with no line, and anything past MAX_DEPTH is a mistake or an attack."""
    def guarded(loader, node):
        loader.depth = depth = getattr(loader, "depth", 0) + 1
        if depth > MAX_DEPTH:
            raise _Refused(node.start_mark.line + 1, f"nested more than {MAX_DEPTH} levels deep",
                           "flatten the file: a site file needs five levels", "depth")
        try:
            return construct(loader, node)
        finally:
            loader.depth = depth - 1
    return guarded


@_nested
def _construct_mapping(loader, node):
    own = node.value
    if not loader.plain_keys:  # a `<<` or `=` key may be there
        loader.flatten_mapping(node)  # puts `<<: *base` entries first; a person's own keys may override those
    merged = len(node.value) - len(own)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = key_lines = {}
    own_lines = key_lines if not merged else {}
    for index, (key_node, value_node) in enumerate(node.value):
        key = _construct(loader, key_node)
        if not isinstance(key, (str, int, float, bool, type(None))):
            raise yaml.constructor.ConstructorError(None, None, "a key must be a plain word, not a list or mapping",
                                                    key_node.start_mark)
        line = key_node.start_mark.line + 1
        if index >= merged:  # YAML would keep the last value silently; the parser's marks say where both are
            if key in own_lines:
                loader.duplicates.append((line, key_node.value, own_lines[key]))  # as written
            own_lines[key] = line
        out[key] = _construct(loader, value_node)
        key_lines[key] = line
    return out


@_nested
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


MAX_DEPTH = 32  # a site file nests 5 deep (events → evidence → fields); libyaml alone allows 1000
_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s,\[\]{}]", re.M)  # `&name` at a token start: the text may hold aliases


def _lone_equals(text: str) -> bool:
    """Whether an "=" stands as a token of its own (after a line start, white space or [{,?:- and
    before white space, ,]}: or the end): maybe a value key. Looked for at each "=" only: every
    site file has one, in its schema comment's URL, and a regex trying every position of every
    file was a tenth of loading them."""
    at = text.find("=")
    while at != -1:
        before, after = text[at - 1:at] if at else "", text[at + 1:at + 2]
        if (not before or before.isspace() or before in "[{,?:-") and (not after or after.isspace() or after in ",]}:"):
            return True
        at = text.find("=", at + 1)
    return False


def _children(node, line: int):
    """(child, line to report it at) in document order. An alias node carries its anchor's mark,
    not its own: a mapping value is reported at its key, a list item at the list."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            key_line = key.start_mark.line + 1
            yield key, key_line
            yield value, key_line
    elif isinstance(node, yaml.SequenceNode):
        for child in node.value:
            yield child, line


def check_aliases(root, path: str, limit: int) -> list[Problem]:
    """Aliases that refer to their own container (a loop), or that expand the document past `limit`
    characters or MAX_DEPTH levels: a "billion laughs" file is a few hundred bytes that expand to
    gigabytes. Runs on the parser's node graph before any object is made; one walk, no recursion:
    each node is visited once, and an alias (a node met again) adds its size and height, known
    from its first visit."""
    size: dict[int, int] = {}  # id(node) -> characters once expanded
    height: dict[int, int] = {}  # id(node) -> collections nested in it, itself included
    expanded = 0
    open_ids = {id(root)}
    stack = [(root, _children(root, root.start_mark.line + 1), 1)]

    def refused(line: int, message: str, code: str) -> list[Problem]:
        return [Problem(path, line, message, "write the values out instead of using *aliases", code=code)]

    while stack:
        node, children, depth = stack[-1]
        step = next(children, None)
        if step is None:
            stack.pop()
            open_ids.discard(id(node))
            kids = [k for k, _ in _children(node, 0)]
            size[id(node)] = 1 + sum(size[id(k)] for k in kids)
            height[id(node)] = 1 + max((height[id(k)] for k in kids), default=0)
            continue
        child, line = step
        if id(child) in open_ids:
            return refused(line, "an alias refers to the mapping or list it is in (a loop)", "alias")
        if id(child) in size:  # met before: an alias
            expanded += size[id(child)]
            if expanded > limit:
                return refused(line, f"aliases expand the file past {limit / 1024 / 1024:g} MB", "alias")
            if depth + height[id(child)] > MAX_DEPTH:
                return refused(line, f"aliases nest the file more than {MAX_DEPTH} levels deep", "depth")
            continue
        if isinstance(child, yaml.ScalarNode):
            size[id(child)], height[id(child)] = len(child.value) + 1, 0
            continue
        open_ids.add(id(child))
        stack.append((child, _children(child, child.start_mark.line + 1), depth + 1))
    return []


def parse_yaml(text: str, path: str, limit: int = 4 * 1024 * 1024) -> tuple[Any, list[Problem]]:
    """Parse one document; a syntax error becomes a Problem at its line, never an exception.

    Returns (None, problems) when the file cannot be used at all, and (document, problems) when
    it can despite them (a duplicate key: the document is what YAML makes of it)."""
    loader = _LineLoader(text)
    loader.duplicates = []
    # without "&" the document holds no anchor, so no alias: each node is made once, as it is met;
    # without "<<" or a lone "=", no merge or value key for flatten_mapping to act on
    loader.plain_tree = "&" not in text
    loader.plain_keys = "<<" not in text and not _lone_equals(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, []
        if "&" in text and _ANCHOR.search(text):
            refused = check_aliases(node, path, limit)
            if refused:
                return None, refused
        doc = loader.construct_document(node)
        return doc, [Problem(path, line, f"duplicate key '{key}' (also on line {first}): YAML keeps only this one "
                                         "and silently drops the first",
                             "keep one of the two, with what the other said merged into it", code="duplicate-key")
                     for line, key, first in loader.duplicates]
    except _Refused as exc:
        return None, [Problem(path, exc.line, exc.message, exc.hint, code=exc.code)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = " ".join(filter(None, [exc.context, exc.problem]))
        return None, [Problem(path, line, f"YAML syntax error: {what}", "fix the indentation or quoting on that line", code="yaml")]
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow; it knows the offset only
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        return None, [Problem(path, line, f"character #x{exc.character:04x} is not allowed in YAML ({exc.reason})",
                              "delete it or write it as an escape in double quotes, e.g. \"\\x07\"", code="yaml")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, 1, f"YAML error: {exc}", code="yaml")]
    except RecursionError:  # not expected within MAX_DEPTH; kept as a last guard
        return None, [Problem(path, 1, "YAML nested too deeply", "flatten the file", code="yaml")]
    finally:
        loader.dispose()


def decode(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 text, or a problem at the line of the first byte that is not UTF-8."""
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [Problem(path, line, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {column}: {exc.reason})",
                              "save the file as UTF-8", code="encoding")]


def read_yaml(path: Path, shown: str | None = None) -> tuple[Any, list[Problem]]:
    """A YAML file outside the loader's checks (benchmarks, tools): decoded and parsed."""
    shown = shown or str(path)
    text, problems = decode(path.read_bytes(), shown)
    return (None, problems) if text is None else parse_yaml(text, shown)


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
