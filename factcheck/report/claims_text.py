"""The readable table `factcheck extract` prints: one claim a line, where it is and what it says."""

from __future__ import annotations

from factcheck.models import Claim, ClaimKind


def _number(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.6g}"


def _value(claim: Claim) -> str:
    if claim.kind is ClaimKind.date:
        return claim.date or ""
    if claim.sides:
        return "–".join(map(str, claim.sides))
    if claim.value is None and (claim.low is not None or claim.high is not None):
        stated = f"{_number(claim.low)}–{_number(claim.high)}"
    else:
        stated = _number(claim.value)
    unit = claim.currency if claim.kind is ClaimKind.money and claim.currency else claim.unit
    if claim.kind is ClaimKind.change:
        unit = "×"
    return f"{stated} {unit}" if unit else stated


def _notes(claim: Claim) -> str:
    notes = []
    if claim.qualifier:
        notes.append(claim.qualifier.value)
    if claim.change:
        notes.append(f"change {claim.change.direction.value}" + (f" ({claim.role})" if claim.role else ""))
    if claim.attribution:
        notes.append(f"per {claim.attribution}")
    if claim.conversion_of:
        notes.append("conversion")
    if claim.boilerplate:
        notes.append("boilerplate")
    return ", ".join(notes)


def render(claims: list[Claim]) -> str:
    rows = [("LOCATION", "KIND", "SURFACE", "VALUE", "SUBJECT", "NOTES")]
    for c in claims:
        surface = " ".join(c.surface.split())
        rows.append((f"{c.article}:{c.span.line}:{c.span.column}", c.kind.value, surface, _value(c), c.subject or "-",
                     _notes(c)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1] for row in rows]
    lines.append(f"{len(claims)} claims")
    return "\n".join(line.rstrip() for line in lines) + "\n"
