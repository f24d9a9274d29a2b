"""The service's answers with the API's envelope: `Tables` is natospend.service.questions.Questions whose `meta()`
returns the API schema's `Meta` (what every JSON response carries)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from typing import Any

from natospend.interfaces.api.schemas import Meta
from natospend.service.questions import PUBLISHERS, Questions, jsonable

__all__ = ["PUBLISHERS", "Meta", "Tables", "jsonable"]


class Tables(Questions):
    """The service over one Dataset, as the API and the dashboard use it."""

    def meta(
        self,
        title: str,
        releases: Iterable[str] = (),
        as_of: date | str | None = None,
        query: dict[str, Any] | None = None,
        notes: Iterable[str] = (),
        assumptions: dict[str, Any] | None = None,
    ) -> Meta:
        return Meta(**asdict(self.provenance(title, releases, as_of, query, notes, assumptions)))
