"""Why sources differ for one ally and year, in words: NATO's own revisions and every definition difference
(meta/definitions.toml) between NATO and each other source present, with the ally's own notes."""

from __future__ import annotations

from collections.abc import Iterable

from natospend.analysis.compare import compare
from natospend.reference import countries, indicators
from natospend.reference import sources as registry
from natospend.reference.definitions import ASPECT_LABELS, ASPECTS, load_definitions
from natospend.store.dataset import Dataset


def _sources_text(sources: tuple[str, ...]) -> str:
    return "sources: " + " ; ".join(sources)


def explain(
    ds: Dataset, country: str, year: int, indicator: str = "share_gdp", *, sources: Iterable[str] | None = None
) -> list[str]:
    """Why the sources differ for one ally and year: vintages of NATO's own figure, and every definition difference
    (pensions, paramilitary forces, military aid, R&D, fiscal year, GDP source, price base) between NATO and each
    other source present, with the ally's own notes (e.g. items the UK added to its NATO return)."""
    code = countries.resolve(country)
    frame = compare(ds, code, year, indicator)
    if sources is not None:
        frame = frame[frame["source"].isin(list(sources))]
    name = countries.by_code()[code].name
    if frame.empty:
        return [f"No figures for {name} {year} ({indicator}) in the dataset."]
    defs = load_definitions()
    lines: list[str] = []
    ind = indicators.get(indicator)
    nato = frame[frame["source"] == "nato"]
    if not nato.empty:
        first, last = nato.iloc[0], nato.iloc[-1]
        if len(nato) > 1 and first["shown"] != last["shown"]:
            lines.append(
                f"NATO's own figure was revised: {first['shown']} in {first['release_id']} ({first['release_date']}) "
                f"-> {last['shown']} in {last['release_id']} ({last['release_date']}). Estimates become actual "
                "outlays, GDP is revised, and releases from 2025 use 2021 prices and 'core defence expenditure'."
            )
    newest_nato = nato.iloc[-1] if not nato.empty else None
    ally = countries.by_code().get(code)
    # One line per definition difference, naming every source it applies to (not the same paragraph per source):
    # {aspect: {other source's text: ([labels], [sources], confirmed)}}.
    differences: dict[str, dict[str, tuple[list[str], list[str], bool]]] = {}
    for source in [s for s in frame["source"].unique() if s != "nato"]:
        rows = frame[frame["source"] == source]
        other = rows.iloc[-1]
        measure = registry.measure(source)
        label = defs.short(measure)
        if newest_nato is not None:
            gap = float(other["diff_vs_nato"])
            lines.append(
                f"{label}: {other['shown']} ({other['edition'] or other['release_id']}) against NATO's "
                f"{newest_nato['shown']} ({newest_nato['release_id']}), a gap of {gap:+.2f} {ind.unit}."
            )
        else:
            lines.append(f"{label}: {other['shown']} ({other['edition'] or other['release_id']}); NATO has no figure.")
        for aspect in ASPECTS:
            if aspect == "price_base" and ind.price_basis == "none":
                continue
            a, b = defs.cell("nato", aspect), defs.cell(measure, aspect)
            if a is None or b is None or (a.treatment == b.treatment and aspect not in ("gdp_source",)):
                continue
            if aspect == "fiscal_year" and ally is not None and ally.fiscal_year_label == "calendar":
                continue
            if aspect == "gdp_source" and a.text == b.text:
                continue
            labels, cited, confirmed = differences.setdefault(aspect, {}).setdefault(b.text, ([], [], True))
            labels.append(label)
            cited.extend(a.sources + b.sources)
            differences[aspect][b.text] = (labels, cited, confirmed and a.verified and b.verified)
    for aspect, texts in differences.items():
        nato_text = defs.cell("nato", aspect).text  # type: ignore[union-attr]  # present: a difference was found
        confirmed = all(ok for _, _, ok in texts.values())
        others = " ".join(f"{' and '.join(dict.fromkeys(labels))}: {text}" for text, (labels, _, _) in texts.items())
        pages = tuple(dict.fromkeys(c for _, sources, _ in texts.values() for c in sources))
        lines.append(
            f"{ASPECT_LABELS[aspect]}{'' if confirmed else ' (partly not confirmed)'}: NATO: {nato_text} {others} "
            f"[{_sources_text(pages)}]"
        )
    present = {registry.measure(s) for s in frame["source"].unique()}
    for note in defs.notes:
        if note.country == code and note.applies(year) and (set(note.measures) & present):
            if len(present) == 1 and "fiscal_year" in note.aspects:
                continue
            aspects = ", ".join(ASPECT_LABELS.get(a, a) for a in note.aspects)
            lines.append(f"{name} ({aspects}): {note.text} [{_sources_text(note.sources)}]")
    return lines
