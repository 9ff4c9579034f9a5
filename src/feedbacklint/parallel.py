"""Lint many texts in worker processes; results come back in input order.

Each worker gets one linter (a :class:`~feedbacklint.Linter`, or the CLI's
:class:`~feedbacklint.linter_pool.LinterPool`) in its initializer and lints
whole batches of texts, so the pipeline is loaded once per worker, not once
per file. On Linux the pool forks after the parent has loaded the pipeline:
workers inherit it copy-on-write and start at once; elsewhere (spawn) each
worker builds its own from the picklable settings. Batches are collected in
submission order, so output never depends on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .engine.linter import Linter
    from .findings import Report
    from .linter_pool import Linted, LinterPool

T = TypeVar("T")
R = TypeVar("R")

# Without an explicit job count, less text than this is linted in-process:
# starting workers would cost more than it saves.
AUTO_MIN_CHARS = 200_000
BATCHES_PER_WORKER = 4  # a few batches per worker, so a slow batch does not leave others idle
MAX_BATCH = 64

_worker_state: Any = None


def default_jobs() -> int:
    """The CPUs this process may run on (respects affinity masks and cpusets)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def plan_jobs(sizes: Sequence[int], jobs: int | None) -> int:
    """Worker count for texts of these lengths: ``jobs`` if given, else the CPU count for large input."""
    if jobs is not None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        wanted = jobs
    else:
        wanted = default_jobs() if sum(sizes) >= AUTO_MIN_CHARS else 1
    return max(1, min(wanted, len(sizes)))


def batches(n: int, workers: int) -> list[range]:
    """Contiguous batches covering ``range(n)``."""
    size = max(1, min(MAX_BATCH, -(-n // (workers * BATCHES_PER_WORKER))))
    return [range(i, min(i + size, n)) for i in range(0, n, size)]


# -- public entry points ----------------------------------------------------
def lint_parallel(linter: Linter, texts: Sequence[str], jobs: int | None = None) -> list[Report]:
    """``linter.lint_many(texts)``, in up to ``jobs`` processes (``None``: all CPUs for large input)."""
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"feedbacklint lints str, not {type(t).__name__}")
    workers = plan_jobs([len(t) for t in texts], jobs)
    if workers <= 1:
        return linter.lint_many(texts)
    return _map_batches(linter, (_new_linter, (linter.config, linter.model)), _lint_texts, list(texts), workers)


def lint_pool_parallel(pool: LinterPool, items: Sequence[tuple[str | None, str, str]], jobs: int | None = None) -> list[Linted]:
    """``pool.lint(items)`` in up to ``jobs`` processes; ``pool.linted`` is filled as if run here."""
    workers = plan_jobs([len(item[1]) for item in items], jobs)
    if workers <= 1:
        return pool.lint(list(items))
    done = _map_batches(pool, (_new_pool, (pool.settings,)), _lint_items, list(items), workers)
    pool.linted.extend(done)
    return done


# -- machinery ----------------------------------------------------------------
def _map_batches(state: Any, factory: tuple[Callable, tuple], fn: Callable[[Any, list[T]], list[R]], items: list[T], workers: int) -> list[R]:
    context = _context()
    forked = context.get_start_method() == "fork"
    if forked:
        _warm(state)  # load pipeline + matchers once, here; forked workers inherit them
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(state if forked else None, factory),
    )
    out: list[R] = []
    try:
        futures = [executor.submit(_run_batch, fn, items[r.start : r.stop]) for r in batches(len(items), workers)]
        for fut in futures:  # submission order = input order
            out.extend(fut.result())
    except BaseException:
        # Ctrl-C or a failure: stop the workers now instead of waiting for their batches.
        _terminate(executor)
        raise
    executor.shutdown(wait=True)
    return out


def _context() -> multiprocessing.context.BaseContext:
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _warm(state: Any) -> None:
    linter = state.linter_for(None) if hasattr(state, "linter_for") else state
    linter.matchers  # noqa: B018 - property: loads the pipeline and compiles the matchers


def _init_worker(inherited: Any, factory: tuple[Callable, tuple]) -> None:
    global _worker_state
    # Ctrl-C reaches the whole process group; only the parent reacts (exit 130, no worker tracebacks).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if inherited is not None:  # forked: the parent's object, pipeline loaded, is already here
        _worker_state = inherited
    else:
        make, args = factory
        _worker_state = make(*args)


def _run_batch(fn: Callable[[Any, list[T]], list[R]], batch: list[T]) -> list[R]:
    assert _worker_state is not None, "worker not initialised"
    return fn(_worker_state, batch)


def _new_linter(config: Any, model: str) -> Linter:
    from .engine.linter import Linter

    return Linter(config, model=model)


def _new_pool(settings: Any) -> LinterPool:
    from .linter_pool import LinterPool

    return LinterPool(settings)


def _lint_texts(linter: Linter, texts: list[str]) -> list[Report]:
    return linter.lint_many(texts)


def _lint_items(pool: LinterPool, items: list[tuple[str | None, str, str]]) -> list[Linted]:
    done = pool.lint(items)
    pool.linted.clear()  # the parent keeps the record; don't grow the worker's copy
    return done


def _terminate(executor: ProcessPoolExecutor) -> None:
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        if p.is_alive():
            p.terminate()
    for p in processes:
        p.join(timeout=5)
