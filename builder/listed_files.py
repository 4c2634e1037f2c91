"""MkDocs' Files, with the list of documentation pages made once while no file comes or goes.

A serve rebuild asks for that list three times (the navigation, the plugin's page urls, the pages
to build), each a pass over every file (11,000 at 10,000 sites) checking its suffix and inclusion.
Under serve a file's inclusion is set before it joins the Files and never changes after."""
from __future__ import annotations

from mkdocs.structure.files import Files, InclusionLevel


class ListedFiles(Files):
    def __init__(self, files) -> None:
        super().__init__(files)
        self._listed: dict = {}  # inclusion test -> the documentation pages it lets through

    def append(self, file) -> None:
        self._listed.clear()
        super().append(file)

    def remove(self, file) -> None:
        self._listed.clear()
        super().remove(file)

    def documentation_pages(self, *, inclusion=InclusionLevel.is_included):
        hit = self._listed.get(inclusion)
        if hit is None:
            hit = self._listed[inclusion] = super().documentation_pages(inclusion=inclusion)
        return list(hit)  # a copy: a caller may sort or change its list


def listed(files: Files) -> ListedFiles:
    return files if isinstance(files, ListedFiles) else ListedFiles(files)
