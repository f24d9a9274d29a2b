"""The `natospend` command. Each concept registers its commands from its own module below."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="natospend",
    help="NATO defence spending with a source for every number.",
    no_args_is_help=True,
    add_completion=False,
)


def _register() -> None:
    # One line per command module; each module knows only the core API.
    # Every one is imported at start: keep pandas, analysis, claims and charts inside the command functions, so
    # that --help, argument errors and `show` start fast (tests/test_startup.py checks it).
    from natospend.interfaces.cli import claims, data, gap, pledges, releases, serve, show

    for module in (data, show, pledges, gap, serve, claims, releases):
        module.register(app)


_register()


def main() -> None:
    app()
