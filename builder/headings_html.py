"""Generated pages turned into HTML without a Python-Markdown run for each page.

After the raw HTML blocks are set aside (render/passthrough.py), a generated page's Markdown is
a few headings whose text `md_text` made (letters, digits, single spaces and numeric character
references: nothing any inline pattern reads). Yet Python-Markdown costs a quarter of a
millisecond a page just to set up and run its pipeline over them: 15% of a 10,000-site build.

Here each distinct heading text goes through Python-Markdown once, with the project's own
extensions, and what its toc extension makes of it (inner HTML, name) is remembered; a page is
then its blocks joined as Python-Markdown joins them (a line break between blocks, a blank line
after raw HTML), each heading given the id the toc
extension would give it (its own slugify and `unique`, in page order). Only with the extensions
this was checked for (MkDocs' own toc/tables/fenced_code with admonition and attr_list, no
options); any other page shape returns None and goes through Python-Markdown as before.
tests/test_headings_html.py compares both on every generated page of the demo and of a synthetic
knowledge base, hostile names included; benchmarks/build.py --compare on whole builds.
"""
from __future__ import annotations

import html
import re

import markdown
from markdown.extensions.toc import nest_toc_tokens, unique
from markdown.treeprocessors import Treeprocessor

from .render.passthrough import raw_block

CHECKED_EXTENSIONS = frozenset({"toc", "tables", "fenced_code", "admonition", "attr_list"})
_HEADING = re.compile(r"(#{1,6}) (\S(?:[^\n]*\S)?)")
_REFERENCE = re.compile(r"&#[0-9]{1,7};")
# what md_text never leaves in a heading: ASCII punctuation (outside its references), controls,
# and runs of white space
_NOT_PLAIN = re.compile(r"[!-/:-@\[-`{-~\x00-\x1f\x7f]|\s\s")


def plain_heading(text: str) -> bool:
    return _NOT_PLAIN.search(_REFERENCE.sub("x", text)) is None


def only_words(text: str) -> bool:
    """Letters and digits in words one space apart: text no Markdown extension reads anything in."""
    return "  " not in text and text.replace(" ", "").isalnum()


class _Titles(Treeprocessor):
    """What MkDocs reads as a page's title from each level-1 heading (its _ExtractTitleTreeprocessor)."""

    def run(self, root):
        from mkdocs.utils.rendering import get_heading_text

        self.found = [get_heading_text(el, self.md) for el in root.iter("h1")]
        return root


class HeadingsHtml:
    """One build's converter (a new one per build: the project's extensions may change)."""

    def __init__(self, extensions, extension_configs):
        self.usable = (all(isinstance(e, str) for e in extensions) and set(extensions) <= CHECKED_EXTENSIONS
                       and "toc" in extensions and not extension_configs)
        self._md = None
        self._known: dict[str, tuple[dict, str | None]] = {}  # heading text -> (toc token, MkDocs title)
        self._model: tuple[str, dict] | None = None  # a heading of words, and its toc token
        self._extensions = list(extensions)

    def _markdown(self) -> markdown.Markdown:
        if self._md is None:
            self._md = markdown.Markdown(extensions=self._extensions)
            self._titles = _Titles(self._md)
            self._md.treeprocessors.register(self._titles, "hkb_titles", 1)
            toc = self._md.treeprocessors["toc"]
            self._slugify, self._sep = toc.slugify, toc.sep
        return self._md

    def learn(self, texts) -> None:
        """Learn the heading texts not seen yet. A heading of words only is its own HTML, name and
        title: past the first, learned from Python-Markdown, the others are made like it (a run
        costs 0.2 ms a heading: a second or two at 10,000 sites)."""
        new = [t for t in dict.fromkeys(texts) if t not in self._known]
        words = [t for t in new if only_words(t)]
        if self._model is None and words:
            words.pop(0)  # converted with the others: the model
        made = set(words)
        self._convert([t for t in new if t not in made])
        if self._model is None:  # Python-Markdown made none of them its own text
            self._convert(words)
            return
        text, token = self._model
        for t in words:
            self._known[t] = ({k: t if v == text else v for k, v in token.items()}, t)

    def _convert(self, new: list[str]) -> None:
        """Convert heading texts, all in one document (level 1, so that each is a toc entry of its
        own; the ids made there are not used)."""
        if not new:
            return
        md = self._markdown()
        md.reset()
        md.convert("\n\n".join(f"# {t}" for t in new))
        tokens, titles = md.toc_tokens, self._titles.found
        if len(tokens) != len(new) or len(titles) != len(new) or any(t["children"] for t in tokens):
            return  # not one heading each: those pages keep Python-Markdown
        for text, token, title in zip(new, tokens, titles):
            self._known[text] = ({k: v for k, v in token.items() if k not in ("level", "id", "children")}, title)
            if self._model is None and only_words(text) and title == token["name"] == token["html"] == text:
                self._model = (text, self._known[text][0])

    def prepare(self, markdown_texts) -> None:
        """Learn the plain headings of many pages in one Python-Markdown run: its cost is mostly per
        run, and a page's convert would run it for the one heading only that page has (its title).
        A heading missed here (or a batch refused by learn) is learned by its page's convert."""
        if self.usable:
            self.learn(m[2] for text in markdown_texts for part in text.split("\n\n")
                       if (m := _HEADING.fullmatch(part.strip("\n"))) and plain_heading(m[2]))

    def convert(self, markdown_text: str):
        """(HTML, toc tokens, title, anchor ids) as Python-Markdown and MkDocs would make them from
        `markdown_text`, or None when it holds anything but plain headings and raw HTML blocks."""
        if not self.usable:
            return None
        parts = []
        for part in markdown_text.split("\n\n"):
            core = part.strip("\n")
            if not core:
                continue
            m = _HEADING.fullmatch(core)
            if m:
                if not plain_heading(m[2]):
                    return None
                parts.append((len(m[1]), m[2]))
            elif core.startswith("<") and (ids := raw_block(core)) is not None:
                parts.append((0, core, ids))
            else:
                return None
        self.learn(p[1] for p in parts if p[0])
        blocks, tokens, anchors, used, counters = [], [], set(), set(), {}
        title = None
        for i, part in enumerate(parts):
            if not part[0]:
                blocks.append(part[1] + "\n")  # Python-Markdown leaves a blank line after raw HTML
                anchors.update(part[2])
                continue
            level, text = part
            known = self._known.get(text)
            if known is None:
                return None
            token, heading_title = known
            anchor = unique(self._slugify(html.unescape(token["name"]), self._sep), used, counters)
            blocks.append(f'<h{level} id="{anchor}">{token["html"]}</h{level}>')
            tokens.append({"level": level, "id": anchor, **token})
            anchors.add(anchor)
            if i == 0 and level == 1:
                title = heading_title
        return "\n".join(blocks).strip(), nest_toc_tokens(tokens), title, anchors
