"""Claim checks as the product answers them: each statement with its verdict and evidence, and one row per claim
for the file formats (the API's CSV/XLSX and the dashboard's download)."""

from __future__ import annotations

from typing import Any

import pandas as pd

NOTE = (
    "verdicts: accurate, inaccurate, outdated (matches an older release), different_measure (another source or "
    "definition), unverifiable; each claim carries its evidence"
)


def flat(results: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per claim for the file formats; evidence as 'source release table cell: value' lines."""
    rows = []
    for r in results:
        evidence = "\n".join(
            f"{e['source']} {e['release_id']} {e['table']} {e['cell']} {e['country']} {e['year']}: "
            f"{e['shown'] or e['value']} (published {e['published']})"
            for e in r["evidence"]
        )
        rows.append(
            {
                "start": r["start"],
                "end": r["end"],
                "text": r["text"],
                "kind": r["kind"],
                "verdict": r["verdict"],
                "explanation": r["explanation"],
                "revised_later": r["revised_later"],
                "as_of": r["as_of"],
                "evidence": evidence,
            }
        )
    return pd.DataFrame(
        rows, columns=["start", "end", "text", "kind", "verdict", "explanation", "revised_later", "as_of", "evidence"]
    )
