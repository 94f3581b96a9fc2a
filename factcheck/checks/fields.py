"""Message placeholders every check fills the same way, so rule files can rely on them."""

from __future__ import annotations

from factcheck.models import Claim

COMMON = ("subject", "primary", "primary_location", "others")


def where(claim: Claim) -> str:
    return f"{claim.article}:{claim.span.line}:{claim.span.column}"


def quoted(claim: Claim) -> str:
    text = " ".join(((claim.qualifier_surface or "") + " " + claim.surface).split())
    who = f" (per {claim.attribution})" if claim.attribution else ""
    return f"“{text}”{who}"


def common(primary: Claim, others: list[Claim]) -> dict[str, str]:
    return {
        "subject": primary.subject or "figure",
        "primary": quoted(primary),
        "primary_location": where(primary),
        "others": listing(others),
    }


def listing(claims: list[Claim], limit: int = 4) -> str:
    """The first few claims, quoted; a long tail is counted, since every claim is cited anyway."""
    shown = "; ".join(quoted(c) for c in claims[:limit])
    return shown + (f"; and {len(claims) - limit} more" if len(claims) > limit else "")
