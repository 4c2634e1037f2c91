"""Problems as data, and the one exception hierarchy.

A `Problem` is what a check finds: collected into a list and reported together, never raised one
at a time. `HeritageError` is for the edges (CLI, plugin) where one problem stops the work.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str
    hint: str = ""
    severity: str = "error"  # "error" stops a strict build; "warning" does not
    code: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        fix = f" ({self.hint})" if self.hint else ""
        return f"{where}: {self.severity}: {self.message}{fix}"


def errors(problems) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def _under(path: str, base: str) -> str | None:
    base = base.rstrip(os.sep)
    return path[len(base) + 1:] if path.startswith(base + os.sep) else None


def display_path(path: Path | str, root: Path | None = None) -> str:
    """A path as a person typed it: relative to the working directory when possible. A symlink is
    shown where it stands, not where it leads. String work first: this runs once a content file."""
    return DisplayPaths(root)(path)


class DisplayPaths:
    """display_path for many files, the resolved folders and working directory asked once each
    (a load shows 11,000 files of two folders at 10,000 sites): for one pass, not to be kept."""

    def __init__(self, root: Path | None = None):
        self.root = root  # as display_path's
        self._bases: list[str] | None = None
        self._real: dict[str, str] = {}  # folder -> its realpath
        self._real_bases: list[str] | None = None

    def __call__(self, path: Path | str) -> str:
        here = os.path.abspath(path)
        if self._bases is None:
            self._bases = [str(b) for b in filter(None, (Path.cwd(), self.root))]
        for base in self._bases:
            shown = _under(here, os.path.abspath(base))
            if shown:
                return shown
        real = self.real(here)
        if self._real_bases is None:
            self._real_bases = [os.path.realpath(base) for base in self._bases]
        for base in self._real_bases:
            shown = _under(real, base)
            if shown:
                return shown
        return str(path)


    def real(self, path: str) -> str:
        """os.path.realpath(path) for a path whose last part is not a symbolic link: its folder is
        resolved once a pass, not once a file (a tenth of reading 10,000 site files)."""
        folder, name = os.path.split(path)
        if name in ("", ".", ".."):
            return os.path.realpath(path)
        return os.path.join(self.real_folder(folder), name)

    def real_folder(self, folder: str) -> str:
        """os.path.realpath(folder), asked once a pass."""
        real = self._real.get(folder)
        if real is None:
            real = self._real[folder] = os.path.realpath(folder)
        return real


class HeritageError(Exception):
    """Any error a command reports as one clear line and exit code 2."""

    def __init__(self, message: str, path: Path | str | None = None, line: int = 0, hint: str = ""):
        self.message, self.path, self.line, self.hint = message, path, line, hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{display_path(self.path)}:{self.line}: " if self.line else f"{display_path(self.path)}: "
        fix = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{fix}"


class ContentError(HeritageError):
    """content/ cannot be read or written as asked."""


class DateError(HeritageError):
    """A string is not a valid EDTF date."""


class InputError(HeritageError):
    """An article or argument cannot be used."""
