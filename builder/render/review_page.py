"""The Review page: an editors' page listing every event a command proposed and no person has
checked, each with its file and line (always as text, and as an edit link when the project's
`repo_url`/`edit_uri` are set) and its id for `heritage review --accept/--reject`."""
from __future__ import annotations

from dataclasses import dataclass

from ..review.queue import pending, site_file
from .candidates import candidates_html
from ..urls import safe_url
from .html import esc
from .timeline import event_html

URI = "review.md"


@dataclass(frozen=True)
class Where:
    """How to name a content file on the Review page."""
    content_label: str = "content"  # the content folder as seen from the project folder
    edit_base: str | None = None  # URL that a project-relative path is appended to, for an edit link

    def text(self, site, line: int) -> str:
        return f"{site_file(site, self.content_label)}:{line}"

    def url(self, site) -> str | None:
        return safe_url(self.edit_base + site_file(site, self.content_label)) if self.edit_base else None


def edit_base(repo_url: str | None, edit_uri: str | None, docs_dir_name: str = "docs") -> str | None:
    """The edit URL of the project folder, from MkDocs' `repo_url` and `edit_uri` (which point
    at docs/): 'https://github.com/o/r/edit/main/docs/' -> 'https://github.com/o/r/edit/main/'."""
    if not repo_url or not edit_uri:
        return None
    base = edit_uri if "://" in edit_uri else repo_url.rstrip("/") + "/" + edit_uri.lstrip("/")
    base = base.rstrip("/") + "/"
    tail = docs_dir_name.strip("/") + "/"
    return base[: -len(tail)] if base.endswith("/" + tail) else base


def review_page(renderer):
    from .pages import Page, _front_matter

    kb = renderer.kb
    where = renderer.review_links or Where()
    items = pending(kb)
    if not items:
        intro = "Nothing waits for review: every event has been checked by a person.\n\n"
        body = ""
    else:
        shown = ("are published as well, marked as not reviewed" if renderer.publish_unreviewed else
                 "are not published as fact: they change no status, map, export or feed until accepted")
        quotes = sum(1 for item in items if item.quote)
        counted = f"{len(items) - quotes} event(s)" + (f" and {quotes} quote(s) for reviewed events" if quotes else "")
        intro = (f"{counted} proposed by `heritage ingest` wait for a person; they {shown}. "
                 "Review them with `heritage review` in a terminal (or `heritage review --accept SOURCE`, "
                 "`--reject ID`), or correct the YAML file at the line shown and delete its `reviewed: false` line.\n\n")
        ctx = renderer.ctx(URI)
        rows = []
        for item in items:
            url = where.url(item.site)
            edit = f' · <a class="hkb-edit-link" href="{esc(url)}">edit</a>' if url else ""
            new = (' <span class="hkb-review-mark">new site: known only from claims awaiting review</span>'
                   if item.new_site else "")
            rows.append(
                f'<section class="hkb-review-item" id="review-{esc(item.id.replace("/", "-"))}">'
                f'<p class="hkb-review-where"><code>{esc(where.text(item.site, (item.quote or item.event).line))}</code>{edit}'
                f' · id <code>{esc(item.id)}</code>{new}</p>'
                f'<ol class="timeline hkb-review-list">{_quotes_open(event_html(item.event, ctx, item.site))}</ol></section>')
        body = "".join(rows)
    return Page(URI, _front_matter(title="Review queue", search={"exclude": True}) + "# Review queue\n\n" + intro
                + body + "\n" + candidates_html(renderer.ctx(URI)))


def _quotes_open(html: str) -> str:
    """An editor checks the quotes: on this page they are shown, not folded away."""
    return html.replace('<details class="hkb-evidence">', '<details class="hkb-evidence" open>', 1)
