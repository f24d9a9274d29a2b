"""Identity dump (design2): every corpus article (both splits), checked as benchmarks/claims_eval.py does.

Writes two files: OUT.core (verdict, explanation, evidence, span, sentence offsets, kind, reading) and OUT.fields
(the JSON fields, which may be renamed). Never prints labels or scores.
"""

import json
import sys
import tomllib
from pathlib import Path

import natospend
from natospend.claims import check_text

root = Path(__file__).resolve().parents[1]
out = sys.argv[1]
ds = natospend.load()
core, flds = [], []
for path in sorted((root / "tests" / "data" / "claims_articles").glob("*.toml")):
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    for i, r in enumerate(check_text(ds, raw["text"], as_of=raw["date"])):
        d = r.to_dict()
        key = f"{raw['id']}#{i}"
        f = d.pop("fields")
        core.append(key + " " + json.dumps(d, sort_keys=True, ensure_ascii=False))
        flds.append(key + " " + json.dumps(f, sort_keys=True, ensure_ascii=False))
Path(out + ".core").write_text("\n".join(core) + "\n")
Path(out + ".fields").write_text("\n".join(flds) + "\n")
print(len(core), "results")
