"""`data fetch` against a local HTTP server on loopback (tests never use the real network)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from natospend.errors import InvalidArgumentError, NatoSpendError
from natospend.ingest.fetch import fetch
from natospend.interfaces.cli import app

NAME = "nato-transcribed/nato_release-2020-10_2013-2020_partial.csv"


@pytest.fixture()
def server(raw: Path, tmp_path: Path) -> Iterator[str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / Path(NAME).name).write_bytes((raw / NAME).read_bytes())
    (site / "nato_release-2020-10_2013-2020_partial.changed.csv").write_bytes((raw / NAME).read_bytes() + b"\n")
    (site / "def-exp-2027-en.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_known_file_unchanged(server: str, tmp_path: Path) -> None:
    result = fetch(f"{server}/{Path(NAME).name}", tmp_path / "raw")
    assert result.state == "unchanged"
    assert result.path == tmp_path / "raw" / NAME
    assert result.sha256.startswith("367f54e4")


def test_new_file_is_saved_and_reported(server: str, tmp_path: Path) -> None:
    out = CliRunner().invoke(
        app, ["data", "fetch", f"{server}/def-exp-2027-en.xlsx", "--raw", str(tmp_path), "--subfolder", "nato"]
    )
    assert out.exit_code == 0, out.output
    assert "A new file" in out.output
    assert (tmp_path / "nato" / "def-exp-2027-en.xlsx").read_bytes().startswith(b"PK")


def test_missing_file_leaves_nothing_behind(server: str, tmp_path: Path) -> None:
    with pytest.raises(NatoSpendError, match="the server answered 404"):
        fetch(f"{server}/nope.xlsx", tmp_path / "raw")
    assert list((tmp_path / "raw").iterdir()) == []


def test_bad_address() -> None:
    with pytest.raises(InvalidArgumentError, match="url: 'ftp://x/y' is not an http"):
        fetch("ftp://x/y", Path("/nonexistent"))
