"""Claims checked earlier, judged again against newer data: which verdicts a new release overturns.

SAVED is what natospend wrote: the JSON of `natospend check --json` (a list of results, or one), the API's
envelope of it, or schema.org ClaimReview JSON-LD (`claimReviewed`, `reviewRating.alternateName`,
`datePublished`); a file, a folder of them, or the parsed JSON itself. Each claim keeps the year it was judged on
(a claim made in July 2024 about "now" is about 2024) and is checked again through the checker's public API only.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from natospend.claims import Claim, ClaimResult, check_claim, extract
from natospend.errors import InputFileError, InvalidArgumentError
from natospend.store.dataset import Dataset, DateArg, parse_date

EXPECTED = "expected the JSON of `natospend check --json` or ClaimReview JSON-LD written by natospend"


@dataclass(frozen=True, slots=True)
class Judged:
    """A verdict and the figure it rests on (the newest figure published by `as_of`)."""

    verdict: str
    as_of: str | None
    figure: str | None  # as printed
    value: float | None
    release_id: str | None
    published: str | None  # the release's date
    country: str | None
    year: int | None
    indicator: str | None
    table: str | None
    cell: str | None
    explanation: str = ""
    recomputed: bool = False  # the saved file kept no figure (ClaimReview): it was found again as of that date


@dataclass(frozen=True, slots=True)
class Recheck:
    file: str
    item: int  # position in the file, from 1
    text: str
    kind: str
    before: Judged
    after: Judged
    changed: bool  # the verdict or the figure it rests on
    verdict_changed: bool
    summary: str


@dataclass(frozen=True)
class RecheckReport:
    against: str  # what the claims were judged against, e.g. "nato-2026-07 (2026-07-10)"
    as_of: str | None
    results: tuple[Recheck, ...]

    @property
    def changed(self) -> bool:
        return any(r.changed for r in self.results)

    def to_dict(self) -> dict[str, Any]:
        return {
            "against": self.against,
            "as_of": self.as_of,
            "changed": self.changed,
            "count": len(self.results),
            "n_changed": sum(r.changed for r in self.results),
            "results": [asdict(r) for r in self.results],
        }


# ---------------------------------------------------------------------------------------------- reading SAVED
@dataclass(frozen=True, slots=True)
class _Saved:
    file: str
    item: int
    text: str
    kind: str | None
    verdict: str
    explanation: str
    as_of: date | None
    fields: dict[str, Any] | None
    evidence: list[dict[str, Any]]
    start: int
    end: int


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.suffix.lower() in (".json", ".jsonld") and p.is_file())
        if not found:
            raise InputFileError(path, "", "no .json or .jsonld files in this folder")
        return found
    if not path.is_file():
        raise InputFileError(path, "", "no such file or folder")
    return [path]


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputFileError(path, "", f"not UTF-8 text; {EXPECTED}") from None
    except json.JSONDecodeError as exc:
        raise InputFileError(path, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg})") from None
    except OSError as exc:
        raise InputFileError(path, "", f"cannot read: {exc.strerror}") from None


def _items(data: Any) -> list[Any]:
    if isinstance(data, dict) and isinstance(data.get("data"), list):  # the HTTP API's envelope
        return list(data["data"])
    if isinstance(data, dict) and isinstance(data.get("@graph"), list):
        return list(data["@graph"])
    return list(data) if isinstance(data, list) else [data]


def _date(value: Any, file: str, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return parse_date(str(value)[:10])
    except InvalidArgumentError:
        raise InputFileError(file, where, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _parse_item(item: Any, file: str, i: int) -> _Saved:
    where = f"item {i}"
    if not isinstance(item, dict):
        raise InputFileError(file, where, f"a {type(item).__name__}, not an object; {EXPECTED}")
    if "claimReviewed" in item or str(item.get("@type", "")) == "ClaimReview":
        rating = item.get("reviewRating")
        verdict = rating.get("alternateName") if isinstance(rating, dict) else None
        missing = [
            k
            for k, v in (("claimReviewed", item.get("claimReviewed")), ("reviewRating.alternateName", verdict))
            if not v
        ]
        if missing:
            raise InputFileError(file, where, f"ClaimReview without {', '.join(missing)}; {EXPECTED}")
        return _Saved(
            file, i, str(item["claimReviewed"]), None, str(verdict), str(item.get("reviewBody") or ""),
            _date(item.get("datePublished"), file, f"{where}, datePublished"), None, [], 0, 0,
        )  # fmt: skip
    missing = [k for k in ("text", "kind", "verdict") if not item.get(k)]
    if missing:
        raise InputFileError(file, where, f"missing {', '.join(repr(k) for k in missing)}; {EXPECTED}")
    evidence = [e for e in item.get("evidence") or [] if isinstance(e, dict)]
    fields = item.get("fields") if isinstance(item.get("fields"), dict) else None
    return _Saved(
        file, i, str(item["text"]), str(item["kind"]), str(item["verdict"]), str(item.get("explanation") or ""),
        _date(item.get("as_of"), file, f"{where}, as_of"), fields, evidence,
        _int(item.get("start")), _int(item.get("end")),
    )  # fmt: skip


def load_saved(saved: Path | str | list[Any] | dict[str, Any], name: str = "request body") -> list[_Saved]:
    """Every saved claim in a file, a folder of files, or already-parsed JSON (named `name` in errors)."""
    if isinstance(saved, (list, dict)):
        sources: list[tuple[str, Any]] = [(name, saved)]
    else:
        sources = [(str(p), _read(p)) for p in _files(Path(saved))]
    out: list[_Saved] = []
    for file, data in sources:
        items = _items(data)
        if not items:
            raise InputFileError(file, "", f"no claims in it; {EXPECTED}")
        out += [_parse_item(item, file, i) for i, item in enumerate(items, start=1)]
    return out


# ---------------------------------------------------------------------------------------------- judging again
def _rebuilt(s: _Saved) -> Claim | None:
    """The claim as it was parsed, from its saved fields (keeps what context resolved, e.g. 'it' = Poland)."""
    if s.fields is None or s.kind is None or not dataclasses.is_dataclass(Claim):
        return None
    known = {f.name for f in dataclasses.fields(Claim)}
    if not set(s.fields) <= known:
        return None
    try:
        return Claim(start=s.start, end=s.end, text=s.text, kind=s.kind, **s.fields)
    except TypeError:
        return None


def _claim(s: _Saved) -> tuple[Claim | None, bool]:
    """The claim to judge again, and whether it was rebuilt from saved fields rather than found in the text."""
    found = extract(s.text, s.as_of)
    same = [c for c in found if s.kind is None or c.kind == s.kind]
    saved_countries = (s.fields or {}).get("countries")
    agreeing = [c for c in same if saved_countries is None or list(getattr(c, "countries", [])) == saved_countries]
    if agreeing:
        return agreeing[0], False
    rebuilt = _rebuilt(s)  # e.g. "it spends 4%": the ally came from the sentence before
    if rebuilt is not None:
        return rebuilt, True
    return ((same or found)[0] if found else None), False


def _check(ds: Dataset, claim: Claim, as_of: date | None, rebuilt: bool) -> ClaimResult | None:
    if not rebuilt:
        return check_claim(ds, claim, as_of)
    try:  # fields from a file may hold anything; a claim that cannot be rebuilt is reported, not a crash
        return check_claim(ds, claim, as_of)
    except (AttributeError, TypeError, ValueError, KeyError):
        return None


def _figure(evidence: Iterable[Any]) -> dict[str, Any] | None:
    """The figure a verdict rests on: the newest published by the claim's date (role as_of), else the first."""
    rows = [e if isinstance(e, dict) else e.to_dict() for e in evidence]
    rows = [e for e in rows if e.get("role") not in ("pledge",)]
    return next((e for e in rows if e.get("role") == "as_of"), rows[0] if rows else None)


def _judged(verdict: str, as_of: date | None, fig: dict[str, Any] | None, explanation: str, recomputed: bool) -> Judged:
    f = fig or {}
    year, value = f.get("year"), f.get("value")

    def text(key: str) -> str | None:
        return str(f[key]) if f.get(key) not in (None, "") else None

    return Judged(
        verdict=verdict,
        as_of=as_of.isoformat() if as_of else None,
        figure=text("shown"),
        value=float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None,
        release_id=text("release_id"),
        published=text("published"),
        country=text("country"),
        year=year if isinstance(year, int) and not isinstance(year, bool) else None,
        indicator=text("indicator"),
        table=text("table"),
        cell=text("cell"),
        explanation=explanation,
        recomputed=recomputed,
    )


def _month(published: str | None) -> str:
    if not published:
        return ""
    try:
        return f"{date.fromisoformat(published[:10]):%B %Y}"
    except ValueError:
        return published


def _words(verdict: str) -> str:
    return verdict.replace("_", " ")


def _summary(before: Judged, after: Judged) -> str:
    when = f" on {before.as_of}" if before.as_of else ""
    then = f" against {before.figure} ({_month(before.published)})" if before.figure else ""
    now = f"the {_month(after.published)} release says {after.figure}" if after.figure else "no figure now"
    if after.verdict != before.verdict:
        verdict = f"now {_words(after.verdict)}"
    elif (after.figure or "") != (before.figure or ""):
        verdict = f"revised, still {_words(after.verdict)}"
    else:
        verdict = f"still {_words(after.verdict)}"
    return f"{_words(before.verdict)}{when}{then}; {now}: {verdict}"


def _one(ds: Dataset, s: _Saved, as_of: date | None) -> Recheck:
    claim, rebuilt = _claim(s)
    if claim is None:
        raise InputFileError(s.file, f"item {s.item}", f"the checker finds no checkable claim in {s.text[:80]!r}")
    fig = _figure(s.evidence)
    recomputed = fig is None
    if recomputed:  # ClaimReview keeps no figure: find the one it rested on, as of its date
        then = _check(ds, claim, s.as_of, rebuilt)
        fig = _figure(then.evidence) if then is not None else None
    before = _judged(s.verdict, s.as_of, fig, s.explanation, recomputed)
    # The claim keeps the year it was judged on; "now" in 2024 is 2024, not the year of the new release.
    if getattr(claim, "year", None) is None and before.year is not None and dataclasses.is_dataclass(claim):
        claim = dataclasses.replace(claim, year=before.year)
    result = _check(ds, claim, as_of, rebuilt)
    if result is None:
        raise InputFileError(s.file, f"item {s.item}, fields", "the saved fields do not describe a claim")
    after = _judged(result.verdict, as_of, _figure(result.evidence), result.explanation, False)
    flipped = after.verdict != before.verdict
    changed = flipped or (after.figure or "") != (before.figure or "")
    kind = s.kind or claim.kind
    return Recheck(s.file, s.item, s.text, kind, before, after, changed, flipped, _summary(before, after))


def recheck(
    ds: Dataset,
    saved: Path | str | list[Any] | dict[str, Any],
    release: str | None = None,
    as_of: DateArg = None,
    name: str = "request body",
) -> RecheckReport:
    """Every saved claim judged again against `release` (what had been published on its date), or as of `as_of`,
    or against everything in the dataset; changed verdicts or figures first."""
    cutoff = parse_date(as_of)
    if release is not None and cutoff is not None:
        raise InvalidArgumentError("release", "give either release or as_of, not both")
    if release is not None:
        info = ds.release_info(release)  # unknown ids: close matches
        cutoff = info["release_date"]
        against = f"{release} ({cutoff.isoformat()})"
    elif cutoff is not None:
        against = f"what had been published by {cutoff.isoformat()}"
    else:
        against = "every release in the dataset"
    items = load_saved(saved, name)
    results = [_one(ds, s, cutoff) for s in items]
    ordered = [r for r in results if r.changed] + [r for r in results if not r.changed]
    return RecheckReport(against, cutoff.isoformat() if cutoff else None, tuple(ordered))
