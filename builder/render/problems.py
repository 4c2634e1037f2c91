"""The Problems page `mkdocs serve` shows while content/ has errors, so an editor sees them in the browser."""
from __future__ import annotations

from ..errors import Problem
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


def banner(problems: list[Problem], link: str) -> str:
    """A warning admonition for the top of the home page."""
    n = sum(p.severity == "error" for p in problems)
    return (f'!!! warning "content/ has {n} error(s)"\n\n    {esc(str(problems[0]))}\n\n'
            f"    [See all problems]({link})\n\n")
