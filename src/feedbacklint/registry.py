"""A name → function registry filled by the modules of one package, imported on first use.

Checks and suggestion builders are both found this way: a rule file names
them, and adding one means adding a module to the package.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Generic, TypeVar

F = TypeVar("F", bound=Callable[..., object])


class Registry(Generic[F]):
    def __init__(self, package: str, path: list[str], kind: str) -> None:
        self._package = package
        self._path = path
        self._kind = kind
        self._items: dict[str, F] = {}
        self._loaded = False

    def register(self, name: str) -> Callable[[F], F]:
        def deco(fn: F) -> F:
            if name in self._items and self._items[name] is not fn:
                raise ValueError(f"{self._kind} '{name}' registered twice")
            self._items[name] = fn
            return fn

        return deco

    def _load_all(self) -> None:
        if not self._loaded:
            for mod in pkgutil.iter_modules(self._path):
                importlib.import_module(f"{self._package}.{mod.name}")
            self._loaded = True

    def get(self, name: str) -> F:
        self._load_all()
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items))
            raise KeyError(f"unknown {self._kind} '{name}'; known: {known}") from None

    def names(self) -> list[str]:
        self._load_all()
        return sorted(self._items)
