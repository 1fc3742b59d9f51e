"""Running a coroutine from a test when this thread may already hold an event loop.

A session fixture using Playwright's sync API keeps a running loop on the main thread, so a
plain ``asyncio.run`` there fails ("cannot be called from a running event loop") when the
browser tests ran earlier in the same process.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def run_in_own_loop(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """The result of ``make()`` run to completion on a new loop in its own thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()
