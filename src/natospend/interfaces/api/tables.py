"""The service's answers with the API's envelope: `Tables` is natospend.service.questions.Questions whose `meta()`
returns the API schema's `Meta` (what every JSON response carries)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from natospend.interfaces.api.schemas import Meta
from natospend.service.questions import PUBLISHERS, Questions, jsonable

__all__ = ["PUBLISHERS", "Meta", "Tables", "jsonable"]


class Tables(Questions):
    """The service over one Dataset, as the API and the dashboard use it."""

    def meta(self, *args: Any, **kwargs: Any) -> Meta:
        """Questions.provenance(...) (same arguments) as the API's Meta."""
        return Meta(**asdict(self.provenance(*args, **kwargs)))
