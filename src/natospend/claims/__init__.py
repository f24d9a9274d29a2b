"""Claim checker: find checkable statements about defence spending in text and give each a verdict with evidence.

>>> import natospend
>>> from natospend import claims
>>> text = "America spends around 3.4% of its GDP on defence."
>>> results = claims.check_text(natospend.load(), text, as_of="2025-06-05")
>>> results[0].verdict
'outdated'
"""

from __future__ import annotations

from natospend.claims.check import VERDICTS, ClaimResult, Evidence, check_claim, check_text
from natospend.claims.parse import KINDS, Claim, extract
from natospend.claims.text import clean_text

__all__ = [
    "KINDS",
    "VERDICTS",
    "Claim",
    "ClaimResult",
    "Evidence",
    "check_claim",
    "check_text",
    "clean_text",
    "extract",
]
