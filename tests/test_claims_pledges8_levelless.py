"""Branch pledges8: pledges of the alliance stated with no level, by what was agreed or by name ("NATO members ...
have agreed to reverse the trend of declining defence budgets", "NATO leaders agreed to increase their defense
spending", "the Defence Investment Pledge agreed at the 2014 Wales Summit"), matched to the pledge register on
content, when made and deadline; a rise claimed with no summit or year and no pledge made in the month before is
`unverifiable` (Trump's claimed new commitments of July 2018).

Register (src/natospend/meta/pledges.toml): wales-2014-halt-decline, wales-2014-real-growth, wales-2014-2pct
(5 September 2014), hague-2025-total-5 (25 June 2025)."""

from __future__ import annotations

import pytest

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _pledges(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "pledge"]


def _one(ds: Dataset, text: str, as_of: str) -> ClaimResult:
    found = _pledges(ds, text, as_of)
    assert len(found) == 1, [r.text for r in found]
    return found[0]


# http://www.southwalesargus.co.uk/news/natosummit/11456566.Nato_members_agree_to_boost_defence_spending/ (5 Sep 2014)
WALES = (
    "NATO members meeting in south Wales have agreed to reverse the trend of declining defence budgets, the "
    "alliance's secretary general Anders Fogh Rasmussen has announced."
)


def test_a_halt_to_cuts_agreed_is_the_wales_pledge(ds: Dataset) -> None:
    r = _one(ds, WALES, "2014-09-05")
    assert r.verdict == "accurate", r.explanation
    assert "wales-2014-halt-decline" in r.explanation
    assert r.fields["countries"] == ["ALL"] and r.fields["value"] is None
    assert r.span.text.startswith("NATO members") and r.span.text.endswith("declining defence budgets")


def test_a_halt_to_cuts_expected_is_no_claim(ds: Dataset) -> None:
    # the near miss: a prospect of agreeing, not an agreement
    near = (
        "NATO members meeting in south Wales are expected to agree to reverse the trend of declining defence budgets."
    )
    assert _pledges(ds, near, "2014-09-04") == []


def test_a_halt_to_cuts_said_made_at_another_summit_is_inaccurate(ds: Dataset) -> None:
    # the register settles it: the only pledge to halt cuts was made at Wales in 2014, not at Warsaw in 2016
    r = _one(ds, "At the Warsaw summit, allies agreed to halt any decline in defence spending.", "2016-07-09")
    assert r.verdict == "inaccurate", r.explanation
    assert "wales-2014-halt-decline" in r.explanation and "2016" in r.explanation
    dated = _one(ds, "NATO allies agreed in 2014 to halt any decline in defence expenditure.", "2018-01-01")
    assert dated.verdict == "accurate", dated.explanation


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # http://www.worldbulletin.net/america-canada/203987/trump-nato-members-agreed-to-increase-spending
        # (13 Jul 2018)
        (
            'US President Donald Trump says he is "very, very happy" because of NATO members have pledged to '
            'increase defence spending to levels "never seen before", despite denials from allies such as France '
            "that additional pledges were made beyond previous targets.",
            "2018-07-13",
        ),
        # https://www.ceoe.es/en/ceoe-news/internacional/conclusions-nato-summit-held-madrid (1 Jul 2022)
        (
            "To this end, Member States' representatives agreed as to the need to raise defence and security "
            "spending and investment.",
            "2022-07-01",
        ),
    ],
)
def test_a_rise_agreed_with_no_pledge_made_then_is_unverifiable(ds: Dataset, text: str, as_of: str) -> None:
    r = _one(ds, text, as_of)
    assert r.verdict == "unverifiable", r.explanation
    assert "Cannot tell which agreement" in r.explanation


@pytest.mark.parametrize(
    "text",
    [
        # https://m.vovworld.vn/en-US/news/nato-commits-to-spending-hike-1403178.vov (June 2025)
        "In a five-point statement, NATO endorsed the higher defense spending goal - a response not only to Trump but "
        "also to Europeans' fears of growing security threats.",
        # https://americanfocus.online/key-takeaways-from-the-nato-summit-npr (25 Jun 2025)
        "The 32 members of the world's biggest security organization have agreed to a plan to significantly increase "
        "defense spending, aiming to reach Cold War-era defense expenditure levels.",
    ],
)
def test_a_rise_agreed_at_the_hague_summit_is_the_hague_pledge(ds: Dataset, text: str) -> None:
    r = _one(ds, text, "2025-06-26")
    assert r.verdict == "accurate", r.explanation
    assert "hague-2025-total-5" in r.explanation
    # the same words half a year later name no agreement the register can tell
    later = _one(ds, text, "2026-01-15")
    assert later.verdict == "unverifiable", later.explanation


def test_a_wish_or_an_ally_of_its_own_is_no_alliance_pledge(ds: Dataset) -> None:
    hope = "European allies hope that committing to a sharp increase in defence spending will reassure him."
    assert _pledges(ds, hope, "2025-06-24") == []
    assert _pledges(ds, "Romania pledged an increase in defense spending.", "2017-12-15") == []


def test_a_negated_agreement_is_unverifiable(ds: Dataset) -> None:
    r = _one(ds, "NATO allies have not agreed to increase defence spending.", "2025-06-26")
    assert r.verdict == "unverifiable" and "negated" in r.explanation


def test_the_defence_investment_pledge_named_with_its_summit(ds: Dataset) -> None:
    # https://www.alliansfriheten.se/brussels-summit-declaration-nato-int/ (Brussels Summit Declaration, 11 Jul 2018)
    text = (
        "We reaffirm our unwavering commitment to all aspects of the Defence Investment Pledge agreed at the 2014 "
        "Wales Summit, and to submit credible national plans on its implementation, including the spending "
        "guidelines for 2024, planned capabilities, and contributions."
    )
    r = _one(ds, text, "2018-07-11")
    assert r.verdict == "accurate", r.explanation
    assert "wales-2014-2pct" in r.explanation
    # undated, "the Defence Investment Pledge" may be Wales's or Vilnius's: no claim
    assert _pledges(ds, "Allies renewed their commitment to the Defence Investment Pledge.", "2024-07-12") == []


def test_an_obligation_set_in_a_year_is_a_dated_pledge(ds: Dataset) -> None:
    # https://darakchi.uz/en/201989 (June 2025)
    text = (
        'Former US President Donald Trump supported this initiative, calling it a "major leap" compared to the '
        "2 percent obligation set in 2014."
    )
    r = _one(ds, text, "2025-06-26")
    assert r.verdict == "accurate", r.explanation
    assert "wales-2014-2pct" in r.explanation


# A pledge named by its noun and dated, with no figure: the sentences below are constructed on the pattern of the
# class (the real ones read are in the corpus); the register settles each by when the alliance made a pledge.
@pytest.mark.parametrize(
    ("text", "as_of", "verdict", "named"),
    [
        ("Allies simply remained committed to the pledge made at the Wales summit.", "2018-07-13", "accurate", "wales"),
        ("Allies simply remained committed to a 2014 deal.", "2018-07-13", "accurate", "wales"),
        # no alliance pledge was made at Madrid in 2022 (the register's is the UK's own, gbr-2.5pct-2030-johnson)
        ("Allies simply remained committed to the pledge made at the Madrid summit.", "2022-07-13", "unverifiable", ""),
        # a halt to cuts said to be the pledge of another summit than the register's (Wales, 2014)
        (
            "We have reversed the decline in defence spending, which was the NATO pledge made at Warsaw.",
            "2018-02-06",
            "inaccurate",
            "wales-2014-halt-decline",
        ),
    ],
)
def test_a_pledge_named_and_dated(ds: Dataset, text: str, as_of: str, verdict: str, named: str) -> None:
    r = _one(ds, text, as_of)
    assert r.verdict == verdict, r.explanation
    assert named in r.explanation


def test_a_pledge_named_as_what_allies_met_or_with_no_spending_is_no_claim(ds: Dataset) -> None:
    # who met it is a count, not the pledge
    assert _pledges(ds, "Every ally has now met the benchmark adopted in 2014.", "2025-08-28") == []
    # https://gov.uk/natowales (September 2014): agreements, no spending pledge named
    text = "The Wales Declaration sets out the agreements reached at the NATO Summit Wales 2014 and further actions."
    assert _pledges(ds, text, "2014-09-12") == []
