"""An ally's share of the alliance's spending follows the vintage rules of every other figure (rules/alliance.py):
a share that matches an older release, when a newer NATO release held by the claim's date lacks the dollar figures
it is derived from (the August 2025 release is held without its dollar tables), is `unverifiable`, naming that
release; before any such release it is `accurate`. Published sentence: CNN's fact check of Trump's Davos speech, as
reprinted at https://news.disinformationcommission.com/false-claims/fact-check-trump-makes-false-claims-about-greenland-and-nato-during-davos-appearance-2
(21 January 2026). nato-2024-06: US 656,059 of NATO's 911,654 million current US$ in 2016 = 72.0%."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.store.dataset import Dataset

SHARE_2016 = "U.S. defense spending accounted for approximately 72% of total NATO defense spending in 2016."


def _share(ds: Dataset, as_of: str) -> tuple[str, str]:
    found = [r for r in check_text(ds, SHARE_2016, as_of=as_of) if r.kind == "alliance_share"]
    assert len(found) == 1, [(r.kind, r.verdict) for r in check_text(ds, SHARE_2016, as_of=as_of)]
    return found[0].verdict, found[0].explanation


def test_share_after_a_release_held_without_its_dollar_tables_is_unverifiable(ds: Dataset) -> None:
    verdict, why = _share(ds, "2026-01-21")
    assert verdict == "unverifiable"
    assert "71.96% in nato-2024-06" in why and "only partly transcribed" in why


def test_share_before_any_newer_release_is_accurate(ds: Dataset) -> None:
    verdict, why = _share(ds, "2024-07-01")
    assert verdict == "accurate", why
    assert "71.96% in nato-2024-06" in why
