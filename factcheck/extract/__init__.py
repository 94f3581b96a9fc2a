"""Claim extraction: figures, their qualifiers, changes, subjects, attributions and entities."""

from factcheck.extract.claims import extract_claims, find_entities

__all__ = ["extract_claims", "find_entities"]
