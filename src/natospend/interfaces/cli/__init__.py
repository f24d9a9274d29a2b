"""The `natospend` command. Each concept registers its commands from its own module below.

A command's module is imported only when that command runs: `natospend --help` and an unknown command list the
commands from `COMMANDS` (name, module, the first paragraph of its help), so they start without importing any command
module (tests/test_startup.py checks that the listing equals the one built from the modules themselves).
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
import typer.main
from typer import _click
from typer.core import TyperCommand, TyperGroup

# `common` makes the shared console now, at import, as when every command module was imported at start: a console
# first made inside a run (a test's CliRunner with COLUMNS=400) would keep that run's width for good.
from natospend.interfaces.cli import coercion, common, deferred  # noqa: F401

coercion.install()  # plain option values without pydantic
deferred.defer()  # typer's help renderer without markdown-it and pygments

#: Every command as `natospend --help` lists it (commands in registration order, then the command groups):
#: name -> (module of natospend.interfaces.cli that registers it, first paragraph of its help).
COMMANDS: dict[str, tuple[str, str]] = {
    "show": ("show", "Figures for one ally or every ally, newest release by default, each with its source, release "
             "and cell of\norigin."),
    "status": ("pledges", "Every ally on one screen: share of GDP, equipment share, 2% / 3.5% core / 5% status, "
               "national pledges."),
    "pledges": ("pledges", "The pledge register: alliance guidelines and national pledges, with their sources."),
    "gap": ("gap", "What reaching a pledge costs, year by year: required share, spending, extra over today's share, "
            "P10-P90."),
    "burden": ("gap", "Burden sharing: each ally's share of alliance spending vs its share of GDP; or what "
               "equalising would cost."),
    "serve": ("serve", "Start the dashboard and HTTP API on the embedded data, offline, and print the address."),
    "compare": ("claims", "Every NATO release, every SIPRI edition, the World Bank series and imported IISS figures "
                "side by side."),
    "check": ("claims", "Find every checkable statement about defence spending and give each a verdict with its "
              "evidence."),
    "diff": ("releases", "What changed between two releases of one publisher: revised figures (largest first, with "
             "the cell on each\nside), allies crossing 2%, 3.5% and 20% on equipment, ranks, coverage, definitions "
             "and price bases."),
    "recheck": ("releases", "Claims checked earlier, judged again against newer data: verdict and figure before and "
                "after, changed first."),
    "data": ("data", "Build, verify and inspect the curated dataset."),
    "pledge": ("pledges", "One pledge of the register: wording, sources and who meets it."),
    "chart": ("serve", "Write the dashboard's charts as PNG or SVG (chosen by the file suffix), for reports."),
}  # fmt: skip
MODULES = ("data", "show", "pledges", "gap", "serve", "claims", "releases")  # registration order


class Summary(TyperCommand):
    """Stands for a command in listings until it is run; resolving it imports its module."""

    def __init__(self, name: str, module: str, summary: str) -> None:
        super().__init__(name, help=summary)
        self.module = module


class LazyGroup(TyperGroup):
    """The top-level group: lists `COMMANDS` as summaries; builds a command from its module when it is invoked."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, (module, summary) in COMMANDS.items():
            self.commands.setdefault(name, Summary(name, module, summary))

    def resolve_command(self, ctx: _click.Context, args: list[str]) -> Any:
        found = self.commands.get(args[0]) if args else None
        if isinstance(found, Summary):
            self.commands.update(built(found.module))
        return super().resolve_command(ctx, args)


def built(module: str) -> dict[str, _click.Command]:
    """The click commands one module registers, built as typer builds them for `app`."""
    part = typer.Typer(rich_markup_mode=app.rich_markup_mode, pretty_exceptions_short=app.pretty_exceptions_short)
    importlib.import_module(f"natospend.interfaces.cli.{module}").register(part)
    return dict(typer.main.get_group(part).commands)


app = typer.Typer(
    name="natospend",
    help="NATO defence spending with a source for every number.",
    no_args_is_help=True,
    add_completion=False,
    cls=LazyGroup,
)


@app.callback()
def _group() -> None:
    # No options of its own: the callback only makes `app` a group whose commands load on demand (LazyGroup).
    pass


def main() -> None:
    app()
