"""When each event entered the knowledge base: its `added:` day (ingest writes it), else the day
its first line was committed (git blame), else its file's modification time.

The feed is dated by this, not by when a source was published, so an event added today from a
2001 article is among the newest entries. One `git log` per build dates every file; only the
files that can hold one of the newest events are blamed (a line is never newer than its file),
so a build with 10,000 site files runs a few dozen `git blame`s at most.
"""
from __future__ import annotations

import datetime
import heapq
import subprocess
from pathlib import Path

from .content.model import KnowledgeBase


def _git(args: list[str], cwd: Path) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def file_days(paths: list[Path]) -> dict[Path, str]:
    """Path → ISO day it last changed: its last commit, or its mtime when it is not committed as it is."""
    paths = [Path(p).resolve() for p in paths]
    days: dict[Path, str] = {}
    if paths:
        folder = Path(paths[0]).parent
        top = _git(["rev-parse", "--show-toplevel"], folder)
        if top:
            root = Path(top.strip()).resolve()
            dirty = _git(["status", "--porcelain", "-z", "--untracked-files=all", "--", str(folder)], root) or ""
            changed = {(root / entry[3:]).resolve() for entry in dirty.split("\0") if len(entry) > 3}
            log = _git(["log", "--format=%x00%cs", "--name-only", "--", str(folder)], root) or ""
            day = None
            for line in log.splitlines():
                if line.startswith("\0"):
                    day = line[1:]
                elif line and day:
                    days.setdefault((root / line).resolve(), day)
            for path in changed:
                days.pop(path, None)
    for path in paths:
        if path not in days and path.exists():
            days[path] = datetime.date.fromtimestamp(path.stat().st_mtime).isoformat()
    return days


def line_days(path: Path) -> dict[int, str]:
    """Line number (1-based) → ISO day it was last committed; lines not committed yet get the
    file's modification day. Empty when git cannot tell (not a repository, untracked file)."""
    path = Path(path).resolve()
    out = _git(["blame", "--line-porcelain", "--", path.name], path.parent)
    if not out:
        return {}
    mtime = datetime.date.fromtimestamp(path.stat().st_mtime).isoformat()
    days, commit, line = {}, None, 0
    for row in out.splitlines():
        if row.startswith("\t"):
            continue
        head = row.split(" ")
        if len(head) >= 3 and len(head[0]) == 40 and all(c in "0123456789abcdef" for c in head[0]):
            commit, line = head[0], int(head[2])
        elif head[0] == "committer-time" and commit:
            when = mtime if set(commit) == {"0"} else \
                datetime.datetime.fromtimestamp(int(head[1]), datetime.timezone.utc).date().isoformat()
            days[line] = when
    return days


def entered(kb: KnowledgeBase, limit: int = 50) -> dict[tuple[str, int], str]:
    """(site id, event index) → ISO day the event entered the knowledge base, for every event
    with `added:` and for enough others to know the `limit` newest (the rest are left out: they
    are no newer than those, and the feed dates them by their sources)."""
    paths = [Path(site.path) for site in kb.sites.values()]
    days = file_days(paths)
    in_git = bool(paths) and _git(["rev-parse", "--show-toplevel"], paths[0].resolve().parent) is not None
    out: dict[tuple[str, int], str] = {}
    top: list[str] = []  # min-heap of the `limit` newest days known so far

    def keep(key, day):
        out[key] = day
        (heapq.heappush if len(top) < limit else heapq.heappushpop)(top, day)

    waiting = []  # (file day, site) for sites with events that have no `added:`
    for site in kb.sites.values():
        for event in site.events:
            if event.added:
                keep((site.id, event.index), event.added)
        if any(not e.added for e in site.events):
            waiting.append((days.get(Path(site.path).resolve(), ""), site.id, site))
    waiting.sort(key=lambda item: (item[0], item[1]), reverse=True)
    for file_day, _, site in waiting:
        if len(top) >= limit and top[0] >= file_day:
            break  # nothing in this file or the older ones is newer than the newest `limit`
        lines = line_days(Path(site.path)) if in_git else {}
        for event in site.events:
            day = event.added or lines.get(event.line) or file_day
            if day and not event.added:
                keep((site.id, event.index), day)
    return out
