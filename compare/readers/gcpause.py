"""Pause the cyclic garbage collector while a reader builds many small objects it keeps.

Reading a file of many short lines makes hundreds of thousands of tuples, dicts and paragraphs, all of
them kept: the collector's passes over them find nothing to free and cost 15-20% of the reading time
(more in the window, where many other objects are alive). Readers pause it only around the reflow and
paragraph building, not around parsers of file formats, whose temporary cyclic garbage should still be
collected; the engine pauses it for a whole comparison.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
