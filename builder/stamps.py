"""Cheap fingerprints of files and folders: unchanged means nothing there was written since."""
from __future__ import annotations

import os
import stat


def tree_stamp(*roots) -> tuple:
    """(path, mtime, size) of every regular file under `roots` (a root may be a file), sorted."""
    out = []
    for root in map(os.fspath, roots):
        if os.path.isfile(root):
            st = os.stat(root)
            out.append((root, st.st_mtime_ns, st.st_size))
            continue
        for folder, _, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                try:
                    st = os.stat(path)
                except OSError:  # gone meanwhile, or a dangling link
                    continue
                if stat.S_ISREG(st.st_mode):
                    out.append((path, st.st_mtime_ns, st.st_size))
    return tuple(sorted(out))
