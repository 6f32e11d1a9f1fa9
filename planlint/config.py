"""Settings that change what is checked and how it is reported.

Defaults live here; discovery of planlint.toml / [tool.planlint] fills them in.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Config:
    select: list[str] = field(default_factory=list)  # empty = every rule
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # rule code -> severity
    fail_on: str = "error"
    extra_packs: list[str] = field(default_factory=list)  # folders laid out like rules/
    thresholds: dict[str, float] = field(default_factory=dict)  # e.g. {"F001": 0.5}
    min_certainty: str = "low"  # hide findings planlint is less sure of than this

    def enabled(self, code: str, name: str = "") -> bool:
        chosen = not self.select or code in self.select or name in self.select or any(
            code.startswith(s) for s in self.select if len(s) < 4
        )
        ignored = code in self.ignore or name in self.ignore or any(
            code.startswith(s) for s in self.ignore if len(s) < 4
        )
        return chosen and not ignored
