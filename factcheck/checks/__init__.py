"""The registry of check kinds: kind name → module (see base.py for what a module provides)."""

from __future__ import annotations

from types import ModuleType
from typing import Annotated, Union

from pydantic import Field, TypeAdapter

from factcheck.checks import (
    arithmetic_error,
    conversion_error,
    date_mismatch,
    disputed_figure,
    entity_variant,
    house_fact,
    qualifier_mismatch,
    unit_mismatch,
    value_mismatch,
)

REGISTRY: dict[str, ModuleType] = {
    module.KIND: module
    for module in (
        unit_mismatch, value_mismatch, conversion_error, qualifier_mismatch, disputed_figure, entity_variant,
        date_mismatch, arithmetic_error, house_fact,
    )
}

AnyRule = Annotated[Union[tuple(m.Rule for m in REGISTRY.values())], Field(discriminator="kind")]  # noqa: UP007
RULE_ADAPTER: TypeAdapter = TypeAdapter(AnyRule)
