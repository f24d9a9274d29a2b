"""shares6: a noun standing for the figure the sentence before claimed ("The figure ... peaked at 1.59% in 2020")."""

from datetime import date

import natospend
from natospend.claims import check_text

DS = natospend.load()

# The Economist, "Why Italy's defence spending lags far behind", April 2025
# https://web.lifelines.name/read/86b719fd-8815-5316-88ad-280cc79d5fe9
ECON = (
    "But Italy’s outlay has nevertheless gone up sharply. In 2015, it was just 1.07% of GDP. The figure began to rise "
    "under the centre-left governments of Matteo Renzi and Paolo Gentiloni and peaked at 1.59% in 2020."
)


def test_the_figure_is_the_ally_of_the_sentence_before() -> None:
    res = [r for r in check_text(DS, ECON, as_of=date(2025, 4, 23)) if r.kind == "share_gdp"]
    peak = [r for r in res if r.fields["value"] == 1.59]
    assert len(peak) == 1
    assert peak[0].fields["countries"] == ["ITA"] and peak[0].fields["year"] == 2020
    assert peak[0].figures_verdict == "accurate"  # nato-2024-06 ITA 2020 1.588
    # the gate abstains: "began to rise" and "peaked" claim a course and a maximum, which the level does not check
    assert peak[0].verdict == "unverifiable" and {"rise", "peaked"} <= set(peak[0].unread)


def test_the_number_of_countries_is_no_anaphor() -> None:
    # near miss: "the number of countries" counts allies, it does not stand for Italy's figure
    text = "In 2015, Italy spent 1.07% of GDP. Since then the number of countries at 2% has risen to 23."
    res = check_text(DS, text, as_of=date(2025, 4, 23))
    assert not any(r.kind == "share_gdp" and r.fields["countries"] == ["ITA"] and r.fields["value"] == 23 for r in res)
