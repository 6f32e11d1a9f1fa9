"""Find and load rule-pack data: the built-in pack plus any extra pack folders.

The built-in pack is rules/ (shipped as planlint.packs) and models/ (shipped
as planlint.models); both are located through importlib.resources only.
An extra pack is a folder laid out like rules/: its lexicons add to ours and
its sections.toml / columns.toml phrases add to the same kinds.
"""
from __future__ import annotations

import json
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import UsageError


def _builtin_rules():
    return resources.files("planlint.packs")


def _builtin_models():
    return resources.files("planlint.models")


def _read_lines(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line.lower())
    return out


@lru_cache(maxsize=8)
def lexicons(extra: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    """Lexicon name (file stem) -> phrases, lower-cased, built-in first."""
    found: dict[str, list[str]] = {}
    folders = [_builtin_rules() / "lexicons"] + [Path(p) / "lexicons" for p in extra]
    for folder in folders:
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".txt"):
                found.setdefault(entry.name[:-4], []).extend(_read_lines(entry.read_text("utf-8")))
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


@lru_cache(maxsize=8)
def phrase_table(name: str, extra: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    """sections.toml / columns.toml merged across packs: kind -> phrases (order kept)."""
    merged: dict[str, list[str]] = {}
    sources = [_builtin_rules() / name] + [Path(p) / name for p in extra]
    for src in sources:
        if not src.is_file():
            continue
        try:
            data = tomllib.loads(src.read_text("utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise UsageError(f"{name} in a rule pack is not valid TOML: {exc}") from None
        for kind, body in data.items():
            merged.setdefault(kind, []).extend(p.lower() for p in body.get("phrases", []))
    return {k: tuple(v) for k, v in merged.items()}


@lru_cache(maxsize=1)
def token_patterns() -> tuple[dict, ...]:
    """spaCy token patterns from models/patterns/*.jsonl, validated on load."""
    allowed = {"label", "pattern", "id"}
    out = []
    folder = _builtin_models() / "patterns"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".jsonl"):
            continue
        for n, line in enumerate(entry.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            unknown = set(row) - allowed
            if unknown or not {"label", "pattern"} <= set(row):
                raise UsageError(f"{entry.name} line {n}: bad pattern keys {sorted(unknown) or 'missing'}")
            out.append(row)
    return tuple(out)


@lru_cache(maxsize=1)
def rule_metadata() -> dict[str, dict]:
    """Rule code -> metadata from rules/checks/*.toml."""
    out = {}
    for entry in sorted((_builtin_rules() / "checks").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            meta = tomllib.loads(entry.read_text("utf-8"))
            out[meta["code"]] = meta
    return out
