"""The review step: pending claims (events marked `reviewed: false`) and a person's decisions on them.

ids        the one definition of an event's id and of a claim's fingerprint
queue      the pending events of a knowledge base, as data and as JSON
paragraph  a quote found inside its paragraph of the source text
decide     accept, reject, edit, attach, merge: written through content/yamlio's atomic writer
terminal   `heritage review`'s interactive screen, driven by any line-based input
"""
