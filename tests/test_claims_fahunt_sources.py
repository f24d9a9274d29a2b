"""Branch fahunt: false `accurate` verdicts on figures that are not NATO's. A figure attributed to a source natospend
does not hold (ifo, the Kiel Institute, a think tank, a ministry, a budget plan) is unverifiable even where NATO's
figure agrees; a held source named beside it comes first; a group's pledge is not one member's; and a figure an
article restates later with its source takes that source (claims/sourcing.carry_attribution).

Figures (embedded data): NATO July 2023 (2023e: Germany 1.57%, Belgium 1.13%, Luxembourg 0.72%; 11 allies at or
above 2%); July 2016 (2016e United Kingdom 2.21%); June 2024 (2024e Poland 4.12%)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from natospend.claims import ClaimResult, check_text
from natospend.claims.check import check_claim
from natospend.claims.parse import extract
from natospend.claims.sourcing import carry_attribution
from natospend.claims.text import clean_text
from natospend.store.dataset import Dataset

ARTICLES = Path(__file__).parent / "data" / "claims_articles"


def _kind(ds: Dataset, text: str, as_of: str, kind: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == kind]


# ------------------------------------------------------------------------------------------------ unheld sources
def test_an_institutes_estimate_is_not_settled_by_natos_agreeing_figure(ds: Dataset) -> None:
    # https://www.econpol.eu/node/1142 (ifo press release, May 2023; the attribution moved into the sentence), read
    # after NATO's July 2023 estimate (1.57%), which agrees: still ifo's figure, not NATO's.
    text = (
        "Compared to 2021, Germany will increase its spending by 0.1 percentage points to 1.6 percent of its "
        "economic output in 2023, according to calculations by the ifo Institute."
    )
    # (bounds: the change in points also implies 1.6 - 0.1 = 1.5% in 2021, its own claim)
    r, base = _kind(ds, text, "2023-07-10", "share_gdp")
    assert r.fields["countries"] == ["DEU"] and r.fields["value"] == 1.6 and r.fields["year"] == 2023
    assert r.verdict == "unverifiable" and "'ifo'" in r.explanation and "1.57%" in r.explanation, r.explanation
    assert (base.fields["year"], base.fields["value"], base.verdict) == (2021, 1.5, "unverifiable")
    # the same sentence with no source is NATO's figure, and it holds (2021: 1.53% in nato-2021-06, the only 2021
    # figure held by then; the later releases that revised it are only partly transcribed: left open)
    plain, base = _kind(ds, text.split(", according to")[0] + ".", "2023-07-10", "share_gdp")
    # the "read every word" gate withholds the 'accurate': the change "compared to 2021" is its own claim, left open
    assert plain.verdict == "unverifiable" and plain.figures_verdict == "accurate", plain.explanation
    assert "Compared" in plain.unread
    assert (base.fields["year"], base.fields["value"], base.verdict) == (2021, 1.5, "unverifiable"), base.explanation


def test_a_count_on_an_institutes_figures_is_not_natos_count(ds: Dataset) -> None:
    # https://starconnectmedia.com/2023/05/how-germany-is-faring-in-respect-of-nato-membership-budget/ (DPA, 17 May
    # 2023), with the year stated and read after NATO's July 2023 estimate, which also counts 11.
    text = "Only 11 of 30 NATO member countries reach the 2% target in 2023, according to ifo figures."
    [r] = _kind(ds, text, "2023-07-10", "count")
    assert r.fields["value"] == 11 and r.fields["year"] == 2023
    assert r.verdict == "unverifiable" and "'ifo'" in r.explanation, r.explanation
    [plain] = _kind(ds, "Only 11 of 30 NATO member countries reach the 2% target in 2023.", "2023-07-10", "count")
    # the "read every word" gate withholds the 'accurate': the total "of 30" is not marked read
    assert plain.verdict == "unverifiable" and plain.figures_verdict == "accurate", plain.explanation
    assert "30" in plain.unread, plain.unread


def test_a_ministrys_figure_and_a_think_tanks_are_theirs(ds: Dataset) -> None:
    # https://www.smiraponitke.com/2024/06/20/poland-country-to-be-natos-biggest-defence-spender-in-2024.html (20 June
    # 2024) gives NATO's 4.12%; said by the defence ministry or the Kiel Institute it is theirs.
    base = "Poland will spend the equivalent of 4.12% of its GDP on defence this year"
    for source, named in (
        (", the defence ministry said.", "'defence ministry'"),
        (", according to the Kiel Institute.", "'Kiel Institute'"),
    ):
        [r] = _kind(ds, base + source, "2024-06-20", "share_gdp")
        assert r.fields["countries"] == ["POL"] and r.fields["value"] == 4.12
        assert r.verdict == "unverifiable" and named in r.explanation, r.explanation
    [plain] = _kind(ds, base + ".", "2024-06-20", "share_gdp")
    assert plain.verdict == "accurate", plain.explanation


def test_a_held_source_named_beside_a_speaker_is_the_figures_source(ds: Dataset) -> None:
    # https://sputnikglobe.com/20170214/uk-spending-nato-requirements-1050675642.html (14 February 2017): the
    # ministry speaks, NATO's figures are the source (2016e 2.21%, over 2%).
    text = (
        "\"These figures are wrong: Nato's own figures clearly show that the UK spends over 2 per cent of its GDP "
        "on defence,\" the Defense Ministry's spokesman said."
    )
    [r] = _kind(ds, text, "2017-02-14", "share_gdp")
    assert r.fields["countries"] == ["GBR"] and r.fields["comparator"] == "gt"
    # the gate abstains on "These figures are wrong", a judgement no rule reads
    assert r.verdict == "unverifiable" and r.figures_verdict == "accurate" and "wrong" in r.unread
    assert "2.21%" in r.explanation, r.explanation


def test_a_think_tank_as_the_venue_is_not_the_source(ds: Dataset) -> None:
    # dev 2024-06-17 kyivindependent: Stoltenberg speaks at a think tank; the count is NATO's.
    text = (
        '"I can only now reveal that this year more than 20 allies will spend at least 2% of GDP on defense," '
        "Stoltenberg said at the Wilson Center think tank in Washington, reported by Reuters."
    )
    [r] = _kind(ds, text, "2024-06-17", "count")
    # gate: neutral word not yet listed ('can', 'reveal')
    assert r.fields.get("attributed_to") is None and r.verdict == "unverifiable", r.explanation
    assert r.figures_verdict == "accurate" and "reveal" in r.unread


# ------------------------------------------------------------------------------------------------ group pledges
def test_a_groups_obligation_is_not_one_members_pledge(ds: Dataset) -> None:
    # https://time.news/two-percent-of-gdp-for-defense-is-not-enough (ifo, 7 November 2024): the UK's own 2% pledge
    # of 2015 is not what 'European countries must spend'; the alliance-wide pledge does not settle it either.
    text = (
        "According to the Ifo Institute, European countries must spend more than two percent of their gross "
        "domestic product on defense in order to be able to defend themselves without the US protective shield."
    )
    [r] = _kind(ds, text, "2024-11-07", "share_gdp")
    assert r.fields["group_key"] == "europe" and r.fields["comparator"] == "gt"
    assert r.verdict == "unverifiable" and "gbr-2pct-2015" not in r.explanation, r.explanation


# ------------------------------------------------------------------------------------------------ across an article
def _article(name: str) -> tuple[str, date]:
    data = tomllib.loads((ARTICLES / f"{name}.toml").read_text(encoding="utf-8"))
    return clean_text(data["text"]), date.fromisoformat(data["date"])


def test_a_figure_restated_later_with_its_source_takes_the_source(ds: Dataset) -> None:
    # dev 2024-02-15 belganewsagency: the lede's 1.1% (Belgium) and 0.7% (Luxembourg, same paragraph) are ifo's,
    # which the next paragraph says when it restates Belgium's 1.1 percent. NATO's 1.13% and 0.72% agree.
    text, day = _article("2024-02-15-belganewsagency-ifo-second-lowest")
    claims = extract(text, day)
    before = {(c.countries[0], c.value): check_claim(ds, c, day) for c in claims if c.kind == "share_gdp"}
    # the "read every word" gate withholds Belgium's 'accurate': "at the bottom of the NATO rankings" is a rank no
    # rule of the share reads
    bel, lux = before[("BEL", 1.1)], before[("LUX", 0.7)]
    assert bel.verdict == "unverifiable" and bel.figures_verdict == "accurate" and "bottom" in bel.unread
    assert lux.verdict == "accurate"
    carried = [c for c in carry_attribution(text, claims, day) if c.kind == "share_gdp" and c.value in (1.1, 0.7)]
    assert [(c.countries, c.attributed_to) for c in carried] == [(["BEL"], "unheld"), (["LUX"], "unheld")]
    assert {check_claim(ds, c, day).verdict for c in carried} == {"unverifiable"}


def test_a_restatement_of_another_year_or_by_nato_carries_nothing() -> None:
    # variants of the Belga lede: the later sentence gives another year, or names NATO as the source
    day = date(2024, 2, 15)
    for later in (
        "In 2022, an analysis by the German research institute Ifo found Belgium spent 1.1 percent.",
        "According to NATO figures, Belgium spent 1.1 percent.",
    ):
        text = clean_text(f"Belgium spent 1.1 per cent of GDP on defence in 2023.\n{later}")
        [first] = [c for c in carry_attribution(text, extract(text, day), day) if c.start == 0]
        assert first.attributed_to is None, later
