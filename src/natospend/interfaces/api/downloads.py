"""Any table as the JSON envelope, or as a CSV, JSON, XLSX or Parquet download (`?format=`).

Every download says where its figures come from: the JSON carries `meta` (with `citations`), the XLSX an `about`
sheet, the Parquet file key-value metadata (`natospend`, and `citation` as plain text), the CSV a `cite_as` column,
and every file name and the `X-Natospend-Releases` header the release ids.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Hashable
from dataclasses import asdict
from datetime import date
from typing import Any

import pandas as pd
from fastapi.responses import Response

from natospend.interfaces.api.schemas import Format, Meta
from natospend.service.results import Answer

MEDIA_TYPES = {
    Format.csv: "text/csv; charset=utf-8",
    Format.json: "application/json",
    Format.xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    Format.parquet: "application/vnd.apache.parquet",
}

#: OpenAPI `responses` entry for endpoints that serve tables, so the download types are documented.
TABLE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            media: {"schema": {"type": "string", "format": "binary"}}
            for f, media in MEDIA_TYPES.items()
            if f is not Format.json
        },
        "description": "The table: JSON envelope by default; a file with ?format=csv|json|xlsx|parquet.",
    }
}


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates (and datetimes) as ISO text, so every format shows them the same way; the frame itself if none."""
    convert = []
    for col in frame.columns:
        series = frame[col]
        kind = str(series.dtype)
        if kind.startswith(("datetime", "date32", "date64", "timestamp")):
            convert.append(col)
        elif kind == "object":
            first = series.dropna().head(1)
            if len(first) and isinstance(first.iloc[0], date):
                convert.append(col)
    if not convert:
        return frame
    out = frame.copy()
    for col in convert:
        out[col] = pd.Series([None if pd.isna(v) else _iso(v) for v in out[col]], index=out.index, dtype=object)
    return out


def records_json(frame: pd.DataFrame) -> str:
    """Rows as a JSON array (missing -> null), fast for large tables."""
    if frame.empty:
        return "[]"
    text = _plain(frame).to_json(orient="records", force_ascii=False, double_precision=15)
    # pandas escapes '/' as '\/'; it never emits a bare '/', so undoing the escape is exact.
    return str(text).replace("\\/", "/")


def page(frame: pd.DataFrame, limit: int | None, offset: int) -> tuple[pd.DataFrame, int]:
    total = len(frame)
    end = None if limit is None else offset + limit
    return frame.iloc[offset:end], total


def _filename(name: str, meta: Meta, ext: str) -> str:
    stem = "_".join([name, *meta.releases[:3]])
    return re.sub(r"[^A-Za-z0-9._-]+", "-", stem)[:150] + f".{ext}"


def envelope(frame: pd.DataFrame, meta: Meta, total: int | None = None) -> str:
    head = {
        "ok": True,
        "meta": meta.model_dump(mode="json"),
        "count": len(frame),
        "total": len(frame) if total is None else total,
        "columns": [str(c) for c in frame.columns],
    }
    return json.dumps(head, ensure_ascii=False)[:-1] + ',"data":' + records_json(frame) + "}"


def to_bytes(frame: pd.DataFrame, meta: Meta, fmt: Format, total: int | None = None) -> bytes:
    if fmt is Format.json:
        return envelope(frame, meta, total).encode()
    if fmt is Format.csv:
        # CSV has no standard place for metadata (a '#' header line breaks most readers), so the citation is a
        # last column, `cite_as`, on every row: the lines of every release the table rests on, ' | '-joined.
        cited = _plain(frame)
        if meta.citations and "cite_as" not in frame:  # a SQL result over the dataset names no release
            cited = cited.assign(cite_as=" | ".join(meta.citations))
        return str(cited.to_csv(index=False)).encode()
    buffer = io.BytesIO()
    if fmt is Format.xlsx:
        about = pd.DataFrame(
            [
                ("title", meta.title),
                ("source", meta.source),
                ("releases", ", ".join(meta.releases)),
                ("as_of", meta.as_of or ""),
                *(("citation", c) for c in meta.citations),
                *(("note", n) for n in meta.notes),
                *((f"query.{k}", json.dumps(v, default=str)) for k, v in meta.query.items()),
            ],
            columns=["field", "value"],
        )
        with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
            _plain(frame).to_excel(writer, sheet_name="data", index=False)
            about.to_excel(writer, sheet_name="about", index=False)
        return buffer.getvalue()
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(_plain(frame), preserve_index=False)
    metadata = {
        **(table.schema.metadata or {}),
        b"natospend": meta.model_dump_json().encode(),
        b"citation": " | ".join(meta.citations).encode(),
    }
    pq.write_table(table.replace_schema_metadata(metadata), buffer)
    return bytes(buffer.getvalue())


def table_response(
    frame: pd.DataFrame, meta: Meta, fmt: Format | None, name: str, total: int | None = None
) -> Response:
    """The table as the JSON envelope (no format) or as a download in the given format."""
    headers = {"X-Natospend-Releases": ",".join(meta.releases)}
    if fmt is None:
        return Response(envelope(frame, meta, total), media_type="application/json", headers=headers)
    ext = fmt.value
    headers["Content-Disposition"] = f'attachment; filename="{_filename(name, meta, ext)}"'
    return Response(to_bytes(frame, meta, fmt, total), media_type=MEDIA_TYPES[fmt], headers=headers)


def answer_response(answer: Answer, fmt: Format | None, name: str) -> Response:
    """A service answer (natospend.service.results) as the JSON envelope or a download, its provenance the meta."""
    return table_response(answer.to_frame(), Meta(**asdict(answer.provenance)), fmt, name)


def records_response(records: list[dict[str, Any]], meta: Meta) -> Response:
    """Nested records (already plain JSON values) in the same envelope as a table."""
    columns = list(records[0]) if records else []
    payload = {
        "ok": True,
        "meta": meta.model_dump(mode="json"),
        "count": len(records),
        "total": len(records),
        "columns": columns,
        "data": records,
    }
    return Response(json.dumps(payload, ensure_ascii=False, allow_nan=False), media_type="application/json")


def cached(
    store: Callable[[Hashable, Callable[[], Any]], Any], key: Hashable, make: Callable[[], Response]
) -> Response:
    """A response built once per key (body, type and headers kept by `store`, e.g. Tables.memo) and replayed.

    For tables that are themselves memoised per release, this skips re-serialising them on every request.
    """
    body, media_type, headers = store(("response", key), lambda: _parts(make()))
    return Response(body, media_type=media_type, headers=dict(headers))


def _parts(response: Response) -> tuple[bytes, str | None, tuple[tuple[str, str], ...]]:
    skip = {"content-length", "content-type"}
    headers = tuple((k, v) for k, v in response.headers.items() if k.lower() not in skip)
    return bytes(response.body), response.media_type, headers
