"""The language layer (see pipeline.py)."""
from __future__ import annotations

import gc

_freeze_after_load = False
_loaded = False  # settled() has been called: a pipeline is or is being built


def freeze_after_load() -> None:
    """Once a pipeline is built, move every object then alive out of the
    garbage collector's sight (gc.freeze).

    For front ends that own their process (the command line): the pipeline,
    its vocabulary and everything imported live until the process ends, yet
    each full collection walked them all again, about 45 ms during a cold
    `check`'s first lint and as much again at exit, and forked audit workers
    touched the pages they share with the parent doing it. Not done for the
    Python API: freezing a host program's objects is not a library's call.

    Frozen before the pipeline is built as well as after: building it allocates
    enough to start a full collection, which walked everything `import spacy`
    had made (about 40 ms of a cold `check`).

    Nor is anything collected before that first freeze (gc.disable): loading
    makes next to no garbage, yet the collector's passes over what `import spacy`
    and planlint's modules make took about 70 ms of a cold `check` (timed with
    gc.callbacks). settled() starts it again, so where a pipeline is already built
    (the command line run in-process again) there is nothing to wait for; audit,
    whose parent loads none where it cannot fork, calls settled() itself.
    """
    global _freeze_after_load
    _freeze_after_load = True
    if not _loaded:
        gc.disable()


def settled() -> None:
    """Called by get_nlp before and after building a pipeline: what is alive
    then (imports, the pipeline) lives as long as the process."""
    global _loaded
    _loaded = True
    if _freeze_after_load:
        gc.freeze()
        gc.enable()
