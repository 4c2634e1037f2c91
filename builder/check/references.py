"""Every `part_of` and evidence `source` points at something that exists, without cycles."""
from __future__ import annotations

from ..content.model import KnowledgeBase, Site
from ..errors import Problem


def check(kb: KnowledgeBase) -> list[Problem]:
    return [p for site in kb.sites.values() for p in site_problems(site, kb)] + cycles(kb)


def site_problems(site: Site, kb: KnowledgeBase) -> list[Problem]:
    """The rule for one site: its parent and the sources it cites exist."""
    problems = []
    if site.part_of and site.part_of not in kb.sites:
        problems.append(Problem(site.path, site.line_of("part_of"), f"part_of: unknown site '{site.part_of}'",
                                f"create content/sites/{site.part_of}.yml or correct the id", code="part_of"))
    for event in site.events:
        for ev in event.evidence:
            if ev.source not in kb.sources:
                problems.append(Problem(site.path, ev.line, f"evidence names unknown source '{ev.source}'",
                                        f"add content/sources/{ev.source}.yml or correct the id", code="source"))
    return problems


def cycles(kb: KnowledgeBase) -> list[Problem]:
    """Each cycle once, reported at its alphabetically first member; linear in the site count."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    problems = []
    for start in sorted(kb.sites):
        path, current = [], start
        while current in kb.sites and state.get(current) is None:
            state[current] = 1
            path.append(current)
            current = kb.sites[current].part_of
        if current in kb.sites and state.get(current) == 1:
            cycle = path[path.index(current):]
            first = min(cycle)
            site = kb.sites[first]
            ring = " → ".join(cycle[cycle.index(first):] + cycle[:cycle.index(first)] + [first])
            problems.append(Problem(site.path, site.line_of("part_of"), f"part_of forms a cycle: {ring}",
                                    "a site cannot be part of itself; remove one part_of", code="cycle"))
        for node in path:
            state[node] = 2
    return problems
