"""Named suggestion builders: turn a Hit into concrete rewrites.

A builder is ``fn(ctx, rule, hit) -> list[Suggestion]``, registered under the
name a rule's ``[suggestion] builder`` refers to. Every module in this package
is imported on first use.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..engine.context import Hit, TextContext
    from ..engine.rulefile import Rule
    from ..findings import Suggestion

    BuilderFn = Callable[[TextContext, Rule, Hit], list[Suggestion]]

_REGISTRY: dict[str, BuilderFn] = {}
_loaded = False


def register(name: str) -> Callable[[BuilderFn], BuilderFn]:
    def deco(fn: BuilderFn) -> BuilderFn:
        _REGISTRY[name] = fn
        return fn

    return deco


def _load_all() -> None:
    global _loaded
    if not _loaded:
        for mod in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{mod.name}")
        _loaded = True


def get(name: str) -> BuilderFn:
    _load_all()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown suggestion builder '{name}'; known: {', '.join(sorted(_REGISTRY))}") from None


def names() -> list[str]:
    _load_all()
    return sorted(_REGISTRY)
