"""The "read every word" gate reads the words the frame used (claims/coverage.py `_READ_WHEN`, vocab `[coverage]`):
each class with a real published sentence and the near miss that must still abstain."""

from __future__ import annotations

from natospend.claims import check_text
from natospend.store.dataset import Dataset


def _share(ds: Dataset, text: str, as_of: str, value: float):  # type: ignore[no-untyped-def]
    (r,) = [r for r in check_text(ds, text, as_of=as_of) if r.kind == "share_gdp" and r.fields["value"] == value]
    return r


# https://www.europesays.com/?p=2677123 (The Telegraph, on NATO's August 2025 figures: GBR 2025e 2.4, 2021 2.3)
BRITAIN_UP = (
    "Overall, Britain spent 2.4pc of GDP on defence in 2025, up from 2.3pc in 2021, according to Nato (the North "
    "Atlantic Treaty Organization)."
)


def test_a_direction_between_two_figures_that_lie_that_way_is_read(ds: Dataset) -> None:
    for value, year in ((2.4, 2025), (2.3, 2021)):
        r = _share(ds, BRITAIN_UP, "2025-09-01", value)
        assert (r.fields["countries"], r.fields["year"], r.verdict) == (["GBR"], year, "accurate"), r.explanation


def test_a_direction_the_two_figures_contradict_stays_unread(ds: Dataset) -> None:
    # near miss: both figures hold, but 2.4 is not "down from" 2.3
    text = BRITAIN_UP.replace("up from", "down from")
    r = _share(ds, text, "2025-09-01", 2.3)
    assert (r.verdict, r.figures_verdict) == ("unverifiable", "accurate") and "down" in r.unread, r.explanation
    # and a direction between figures of different precision that overlap is not read either ("2% ... down from 2.4%":
    # 2% covers 1.5 to 2.5)
    text = "Britain spent 2.4pc of GDP on defence in 2025, down from 2pc in 2021."
    r = _share(ds, text, "2025-09-01", 2.0)
    assert "down" in r.unread, (r.verdict, r.unread)


def test_up_is_read_only_as_a_direction_the_figures_bear_out(ds: Dataset) -> None:
    # near miss: "up from" a later year's figure (both figures hold: 2.3 in 2021, 2.4 in 2025)
    text = "Britain spent 2.3pc of GDP on defence in 2021, up from 2.4pc in 2025, according to Nato."
    r = _share(ds, text, "2025-09-01", 2.4)
    assert (r.verdict, r.figures_verdict) == ("unverifiable", "accurate") and "up" in r.unread, r.explanation
    # "up to" is read only as the bound the frame holds (at most 2.4)
    (r,) = check_text(ds, "Britain spent up to 2.4pc of GDP on defence in 2025.", "2025-09-01")
    assert (r.fields["comparator"], r.verdict) == ("le", "accurate"), (r.verdict, r.unread)


# https://menafn.com/1108091594/Washington-claims-37-percent-of-NATO-associates-dont-pay-their-way (14 April 2024)
SMITH_TWELVE = (
    "During a speech at Georgetown University's 'NATO at 75: Charting a New Course?' conference, American ambassador "
    "to NATO, Julianne Smith, underscored that twelve NATO countries have yet to fulfill their commitment to allocate "
    "2 percent of their GDP to defense spending."
)


def test_a_commitment_naming_the_threshold_is_read_but_not_what_is_done_with_it(ds: Dataset) -> None:
    (r,) = [r for r in check_text(ds, SMITH_TWELVE, as_of="2024-04-14") if r.kind == "count"]
    assert (r.fields["value"], r.fields["threshold"], r.fields["counts_below"]) == (12.0, 2.0, True)
    # 'commitment' names the 2% the frame holds; 'fulfill' (and the speech's words) are still not read
    assert r.verdict == "unverifiable" and "commitment" not in r.unread and "fulfill" in r.unread, r.unread


def test_each_of_a_plural_subject_is_read_but_each_year_is_not(ds: Dataset) -> None:
    # nato-2024-06: LVA 3.15, LTU 2.85 in 2024. "each" after the pair: each of them, as the frame reads it
    (r,) = check_text(ds, "Latvia and Lithuania each spend more than 2% of GDP on defence.", "2024-07-01")
    assert r.verdict == "accurate", (r.verdict, r.unread)
    # near miss: "each year" says it of every year, which no rule checks (one year's figure is)
    (r,) = check_text(ds, "Latvia and Lithuania spend more than 2% of GDP on defence each year.", "2024-07-01")
    assert (r.verdict, r.figures_verdict) == ("unverifiable", "accurate") and "each" in r.unread, r.unread
