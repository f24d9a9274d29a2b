"""Option values without pydantic where typer would only be parsing a plain number or string.

typer 0.29 coerces every option and argument through a pydantic TypeAdapter, and importing pydantic alone costs a
third of `import pandas` (measured), paid by every command and every argument error. Here a `str`, `int`, `float`
or `bool` parameter (or a list of them) without constraints is coerced directly when the value is one pydantic
reads the same way (`2016`, `-3`, `4.1`, a flag's bool); any other annotation, any constraint and any other text
(`twenty`, ` 7`, `1e3`) goes to typer's own pydantic path, so values and error messages stay exactly typer's
(tests/test_cli_coercion.py compares both on every parameter of every command). Typer's own path is built only when
a value first needs it: an option left unset (None: `check` without `--file PATH`) imports no pydantic. Installed
by `natospend.interfaces.cli`; typer is pinned, and that test fails if its internals move.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from typer import _coercion, core
from typer._typing import get_args, get_origin

_INT = re.compile(r"-?[0-9]{1,18}")
_FLOAT = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,15})?")
_SKIP = object()  # text the fast path leaves to pydantic


def _int(text: Any) -> Any:
    return int(text) if isinstance(text, str) and _INT.fullmatch(text) else _SKIP


def _float(text: Any) -> Any:
    return float(text) if isinstance(text, str) and _FLOAT.fullmatch(text) else _SKIP


def _str(text: Any) -> Any:
    return text if type(text) is str else _SKIP


def _bool(value: Any) -> Any:
    return value if type(value) is bool else _SKIP  # flags arrive as bools; text ('yes', 'off') goes to typer


_LEAVES: dict[Any, Callable[[Any], Any]] = {int: _int, float: _float, str: _str, bool: _bool}
_typer_build = _coercion.build_runtime_param


@dataclass(frozen=True)
class PlainParam(_coercion.RuntimeParam):
    """A plain value (or list of them): coerced here, or by typer's own runtime param when the text is unusual."""

    descriptor: _coercion.TypeDescriptor = field(compare=False, repr=False, kw_only=True)
    leaf: Callable[[Any], Any] = field(compare=False, repr=False, kw_only=True)
    many: bool = field(kw_only=True)
    _typer: list[_coercion.RuntimeParam] = field(default_factory=list, compare=False, repr=False, kw_only=True)

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        if self.many:
            items = value if isinstance(value, list | tuple) else [value]
            out = [self.leaf(v) for v in items]
            if all(v is not _SKIP for v in out):
                return out
        else:
            one = self.leaf(value)
            if one is not _SKIP:
                return one
        if not self._typer:
            self._typer.append(_typer_build(self.descriptor))
        return self._typer[0]._coerce_value(value, param, ctx)


@dataclass(frozen=True)
class DeferredParam(_coercion.RuntimeParam):
    """Any other parameter: typer's own runtime param, built (with pydantic) when a value first needs coercing."""

    descriptor: _coercion.TypeDescriptor = field(compare=False, repr=False, kw_only=True)
    _typer: list[_coercion.RuntimeParam] = field(default_factory=list, compare=False, repr=False, kw_only=True)

    def _built(self) -> _coercion.RuntimeParam:
        if not self._typer:
            self._typer.append(_typer_build(self.descriptor))
        return self._typer[0]

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if value is None:  # every runtime param answers None (or () for a multiple) without coercing anything
            return super().coerce(value, param, ctx)
        return self._built().coerce(value, param, ctx)

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        return self._built()._coerce_value(value, param, ctx)


def plain_leaf(descriptor: _coercion.TypeDescriptor) -> tuple[Callable[[Any], Any], bool] | None:
    """The fast coercion for a descriptor and whether it takes a list, or None where typer's own path is needed."""
    info = descriptor.parameter_info
    if descriptor.is_file or descriptor.is_path or descriptor.is_choice or info.parser is not None:
        return None
    if info.min is not None or info.max is not None or info.clamp:
        return None
    annotation: Any = descriptor.annotation
    many = False
    if get_origin(annotation) is list and len(get_args(annotation)) == 1:
        annotation, many = get_args(annotation)[0], True
    leaf = _LEAVES.get(annotation) if isinstance(annotation, type) else None
    return None if leaf is None else (leaf, many)


def build_runtime_param(descriptor: _coercion.TypeDescriptor) -> _coercion.RuntimeParam:
    found = plain_leaf(descriptor)
    if found is None:
        return DeferredParam(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation,
                             descriptor=descriptor)  # fmt: skip
    leaf, many = found
    return PlainParam(
        parameter_info=descriptor.parameter_info,
        annotation=descriptor.annotation,
        descriptor=descriptor,
        leaf=leaf,
        many=many,
    )


def install() -> None:
    """Route typer's per-parameter coercion through `build_runtime_param` (idempotent)."""
    core.build_runtime_param = build_runtime_param  # type: ignore[attr-defined]
