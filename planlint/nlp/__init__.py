"""The language layer (see pipeline.py)."""
from __future__ import annotations

import gc

_freeze_after_load = False


def freeze_after_load() -> None:
    """Once a pipeline is built, move every object then alive out of the
    garbage collector's sight (gc.freeze).

    For front ends that own their process (the command line): the pipeline,
    its vocabulary and everything imported live until the process ends, yet
    each full collection walked them all again, about 45 ms during a cold
    `check`'s first lint and as much again at exit, and forked audit workers
    touched the pages they share with the parent doing it. Not done for the
    Python API: freezing a host program's objects is not a library's call.
    """
    global _freeze_after_load
    _freeze_after_load = True


def loaded() -> None:
    """Called by get_nlp after building a pipeline."""
    if _freeze_after_load:
        gc.freeze()
