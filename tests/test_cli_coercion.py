"""The CLI's own coercion of plain option values (interfaces/cli/coercion.py) gives exactly typer's answers: the same
value of the same type for every input it takes, typer's own error message for every other one."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
import typer
import typer.main
from typer import _click, _coercion
from typer._click.exceptions import BadParameter

from natospend.interfaces.cli import MODULES, coercion

TEXTS = ["2016", "-3", "0", "007", "+5", " 7", "7 ", "twenty", "1e3", "4.1", "-0.5", "", "2_016", "9" * 19, "1.0",
         "nan", "inf", "POL", "Poland spends 4.1% of GDP on defence", "٢٠١٦", "0x10", "3.", ".5", "--year"]  # fmt: skip
VALUES: list[Any] = [*TEXTS, True, False, 2016, ("2016", "2024"), ("2016", "x"), ["POL", "DEU"], ()]


def _parameters() -> list[tuple[str, Any]]:
    out = []
    for module in MODULES:
        part = typer.Typer()
        importlib.import_module(f"natospend.interfaces.cli.{module}").register(part)
        stack = [typer.main.get_group(part)]
        while stack:
            command = stack.pop()
            stack.extend(getattr(command, "commands", {}).values())
            out.extend(
                (f"{command.name} {p.name}", (command, p)) for p in command.params if hasattr(p, "type_descriptor")
            )
    return out


def _answer(runtime: _coercion.RuntimeParam, value: Any, param: Any, ctx: Any) -> tuple[str, Any]:
    try:
        got = runtime._coerce_value(value, param, ctx)
    except BadParameter as exc:
        return "error", exc.format_message()
    except Exception as exc:
        return "raised", f"{type(exc).__name__}: {exc}"
    return "value", (type(got), got if not isinstance(got, float) or got == got else "nan")


PARAMETERS = _parameters()


def test_the_fast_path_covers_the_commands_it_is_for() -> None:
    fast = {name for name, (_, p) in PARAMETERS if coercion.plain_leaf(p.type_descriptor) is not None}
    for name in ("show country", "show year", "show indicator", "status year", "check text", "check as_of"):
        assert name in fast, sorted(fast)


@pytest.mark.parametrize(("name", "where"), PARAMETERS, ids=[n for n, _ in PARAMETERS])
def test_every_parameter_coerces_as_typer_does(name: str, where: tuple[Any, Any]) -> None:
    command, param = where
    ours = coercion.build_runtime_param(param.type_descriptor)
    typers = coercion._typer_build(param.type_descriptor)
    ctx = _click.Context(command)
    for value in VALUES:
        assert _answer(ours, value, param, ctx) == _answer(typers, value, param, ctx), (name, value)


@pytest.mark.parametrize(("name", "where"), PARAMETERS, ids=[n for n, _ in PARAMETERS])
def test_an_unset_parameter_is_what_typer_makes_it(name: str, where: tuple[Any, Any]) -> None:
    # A parameter typer coerces with pydantic (a Path, a choice) is built only when a value comes: an unset one is
    # None (or () for a multiple) as typer makes it, and a value still gets typer's answer.
    command, param = where
    ours = coercion.build_runtime_param(param.type_descriptor)
    typers = coercion._typer_build(param.type_descriptor)
    ctx = _click.Context(command)
    assert ours.coerce(None, param, ctx) == typers.coerce(None, param, ctx), name
    if coercion.plain_leaf(param.type_descriptor) is None:
        assert isinstance(ours, coercion.DeferredParam) and not ours._typer, name


def test_typer_takes_the_installed_coercion() -> None:
    import typer.core

    assert typer.core.build_runtime_param is coercion.build_runtime_param
