"""Baselines: accept today's findings, report only new ones.

`planlint baseline PATH... -o .planlint-baseline.json` records one entry per
finding; `planlint check --baseline FILE` hides findings that match an entry
and lists entries that no longer match anything ("stale": fixed, or the unit
was reworded).

A finding's fingerprint is sha256 of its rule, its file's path relative to
the baseline file (forward slashes) and the unit hash: sha256 of the unit's
excerpt, case-folded with whitespace collapsed. It does not use the position,
so edits elsewhere in the plan leave it alone. The file holds hashes only,
never plan text. Identical fingerprints (the same wording twice) are counted.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .config import Config
from .errors import ReadError, UsageError
from .model import FileReport, Finding
from .readers import limits
from .reporters._shared import display_name
from .safe_write import remove_stale, write_atomic

__all__ = ["unit_hash", "fingerprint", "write_baseline", "read_baseline", "filter_reports", "BaselineResult"]

FORMAT = 1


def normalise_unit(text: str) -> str:
    return " ".join(text.split()).casefold()


def unit_hash(text: str) -> str:
    """sha256 of the unit's normalised excerpt text (hex)."""
    return hashlib.sha256(normalise_unit(text).encode("utf-8")).hexdigest()


def relative_path(path: str, base: str | os.PathLike) -> str:
    """`path` relative to the folder `base`, with forward slashes, in
    display_name's form (so a name that is not UTF-8 is stored exactly)."""
    if path in ("-", ""):
        return "-"
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
    return display_name(rel.replace(os.sep, "/"))


def fingerprint(finding: Finding, rel_path: str) -> str:
    key = "\n".join((finding.rule, rel_path, unit_hash(finding.excerpt)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def entries_for(reports: list[FileReport], base: str | os.PathLike) -> list[dict]:
    out = []
    for report in reports:
        if report.status != "ok":
            continue
        rel = relative_path(report.path, base)
        for f in report.findings:
            out.append({"path": rel, "rule": f.rule, "name": f.name, "unit_hash": unit_hash(f.excerpt),
                        "fingerprint": fingerprint(f, rel)})
    out.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    return out


def write_baseline(reports: list[FileReport], output: str | os.PathLike) -> int:
    """Write the baseline for these reports (whole, never through a link);
    returns the number of entries. Raises UsageError when it cannot be written."""
    output = Path(output)
    entries = entries_for(reports, output.parent)
    data = {"planlint_baseline": FORMAT, "planlint_version": __version__, "entries": entries}
    remove_stale(output.parent)
    try:
        write_atomic(output, json.dumps(data, indent=2) + "\n")
    except OSError as exc:
        raise UsageError(f"{display_name(str(output))}: cannot write baseline: {exc.strerror or 'write failed'}") from None
    return len(entries)


def read_baseline(path: str | os.PathLike) -> list[dict]:
    try:
        # An ordinary file of at most 50 MB: a named pipe would hang the run, /dev/zero fill the memory.
        data = json.loads(limits.read_file(path, limits.MAX_FILE_BYTES, "baseline").decode("utf-8"))
    except ReadError as exc:
        raise UsageError(f"{path}: cannot read baseline: {exc}") from None
    except (ValueError, UnicodeDecodeError):
        raise UsageError(f"{path}: not a planlint baseline (invalid JSON)") from None
    if not isinstance(data, dict) or data.get("planlint_baseline") != FORMAT or not isinstance(
        data.get("entries"), list
    ):
        raise UsageError(f"{path}: not a planlint baseline (run `planlint baseline` to make one)")
    entries = data["entries"]
    if not all(isinstance(e, dict) and {"path", "rule", "fingerprint"} <= set(e) for e in entries):
        raise UsageError(f"{path}: baseline entries need path, rule and fingerprint")
    return entries


@dataclass
class BaselineResult:
    known: int = 0  # findings hidden because the baseline has them
    stale: list[dict] = field(default_factory=list)  # entries that matched nothing

    def to_dict(self) -> dict:
        return {"known": self.known, "stale": self.stale}


def filter_reports(reports: list[FileReport], baseline_file: str | os.PathLike,
                   configs: dict[str, Config] | None = None) -> BaselineResult:
    """Remove baselined findings from `reports` (in place); find stale entries.

    An entry is stale only if its file was linted in this run, read without
    error, and its rule was enabled for it (`configs`: report path -> Config).
    """
    entries = read_baseline(baseline_file)
    base = Path(baseline_file).parent
    remaining = Counter(e["fingerprint"] for e in entries)
    result = BaselineResult()
    checked: dict[str, FileReport] = {}
    for report in reports:
        if report.status != "ok":
            continue
        rel = relative_path(report.path, base)
        checked[rel] = report
        new = []
        for f in report.findings:
            fp = fingerprint(f, rel)
            if remaining[fp] > 0:
                remaining[fp] -= 1
                result.known += 1
            else:
                new.append(f)
        report.findings = new
    for entry in entries:
        fp = entry["fingerprint"]
        if remaining[fp] <= 0 or entry["path"] not in checked:
            continue
        config = (configs or {}).get(checked[entry["path"]].path)
        if config is not None and not config.enabled(entry["rule"], entry.get("name", "")):
            continue
        remaining[fp] -= 1
        result.stale.append({"path": entry["path"], "rule": entry["rule"], "name": entry.get("name", ""),
                             "fingerprint": fp})
    return result


def stale_text(result: BaselineResult, baseline_file: str) -> str:
    """Info lines for the text report."""
    lines = []
    for e in result.stale:
        lines.append(f"{e['path']}: info: baseline entry {e['rule']} {e['name']} no longer matches a finding "
                     f"(fixed or reworded)")
    if result.stale:
        lines.append(f"{len(result.stale)} stale baseline entr{'y' if len(result.stale) == 1 else 'ies'}: "
                     f"run `planlint baseline` again to drop {'it' if len(result.stale) == 1 else 'them'} "
                     f"from {baseline_file}")
    if result.known:
        lines.append(f"{result.known} known finding(s) in {baseline_file} not shown")
    return "\n".join(lines) + ("\n" if lines else "")
