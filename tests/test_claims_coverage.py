"""The "read every word" gate (claims/coverage.py, check._unread_frame): `accurate`, `inaccurate` and `outdated` need
every word of the claim's clause read into its frame or neutral; otherwise the claim is `unverifiable`, naming the
words (`unread`) and keeping the verdict the figures gave (`figures_verdict`).

Real sentences (addresses in comments), each with the near miss on the other side of the gate.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import natospend
from natospend.claims import check_text
from natospend.claims.coverage import unread_words
from natospend.claims.parse import extract


@pytest.fixture(scope="module")
def ds() -> Any:
    return natospend.load()


def _kind(ds: Any, text: str, as_of: str, kind: str) -> list[Any]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == kind]


# http://abcnews.go.com/International/wireStory/country-country-breakdown-nato-defense-spending-45512727 (Feb 2017)
FIVE_OF_28 = (
    "Only five of NATO's 28 member countries last year met the alliance goal of spending at least 2 percent of their "
    "economy on defense."
)


def test_every_word_read_keeps_the_verdict(ds: Any) -> None:
    """'Only', 'of NATO's 28 member countries' (the alliance's size in 2016), 'met the alliance goal of spending at
    least 2 percent': every word is read or neutral, so the count stands."""
    [count] = _kind(ds, FIVE_OF_28, "2017-02-15", "count")
    assert count.verdict == "accurate" and count.unread == [] and count.figures_verdict is None
    assert next(e for e in count.evidence if e.role == "as_of").release_id == "nato-2016-07"


def test_a_number_of_allies_that_is_not_the_alliance_s_size_is_not_read(ds: Any) -> None:
    """The near miss: NATO had 28 members in 2016, not 30; the count reader keeps the total in its words, and the gate
    checks it."""
    [count] = _kind(ds, FIVE_OF_28.replace("28", "30"), "2017-02-15", "count")
    assert count.verdict == "unverifiable" and count.unread == ["30"] and count.figures_verdict == "accurate"
    assert "Could not read every word of the claim ('30')" in count.explanation
    assert "The figure held: Matches NATO's figures" in count.explanation


def test_the_stage_alone() -> None:
    """coverage.unread_words on the extractor's claim: nothing unread, and the near miss's word."""
    as_of = date(2017, 2, 15)
    [claim] = [c for c in extract(FIVE_OF_28, as_of) if c.kind == "count"]
    assert unread_words(claim, 0, len(claim.text), as_of) == []
    pensions = "Britain, excluding pensions, spent 2.21 percent of GDP on defence in 2016."
    [share] = [c for c in extract(pensions, as_of) if c.kind == "share_gdp"]
    assert unread_words(share, 0, len(share.text), as_of) == ["excluding", "pensions"]


# https://particle.news/story/nato-projects-all-members-will-hit-2-defense-spending-in-2025-with-germanys-formal-estimate-still
# (August 2025, NATO's estimates of 2025: Poland 4.48, Lithuania 4.00, Estonia 3.38, the US 3.22)
LEADS = (
    "The United States remains the largest absolute spender at about $845 billion, while Poland leads by GDP share "
    "at 4.48%, followed by Lithuania at 4.0%, Estonia at 3.38%, and the U.S. at 3.22%."
)


def test_a_rank_beside_a_share_is_read_by_its_own_claim(ds: Any) -> None:
    """'Poland leads by GDP share at 4.48%' is two claims: the share (checked, and matching) and the rank, which reads
    'leads' and abstains on its own (the August 2025 release is partial). The share's words are all read."""
    results = check_text(ds, LEADS, as_of="2025-08-28")
    shares = {r.fields["countries"][0]: r for r in results if r.kind == "share_gdp"}
    for code, value in (("POL", 4.48), ("LTU", 4.0), ("EST", 3.38), ("USA", 3.22)):
        assert shares[code].verdict == "accurate" and shares[code].fields["value"] == value
        assert shares[code].unread == []
    [rank] = [r for r in results if r.kind == "ranking"]
    assert rank.verdict == "unverifiable" and "only partly in the dataset" in rank.explanation


def test_a_rank_s_word_with_no_rank_claim_is_not_read() -> None:
    """The near miss: the same share with the rank's words but no rank read from them ('takes the first place'
    is no wording the rank reader knows) is not settled."""
    as_of = date(2025, 8, 28)
    text = "Poland takes the first place among allies, at 4.48% of GDP."
    shares = [c for c in extract(text, as_of) if c.kind == "share_gdp"]
    assert shares and all("takes" in unread_words(c, 0, len(c.text), as_of) for c in shares)


# https://dev-v4.freemalaysiatoday.com/category/world/2024/02/14/18-countries-to-meet-2-military-spending-target-in-2024-says-nato-chief
# (14 February 2024)
EXPECTED = (
    "In 2023, eleven allies are expected to have met the 2% target according to prior Nato estimates – Poland, the "
    "US, Greece, Estonia, Lithuania, Finland, Romania, Hungary, Latvia, the UK, and Slovakia."
)


def test_an_expectation_is_not_a_figure_stated(ds: Any) -> None:
    """'are expected to have met ... according to prior Nato estimates': the count matches NATO's projection, but
    which earlier estimate the sentence means ('prior') no rule read."""
    counts = _kind(ds, EXPECTED, "2024-02-14", "count")
    [eleven, named] = counts  # the count, then the list that names the eleven (its own claim, read as a whole set)
    assert eleven.verdict == "unverifiable" and eleven.figures_verdict == "accurate"
    assert eleven.unread == ["prior"]  # "are expected to" is read as NATO's projection; "prior" estimates are not
    assert eleven.evidence  # the figure held is still shown
    assert eleven.fields["value"] == 11.0 and eleven.fields["year"] == 2023
    assert named.verdict == "accurate" and named.unread == []


def test_a_contradicted_figure_with_an_unread_word_is_not_called_inaccurate(ds: Any) -> None:
    """A near miss of the sentence above's form: NATO's 2016 figure for Germany is 1.19% (nato-2017-06), so '1.5
    percent' is contradicted, but 'excluding pensions' may be what makes it right: `unverifiable`, not `inaccurate`."""
    text = "Germany spent 1.5 percent of its GDP on defence in 2016, excluding pensions."
    [share] = _kind(ds, text, "2017-07-01", "share_gdp")
    assert share.verdict == "unverifiable" and share.figures_verdict == "inaccurate"
    assert share.unread == ["excluding", "pensions"]
    [plain] = _kind(ds, text.replace(", excluding pensions", ""), "2017-07-01", "share_gdp")
    assert plain.verdict == "inaccurate" and plain.unread == []


def test_a_verdict_of_the_pledge_register_is_not_gated(ds: Any) -> None:
    """The pledge reader reads a pledge's parts and checks each against the register: 'will ask Nato allies to meet'
    is the register's to judge (seed article 004, February 2017)."""
    [pledge] = _kind(
        ds, "Sir Michael Fallon will ask Nato allies to meet 2% defence spending target", "2017-02-15", "pledge"
    )
    assert pledge.verdict == "accurate" and pledge.unread == []
    assert pledge.evidence[0].release_id == "wales-2014-2pct"


def test_the_json_carries_the_gate(ds: Any) -> None:
    [count] = _kind(ds, FIVE_OF_28.replace("28", "30"), "2017-02-15", "count")
    payload = count.to_dict()
    assert payload["unread"] == ["30"] and payload["figures_verdict"] == "accurate"
    assert payload["verdict"] == "unverifiable"
