"""Changes of spending (growth3): a rise stated as the object of an implicative verb ("forced allies to boost"), a
rise named as the subject of a copula ("the increase was 3.9 percent"), a run of rises said of the alliance next to
a region's (no NATO aggregate), and near misses that must stay no claim (calls, a world total, a felt compulsion).
Sentences from published articles not in the corpus (address and date in a comment); figures asserted are cells
of the embedded dataset."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.claims.check import ClaimResult
from natospend.store.dataset import Dataset


def _growth(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of) if r.kind == "real_growth"]


# http://www.daily-sun.com/printversion/details/321784/2018/07/13/Trump-forces-allies-to-boost-defence-spending
# (2018-07-13), its headline line.
_FORCES = "Trump forces allies to boost defence spending"


def test_an_implicative_verb_states_the_rise_of_its_object(ds: Dataset) -> None:
    # "forces allies to boost": the allies' rise is stated (not a call), with no year: never judged on a guess
    (r,) = _growth(ds, _FORCES, "2018-07-13")
    assert r.fields["countries"] == ["ALL"] and r.verdict == "unverifiable"
    assert "Cannot tell which years" in r.explanation


def test_a_felt_compulsion_or_a_call_is_no_rise(ds: Dataset) -> None:
    # https://news.defcros.com/?p=5355 (2025-06): "felt compelled to bolster" says what they felt, not what they did
    text = (
        'This "expensive war," as he termed it, is manifesting in increased defensive postures from NATO member '
        "states, which have felt compelled to bolster their spending in light of aggressive Russian maneuvers."
    )
    assert _growth(ds, text, "2025-06-30") == []
    # https://orient-news.net/ar/news_show/167874 (2019-06-04): "had no choice but to increase" is a demand
    text = (
        "US President Donald Trump said NATO allies had no choice but to increase their military spending, "
        "repeating his demand that all those in the alliance meet the target of spending 2% of GDP a year on defence."
    )
    assert _growth(ds, text, "2019-06-04") == []


# https://en.news-front.su/2021/03/17/nato-members-increase-defense-spending-in-2020 (2021-03-17)
_LARGEST = "It is noted that the largest increase in spending was recorded in the United States – it is 3.9 percent."


def test_a_rise_named_as_the_subject_of_a_copula_is_a_change_not_a_share(ds: Dataset) -> None:
    # Read as a share of GDP before (the US at 3.73% in 2020: "inaccurate"); it is the size of a rise.
    (r,) = _growth(ds, _LARGEST, "2021-03-17")
    assert r.fields["countries"] == ["USA"] and r.fields["value"] == 3.9
    # nato-2021-03 holds shares of GDP for 11 allies, no real change for 2020
    assert r.verdict == "unverifiable" and "No NATO release" in r.explanation
    assert not [x for x in check_text(ds, _LARGEST, "2021-03-17") if x.kind == "share_gdp"]


# https://www.forces.net/news/how-has-nato-defence-spending-changed-over-time (2021-03)
_SIXTH = "In 2020, the spending of the NATO alliance increased for the sixth consecutive year."
# https://www.blaetter.de/dokumente/die-militaerausgaben-sind-2015-weltweit-gestiegen (SIPRI, 2016-04-05)
_CENTRAL = "However, in Central Europe alone spending was up 13 per cent."


def test_a_run_of_the_alliance_is_a_claim_a_region_is_not(ds: Dataset) -> None:
    (r,) = _growth(ds, _SIXTH, "2021-03-16")
    assert r.fields["countries"] == ["NATO_TOTAL"] and r.fields["period"] == 6 and r.verdict == "unverifiable"
    # SIPRI's Central Europe holds non-allies (Serbia, Bosnia and Herzegovina): no NATO aggregate, no claim
    assert check_text(ds, _CENTRAL, "2016-04-05") == []
    # https://www.aspi.org.au/tag/defence-spending/ (2025): the world's run of rises is no ally's either
    text = (
        "World military spending reached a staggering US$2.7 trillion in 2024, marking the steepest rise since the "
        "end of the Cold War and the 10th consecutive year of increases."
    )
    assert _growth(ds, text, "2025-06-01") == []


def test_a_world_total_spurred_by_europe_is_no_rise_of_allies(ds: Dataset) -> None:
    # https://www.japantimes.co.jp/news/2023/04/24/world/world-military-spending-record-insecurity/ (2023-04-24):
    # "spurred by" names a cause of the world's rise; an effect ("spurred additional spending by ...") would name
    # its spender after the spending
    text = (
        "Global military spending rose to a record last year, spurred by a policy U-turn in Europe where governments "
        "boosted capabilities by the most since the end of the Cold War in the wake of Russia’s invasion of Ukraine."
    )
    assert _growth(ds, text, "2023-04-24") == []
