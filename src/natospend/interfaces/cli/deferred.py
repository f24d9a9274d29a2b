"""Parts of rich loaded on first use: typer's help and error renderer (typer.rich_utils) imports rich.markdown (with
markdown-it and pygments) and rich.traceback (pygments) at its top, but makes a `Markdown` only in
rich_markup_mode="markdown", which natospend does not use, and a `Traceback` only for an uncaught exception. Until
one of those classes is used (or anything else is asked of its module), the module is a stand-in that loads the
real one on first use, so `--help` and argument errors start without them.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

#: Module -> the names typer.rich_utils takes from it.
DEFERRED = {"rich.markdown": ("Markdown",), "rich.traceback": ("Traceback",)}


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system asks for __path__ and the like: a plain module has none
            raise AttributeError(name)
        return getattr(real(self.__name__), name)


class _Forwarding(type):
    """A stand-in class: class attributes (Traceback.from_exception) are the real class's."""

    def __getattr__(cls, name: str) -> Any:
        return getattr(getattr(real(cls.__module__), cls.__name__), name)


def _stand_in_class(module: str, name: str) -> type:
    def __new__(cls: type, *args: Any, **kwargs: Any) -> Any:
        return getattr(real(module), name)(*args, **kwargs)

    return _Forwarding(name, (), {"__new__": __new__, "__module__": module, "__doc__": f"Stands for {module}.{name}."})


def real(name: str) -> types.ModuleType:
    """The real module, imported now if only its stand-in was there."""
    module = sys.modules.get(name)
    if module is None or isinstance(module, _StandIn):
        sys.modules.pop(name, None)
        module = importlib.import_module(name)
    return module


def defer() -> None:
    """Put the stand-ins in place, for each module not loaded already."""
    for name, classes in DEFERRED.items():
        if name not in sys.modules:
            stand_in = _StandIn(name)
            for cls in classes:
                setattr(stand_in, cls, _stand_in_class(name, cls))
            sys.modules[name] = stand_in
