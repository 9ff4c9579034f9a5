"""Named checks: Python logic a rule needs beyond its patterns.

A check is ``fn(ctx, rule, matches) -> Iterable[Hit]`` registered under a
name that rule files refer to with ``check = "name"``. Every module in this
package is imported on first use, so adding a check means adding a module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ..registry import Registry

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..engine.context import Hit, Sentence, TextContext
    from ..engine.rulefile import Rule

    CheckFn = Callable[[TextContext, Rule, list[tuple[Sentence, Span]]], Iterable[Hit]]
else:
    CheckFn = Callable[..., Any]

_REGISTRY: Registry[CheckFn] = Registry(__name__, __path__, "check")
register = _REGISTRY.register
get = _REGISTRY.get
names = _REGISTRY.names
