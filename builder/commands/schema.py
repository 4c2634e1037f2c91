"""`heritage schema`: write the JSON Schemas editors point at (builder/schema/*.json)."""
from __future__ import annotations

from ..content.schema import write_schemas
from ..vocab.schemas import write_schemas as write_vocab_schemas


def register(sub) -> None:
    p = sub.add_parser("schema", help="rewrite builder/schema/*.schema.json: content files from the vocabularies, and the vocabularies' own")
    p.set_defaults(func=run)


def run(args) -> int:
    for path in write_schemas() + write_vocab_schemas():
        print(path)
    return 0
