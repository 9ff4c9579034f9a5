"""Named suggestion builders: turn a Hit into concrete rewrites.

A builder is ``fn(ctx, rule, hit) -> list[Suggestion]``, registered under the
name a rule's ``[suggestion] builder`` refers to. Every module in this package
is imported on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..registry import Registry

if TYPE_CHECKING:
    from ..engine.context import Hit, TextContext
    from ..engine.rulefile import Rule
    from ..findings import Suggestion

    BuilderFn = Callable[[TextContext, Rule, Hit], list[Suggestion]]
else:
    BuilderFn = Callable[..., Any]

_REGISTRY: Registry[BuilderFn] = Registry(__name__, __path__, "suggestion builder")
register = _REGISTRY.register
get = _REGISTRY.get
names = _REGISTRY.names
