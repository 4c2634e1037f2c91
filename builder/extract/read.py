"""Article files → Article: plain text, CNN/DailyMail .story files, saved HTML pages.

Every failure is an InputError naming the file and saying what to do; never a traceback.
"""
from __future__ import annotations

import codecs
import datetime as dt
import re
from pathlib import Path

from ..errors import InputError
from .model import Article

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Size limits, so a huge input is refused at once rather than extracted for minutes (the extractor's
# time grows faster than the length: ~1 s for 20,000 characters, ~9 s for 100,000). The longest news
# features run to ~60,000 characters; a saved HTML page carries scripts and styles besides its text.
MAX_FILE_BYTES = 5_000_000
MAX_TEXT_CHARS = 150_000
HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<!--|<meta|<article|<div|<p[\s>])", re.I)


def decode(data: bytes, path: Path) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data.decode(codec)
    if b"\x00" in data[:4096]:
        raise InputError("this is a binary file, not an article", path,
                         hint="give a text, .story or saved .html file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # slow import, only for non-UTF-8 files
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("unknown text encoding", path, hint="save the article as UTF-8 and try again")
    return str(best)


def read_html(raw: str, path: Path) -> Article:
    import trafilatura  # heavy import, only for HTML input
    text = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_precision=True)
    if not text or len(text.split()) < 20:
        raise InputError("no article text found in this HTML page", path,
                         hint="save the article's own page (not an index or a login page), or paste its text into a .txt file")
    # one line per paragraph in trafilatura's output; blank lines make them paragraphs for the splitter
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    meta = trafilatura.extract_metadata(raw)
    title = getattr(meta, "title", None) if meta else None
    described = html_description(meta)
    published = None
    date = getattr(meta, "date", None) if meta else None
    if date:
        try:
            published = dt.date.fromisoformat(str(date)[:10])
        except ValueError:
            published = None
    return Article(text=text, title=title, published=published, kind="html", **described)


def html_description(meta) -> dict:
    """Publisher, author and URL from trafilatura's metadata (Open Graph, JSON-LD, <meta> tags):
    the site's own name, else its host name; the canonical URL when it is http(s)."""
    if meta is None:
        return {}
    publisher = _clean(getattr(meta, "sitename", None)) or _clean(getattr(meta, "hostname", None))
    if publisher and publisher.startswith("www."):
        publisher = publisher[4:]
    url = _clean(getattr(meta, "url", None))
    return {"publisher": publisher, "author": _clean(getattr(meta, "author", None)),
            "url": url if url and re.match(r"^https?://", url) else None}


def _clean(value) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


_BYLINE = re.compile(r"^By\s+([A-Z][\w.'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]*){0,5})\s*$")
_NOT_TITLES = re.compile(r"^(?:story highlights|\(?cnn\)?\s*[—–-]*|updated?\b.*|by\s.*|photo:.*)$", re.I)


def headline(text: str) -> str | None:
    """The headline of a plain-text article: a short line before the body, capitalised, and not a
    sentence (no closing full stop). The first line when it is one. Below a masthead in capitals and
    its labels ("THE DAILY STAR", "Tuesday edition"), the one such line after the masthead's block,
    a headline in capitals put in sentence case; if there are several, none (a sender's address and
    a headline cannot be told apart: the file name serves)."""
    lines = [line.strip() for line in text.strip().splitlines()]
    body = next((i for i, line in enumerate(lines) if len(line.split()) >= 20), len(lines))
    if len(" ".join(lines[body:]).split()) < 20:
        return None
    if _reads_as_headline(lines[0]):
        return lines[0]
    if not _shouted(lines[0]):
        return None
    masthead = lines.index("", 0, body) if "" in lines[:body] else body
    below = [line for line in lines[masthead:body] if _reads_as_headline(line, shouted=True)]
    if below:
        return _sentence_case(below[0], " ".join(lines[body:])) if len(below) == 1 else None
    # the headline inside the masthead's block: its one line not in capitals and longer than a label
    heads = [line for line in lines[1:masthead] if _reads_as_headline(line) and len(line.split()) >= 4]
    return heads[0] if len(heads) == 1 else None


def _reads_as_headline(line: str, shouted: bool = False) -> bool:
    words = line.split()
    return (2 <= len(words) <= 20 and len(line) <= 160 and line[-1] not in ".,;:" and line[0].isupper()
            and (not _shouted(line) or shouted and len(words) >= 4)  # "KEY POINTS" heads a section
            and not _NOT_TITLES.match(line) and not _BYLINE.match(line))


def _shouted(line: str) -> bool:
    """Opens in capitals, as mastheads and labels do: "HERITAGE BULLETIN — South Asia desk"."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return bool(words) and all(w.isupper() for w in words[:2]) and (len(words) > 1 or len(words[0]) > 3)


def _sentence_case(line: str, body: str) -> str:
    """A headline in capitals as a title is written: each word as the body writes it inside a
    sentence ("York Minster", "UNESCO", "the roof"), lower case if the body does not have it."""
    if not line.isupper():
        return line
    inside = {}  # lower-cased word -> its most frequent spelling after another word
    for word in re.findall(r"(?<=[\w,;] )[^\W\d_][\w'’-]*", body):
        inside.setdefault(word.lower(), []).append(word)
    def spelled(match):
        seen = inside.get(match.group(0).lower())
        return max(set(seen), key=seen.count) if seen else match.group(0).lower()
    out = re.sub(r"[^\W\d_][\w'’-]*", spelled, line)
    return out[:1].upper() + out[1:]


def byline(text: str) -> str | None:
    """'By Jane Smith' on a line of its own near the top of a plain-text article."""
    for line in text.strip().splitlines()[:6]:
        match = _BYLINE.match(line.strip())
        if match:
            return match.group(1)
    return None


def read_story(raw: str) -> Article:
    """A .story file: body, then '@highlight' lines each followed by one bullet."""
    body, _, rest = raw.partition("@highlight")
    bullets = tuple(b.strip() for b in re.split(r"@highlight", "@highlight" + rest) if b.strip())
    return Article(text=raw, title=None, published=None, highlights=bullets if rest or bullets else (), kind="story")


def read_article(path: Path | str) -> Article:
    path = Path(path)
    try:
        size = path.stat().st_size if path.is_file() else 0
        if size > MAX_FILE_BYTES:
            raise InputError(f"the file is too large for one article ({size / 1e6:.1f} MB; the limit is "
                             f"{MAX_FILE_BYTES / 1e6:g} MB)", path, hint="split it into its articles, one file each")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path, hint="check the path") from None
    except IsADirectoryError:
        raise InputError("is a folder, not an article file", path, hint="give one article file") from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", path, hint="check its permissions") from None
    if not data.strip():
        raise InputError("the file is empty", path, hint="give a file that holds the article's text")
    text = decode(data, path)
    if not text.strip():
        raise InputError("the file holds no text", path, hint="give a file that holds the article's text")
    if _control_ratio(text) > 0.05:
        raise InputError("this looks like a binary file, not an article", path,
                         hint="give a text, .story or saved .html file")
    if path.suffix.lower() in (".html", ".htm", ".xhtml") or HTML_START.match(text.encode("utf-8", "ignore")[:2000]):
        return _within_limit(read_html(text, path), path)
    if "\n@highlight" in text or path.suffix.lower() == ".story":
        return _within_limit(read_story(text), path)
    return _within_limit(Article(text=text, title=headline(text), published=None, kind="text", author=byline(text)), path)


def _within_limit(article: Article, path: Path) -> Article:
    if len(article.text) > MAX_TEXT_CHARS:
        raise InputError(f"the article is too long ({len(article.text):,} characters; the limit is {MAX_TEXT_CHARS:,})",
                         path, hint="split it into its articles, or keep the part about the site")
    return article


def _control_ratio(text: str) -> float:
    sample = text[:5000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / max(1, len(sample))
