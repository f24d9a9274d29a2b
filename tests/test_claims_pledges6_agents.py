"""Whose plan a pledged figure is when its sentence names no ally and not the alliance (issue 10, class 3), in the
forms an audit of fresh whole articles found read as a pledge of every ally: a national government or "the goal is
to" after a sentence on one ally alone ("The prime minister stated defence spending would rise to 2.6% of GDP by
2027"), and a leader of people.csv ("Bart De Wever repeated agendas to boost defence spending to 2% of GDP by
2029"). Sentences are from published articles (address beside each), not from the corpus. Register entries used:
gbr-2.6pct-2027-intelligence (2025-02-25), ltu-5-6pct-2026 (2025-01-17); Belgium has no national pledge there."""

from __future__ import annotations

import pytest

from natospend.claims import check_text
from natospend.store.dataset import Dataset


def _pledges(ds: Dataset, text: str, as_of: str) -> list[tuple[str, list[str], float | None, str]]:
    return [
        (r.verdict, list(r.fields.get("countries") or []), r.fields.get("value"), r.explanation)
        for r in check_text(ds, text, as_of=as_of)
        if r.kind == "pledge"
    ]


@pytest.mark.parametrize(
    ("text", "as_of", "value", "country", "verdict", "pledge"),
    [
        # https://newstorn.com/keir-starmer-cuts-aid-to-fund-hike-in-defence-spending/ (was "No pledge of 2.6% (by
        # 2027) for all allies")
        ("Last year the UK spent £53.9bn on defence. The prime minister stated defence spending would rise to 2.6% "
         "of GDP by 2027, once the contribution of intelligence services to defence had been factored in.",
         "2025-02-25", 2.6, "GBR", "accurate", "gbr-2.6pct-2027-intelligence"),
        # https://balticsentinel.eu/8184518/all-three-baltic-states-signal-intention-to-increase-defense-spending-to-up-to-5-of-gdp
        # (was judged against the Hague pledge of every ally, "does not match the timing claimed (by 2026)")
        ("Lithuanian President Gitanas Nausėda made his commitment on January 17, basing it on a decision made the "
         "same day by Lithuania's National Defense Council. The goal is to reach and even exceed the 5% target by "
         "2026.", "2025-01-21", 5.0, "LTU", "accurate", "ltu-5-6pct-2026"),
        # https://brusselsmorning.com/belgium-to-boost-defence-spending-to-2-of-gdp-this-year/68836 : Belgium's plan,
        # not in the register (was judged as every ally's, against the 2006 guideline). pledges7: registered since
        # (bel-2pct-2029), and brought forward to 2025 (bel-2pct-2025, March 2025) by the claim's date
        ("Bart De Wever repeated agendas to boost defence spending to 2% of GDP by 2029, in accordance with NATO "
         "obligations, and to 2.5% by 2034.", "2025-04-10", 2.0, "BEL", "outdated", "bel-2pct-2029"),
    ],
)  # fmt: skip
def test_a_national_plan_named_by_its_government_or_leader(
    ds: Dataset, text: str, as_of: str, value: float, country: str, verdict: str, pledge: str
) -> None:
    found = [p for p in _pledges(ds, text, as_of) if p[2] == value]
    assert len(found) == 1, found
    [(got, countries, _value, why)] = found
    assert (got, countries) == (verdict, [country]), why
    assert pledge in why


@pytest.mark.parametrize(
    ("text", "as_of", "value"),
    [
        # The alliance named before the figure keeps the pledge every ally's, after a sentence on the UK alone
        # (nasdaqpicks.com/FT, February 2025): "NATO's 2 per cent target" is the alliance's
        ("The UK currently spends 2.3 per cent of GDP on defence. The government says NATO's 2 per cent target is a "
         "floor, not a ceiling.", "2025-02-25", 2.0),
        # https://www.onlytrustedinfo.com/norway-to-meet-5-nato-goal-on-defence-security-spending-prime-minister-says
        # a proposal by a NATO official is addressed to the alliance
        ("Norway spent an estimated 2.2% of GDP in 2024. NATO Secretary General Mark Rutte has proposed that member "
         "nations should each agree to aim for spending 5% of their gross domestic product on defence.",
         "2025-06-20", 5.0),
    ],
)  # fmt: skip
def test_the_alliance_named_keeps_the_pledge_every_allys(ds: Dataset, text: str, as_of: str, value: float) -> None:
    found = [p for p in _pledges(ds, text, as_of) if p[2] == value]
    assert found and all(countries == ["ALL"] for _v, countries, _x, _w in found), found
