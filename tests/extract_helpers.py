"""Shared by the extractor's behaviour tests: publication days and the claims of a sentence."""
import datetime as dt

from builder.extract import extract_claims
from builder.extract.known import builtin_sites

P2016 = dt.date(2016, 12, 10)  # a Saturday
P2018 = dt.date(2018, 6, 14)  # a Thursday
P2021 = dt.date(2021, 3, 11)  # a Thursday


def claims(text, published):
    """The claims of `text` (built-in site list only), leaving out 'built' claims from ages."""
    return [c for c in extract_claims(text, published, builtin_sites(text)) if c.event != "built"]


def run(text, published):
    return [(c.site, c.event, c.date.edtf if c.date else None) for c in claims(text, published)]
