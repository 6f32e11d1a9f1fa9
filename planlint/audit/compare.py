"""Since last time: this audit against the previous one, and the trend.

Plans are matched by path first, then by content fingerprint (the sha256 of
the file), so a renamed but unchanged plan is still the same plan. Findings
are matched by rule and excerpt, not by location, so a line added above a
finding does not make it "new". history.jsonl in the report folder keeps one
line of aggregates per run (counts and shares, never plan text or paths).
"""
from __future__ import annotations

import json
import os
import statistics
from collections import Counter

from .casefacts import overdue, scored

HISTORY = "history.jsonl"
HISTORY_KEEP = 50  # runs kept in history.jsonl


def load_previous(folder: str) -> list[dict] | None:
    """The files of the audit.json in `folder`, or None when there is none to read."""
    try:
        with open(os.path.join(folder, "audit.json"), encoding="utf-8") as handle:
            files = json.load(handle).get("files")
    except (OSError, ValueError, AttributeError):
        return None
    return [f for f in files if isinstance(f, dict) and isinstance(f.get("path"), str)] if isinstance(files, list) else None


def _key(finding: dict) -> tuple[str, str]:
    return finding.get("rule", ""), " ".join((finding.get("excerpt") or "").split())


def compare(results: list[dict], previous: list[dict], rules: dict) -> dict:
    """Per plan: new and resolved findings and the score change; per rule: the change in share failing."""
    by_path = {p["path"]: p for p in previous}
    by_print = {p["fingerprint"]: p for p in previous if p.get("fingerprint")}
    used: set[int] = set()
    plans = []
    for n, r in enumerate(results, 1):
        before = by_path.get(r["path"])
        if before is None or id(before) in used:
            before = by_print.get(r.get("fingerprint")) if r.get("fingerprint") else None
        if before is None or id(before) in used:
            plans.append({"n": n, "path": r["path"], "matched": False, "renamed_from": None,
                          "new": [], "resolved": [], "score_before": None, "score": _score(r)})
            continue
        used.add(id(before))
        now, then = Counter(map(_key, r.get("findings", []))), Counter(map(_key, before.get("findings", [])))
        new, gone = now - then, then - now
        plans.append({
            "n": n, "path": r["path"], "matched": True,
            "renamed_from": before["path"] if before["path"] != r["path"] else None,
            "new": [f for f in r.get("findings", []) if _take(new, f)],
            "resolved": [f for f in before.get("findings", []) if _take(gone, f)],
            "score_before": _score(before), "score": _score(r),
        })
    removed = [p["path"] for p in previous if id(p) not in used]
    now_share, then_share = rule_shares(results), rule_shares(previous)
    rule_rows = [{"code": code, "name": rule.name, "before": then_share.get(code), "now": now_share.get(code)}
                 for code, rule in rules.items()]
    return {"plans": plans, "removed": removed, "rules": rule_rows,
            "changed": [p for p in plans if p["new"] or p["resolved"] or not p["matched"]
                        or (p["score"] is not None and p["score_before"] is not None and p["score"] != p["score_before"])]}


def _take(counter: Counter, finding: dict) -> bool:
    key = _key(finding)
    if counter[key] > 0:
        counter[key] -= 1
        return True
    return False


def _score(result: dict) -> int | None:
    return result["score"]["overall"] if scored(result) else None


def rule_shares(results: list[dict]) -> dict[str, float]:
    """Share (0-100) of the scored plans failing each rule."""
    ok = [r for r in results if scored(r)]
    fired = Counter(code for r in ok for code in {f["rule"] for f in r.get("findings", [])})
    return {code: round(100 * count / len(ok), 1) for code, count in fired.items()} if ok else {}


def aggregates(results: list[dict], generated: str, as_of) -> dict:
    """One history line: counts and shares only."""
    ok = [r for r in results if scored(r)]
    scores = [r["score"]["overall"] for r in ok]
    return {
        "generated": generated, "as_of": as_of.isoformat(), "files": len(results), "scored": len(ok),
        "median": statistics.median(scores) if scores else None,
        "mean": round(statistics.fmean(scores), 1) if scores else None,
        "overdue": sum(bool(overdue(r, as_of)) for r in ok),
        "rules": rule_shares(results),
    }


def read_history(out_dir: str) -> list[dict]:
    try:
        with open(os.path.join(out_dir, HISTORY), encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return []
    runs = []
    for line in lines:
        try:
            run = json.loads(line)
        except ValueError:
            continue
        if isinstance(run, dict) and isinstance(run.get("generated"), str):
            runs.append(run)
    return runs[-HISTORY_KEEP:]


def history_text(runs: list[dict]) -> str:
    return "".join(json.dumps(r, sort_keys=True) + "\n" for r in runs[-HISTORY_KEEP:])
