"""The docs cannot drift: every command is in the README, every indicator and release is described."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from natospend.interfaces.cli import app
from natospend.reference.indicators import all_indicators
from natospend.reference.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"natospend {command}" in README


def test_the_readme_gives_exactly_two_set_up_commands() -> None:
    setup = README.split("## Set-up on a fresh machine")[1].split("\n## ")[0]
    commands = [line.strip() for line in setup.splitlines() if line.startswith("    ")]
    assert commands == ["make run", "make test"]


def test_every_indicator_is_defined() -> None:
    for code, indicator in all_indicators().items():
        assert indicator.name and indicator.unit and indicator.definition, code


def test_every_release_names_its_publisher_date_and_coverage() -> None:
    for release in load_manifest().releases:
        assert release.publisher and release.title and release.coverage, release.id
