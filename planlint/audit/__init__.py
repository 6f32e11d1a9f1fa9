"""Batch audit: `planlint audit FOLDER... -o REPORT_DIR`.

    command   the click command and run_audit(): which files to lint, the rest from the cache
    runner    worker processes with per-file time and memory limits
    cache     .planlint-cache.json, keyed by the sha256 of each file's content
    redact    --redact (names, dates of birth) and --redact-paths (path hashes)
    casefacts whose plan, what kind, when reviewed (from PlanFacts); which files are not understood
    compare   since the previous audit: plans matched by path and fingerprint; history.jsonl
    outputs   findings.csv, plans.csv, audit.json; atomic writes
    dashboard index.html, plans/<n>.html, rules/<code>.html, teams/<n>.html from planlint/templates/
"""
from .command import AuditOptions, AuditRun, audit, run_audit

__all__ = ["audit", "run_audit", "AuditOptions", "AuditRun"]
