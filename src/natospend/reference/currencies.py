"""Which currency a national-currency figure is in: the one in force in its release's latest data year.

Publishers restate an ally's whole series in the currency it uses when the release is compiled: NATO's June 2024
workbook has Bulgaria in leva (2014-2024) and its July 2026 release in euros (982 for 2020, the 1,920 m leva of 2024
at 1.95583 leva to the euro); SIPRI's April 2023 edition (data to 2022) has Croatia in kunas, its April 2025
edition (data to 2024) in euros. So the currency of an observation is the country's currency on 1 January of the
release's latest data year. Where the release's own unit label names another currency (SIPRI 2025 labels Croatia's
euro figures "Kunas"), the observation keeps the currency of its values and a `currency_label:<word>` flag.
"""

from __future__ import annotations

import re
from datetime import date

from natospend.reference import countries

#: Allies that changed currency since joining NATO: (currency before, first day in euros).
EURO_ADOPTION: dict[str, tuple[str, date]] = {
    "SVK": ("SKK", date(2009, 1, 1)),
    "EST": ("EEK", date(2011, 1, 1)),
    "LVA": ("LVL", date(2014, 1, 1)),
    "LTU": ("LTL", date(2015, 1, 1)),
    "HRV": ("HRK", date(2023, 1, 1)),
    "BGR": ("BGN", date(2026, 1, 1)),
}
#: How the releases spell the currencies before the euro (lower case).
_LEGACY_WORDS = {
    "SKK": ("koruny", "koruna", "slovak koruny"),
    "EEK": ("kroon", "kroons", "krooni"),
    "LVL": ("lats", "lati", "latu"),
    "LTL": ("litai", "litas", "litu"),
    "HRK": ("kunas", "kuna"),
    "BGN": ("leva", "lev"),
}
#: Indicators in national currency; the others in US dollars or without currency.
NATIONAL = ("nc_current_m", "nc_constant_m", "nc_current_fy_m")
_LABEL = re.compile(r"\(([^)]*)\)")


def currency_in(country: str, year: int) -> str:
    """The ISO 4217 code of the country's currency on 1 January of `year`."""
    adoption = EURO_ADOPTION.get(country)
    if adoption is not None and date(year, 1, 1) < adoption[1]:
        return adoption[0]
    return countries.by_code()[country].currency


def label_currency(country: str, unit: str) -> tuple[str, str]:
    """(code, word) of the currency a unit label names, ('', '') where it names none."""
    for word in _LABEL.findall(unit):
        text = word.strip().lower()
        if "euro" in text:
            return "EUR", word.strip()
        adoption = EURO_ADOPTION.get(country)
        if adoption is not None and text in _LEGACY_WORDS[adoption[0]]:
            return adoption[0], word.strip()
        if text and "defence" not in text and "expenditure" not in text:
            return countries.by_code()[country].currency, word.strip()
    return "", ""


def observation_currency(country: str, indicator: str, unit: str, last_year: int) -> tuple[str, str]:
    """(currency, flag): the observation's currency and, where the release's label disagrees, the flag."""
    if indicator.startswith("usd_") or indicator.startswith("gdp_usd") or "usd" in indicator.split("_"):
        return "USD", ""
    if indicator not in NATIONAL or country not in countries.by_code() or not countries.by_code()[country].currency:
        return "", ""
    code = currency_in(country, last_year)
    named, word = label_currency(country, unit)
    return code, (f"currency_label:{word}" if named and named != code else "")
