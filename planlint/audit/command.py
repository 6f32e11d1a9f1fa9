"""`planlint audit`: lint folders of plans in parallel and write a report folder.

    expand_paths -> (cache) -> runner.lint_files -> redaction of paths
                 -> outputs (CSV, JSON) + dashboard (HTML), each written atomically

Heavy modules are imported inside the functions so `planlint --help` stays fast.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime

import click

from ..exit_codes import EXIT_ERROR, exit_code
from ..paths import expand_paths

REPORT_DIR = "planlint-report"


@dataclass
class AuditOptions:
    jobs: int | None = None
    timeout: float = 60.0
    max_memory_mb: int = 2048
    redact: bool = False
    redact_paths: bool = False
    changed_only: bool = False
    since: datetime | None = None
    progress: bool = False


@dataclass
class AuditRun:
    results: list[dict]
    linted: int = 0
    cached: int = 0
    written: list[str] = field(default_factory=list)

    @property
    def unreadable(self) -> int:
        return sum(r["status"] != "ok" for r in self.results)


def run_audit(files: list[str], out_dir: str, options: AuditOptions) -> AuditRun:
    """Lint `files` (as expand_paths gives them) and write the report into out_dir."""
    from ..config import Config
    from .cache import Cache, content_hash
    from .runner import Limits, lint_files

    os.makedirs(out_dir, mode=0o700, exist_ok=True)
    cache = None
    if options.changed_only or options.since:
        fingerprint = hashlib.sha256(repr((options.redact, Config())).encode()).hexdigest()[:16]
        cache = Cache(out_dir, fingerprint)

    results: list[dict | None] = [None] * len(files)
    to_lint: list[int] = []
    digests: dict[int, str | None] = {}
    since = options.since.timestamp() if options.since else None
    for i, path in enumerate(files):
        if cache is None:
            continue
        if since is not None and _mtime(path) >= since:
            digests[i] = content_hash(path)
            to_lint.append(i)
            continue
        digest, entry = cache.lookup(path, trust_mtime=since is not None)
        digests[i] = digest
        if entry is not None:
            cache.hit(path, digest, entry)
            results[i] = dict(entry["result"], path=path)
        else:
            to_lint.append(i)
    if cache is None:
        to_lint = list(range(len(files)))

    limits = Limits(options.timeout, options.max_memory_mb, options.redact)
    jobs = options.jobs or os.cpu_count() or 1
    paths = [files[i] for i in to_lint]
    if options.progress and paths:
        with click.progressbar(length=len(paths), label="Linting plans", file=sys.stderr) as bar:
            fresh = lint_files(paths, limits, jobs, on_done=bar.update)
    else:
        fresh = lint_files(paths, limits, jobs)
    for i, result in zip(to_lint, fresh):
        results[i] = result
        if cache is not None:
            cache.store(files[i], digests.get(i), result)

    final = [dict(r) for r in results if r is not None]
    if options.redact_paths:
        from .redact import path_hash

        for r in final:
            r["path"] = path_hash(r["path"])
    run = AuditRun(final, linted=len(to_lint), cached=cache.hits if cache else 0)
    run.written = write_report(out_dir, final, options, cache)
    return run


def write_report(out_dir: str, results: list[dict], options: AuditOptions, cache=None) -> list[str]:
    """All files staged first, then moved into place together, index.html last."""
    from .. import __version__
    from ..registry import all_rules
    from .dashboard import render_dashboard, render_plan
    from .outputs import StagedWrites, audit_json, findings_csv, plans_csv
    from .runner import now_iso

    rules = all_rules()
    meta = {"version": __version__, "generated": now_iso(), "redacted": options.redact,
            "paths_redacted": options.redact_paths}
    plans_dir = os.path.join(out_dir, "plans")
    os.makedirs(plans_dir, exist_ok=True)
    written = []
    with StagedWrites() as staged:
        def put(name: str, text: str) -> None:
            path = os.path.join(out_dir, name)
            staged.write(path, text)
            written.append(path)

        for n, result in enumerate(results, 1):
            put(os.path.join("plans", f"{n}.html"), render_plan(n, result, rules, meta))
        put("findings.csv", findings_csv(results))
        put("plans.csv", plans_csv(results))
        put("audit.json", audit_json(results, meta["generated"]))
        if cache is not None:
            put(os.path.basename(cache.file), cache.to_json())
        put("index.html", render_dashboard(results, rules, meta))
    for name in os.listdir(plans_dir):  # pages left from a bigger earlier audit
        match = re.fullmatch(r"(\d+)\.html", name)
        if match and int(match.group(1)) > len(results):
            os.unlink(os.path.join(plans_dir, name))
    return written


def _mtime(path: str) -> float:
    try:
        return os.path.getmtime(path)
    except OSError:
        return float("inf")  # missing: lint it, so the report says why


@click.command()
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", "out_dir", default=REPORT_DIR, show_default=True,
              type=click.Path(file_okay=False), help="Folder to write the report into.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds one file may take before it is reported as timed out.")
@click.option("--max-memory-mb", type=click.IntRange(min=256), default=2048, show_default=True,
              help="Address-space limit of each worker process.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--redact", is_flag=True,
              help="Replace people's names and dates of birth in excerpts and messages with [NAME], [DOB], "
                   "[DATE]. Paths are kept: add --redact-paths if file names hold names.")
@click.option("--redact-paths", is_flag=True, help="Replace each plan's path with a short hash of it.")
@click.option("--changed-only", is_flag=True,
              help="Re-lint only files whose content changed since the last audit into this folder "
                   "(the first audit with it lints everything and starts the cache).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Lint only files modified on or after this date; take the rest from the cache.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing when the audit succeeds.")
@click.option("--follow-symlinks", is_flag=True,
              help="Lint what symbolic links inside folders point to (by default they are listed and skipped).")
def audit(folders, out_dir, jobs, timeout, max_memory_mb, fail_on, redact, redact_paths, changed_only, since, quiet,
          follow_symlinks):
    """Audit folders of plans (.docx .pdf .md .txt) and write an HTML dashboard, CSVs and JSON.

    The report folder holds personal data from the plans unless --redact and
    --redact-paths are given; its files are created readable by you only.
    """
    from ..config import Config
    from .outputs import to_reports
    from .runner import AuditError

    found = expand_paths(folders, follow_symlinks)
    for skipped in found.skipped:  # what the folders held that is not linted, so none goes unmentioned
        click.echo(skipped.describe(), err=True)
    files = found.files
    if not files:
        raise click.UsageError("no .docx, .pdf, .md or .txt files found")
    options = AuditOptions(jobs, timeout, max_memory_mb, redact, redact_paths, changed_only, since,
                           progress=sys.stderr.isatty())
    try:
        run = run_audit(files, out_dir, options)
    except AuditError as exc:
        click.echo(f"planlint audit: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        click.echo(f"planlint audit: cannot write the report: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_ERROR)
    if not quiet:
        click.echo(f"{len(run.results)} file(s): {run.linted} linted, {run.cached} from cache, "
                   f"{run.unreadable} could not be read. Report: {os.path.join(out_dir, 'index.html')}")
    code = exit_code(to_reports(run.results), fail_on or Config().fail_on)
    sys.exit(EXIT_ERROR if found.unreadable else code)
