"""`heritage schema`: write the JSON Schemas editors point at (builder/schema/*.json)."""
from __future__ import annotations

from ..content.schema import write_schemas


def register(sub) -> None:
    p = sub.add_parser("schema", help="rewrite builder/schema/*.schema.json from the vocabularies")
    p.set_defaults(func=run)


def run(args) -> int:
    for path in write_schemas():
        print(path)
    return 0
