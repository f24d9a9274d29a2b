"""The layers contract (pyproject [tool.importlinter]): no core module imports an interface, no layer imports one
above it, and the HTTP API never imports the dashboard. Run by `make lint` (lint-imports) and here."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _lint(config: Path, cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.fail("lint-imports is not installed: `pip install -e '.[dev]'` installs import-linter")
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    return subprocess.run(
        [exe, "--config", str(config), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_natospend_keeps_its_layers() -> None:
    done = _lint(ROOT / "pyproject.toml", ROOT, ROOT / "src")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 kept, 0 broken" in done.stdout


def test_a_back_arrow_breaks_the_contract(tmp_path: Path) -> None:
    """The same kind of contract over a small package whose lower layer imports an upper one fails, naming it."""
    pkg = tmp_path / "flow"
    for name, body in {
        "__init__": "",
        "interfaces": "import flow.service\n",
        "service": "import flow.store\n",
        "store": "import flow.interfaces  # the back-arrow\n",
    }.items():
        (pkg / f"{name}.py").parent.mkdir(exist_ok=True)
        (pkg / f"{name}.py").write_text(body, encoding="utf-8")
    config = tmp_path / "setup.cfg"
    config.write_text(
        "[importlinter]\nroot_package = flow\n\n[importlinter:contract:layers]\nname = flow layers\ntype = layers\n"
        "layers =\n    flow.interfaces\n    flow.service\n    flow.store\n",
        encoding="utf-8",
    )
    done = _lint(config, tmp_path, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "BROKEN" in done.stdout and "flow.store -> flow.interfaces" in done.stdout
