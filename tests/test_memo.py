"""builder/memo.py: fragments kept between `mkdocs serve` rebuilds."""
from __future__ import annotations

from builder.memo import MISSING, Memo


def build(memo: Memo, sites) -> None:
    for i in sites:
        memo.get(("site", i), (i,), lambda: f"page {i}")
    memo.sweep()


def test_fragments_no_build_asks_for_are_dropped_once_they_add_up():
    """A few deleted sites' fragments wait for more (finding them means visiting every entry);
    past a twentieth of the entries they are dropped, and the others are still reused."""
    memo = Memo()
    build(memo, range(100))
    build(memo, range(3, 100))  # three sites deleted
    build(memo, range(10, 100))  # seven more
    assert memo.peek(("site", 0), (0,)) is MISSING and memo.peek(("site", 9), (9,)) is MISSING
    assert memo.peek(("site", 10), (10,)) == "page 10"
    assert memo.get(("site", 11), (11, "changed"), lambda: "new page 11") == "new page 11"
