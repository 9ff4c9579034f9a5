"""Named checks: Python logic a rule needs beyond its patterns.

A check is ``fn(ctx, rule, matches) -> Iterable[Hit]`` registered under a
name that rule files refer to with ``check = "name"``. Every module in this
package is imported on first use, so adding a check means adding a module.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..engine.context import Hit, Sentence, TextContext
    from ..engine.rulefile import Rule

    CheckFn = Callable[[TextContext, Rule, list[tuple[Sentence, Span]]], Iterable[Hit]]

_REGISTRY: dict[str, CheckFn] = {}
_loaded = False


def register(name: str) -> Callable[[CheckFn], CheckFn]:
    def deco(fn: CheckFn) -> CheckFn:
        if name in _REGISTRY and _REGISTRY[name] is not fn:
            raise ValueError(f"check '{name}' registered twice")
        _REGISTRY[name] = fn
        return fn

    return deco


def _load_all() -> None:
    global _loaded
    if not _loaded:
        for mod in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{mod.name}")
        _loaded = True


def get(name: str) -> CheckFn:
    _load_all()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown check '{name}'; known: {', '.join(sorted(_REGISTRY))}") from None


def names() -> list[str]:
    _load_all()
    return sorted(_REGISTRY)
