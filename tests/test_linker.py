"""Site names linked in free text: whatever the case, apostrophe or script of the text."""
from __future__ import annotations

import pytest

from builder.render.linker import Linker

NAMES = {"Temple of Bel": "temple-of-bel", "Qal'at Halab": "citadel", "Ναός Σ": "naos", "Λοφος": "lofos",
         "İznik Walls": "iznik", "Palmyra": "palmyra"}


def href(site_id: str) -> str:
    return f"../{site_id}/"


@pytest.mark.parametrize("text, linked", [
    ("ISIS blew up the TEMPLE OF BEL in 2015.", ["TEMPLE OF BEL"]),
    ("the Qal’at Halab and the qal'at halab", ["Qal’at Halab", "qal'at halab"]),
    ("ΛΟΦΟΣ. Ναός Σ", ["ΛΟΦΟΣ", "Ναός Σ"]),
    ("ΛΟΦΟΣ.Α then λοφος", ["ΛΟΦΟΣ", "λοφος"]),
    ("İznik Walls near Palmyra", ["İznik Walls", "Palmyra"]),
    ("Temple of Belgrade, Palmyras", []),
    ("<Palmyra> & \"Palmyra\"", ["Palmyra", "Palmyra"]),
])
def test_names_are_linked_wherever_they_stand(text, linked):
    out = Linker(NAMES).html(text, href)
    assert out.count("<a ") == len(linked)
    for name in linked:
        assert f'">{name.replace("&", "&amp;").replace(chr(39), "&#x27;")}</a>' in out
    assert "<Palmyra>" not in out and "&lt;" in out if "<" in text else True


def test_the_pages_own_site_is_not_linked():
    out = Linker(NAMES).html("Palmyra and the Temple of Bel", href, skip="palmyra")
    assert out == 'Palmyra and the <a class="hkb-site-link" href="../temple-of-bel/">Temple of Bel</a>'
