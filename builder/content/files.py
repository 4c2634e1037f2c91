"""Reading files of content/ safely: inside content/ only, regular files only, within a size limit.

Every file the loader reads goes through here. A symlink that leads out of content/ is refused
(an error naming the file) so nothing elsewhere on the machine is published; a folder, a dangling
symlink, a named pipe or a device named like a content file is skipped with a warning and never
opened (opening a pipe would wait for a writer for ever). Files are opened non-blocking and the
checks are made on the open descriptor, so a file swapped for a pipe after listing is still caught.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import DisplayPaths, Problem, display_path

MB = 1024 * 1024
YAML_LIMIT = 4 * MB  # a site with hundreds of events is ~200 KB; past this a file is a mistake or an attack
TEXT_LIMIT = 20 * MB  # an article text; the longest real articles are well under 1 MB

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def _size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{n:,} bytes"


def inside(path: Path | str, root: Path) -> bool:
    """Whether `path`, with every symlink resolved, stays under `root`."""
    return _under(os.path.realpath(path), os.path.realpath(root))


def _under(real: str, base: str) -> bool:
    """Whether the resolved path `real` is `base` (resolved) or below it."""
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def listing(folder: Path, suffixes: tuple[str, ...]) -> tuple[list[str], list[Problem]]:
    """The paths (as text) of the entries of `folder` named `*<suffix>` (not hidden), sorted; an
    unreadable folder is a problem."""
    if not folder.is_dir():
        return [], []
    try:
        names = os.listdir(folder)
    except OSError as exc:
        return [], [Problem(display_path(folder), 0, f"cannot list the folder: {exc.strerror}",
                            "make it readable (chmod u+rx)", code="read")]
    # string work at C speed, not a Path or os.path call a name: 10,000 are listed on every serve
    # rebuild (`suffixes` are single extensions, ".yml": a name not hidden ending so has it as its last)
    base = os.path.join(str(folder), "")
    return [base + n for n in sorted(names) if n.endswith(suffixes) and not n.startswith(".")], []


def read(path: Path, root: Path, limit: int, shown: str | None = None, line: int = 1,
         what: str = "this file", paths: DisplayPaths | None = None) -> tuple[bytes | None, list[Problem]]:
    """The bytes of `path`, or None with the reason: outside `root`, not a regular file, too big,
    unreadable. `shown`/`line` say where to report (the file itself, or the line naming it).
    `paths`: one pass's DisplayPaths, for many files of a few folders (each folder resolved once)."""
    shown = shown or display_path(path)

    def problem(message: str, hint: str, severity: str = "error", code: str = "read"):
        return None, [Problem(shown, line, f"{what} {message}", hint, severity=severity, code=code)]

    try:
        link, found = stat.S_ISLNK(os.lstat(path).st_mode), True
    except (OSError, ValueError):  # as os.path.islink and os.path.lexists answer
        link = found = False
    if link and not os.path.exists(path):
        return problem("is a link to nothing (dangling symlink); skipped", "remove the link or point it at a file",
                       severity="warning", code="skipped")
    target = os.path.realpath(path) if link or paths is None else paths.real(str(path))
    base = os.path.realpath(root) if paths is None else paths.real_folder(str(root))
    if not _under(target, base):  # `target` is resolved already
        return problem(f"leads to {target}, outside {Path(root).name}/; it is not read",
                       f"copy the file into {Path(root).name}/ instead of linking or pointing out of it", code="path")
    if not found:
        return problem("is not found", f"put the file at {display_path(path)}", code="path")
    try:
        # the resolved path, not followed again: a link swapped in after the check above fails to open
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                     | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        return problem(f"cannot be read: {exc.strerror}", "make it readable (chmod u+r)")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return problem(f"is {_kind(st.st_mode)}, not a file; skipped", "remove it or rename it",
                           severity="warning", code="skipped")
        if st.st_size > limit:
            return problem(f"is {_size(st.st_size)}, over the {_size(limit)} limit for a content file",
                           "split it into smaller files, or check it is the file you meant", code="size")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:  # it grew while being read
                return problem(f"is over the {_size(limit)} limit for a content file",
                               "split it into smaller files, or check it is the file you meant", code="size")
            chunks.append(chunk)
        return b"".join(chunks), []
    except OSError as exc:
        return problem(f"cannot be read: {exc.strerror}", "make it readable (chmod u+r)")
    finally:
        os.close(fd)


def stamp(root: Path) -> tuple:
    """(path, mtime, size) of every regular file under `root`, symlinks not followed into folders:
    a cheap fingerprint that never opens a file and never fails on an odd entry."""
    out = []
    for folder, dirs, names in os.walk(root, onerror=lambda exc: None):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(folder, name)
            try:
                st = os.stat(path)
            except OSError:
                out.append((path, None, None))
                continue
            out.append((path, st.st_mtime_ns, st.st_size, st.st_mode))
    return tuple(out)


def stamp_and_links(root: Path) -> tuple[tuple, bool]:
    """`stamp(root)`, the same tuple, and whether any entry under `root` is a symbolic link (its
    target may lie where no watch of `root` sees it change)."""
    out: list[tuple] = []
    links = _stamp_into(str(root), out)
    return tuple(out), links


def _stamp_into(folder: str, out: list) -> bool:
    """stamp()'s walk (files sorted, then the folders, links to folders not followed) with scandir."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return False
    links, folders = False, []
    for entry in entries:
        try:
            link, is_dir = entry.is_symlink(), entry.is_dir()
        except OSError:
            link, is_dir = True, False
        links = links or link
        if is_dir:
            if not link:
                folders.append(entry.path)
            continue
        try:
            st = os.stat(entry.path)
        except OSError:
            out.append((entry.path, None, None))
            continue
        out.append((entry.path, st.st_mtime_ns, st.st_size, st.st_mode))
    for sub in folders:
        links = _stamp_into(sub, out) or links
    return links
