"""The gate on the pledge register's verdicts and on what a sentence's other claims read (gatescope).

A register verdict vouches for the pledge its frame read, not for what else its clause states: a figure no frame
holds or an ally's own plan named around the pledge withholds it (check._unread_pledge, coverage.unread_content).
A sibling claim's words count as read only where that sibling read them (coverage.unread_words). A modal inside a
quotation that closes before the figure is the quoted speaker's (modality.clause_mood; the dev corpus's drezner:
'"You have to pay your fair share," Obama told David Cameron, who subsequently met the 2 percent threshold'). Each
sentence is real, from
an article outside the corpus; the positive cases of the register's gate are the dev corpus's (newsrnd's "At that
time, only three alliance partners achieved the two percent target", defensemirror's "Germany would drastically
increase defense spending ... to move towards the NATO target"), which no article found for this audit repeats.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from natospend.claims import check_text, extract
from natospend.claims import modality as M
from natospend.claims.coverage import unread_content


def _verdicts(ds: Any, text: str, as_of: str, kind: str = "pledge") -> list[str]:
    return [r.verdict for r in check_text(ds, text, as_of=as_of) if r.kind == kind]


# https://www.thenews.com.pk/print/1159113-norway-ready-to-step-up-defence-needs-says-prime-minister (Reuters,
# 18 February 2024, before Sweden joined on 7 March)
THIRTY_ONE = (
    "The 31 allies have committed to a target of spending 2 percent of their output on defence but not all have done "
    "so individually."
)


def test_the_alliance_s_size_on_the_day_is_read(ds: Any) -> None:
    """'The 31 allies' is the alliance's size on the claim's date (31 until Sweden joined in March 2024), so it is no
    figure the pledge leaves unread: the Vilnius pledge settles it."""
    [r] = [r for r in check_text(ds, THIRTY_ONE, as_of="2024-02-18") if r.kind == "pledge"]
    assert r.verdict == "accurate" and "vilnius-2023-2pct" in r.explanation and r.unread == []


def test_a_size_the_alliance_did_not_have_is_not_read() -> None:
    """The near miss: the same words dated after Sweden joined (32 allies) leave '31' unread."""
    as_of = date(2024, 6, 18)
    [claim] = [c for c in extract(THIRTY_ONE, as_of) if c.kind == "pledge"]
    lo, hi = claim.own_bounds()
    assert "31" in unread_content(claim, lo, hi, as_of)


# https://particle.news/story/nato-sets-5-gdp-defense-spending-target-after-trump-push (26 June 2025)
HAGUE_PARTS = (
    "NATO leaders agreed at the Hague summit on June 25 to raise defense spending to 5% of GDP by 2035, allocating "
    "3.5% for core military needs and 1.5% for security infrastructure and resilience."
)
# https://www.hurriyetdailynews.com/nato-says-all-countries-to-hit-spending-goal-212997 (AFP, 28 August 2025)
BREAKS_DOWN = (
    "That headline figure breaks down as 3.5 percent on core defense spending and 1.5 percent on a looser range of "
    "areas such as infrastructure and cyber security."
)
# https://total-croatia-news.com/news/politics/croatia-met-nato-defence-budget-target-in-2021/ (31 March 2022)
WALES_PARTS = (
    "NATO member states committed in 2014 to increase their defence budgets to at least 2% of GDP by 2024 and to set "
    "aside at least 20% of the defence outlays for military equipment."
)


def test_a_pledge_s_day_and_other_parts_are_no_unread_figures(ds: Any) -> None:
    """The day of a summit ('June 25') and the levels of the alliance's other pledges (the Hague parts, Wales's 20%
    for equipment) are the pledge's own context, read by its reader: each pledge stays accurate."""
    assert _verdicts(ds, HAGUE_PARTS, "2025-06-26") == ["accurate"] * 3
    assert _verdicts(ds, BREAKS_DOWN, "2025-08-28") == ["accurate"]
    assert _verdicts(ds, WALES_PARTS, "2022-03-31") == ["accurate"]


def test_a_figure_that_is_no_pledge_s_level_is_unread() -> None:
    """The near miss: without the alliance's pledge levels as context, the Hague core part's 3.5% is a figure of the
    related part's clause that its frame does not hold (as 'three' is in "only three alliance partners achieved the
    two percent target"), and would withhold its verdict."""
    as_of = date(2025, 8, 28)
    [claim] = extract(BREAKS_DOWN, as_of)  # the 1.5% part, with the 3.5% part in its clause
    lo, hi = claim.own_bounds()
    assert unread_content(claim, lo, hi, as_of, context=frozenset({2.0, 3.5, 1.5, 5.0})) == []
    assert unread_content(claim, lo, hi, as_of) == ["3.5"]


# https://chattythat.news/nato-ministers-back-defense-spending-increase-497282.html (5 June 2025)
ONE_THIRD = (
    "NATO members currently commit to spending at least 2% of GDP on military expenditure, a target which around one "
    "third of the alliance still doesn't meet, including Portugal (1.55%), Italy (1.49%), Canada (1.37%), Belgium "
    "(1.3%) and Spain (1.28%)."
)


def test_a_relative_clause_after_the_pledge_is_another_claim_s(ds: Any) -> None:
    """', a target which around one third of the alliance still doesn't meet' is its own predicate about who meets
    the target, not part of the pledge: its figure and allies are not the pledge's to read."""
    results = check_text(ds, ONE_THIRD, as_of="2025-06-05")
    [pledge] = [r for r in results if r.kind == "pledge"]
    assert pledge.verdict == "accurate" and "vilnius-2023-2pct" in pledge.explanation
    assert {r.fields["countries"][0] for r in results if r.kind == "share_gdp"} == {"PRT", "ITA", "CAN", "BEL", "ESP"}


# https://www.dailymail.co.uk/wires/reuters/article-12198827/NATO-countries-target-military-spending-2-5-GDP-Estonia-says.html
# (Reuters, 15 June 2023)
PEVKUR = (
    '"It has led to big gaps in our defense capabilities. Which is why we believe 2% is actually not enough. We have '
    'to push for more, we have to push for 2.5."'
)


def test_a_cue_inside_the_quotation_governs_its_figure() -> None:
    """'We have to push for 2.5': the obligation and the figure are inside the same quotation."""
    at = PEVKUR.find("2.5")
    mood = M.clause_mood(PEVKUR, at, at + 3)
    assert mood is not None and mood.kind == "obligation" and mood.cue == "have to"


# https://www.mtlpresse.ca/498asyj/5GHTcea6292P39HGEw38.php (BBC Verify, 10 July 2024)
SECOND_THIRD = (
    "Estonia is in second place at 3.4% with the US in third place at 3.4%, which is about the same level as it has "
    "been spending for the last decade."
)


def test_a_rank_s_words_are_read_where_the_rank_read_them(ds: Any) -> None:
    """The shares of 'Estonia is in second place at 3.4% with the US in third place at 3.4%' share their span with
    the two ranks, which read 'second', 'third' and 'place': every word is read and all four verdicts stand."""
    results = check_text(ds, SECOND_THIRD, as_of="2024-07-10")
    assert sorted((r.kind, r.verdict) for r in results) == [
        ("ranking", "accurate"),
        ("ranking", "accurate"),
        ("share_gdp", "accurate"),
        ("share_gdp", "accurate"),
    ]
