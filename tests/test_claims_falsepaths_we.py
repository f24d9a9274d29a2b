""" "we"/"our" before a figure is the speaker's side: the figure is the speaker's ally's only when this sentence (or
the tag closing its quote, or the sentence before) names a speaker in office for one ally's government on the
claim's date; otherwise whose it is cannot be told, whatever other ally the sentence names (falsepaths)."""

from __future__ import annotations

from natospend.claims import ClaimResult, check_text
from natospend.store.dataset import Dataset


def _shares(ds: Dataset, text: str, as_of: str) -> list[ClaimResult]:
    return [r for r in check_text(ds, text, as_of=as_of) if r.kind == "share_gdp"]


# The form of Poland's defence minister's words (https://english.almayadeen.net/news/politics/defense-spending-
# exceeds-4--of-the-country-s-gdp--polish-mod, February 2024: "We hold a leading position among the NATO states as we
# spend the most money compared with the economy"): "we" with another ally named after it in the sentence.
SCHOLZ = '"We are at 2.1 percent," Scholz said, adding that Poland spends 4 percent.'


def test_we_is_the_speakers_ally_not_the_ally_named_after_it(ds: Dataset) -> None:
    we, poland = _shares(ds, SCHOLZ, "2024-07-01")
    assert we.fields["countries"] == ["DEU"] and we.verdict == "accurate"  # DEU 2.12 in nato-2024-06
    assert poland.fields["countries"] == ["POL"] and poland.verdict == "accurate"  # 4.12


def test_a_speaker_out_of_office_does_not_pin_we_on_the_ally(ds: Dataset) -> None:
    # near-miss: Scholz left office on 2025-05-06; on 2025-06-01 his "we" is no government's
    we, poland = _shares(ds, SCHOLZ, "2025-06-01")
    assert we.verdict == "unverifiable" and we.fields["countries"] == [], (we.fields, we.explanation)
    assert "no speaker in office" in we.explanation
    assert poland.fields["countries"] == ["POL"]


def test_we_with_no_speaker_is_whose_cannot_be_told(ds: Dataset) -> None:
    [r] = _shares(ds, "Britain is a leading ally, and we spend 2.3 percent of GDP on defence.", "2024-07-01")
    assert r.verdict == "unverifiable" and "'we' is the speaker's" in r.explanation


def test_a_quote_tag_in_the_next_sentence_names_the_speaker(ds: Dataset) -> None:
    # the form of "“So we're paying 4 to 4.3% when Germany's paying 1 to 1.2% ... GDP. That's not fair,” Trump said"
    text = "“So we’re paying 3.5% when Germany is at 1.2% of a much smaller GDP. That’s not fair,” Trump said."
    found = _shares(ds, text, "2019-12-03")
    assert [r.fields["countries"] for r in found] == [["USA"], ["DEU"]], [(r.fields, r.verdict) for r in found]


def test_an_office_named_with_its_ally_is_a_speaker(ds: Dataset) -> None:
    text = '"Our defence budget is 2.1 percent of GDP," the German defence minister said.'
    [r] = _shares(ds, text, "2024-07-01")
    assert r.fields["countries"] == ["DEU"] and r.verdict == "accurate"
    # near-miss: "the US" is no first person: "with the US at 3.38 percent" stays the US's
    [us] = _shares(ds, "Poland leads, with the US at 3.38 percent of GDP.", "2024-07-01")
    assert us.fields["countries"] == ["USA"] and us.verdict == "accurate"
