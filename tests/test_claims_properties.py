"""Property-based tests over the claim extractor, and garbage in: never a crash, always a clean result."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from natospend.claims import VERDICTS, check_text, clean_text, extract
from natospend.claims.text import split_sentences
from natospend.reference import countries

ALLIES = [c for c in countries.allies() if c.has_armed_forces]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(max_size=400))
def test_extract_never_crashes_and_spans_point_into_the_text(text: str) -> None:
    clean = clean_text(text)
    for claim in extract(text, date(2025, 6, 5)):
        assert 0 <= claim.start < claim.end <= len(clean)
        assert clean[claim.start : claim.end] == claim.text


@FAST
@given(st.binary(max_size=400))
def test_binary_bytes_are_decoded_not_fatal(data: bytes) -> None:
    for claim in extract(data):
        assert claim.kind


@FAST
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_sentences_cover_the_text_in_order(text: str) -> None:
    spans = split_sentences(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


@FAST
@given(
    st.sampled_from(ALLIES),
    st.integers(min_value=50, max_value=600).map(lambda n: n / 100),
    st.sampled_from(
        ["{name} spends {v}% of its GDP on defence.", "In 2024, {name} spent {v} percent of GDP on defense."]
    ),
)
def test_share_of_gdp_round_trip(ally: Any, value: float, template: str) -> None:
    text = template.format(name=ally.name, v=f"{value:.2f}")
    claims = [c for c in extract(text, date(2025, 6, 5)) if c.kind == "share_gdp"]
    assert len(claims) == 1
    assert claims[0].countries == [ally.code]
    assert claims[0].value == value and claims[0].decimals == 2


@FAST
@given(st.integers(min_value=2, max_value=31), st.sampled_from(["allies", "member states", "members"]))
def test_counts_in_figures_and_words(n: int, noun: str) -> None:
    words = {2: "two", 3: "three", 5: "five", 11: "eleven", 23: "twenty-three"}
    for number in (str(n), words.get(n, str(n))):
        text = f"Only {number} {noun} spend at least 2% of GDP on defence."
        counts = [c for c in extract(text) if c.kind == "count"]
        assert [c.value for c in counts] == [float(n)] and counts[0].threshold == 2.0


@FAST
@given(st.sampled_from(["$1.5 trillion", "US$755bn", "€90.8bn", "£4bn", "£4 billion", "1,500 million dollars"]))
def test_money_in_every_usual_form(amount: str) -> None:
    claims = [
        c for c in extract(f"The United Kingdom spent {amount} on defence in 2024.") if c.kind == "total_spending"
    ]
    expected = {"$1.5 trillion": 1.5e6, "US$755bn": 755e3, "€90.8bn": 90.8e3, "£4bn": 4e3, "£4 billion": 4e3}
    assert len(claims) == 1
    assert claims[0].value == expected.get(amount, 1500.0)


def test_country_names_in_every_usual_form() -> None:
    forms = {
        "Britain": "GBR",
        "the UK": "GBR",
        "America": "USA",
        "the U.S.": "USA",
        "Türkiye": "TUR",
        "Turkey": "TUR",
        "the Netherlands": "NLD",
        "European allies and Canada": "NATO_EUROPE_CANADA",
    }
    for form, code in forms.items():
        claims = extract(f"In 2024, {form} spent 2.1% of GDP on defence.")
        assert [c.countries for c in claims] == [[code]], form
    baltic = extract("In 2024 the Baltic states spent more than 3% of GDP on defence.")
    assert baltic[0].group == "Baltic states" and baltic[0].comparator == "gt"


def test_more_than_all_the_others_combined() -> None:
    claims = extract("The United States spends more on defence than all the other allies combined.")
    assert [(c.kind, c.countries, c.comparator, c.value) for c in claims] == [("alliance_share", ["USA"], "gt", 50.0)]


_WORDS = st.sampled_from(
    [
        "Poland",
        "the UK",
        "NATO",
        "allies",
        "spent",
        "2%",
        "3.4 percent",
        "of GDP",
        "in 2024",
        "last year",
        "$755bn",
        "five",
        "members",
        "target",
        "highest",
        "by 2035",
        "pledged",
        "real terms",
        "rose by",
        "18%",
        "equipment",
        ".",
        ",",
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(st.lists(_WORDS, min_size=1, max_size=25))
def test_check_text_on_word_salad_never_crashes(claims_datasets: dict[str, Any], words: list[str]) -> None:
    for result in check_text(claims_datasets["plain"], " ".join(words), "2025-06-05"):
        assert result.verdict in VERDICTS and result.explanation
        assert result.to_dict()["kind"] == result.kind


def test_last_year_resolves_against_the_date() -> None:
    claims = extract("Canada spent 1.37% of GDP on defence last year.", date(2025, 3, 1))
    assert claims[0].year == 2024 and claims[0].year_basis == "relative"


def test_garbage_in_clean_result_out(claims_datasets: dict[str, Any]) -> None:
    ds = claims_datasets["plain"]
    assert check_text(ds, "") == []
    assert check_text(ds, "   \n\t ") == []
    assert check_text(ds, b"\x00\xff\xfe\x89PNG\r\n\x1a\n" * 50) == []
    assert check_text(ds, "42") == []  # a number with no context
    assert check_text(ds, "Die Bundeswehr erhält 2,4 Prozent des BIP; la OTAN pide el 5 %.") == []  # another language
    assert check_text(ds, "<html><script>alert('2% of GDP')</script><p>Nothing here.</p></html>") == []
    big = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 18000)[:1_000_000]
    assert check_text(ds, big) == []


def test_a_megabyte_of_real_sentences_is_checked(claims_datasets: dict[str, Any]) -> None:
    sentence = "Poland spent 4.12% of GDP on defence in 2024. "
    results = check_text(claims_datasets["plain"], sentence * 3000, "2024-07-01")
    assert results and all(r.verdict in VERDICTS for r in results)
    assert all(r.verdict == "accurate" for r in results)
