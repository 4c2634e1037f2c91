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
