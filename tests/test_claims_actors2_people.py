"""Terms of claims/people.csv corrected in the actors2 audit (branch actors2): each case is a date the audited file got
wrong or left out, with the address that states it (the row's source unless noted)."""

from __future__ import annotations

from datetime import date

import pytest

from natospend.claims.metonymy import people


@pytest.mark.parametrize(
    ("form", "day", "ally"),
    [
        # appointed PM on 6 December 2017, a week before his government (vlada.gov.cz)
        ("Babiš", date(2017, 12, 8), "CZE"),
        # Fallon resigned on the evening of 1 November 2017; Williamson appointed on 2 November (adsgroup.org.uk)
        ("Fallon", date(2017, 11, 1), "GBR"),
        # Mordaunt, Defence Secretary 1 May - 24 July 2019 (independent.co.uk), was missing
        ("Mordaunt", date(2019, 6, 1), "GBR"),
        # Erdoğan was Prime Minister from 14 March 2003 before the presidency (questionvoyage.com)
        ("Erdoğan", date(2010, 6, 1), "TUR"),
        # Fico's second government, 4 April 2012 - 22 March 2018 (wiki.richxsearch.com mirror of Wikipedia)
        ("Fico", date(2014, 9, 5), "SVK"),
        ("Fico", date(2019, 1, 1), None),
        # Orbán's premiership ended when Péter Magyar was sworn in on 9 May 2026 (offstream.news)
        ("Orbán", date(2026, 6, 1), None),
        ("Péter Magyar", date(2026, 6, 1), "HUN"),
        # the Jetten cabinet was sworn in on 23 February 2026 (report.az); Yeşilgöz took Defence from Brekelmans
        ("Schoof", date(2026, 3, 1), None),
        ("Jetten", date(2026, 3, 1), "NLD"),
        ("Brekelmans", date(2026, 3, 1), None),
        ("Yesilgoz", date(2026, 3, 1), "NLD"),
        # Healey resigned on 11 June 2026 (rainsnews.com); Dan Jarvis was appointed that evening (GB News via
        # longform.social)
        ("Healey", date(2026, 6, 20), None),
        ("Jarvis", date(2026, 6, 20), "GBR"),
        # Lecornu kept the Armed Forces until Le Maire was named on 5 October 2025 (tendanceouest.com), while PM
        ("Lecornu", date(2025, 9, 20), "FRA"),
    ],
)
def test_corrected_terms(form: str, day: date, ally: str | None) -> None:
    assert people()[form].ally(day) == ally


def test_lecornu_held_both_offices_in_september_2025() -> None:
    held = {t.office for t in people()["Lecornu"].terms if t.held(date(2025, 9, 20))}
    assert held == {"Minister of the Armed Forces", "Prime Minister"}
