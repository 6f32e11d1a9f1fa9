"""Which files a command line's paths mean."""
from __future__ import annotations

import os

from .readers import SUPPORTED_EXTENSIONS


def expand_paths(paths) -> list[str]:
    """Files as given, folders recursed for the formats planlint reads."""
    out: list[str] = []
    for p in paths:
        if p != "-" and os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(
                    os.path.join(root, f) for f in sorted(files)
                    if os.path.splitext(f)[1].lower() in SUPPORTED_EXTENSIONS and not f.startswith((".", "~$"))
                )
        else:
            out.append(p)
    return out
