"""The Problems page `mkdocs serve` shows while content/ has errors, so an editor sees them in the browser."""
from __future__ import annotations

from ..errors import Problem
from .. import urls
from .html import esc

URI = "problems.md"


def problems_page(problems: list[Problem]) -> str:
    items = "".join(
        f'<li class="hkb-problem hkb-{esc(p.severity)}"><code>{esc(p.path)}:{p.line}</code> '
        f'<strong>{esc(p.severity)}</strong>: {esc(p.message)}'
        + (f'<br><small>{esc(p.hint)}</small>' if p.hint else "") + "</li>" for p in problems)
    return ('---\ntitle: "Problems in content/"\nsearch:\n  exclude: true\n---\n\n# Problems in content/\n\n'
            f"{len(problems)} problem(s). Fix the file; the page reloads by itself.\n\n"
            f'<ul class="hkb-problems">{items}</ul>\n')


def banner(problems: list[Problem], directory_urls: bool = True) -> str:
    """A warning admonition for the top of the home page, as HTML: a message quotes what a person
    wrote (`part_of: [x](javascript:...)`), and as Markdown that would become a link."""
    n = sum(p.severity == "error" for p in problems)
    href = urls.relative("index.md", URI, directory_urls)
    return (f'<div class="admonition warning"><p class="admonition-title">content/ has {n} error(s)</p>'
            f'<p>{esc(problems[0])}</p><p><a href="{esc(href)}">See all problems</a></p></div>\n\n')
