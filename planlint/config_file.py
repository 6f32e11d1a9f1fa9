"""Find and read planlint's settings: planlint.toml or [tool.planlint] in pyproject.toml.

Discovery works like ruff's: starting in the linted file's folder and walking
up to the filesystem root, the nearest folder holding a planlint.toml, or a
pyproject.toml with a [tool.planlint] table, wins (planlint.toml first when a
folder has both). Nothing is merged across folders.

    # planlint.toml                    # pyproject.toml
    select = ["T", "W001"]             [tool.planlint]
    ignore = ["vague-owner"]           fail-on = "warning"
    fail-on = "warning"                [tool.planlint.severity]
    extra-packs = ["la-pack"]          X001 = "error"
    [severity]
    X001 = "error"
    [thresholds]
    F001 = 0.6

Paths in extra-packs are relative to the file that names them; each must be a
valid rule pack (loader.py). An unknown key, a wrong type, an unknown rule or
a broken pack is a UsageError with a one-line reason.
"""
from __future__ import annotations

import dataclasses
import functools
import os
import tomllib
from pathlib import Path

from . import loader
from .config import Config
from .errors import ReadError, UsageError
from .readers import limits
from .registry import all_rules

__all__ = ["find_config", "load_config", "settings_for"]

LEVELS = ("error", "warning", "info")
_KEYS = ("select", "ignore", "severity", "fail-on", "extra-packs", "thresholds")


def find_config(path: str | os.PathLike) -> Path | None:
    """The settings file nearest to `path` (a file or folder), or None."""
    here = Path(os.path.abspath(path))
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "planlint.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _has_planlint_table(candidate):
            return candidate
    return None


def load_config(path: str | os.PathLike) -> Config:
    """Read one settings file into a Config. Raises UsageError for any mistake."""
    path = Path(path)
    try:
        data = tomllib.loads(_read(path).decode("utf-8"))
    except ReadError as exc:
        raise UsageError(f"{path}: cannot read settings: {exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "invalid TOML"
        raise UsageError(f"{path}: not valid TOML: {reason}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("planlint", {})
        where = f"{path} [tool.planlint]"
    else:
        where = str(path)
    if not isinstance(data, dict):
        raise UsageError(f"{where}: [tool.planlint] must be a table")
    return _to_config(data, path.parent, where)


def _has_planlint_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(_read(pyproject).decode("utf-8"))
    except (ReadError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return False  # someone else's broken pyproject is not our settings file
    return isinstance(data.get("tool"), dict) and "planlint" in data["tool"]


def _read(path: Path) -> bytes:
    """A settings file, refused if it is not an ordinary file of at most 1 MB (a
    named pipe would hang the run, /dev/zero would fill the memory)."""
    return limits.read_file(path, limits.MAX_SETTINGS_BYTES, "settings file")


def _to_config(data: dict, base: Path, where: str) -> Config:
    for key in data:
        if key not in _KEYS:
            hint = f" (did you mean {key.replace('_', '-')!r}?)" if key.replace("_", "-") in _KEYS else ""
            raise UsageError(f"{where}: unknown key {key!r}{hint}; known keys: {', '.join(_KEYS)}")
    config = Config()
    known = _rule_selectors()
    for key in ("select", "ignore"):
        if key in data:
            setattr(config, key, _selectors(_string_list(data[key], key, where), f"{where}: {key}"))
    if "severity" in data:
        table = _table(data["severity"], "severity", where)
        for rule, level in table.items():
            if rule not in known and rule.upper() not in known:
                raise UsageError(f"{where}: severity: unknown rule {rule!r}")
            if level not in LEVELS:
                raise UsageError(f"{where}: severity.{rule}: {level!r} is not one of {', '.join(LEVELS)}")
        config.severity = {(r.upper() if r.upper() in known else r): v for r, v in table.items()}
    if "fail-on" in data:
        if data["fail-on"] not in LEVELS:
            raise UsageError(f"{where}: fail-on: {data['fail-on']!r} is not one of {', '.join(LEVELS)}")
        config.fail_on = data["fail-on"]
    if "extra-packs" in data:
        packs = []
        for entry in _string_list(data["extra-packs"], "extra-packs", where):
            folder = (base / entry).resolve()
            if not folder.is_dir():
                raise UsageError(f"{where}: extra-packs: folder {entry!r} not found (relative to {base})")
            packs.append(str(folder))
        loader.load(tuple(packs))  # a broken pack is a settings mistake: say so before any plan is read
        config.extra_packs = packs
    if "thresholds" in data:
        table = _table(data["thresholds"], "thresholds", where)
        for rule, value in table.items():
            if rule.upper() not in known or len(rule) != 4:
                raise UsageError(f"{where}: thresholds: unknown rule code {rule!r}")
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise UsageError(f"{where}: thresholds.{rule}: expected a number, got {value!r}")
        config.thresholds = {r.upper(): float(v) for r, v in table.items()}
    return config


def _string_list(value, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{where}: {key}: expected a list of strings")
    return [v.strip() for v in value if v.strip()]


def _table(value, key: str, where: str) -> dict:
    if not isinstance(value, dict):
        raise UsageError(f"{where}: {key}: expected a table, e.g. [{key}]")
    return value


def _selectors(values: list[str], where: str) -> list[str]:
    """Rule codes, names or code prefixes, codes in capitals; an unknown one is
    a UsageError, so a typo cannot quietly switch a check off."""
    known = _rule_selectors()
    for value in values:
        if value not in known and value.upper() not in known:
            raise UsageError(f"{where}: unknown rule {value!r}; known codes: {', '.join(sorted(all_rules()))} "
                             "(or a rule's name, or a prefix such as 'T'; `planlint rules` lists them)")
    return [v.upper() if v.upper() in known and v not in known else v for v in values]


def _rule_selectors() -> set[str]:
    """Codes, kebab-case names and code prefixes ("T", "W00") that select rules."""
    out: set[str] = set()
    for code, rule in all_rules().items():
        out.add(code)
        out.add(rule.name)
        out.update(code[:n] for n in range(1, 4))
    return out


def settings_for(path: str | os.PathLike | None, config_file: str | os.PathLike | None = None, *,
                 select: list[str] | None = None, ignore: list[str] | None = None,
                 fail_on: str | None = None) -> Config:
    """The Config the command line uses for one file.

    `config_file` (--config) replaces discovery; `select` / `ignore` /
    `fail_on` from the command line replace the file's values when given.
    `path` None or "-" (standard input) discovers from the working folder.
    """
    if config_file is not None:
        base = _cached(*_stamp(Path(config_file).resolve()))
    else:
        start = os.getcwd() if path in (None, "-") else path
        found = find_config(start)
        base = _cached(*_stamp(found)) if found else Config()
    config = dataclasses.replace(
        base, select=list(base.select), ignore=list(base.ignore), severity=dict(base.severity),
        extra_packs=list(base.extra_packs), thresholds=dict(base.thresholds),
    )
    if select is not None:
        config.select = _selectors(select, "--select")
    if ignore is not None:
        config.ignore = _selectors(ignore, "--ignore")
    if fail_on is not None:
        config.fail_on = fail_on
    return config


def _stamp(path: Path) -> tuple[str, int]:
    try:
        return str(path), path.stat().st_mtime_ns
    except OSError:
        return str(path), 0  # load_config reports the missing file


@functools.lru_cache(maxsize=64)
def _cached(path: str, _mtime: int) -> Config:
    return load_config(path)
