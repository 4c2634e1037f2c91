"""When each event entered the knowledge base: its `added:` day (ingest writes it), else the day
its first line was committed (git blame), else its file's modification time.

The feed is dated by this, not by when a source was published, so an event added today from a
2001 article is among the newest entries. One `git log` per build dates every file; only the
files that can hold one of the newest events are blamed (a line is never newer than its file),
so a build with 10,000 site files runs a few dozen `git blame`s at most.

Under `mkdocs serve` (a `memo`), a file's day and its lines' days are remembered between rebuilds,
keyed on the loaded site (the same object while its file is unchanged) and the repository's state
(its HEAD and index): a rebuild after one edit asks git and the disk about that file alone.
"""
from __future__ import annotations

import datetime
import heapq
import os
import subprocess
from pathlib import Path

from .content.model import KnowledgeBase
from .memo import MISSING, Memo, NoMemo, per_object


def _git(args: list[str], cwd: Path) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def _resolved(paths: list[Path]) -> list[Path]:
    """Each path with its folder resolved (one resolve per folder, not per file: 10,000 site files
    share one folder) and its name as git and the loader see it."""
    folders: dict[Path, Path] = {}
    out = []
    for path in map(Path, paths):
        folder = folders.get(path.parent) or folders.setdefault(path.parent, path.parent.resolve())
        out.append(folder / path.name)
    return out


def repository_state(folder: Path) -> tuple | None:
    """What git's answers about the files under `folder` depend on besides the files themselves:
    the commit checked out and the index (its stamp); None outside a repository."""
    out = _git(["rev-parse", "--show-toplevel", "--absolute-git-dir", "HEAD"], folder)
    if not out:
        return None
    top, git_dir, *head = out.split("\n")
    try:
        index = os.stat(os.path.join(git_dir, "index"))
        return (top, head[0] if head else "", index.st_mtime_ns, index.st_size)
    except OSError:
        return (top, head[0] if head else "", None, None)


def file_days(paths: list[Path]) -> dict[Path, str]:
    """Path → ISO day it last changed: its last commit, or its mtime when it is not committed as it is."""
    paths = _resolved(paths)
    days: dict[Path, str] = {}
    if paths:
        folder = Path(paths[0]).parent
        top = _git(["rev-parse", "--show-toplevel"], folder)
        if top:
            root = Path(top.strip()).resolve()
            wanted = [str(p) for p in paths] if len(paths) < 100 else [str(folder)]  # an edit's few files
            dirty = _git(["status", "--porcelain", "-z", "--untracked-files=all", "--", *wanted], root) or ""
            changed = set(_resolved([root / entry[3:] for entry in dirty.split("\0") if len(entry) > 3]))
            log = _git(["log", "--format=%x00%cs", "--name-only", "--", *wanted], root) or ""
            day = None
            for line in log.splitlines():
                if line.startswith("\0"):
                    day = line[1:]
                elif line and day:
                    days.setdefault(root / line, day)
            for path in changed:
                days.pop(path, None)
    for path in paths:
        if path not in days:
            try:
                days[path] = datetime.date.fromtimestamp(os.stat(path).st_mtime).isoformat()
            except OSError:
                pass
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


def _days_of_sites(kb: KnowledgeBase, memo: Memo, repo: tuple | None) -> dict[str, str]:
    """Site id → the day its file last changed; git and the disk are asked only about the files
    the memo does not know in this repository state."""
    days, unknown = {}, []
    for site in kb.sites.values():
        day = memo.peek(("file day", site.id), (site, repo))
        if day is MISSING:
            unknown.append(site)
        else:
            days[site.id] = day
    if unknown:
        paths = _resolved([site.path for site in unknown])  # resolved once: file_days keys its answer by them
        found = file_days(paths)
        for site, path in zip(unknown, paths):
            days[site.id] = memo.get(("file day", site.id), (site, repo), lambda: found.get(path, ""))
    return days


@per_object  # a site's events looked at once per Site object, not on every serve rebuild
def _added(site) -> tuple[tuple, bool]:
    """((site id, event index), day) of the events with `added:`, and whether any has none."""
    return (tuple(((site.id, e.index), e.added) for e in site.events if e.added),
            any(not e.added for e in site.events))


def entered(kb: KnowledgeBase, limit: int = 50, memo: Memo | None = None) -> dict[tuple[str, int], str]:
    """(site id, event index) → ISO day the event entered the knowledge base, for every event
    with `added:` and for enough others to know the `limit` newest (the rest are left out: they
    are no newer than those, and the feed dates them by their sources). `memo`: see the module doc."""
    memo = memo or NoMemo()
    first = next(iter(kb.sites.values()), None)
    repo = repository_state(Path(first.path).resolve().parent) if first else None
    days = _days_of_sites(kb, memo, repo)
    in_git = repo is not None
    out: dict[tuple[str, int], str] = {}
    top: list[str] = []  # min-heap of the `limit` newest days known so far

    def keep(key, day):
        out[key] = day
        (heapq.heappush if len(top) < limit else heapq.heappushpop)(top, day)

    waiting = []  # (file day, site) for sites with events that have no `added:`
    for site in kb.sites.values():
        added, undated = _added(site)
        for key, day in added:
            keep(key, day)
        if undated:
            waiting.append((days.get(site.id, ""), site.id, site))
    waiting.sort(key=lambda item: (item[0], item[1]), reverse=True)
    for file_day, _, site in waiting:
        if len(top) >= limit and top[0] >= file_day:
            break  # nothing in this file or the older ones is newer than the newest `limit`
        lines = memo.get(("line days", site.id), (site, repo), lambda: line_days(Path(site.path))) if in_git else {}
        for event in site.events:
            day = event.added or lines.get(event.line) or file_day
            if day and not event.added:
                keep((site.id, event.index), day)
    return out
