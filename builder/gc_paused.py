"""A decorator that runs a function with Python's cyclic garbage collector off."""
from __future__ import annotations

import gc
from functools import wraps


def gc_paused(method):
    """Loading, checking and rendering a large knowledge base makes millions of objects that live
    on, hardly any cyclic garbage; the collector kept re-scanning them (~25% of that work at
    10,000 sites)."""
    @wraps(method)  # keeps mkdocs_priority
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return method(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()
    return paused


class Frozen:
    """The objects alive now set aside from the cyclic collector until `thaw` (gc.freeze): after a
    build's on_files, the knowledge base, its pages and MkDocs' files (millions of objects) live to
    the end of the build, and each full collection while pages render would scan them all again.
    Cyclic garbage made before the freeze (little: on_files runs with the collector paused) waits
    for `thaw`; refcounted objects are freed as usual."""

    frozen = False

    def freeze(self) -> None:
        if not self.frozen:
            gc.freeze()
            self.frozen = True

    def thaw(self) -> None:
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
