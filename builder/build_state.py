"""What one build hands the next under `mkdocs serve`: the loaded content, each page's text,
each page's search entries. No MkDocs import: the pages and what changed are plain data.

A clean build renders every page. A rebuild after an edit under content/ re-reads the files
that changed (content/load.py), makes again only the fragments whose inputs changed
(memo.py), and reports which page texts differ from the last build and which pages are
gone, so that MkDocs re-renders and rewrites those pages alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .check import check_safely, internal
from .content.load import Loaded, loader_for
from .errors import Problem
from .memo import Memo, NoMemo
from .publication import Publication
from .render.pages import Page, Renderer
from .render.problems import URI as PROBLEMS_URI, problems_page


@dataclass
class Update:
    pages: list[Page]
    problems: list[Problem]
    changed: set[str]  # uris whose text differs from the last build's (all of them on a first build)
    removed: set[str]  # uris the last build had and this one has not


@dataclass
class BuildState:
    content: Path
    directory_urls: bool
    publication: Publication = Publication()
    remember: bool = False  # keep fragments for the next rebuild (mkdocs serve)
    incremental: bool = False  # this build rewrites only what changed (set around a serve rebuild)
    loaded: Loaded | None = None
    problems: list[Problem] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # uri -> text, as last built
    search: dict[str, bytes] = field(default_factory=dict)  # page url -> its search index entries (JSON, UTF-8)
    exports: dict[str, bytes] = field(default_factory=dict)  # export path -> bytes, as last written
    files: dict = field(default_factory=dict)  # uri -> the MkDocs File of the last build
    assets: dict[str, str] = field(default_factory=dict)  # generated asset path -> text, as last built
    banner: str | None = None  # the home page's problem banner, as last built
    memo: Memo = field(default_factory=NoMemo)
    sweep_due: bool = False  # the content changed since the memo was last swept
    publish_unreviewed: bool = False  # builder/published.py: proposed events count as facts only when true
    review_links: object = None  # render/review_page.Where: file:line and edit links on the Review page

    def write_downloads(self, site_dir: Path, site_url: str | None, site_name: str) -> None:
        """The downloads and the feed (builder/export), from the facts only: no event still awaiting
        review unless the project publishes them; rewritten only where their text changed."""
        from .export import write_all
        from .history import entered
        from .published import exported

        kb = exported(self.loaded.kb, self.publish_unreviewed)
        write_all(kb, site_dir, site_url, self.directory_urls, site_name, self.publication,
                  entered(kb, memo=self.memo), last=self.exports, memo=self.memo)
        if self.sweep_due:  # after everything this build asked of the memo; under serve, after the reload
            self.memo.sweep()
            self.sweep_due = False

    def update(self, shown: str = "content") -> Update:
        """`shown`: the content folder as mkdocs.yml names it, for problems no file can hold."""
        loaded = loader_for(self.content).load()  # the same object while content/ is unchanged
        if loaded is not self.loaded:
            if self.remember and type(self.memo) is NoMemo:
                self.memo = Memo()
            # a bug in a stage becomes one problem line, not a traceback: `mkdocs serve` keeps serving
            self.problems = check_safely(loaded, shown, self.memo)
            try:
                self.pages = Renderer(loaded.kb, self.directory_urls, self.publication, self.memo,
                                      publish_unreviewed=self.publish_unreviewed,
                                      review_links=self.review_links).all_pages()
            except Exception as exc:  # noqa: BLE001 - the edge where any fault becomes a message
                self.problems, self.pages = [*self.problems, internal(shown, exc, "building the pages")], []
            self.sweep_due = True  # once the downloads are made too (write_downloads)
            if self.problems:
                self.pages.append(Page(PROBLEMS_URI, problems_page(self.problems)))
            self.loaded = loaded
        texts = {page.uri: page.text for page in self.pages}
        if not self.incremental:  # a full build indexes every page anew
            self.search.clear()
        previous = self.texts if self.incremental else {}
        changed = {uri for uri, text in texts.items() if previous.get(uri) != text}
        removed = set(previous) - set(texts)
        self.texts = texts
        return Update(self.pages, self.problems, changed, removed)


_STATES: dict[tuple, BuildState] = {}


def state_for(content: Path, directory_urls: bool, publication: Publication, remember: bool,
              publish_unreviewed: bool = False, review_links=None) -> BuildState:
    """One state per content folder, URL style and publication (site address, licences), kept for
    the process (serve rebuilds share it)."""
    key = (Path(content).resolve(), directory_urls, publication, publish_unreviewed, review_links)
    if key not in _STATES or _STATES[key].remember != remember:
        _STATES.clear()  # one knowledge base at a time: free the last one's pages
        _STATES[key] = BuildState(key[0], directory_urls, publication, remember,
                                  publish_unreviewed=publish_unreviewed, review_links=review_links)
    return _STATES[key]
