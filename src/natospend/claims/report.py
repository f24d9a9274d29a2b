"""Outputs for fact-checkers: schema.org ClaimReview JSON-LD, and the article annotated with every verdict.

ClaimReview rating (docs/claims.md): `alternateName` is the verdict; `ratingValue` on a 1-5 scale
(`worstRating` 1, `bestRating` 5) is accurate 5, different_measure 4, outdated 3, inaccurate 1; an `unverifiable`
claim has no `ratingValue` (nothing was judged), only its `alternateName`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from natospend.claims.check import ClaimResult, Evidence, Span
from natospend.claims.reading import describe
from natospend.claims.reliability import measured

RATING = {"accurate": 5, "different_measure": 4, "outdated": 3, "inaccurate": 1}
LABELS = {
    "accurate": "Accurate",
    "inaccurate": "Inaccurate",
    "outdated": "Outdated",
    "different_measure": "Different measure",
    "unverifiable": "Unverifiable",
}
# Colour is never the only signal: every highlight also carries its verdict as text.
COLOURS = {
    "accurate": ("#d7f0dd", "#1b5e20"),
    "inaccurate": ("#fbd9d9", "#8e1b1b"),
    "outdated": ("#fff1c7", "#6d4c00"),
    "different_measure": ("#d6eefa", "#0b4f71"),
    "unverifiable": ("#ececec", "#3a3a3a"),
}
_SEVERITY = {"inaccurate": 4, "outdated": 3, "different_measure": 2, "unverifiable": 1, "accurate": 0}
NAMESPACE = "urn:natospend:"  # a private vocabulary for the evidence cells, not a web address


def _span(r: ClaimResult) -> Span:
    return r.span or Span(r.start, r.end, r.text)


def evidence_cell(e: Evidence) -> dict[str, Any]:
    """One evidence cell as the outputs show it: where the figure is, its value and how sure it is."""
    return {
        "source": e.source,
        "release": e.release_id,
        "published": e.published,
        "table": e.table,
        "cell": e.cell,
        "origin": e.origin,
        "country": e.country,
        "year": e.year,
        "indicator": e.indicator,
        "value": e.value,
        "shown": e.shown,
        "role": e.role,
        "provenance": e.status or "",
        "citation": e.citation,
    }


def claimreview(
    results: Sequence[ClaimResult], url: str | None = None, date_published: str | None = None
) -> list[dict[str, Any]]:
    """One schema.org ClaimReview per claim; `url` and `date_published` are the article's, when known."""
    out = []
    for r in results:
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if url:
            appearance["url"] = url
        if date_published:
            appearance["datePublished"] = date_published
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if date_published:
            item["datePublished"] = date_published
        rating: dict[str, Any] = {
            "@type": "Rating",
            "alternateName": r.verdict,
            "name": LABELS.get(r.verdict, r.verdict),
            "worstRating": 1,
            "bestRating": 5,
        }
        if r.verdict in RATING:
            rating["ratingValue"] = RATING[r.verdict]
        review: dict[str, Any] = {
            "@context": {"@vocab": "https://schema.org/", "natospend": NAMESPACE},
            "@type": "ClaimReview",
            "claimReviewed": _span(r).text,
            "itemReviewed": item,
            "reviewRating": rating,
            "reviewBody": r.explanation,
            "author": {"@type": "Organization", "name": "natospend"},
            "natospend:kind": r.kind,
            "natospend:evidence": [evidence_cell(e) for e in r.evidence],
        }
        if url:
            review["url"] = url
        if r.as_of:
            review["datePublished"] = r.as_of
        if r.revised_later:
            review["natospend:revisedLater"] = r.revised_later
        out.append(review)
    return out


def _clusters(results: Sequence[ClaimResult]) -> list[tuple[int, int, list[ClaimResult]]]:
    """Overlapping spans merged, so every character is highlighted at most once (with all its claims)."""
    out: list[tuple[int, int, list[ClaimResult]]] = []
    for r in sorted(results, key=lambda x: (_span(x).start, -_span(x).end)):
        s = _span(r)
        if out and s.start < out[-1][1]:
            start, end, group = out[-1]
            out[-1] = (start, max(end, s.end), [*group, r])
        else:
            out.append((s.start, s.end, [r]))
    return out


def _where(e: Evidence) -> str:
    """The evidence's origin as store/provenance.origin_text says it (a workbook cell or a line of a transcription)."""
    return e.origin or " ".join(x for x in (e.table, e.cell) if x)


def _evidence_html(r: ClaimResult) -> str:
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(str(v))}</td>"
            for v in (e.role, e.source, e.release_id, e.published, _where(e), e.country, e.year or "", e.shown)
        )
        + "</tr>"
        for e in r.evidence
    )
    table = (
        "<table><thead><tr><th>role</th><th>source</th><th>release</th><th>published</th><th>where</th>"
        f"<th>ally</th><th>year</th><th>value</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else ""
    )
    revised = f"<p><em>{html.escape(r.revised_later)}</em></p>" if r.revised_later else ""
    return (
        f'<div class="claim-detail"><p><strong class="label v-{r.verdict}">{LABELS.get(r.verdict, r.verdict)}</strong>'
        f" ({html.escape(r.kind.replace('_', ' '))}): {html.escape(_span(r).text)}</p>"
        f'<p class="read-as">Read as: {html.escape(describe(r.kind, r.fields))}</p>'
        f"<p>{html.escape(r.explanation)}</p>{revised}{table}</div>"
    )


def annotated_fragment(text: str, results: Sequence[ClaimResult]) -> str:
    """The article (the cleaned text the results' offsets refer to) with each claim highlighted by verdict; a
    click on a highlight opens its explanation and evidence (details/summary, no script)."""
    parts: list[str] = []
    pos = 0
    for n, (start, end, group) in enumerate(_clusters(results), start=1):
        parts.append(html.escape(text[pos:start]))
        worst = max(group, key=lambda r: _SEVERITY.get(r.verdict, 0)).verdict
        labels = ", ".join(dict.fromkeys(LABELS.get(r.verdict, r.verdict) for r in group))
        parts.append(
            f'<details class="claim v-{worst}" id="claim-{n}"><summary><mark>{html.escape(text[start:end])}</mark>'
            f' <span class="label">[{html.escape(labels)}]</span></summary>'
            + "".join(_evidence_html(r) for r in group)
            + "</details>"
        )
        pos = end
    parts.append(html.escape(text[pos:]))
    return f'<div class="annotated-article">{"".join(parts)}</div>'


def fragment_style() -> str:
    """The CSS the annotated article needs (verdict colours and labels, inline details)."""
    rules = [
        ".annotated-article{white-space:pre-wrap;line-height:1.6;max-width:48rem}",
        ".annotated-article details.claim{display:inline}",
        # Chromium draws a details' content as a block box even when closed, which breaks the line
        ".annotated-article details.claim::details-content{display:contents}",
        ".annotated-article details.claim:not([open])::details-content{display:none}",
        ".annotated-article summary{display:inline;cursor:pointer;list-style:none}",
        ".annotated-article summary::-webkit-details-marker{display:none}",
        ".annotated-article .label{font-size:.8em;font-weight:bold}",
        ".claim-detail{display:block;white-space:normal;border-left:4px solid #888;margin:.3rem 0 .6rem;"
        "padding:.3rem .6rem;background:#fafafa}",
        ".claim-detail table{border-collapse:collapse;font-size:.85em}",
        ".claim-detail td,.claim-detail th{border:1px solid #ccc;padding:.1rem .3rem;text-align:left}",
    ]
    for verdict, (bg, fg) in COLOURS.items():
        rules.append(f".v-{verdict} mark,mark.v-{verdict}{{background:{bg};color:{fg};outline:1px solid {fg}}}")
        rules.append(f".v-{verdict} > summary .label,.label.v-{verdict}{{color:{fg}}}")
    return "\n".join(rules)


def annotated_page(
    text: str, results: Sequence[ClaimResult], title: str = "natospend check", url: str | None = None
) -> str:
    """One self-contained HTML page (no external assets): a legend, the annotated article and a summary."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    legend = " ".join(f'<mark class="v-{v}">{LABELS[v]}: {counts.get(v, 0)}</mark>' for v in LABELS if v in COLOURS)
    source = f'<p>Article: <a href="{html.escape(url)}">{html.escape(url)}</a></p>' if url else ""
    as_of = next((r.as_of for r in results if r.as_of), None)
    judged = f"<p>Judged against the figures published by {html.escape(as_of)}.</p>" if as_of else ""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>body{{font-family:system-ui,sans-serif;margin:1.5rem}}\n"
        f"{fragment_style()}</style></head><body><main><h1>{html.escape(title)}</h1>{source}{judged}"
        f'<p class="legend">{len(results)} claims. {legend}</p>'
        "<p>Click a highlighted passage for its verdict, explanation and evidence.</p>"
        f'<p class="trust">{html.escape(measured().summary())}</p>'
        f"{annotated_fragment(text, results)}</main></body></html>\n"
    )
