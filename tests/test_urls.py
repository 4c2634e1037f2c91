"""Links between generated pages: the shared-prefix shortcut gives what `relative` gives."""
from __future__ import annotations

import itertools

import pytest

from builder import urls

FROM = ["index.md", "map.md", "sites/index.md", "sites/palmyra.md", "sites/letter-a.md", "sources/cnn-2016.md",
        "timeline.md", "timeline/2015.md", "timeline/1900-1999.md", "review.md", "a/b/c/deep.md", "sites/sub/x.md"]
IDS = ["palmyra", "temple-of-bel", "a", "2015", "cnn-2016", "sub",
       # ids of other forms (a broken reference, a hostile file name): `relative` decides
       "javascript:alert(1)", "../outside", ".", "..", "a/b", "Upper", "x.y", "", "with space"]


@pytest.mark.parametrize("directory_urls", [True, False])
@pytest.mark.parametrize("folder", ["sites", "sources"])
def test_links_to_a_folder_are_relative_links(directory_urls, folder):
    for from_uri, page_id in itertools.product(FROM, IDS):
        href = urls.to_pages_in(from_uri, folder, directory_urls)
        assert href(page_id) == urls.relative(from_uri, f"{folder}/{page_id}.md", directory_urls), (from_uri, page_id)


def test_a_page_links_to_itself_and_its_neighbours():
    href = urls.to_pages_in("sites/palmyra.md", "sites")
    assert href("palmyra") == "./"
    assert href("temple-of-bel") == "../temple-of-bel/"
    assert urls.to_pages_in("sources/cnn.md", "sites")("palmyra") == "../../sites/palmyra/"
    assert urls.to_pages_in("sites/palmyra.md", "sites", directory_urls=False)("bel") == "bel.html"
