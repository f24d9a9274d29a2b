"""The test session has its own NATOSPEND_HOME: what a user imported into their real home cannot change results."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import natospend
from natospend.paths import DATA_DIR, user_dir
from natospend.store.dataset import Dataset

TESTS = Path(__file__).resolve().parent
NATOSPEND = str(Path(sys.executable).parent / "natospend")
PROBE = f"tests/{Path(__file__).name}::test_session_sees_only_the_embedded_dataset"
# Poland's 2016 share of GDP in the newest NATO release (nato-2026-07, TABLE3), as committed in the dataset.
POL_2016 = ("POL", "share_gdp", 2016)


def _pol_2016(ds: Dataset) -> tuple[float, str]:
    row = ds.value(*POL_2016)
    assert row is not None
    return float(row["value"]), str(row["release_id"])


def test_session_sees_only_the_embedded_dataset() -> None:
    """Run in this session, and again below in a child session whose real home holds user imports."""
    home = Path(os.environ["NATOSPEND_HOME"])
    assert user_dir() == home and home.name.startswith("natospend-test-home-")
    assert Path.home() not in home.parents
    ds = natospend.load()
    embedded = Dataset(DATA_DIR, extra_dirs=[])
    assert ds.sources() == embedded.sources() and "iiss" not in ds.sources()
    assert list(ds.releases()["release_id"]) == list(embedded.releases()["release_id"])
    assert _pol_2016(ds) == _pol_2016(embedded)


def _doctored_home(home: Path, raw: Path | None) -> Path:
    """A user's home with a NATO figure dropped in (a CSV that would outrank the shipped one) and, where the
    upstream files are here, an IISS import done the way a user does it."""
    folder = home / "observations"
    folder.mkdir(parents=True)
    header = (DATA_DIR / "observations" / "nato-2026-07.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    mine = {"source": "nato", "release_id": "nato-2026-07", "country": "POL", "year": "2016", "indicator": "share_gdp",
            "value": "9.99", "unit": "% of GDP", "price_basis": "current", "status": "actual", "decimals": "2",
            "origin_file": "mine.xlsx", "origin_table": "T", "origin_cell": "A1"}  # fmt: skip
    row = ",".join(mine.get(column, "") for column in header)
    (folder / "nato-2026-07--mine.csv").write_text(",".join(header) + "\n" + row + "\n", encoding="utf-8")
    if raw is not None:
        env = {**os.environ, "NATOSPEND_HOME": str(home)}
        book = raw / "iiss" / "Military_Balance_2012-2020.xlsx"
        subprocess.run([NATOSPEND, "data", "import", "iiss", str(book)], env=env, check=True, capture_output=True)
    return home


def test_user_imports_in_the_real_home_do_not_reach_the_session(tmp_path: Path) -> None:
    from natospend.paths import raw_dir

    raw = raw_dir() if raw_dir().is_dir() else None  # without ../shared only the dropped CSV is tried
    real_home = tmp_path / "home"  # stands for the user's $HOME, holding ~/.natospend
    _doctored_home(real_home / ".natospend", raw)
    explicit = _doctored_home(tmp_path / "explicit", raw)  # and for a user who set $NATOSPEND_HOME
    env = {k: v for k, v in os.environ.items() if k != "NATOSPEND_HOME"}
    env["HOME"] = str(real_home)

    # Control: outside the test session these homes do change the answers, so the check below can fail.
    probe = "import natospend; ds = natospend.load(); print(ds.value('POL', 'share_gdp', 2016)['value'], ds.sources())"
    for extra in ({}, {"NATOSPEND_HOME": str(explicit)}):
        seen = subprocess.run([sys.executable, "-c", probe], env={**env, **extra}, capture_output=True, text=True)
        assert seen.returncode == 0, seen.stderr
        assert seen.stdout.startswith("9.99 ")
        assert ("'iiss'" in seen.stdout) == (raw is not None)

    # A test session started from those homes still sees only the embedded dataset.
    for extra in ({}, {"NATOSPEND_HOME": str(explicit)}):
        session = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", PROBE],
            cwd=TESTS.parent, env={**env, **extra}, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert session.returncode == 0, session.stdout + session.stderr
        assert "1 passed" in session.stdout
