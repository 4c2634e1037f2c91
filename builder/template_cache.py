"""Compiled theme templates kept in memory between `mkdocs serve` rebuilds.

Each rebuild loads mkdocs.yml afresh, and with it a new Jinja environment that would parse and
compile Material's templates again (about half a second). Jinja's bytecode cache checks each
template's source checksum, so an edited template is compiled anew.
"""
from __future__ import annotations

from jinja2 import BytecodeCache


class MemoryBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


TEMPLATES = MemoryBytecodeCache()
