"""`planlint audit`: lint folders of plans in parallel and write a report folder.

    expand_paths -> (cache) -> runner.lint_files -> redaction of paths
                 -> outputs (CSV, JSON) + dashboard (HTML), each written atomically

Heavy modules are imported inside the functions so `planlint --help` stays fast.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from datetime import date, datetime

import click

from ..exit_codes import EXIT_ERROR, exit_code
from ..paths import expand_paths

REPORT_DIR = "planlint-report"
MANIFEST = ".planlint-manifest.json"  # the plan pages this report wrote
_PAGE = re.compile(r"(?:plans|teams)/[1-9][0-9]*\.html|rules/[A-Z]+[0-9]+\.html")


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
    as_of: date | None = None  # the audit date reviews are overdue against (default: today)
    compare: str | None = None  # a previous report folder (default: the output folder's own audit.json)
    skipped: list = field(default_factory=list)  # paths.Skipped: what the folders held that was not linted


@dataclass
class AuditRun:
    """Each file is counted once: linted now, taken from the cache, or unreadable."""

    results: list[dict]
    linted: int = 0  # read and linted in this run
    cached: int = 0  # read, with findings from the cache
    written: list[str] = field(default_factory=list)

    @property
    def unreadable(self) -> int:
        return sum(r["status"] != "ok" for r in self.results)


def run_audit(files: list[str], out_dir: str, options: AuditOptions) -> AuditRun:
    """Lint `files` (as expand_paths gives them) and write the report into out_dir."""
    from ..reporters._shared import display_text
    from .cache import Cache, content_hash, settings_hash
    from .runner import Limits, lint_files

    os.makedirs(out_dir, mode=0o700, exist_ok=True)
    from .compare import load_previous

    previous = load_previous(options.compare or out_dir)
    if options.compare and previous is None:
        raise OSError(errno.ENOENT, "no audit.json to compare with: give a folder an earlier audit wrote",
                      options.compare)
    cache = Cache(out_dir, f"redact={options.redact}") if options.changed_only or options.since else None

    results: list[dict | None] = [None] * len(files)
    to_lint: list[int] = []
    keys: dict[int, tuple[str | None, str | None]] = {}  # content and settings hashes
    since = options.since.timestamp() if options.since else None
    packs: dict[str, str] = {}
    for i, path in enumerate(files):
        if cache is None:
            to_lint.append(i)
            continue
        settings = settings_hash(path, packs)
        if since is not None and _mtime(path) >= since:
            keys[i] = (content_hash(path), settings)
            to_lint.append(i)
            continue
        digest, entry = cache.lookup(path, settings, trust_mtime=since is not None)
        keys[i] = (digest, settings)
        if entry is not None:
            cache.hit(path, digest, settings, entry)
            results[i] = dict(entry["result"], path=path)
        else:
            to_lint.append(i)

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
            cache.store(files[i], *keys[i], result)
    for i, result in enumerate(results):
        if result is not None:  # what matches a renamed plan to its earlier report
            result["fingerprint"] = keys.get(i, (None,))[0] or content_hash(files[i])

    final = [dict(r) for r in results if r is not None]
    for r in final:
        if options.redact_paths:
            from .redact import path_hash

            r["path"] = path_hash(r["path"])
        if r.get("error"):
            r["error"] = display_text(r["error"])
    fresh_set = set(to_lint)
    read = [i for i, r in enumerate(results) if r is not None and r["status"] == "ok"]
    run = AuditRun(final, linted=sum(i in fresh_set for i in read), cached=sum(i not in fresh_set for i in read))
    run.written = write_report(out_dir, final, options, cache, previous)
    return run


def write_report(out_dir: str, results: list[dict], options: AuditOptions, cache=None,
                 previous: list[dict] | None = None) -> list[str]:
    """All files staged first, then moved into place together, index.html last.

    Only folders planlint made are written into (a link at OUT/plans is
    refused), and only pages that the previous report's manifest lists are
    removed when fewer plans are audited.
    """
    from .. import __version__
    from ..registry import all_rules
    from ..safe_write import StagedWrites, remove_stale
    from .compare import HISTORY, aggregates, compare, history_text, read_history
    from .dashboard import plan_rows, render_dashboard, render_plan, render_rule, render_team, teams
    from .outputs import audit_json, findings_csv, plans_csv
    from .runner import now_iso

    rules = all_rules()
    as_of = options.as_of or date.today()
    meta = {"version": __version__, "generated": now_iso(), "redacted": options.redact,
            "paths_redacted": options.redact_paths, "as_of": as_of,
            "skipped": [{"path": _shown_path(s.path, options), "reason": s.reason, "unreadable": s.unreadable}
                        for s in options.skipped]}
    folders = [_private_folder(os.path.join(out_dir, name)) for name in ("plans", "rules", "teams")]
    for folder in (out_dir, *folders):
        remove_stale(folder)
    before, kept = _manifest(out_dir)
    changes = compare(results, previous, rules) if previous is not None else None
    history = read_history(out_dir) + [aggregates(results, meta["generated"], as_of)]
    team_list = teams(results)
    rows = plan_rows(results, as_of)  # every rule and team page lists plans from these
    pages = [f"plans/{n}.html" for n in range(1, len(results) + 1)]
    pages += [f"rules/{code}.html" for code in rules] + [f"teams/{n}.html" for n in range(1, len(team_list) + 1)]
    written = []
    with StagedWrites() as staged:
        def put(name: str, text: str) -> None:
            path = os.path.join(out_dir, name)
            staged.write(path, text)
            written.append(path)

        # A page or file whose inputs are unchanged since the last report is
        # kept as it is: rendering and writing 1,000 unchanged plan pages was
        # most of a --changed-only re-run. Every page but a plan's own lists
        # plans from all results, so it is keyed on all of them.
        plan_changes = {p["n"]: p for p in changes["plans"]} if changes else {}
        renderer = _renderer_key(rules, meta)
        digests = [_digest(r) for r in results]
        whole = _digest([renderer, digests])
        keys = {}

        def kept_as_is(name: str, key: str) -> bool:
            keys[name] = key
            path = os.path.join(out_dir, name)
            if kept.get(name) == key and _regular(path):
                written.append(path)
                return True
            return False

        for n, result in enumerate(results, 1):
            if not kept_as_is(f"plans/{n}.html", _digest([renderer, n, digests[n - 1], plan_changes.get(n)])):
                put(f"plans/{n}.html", render_plan(n, result, rules, meta, plan_changes.get(n)))
        for code in rules:
            if not kept_as_is(f"rules/{code}.html", _digest([whole, code])):
                put(f"rules/{code}.html", render_rule(code, results, rows, rules, meta))
        for n, team in enumerate(team_list, 1):
            if not kept_as_is(f"teams/{n}.html", _digest([whole, n])):
                put(f"teams/{n}.html", render_team(team, results, rows, rules, meta))
        if not kept_as_is("findings.csv", whole):
            put("findings.csv", findings_csv(results))
        put("plans.csv", plans_csv(results, as_of))
        put("audit.json", audit_json(results, meta["generated"], as_of, meta["skipped"]))
        put(HISTORY, history_text(history))
        if cache is not None:
            put(os.path.basename(cache.file), cache.to_json())
        put(MANIFEST, json.dumps({"pages": pages, "keys": keys}) + "\n")
        put("index.html", render_dashboard(results, rows, rules, meta, changes, history))
    for page in sorted(before - set(pages)):  # pages left from a bigger earlier audit
        path = os.path.join(out_dir, page)
        if stat.S_ISREG(os.lstat(path).st_mode):
            os.unlink(path)
    return written


def _shown_path(path: str, options: AuditOptions) -> str:
    """A skipped entry's name as the report shows it: escaped, or hashed under --redact-paths."""
    from ..reporters._shared import display_name
    from .redact import path_hash

    return path_hash(path) if options.redact_paths else display_name(path)


def _private_folder(path: str) -> str:
    """`path` as a real folder of yours, mode 0700; a link or a file there is refused."""
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    info = os.lstat(path)
    if not stat.S_ISDIR(info.st_mode):
        raise OSError(errno.ENOTDIR, "is a link or a file, not a folder planlint made: remove it or choose "
                                     "another report folder", path)
    if info.st_mode & 0o077 and info.st_uid == os.getuid():
        os.chmod(path, 0o700)
    return path


def _manifest(out_dir: str) -> tuple[set[str], dict[str, str]]:
    """The pages the previous report's manifest lists (plan, rule and team
    pages only), and the key each page (and findings.csv) was made from."""
    try:
        with open(os.path.join(out_dir, MANIFEST), encoding="utf-8") as handle:
            data = json.load(handle)
        pages, keys = data.get("pages", []), data.get("keys", {})
    except (OSError, ValueError, AttributeError):
        return set(), {}
    pages = {p for p in pages if isinstance(p, str) and _PAGE.fullmatch(p)} if isinstance(pages, list) else set()
    keys = ({p: k for p, k in keys.items() if (p in pages or p == "findings.csv") and isinstance(k, str)}
            if isinstance(keys, dict) else {})
    return pages, keys


def _renderer_key(rules: dict, meta: dict) -> str:
    """What every page is drawn with besides the results: planlint's
    version and templates, the rules' words, the audit's date and redaction."""
    from importlib import resources

    digest = hashlib.sha256(repr((meta["version"], meta["redacted"], meta["as_of"].isoformat(),
                                  sorted((c, repr(r)) for c, r in rules.items()))).encode())
    for template in sorted(resources.files("planlint").joinpath("templates").iterdir(), key=lambda t: t.name):
        digest.update(template.read_bytes())
    return digest.hexdigest()


def _digest(data) -> str:
    # Not sort_keys: a page may show a dict's items in their order.
    text = json.dumps(data, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def _regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


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
              help="Replace the people the plan names, dates of birth, dates, NHS and phone numbers, postcodes "
                   "and street addresses in excerpts and messages with [NAME], [DOB], [DATE], [NHS], [PHONE], "
                   "[POSTCODE], [ADDRESS]. Paths are kept: add --redact-paths if file names hold names.")
@click.option("--redact-paths", is_flag=True, help="Replace each plan's path with a short hash of it.")
@click.option("--changed-only", is_flag=True,
              help="Re-lint only files whose content changed since the last audit into this folder "
                   "(the first audit with it lints everything and starts the cache).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Lint only files modified on or after this date; take the rest from the cache.")
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="The audit date: a review before it is overdue (default: today).")
@click.option("--compare", "compare_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="A previous report folder to compare with (default: the output folder's last audit, if any).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing when the audit succeeds.")
@click.option("--follow-symlinks", is_flag=True,
              help="Lint what symbolic links inside folders point to (by default they are listed and skipped).")
def audit(folders, out_dir, jobs, timeout, max_memory_mb, fail_on, redact, redact_paths, changed_only, since,
          as_of, compare_dir, quiet, follow_symlinks):
    """Audit folders of plans (.docx .pdf .md .txt) and write an HTML dashboard, CSVs and JSON.

    The report folder holds personal data from the plans unless --redact and
    --redact-paths are given; its files are created readable by you only.
    """
    from ..config import Config
    from ..nlp import settled
    from .outputs import to_reports
    from .runner import AuditError

    settled()  # workers that cannot fork load the pipeline, this process never does (freeze_after_load)
    found = expand_paths(folders, follow_symlinks)
    for skipped in found.skipped:  # what the folders held that is not linted, so none goes unmentioned
        click.echo(skipped.describe(), err=True)
    files = found.files
    if not files:
        raise click.UsageError("no .docx, .pdf, .md or .txt files found")
    options = AuditOptions(jobs, timeout, max_memory_mb, redact, redact_paths, changed_only, since,
                           progress=sys.stderr.isatty(), as_of=as_of.date() if as_of else None,
                           compare=compare_dir, skipped=found.skipped)
    try:
        run = run_audit(files, out_dir, options)
    except AuditError as exc:
        click.echo(f"planlint audit: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        from ..reporters._shared import display_name

        where = f"{display_name(exc.filename)}: " if isinstance(exc.filename, str) else ""
        click.echo(f"planlint audit: cannot write the report: {where}{exc.strerror or exc}", err=True)
        sys.exit(EXIT_ERROR)
    if not quiet:
        from ..reporters._shared import display_name

        click.echo(f"{len(run.results)} file(s): {run.linted} linted, {run.cached} from cache, "
                   f"{run.unreadable} could not be read. Report: {display_name(os.path.join(out_dir, 'index.html'))}")
    code = exit_code(to_reports(run.results), fail_on or Config().fail_on)
    sys.exit(EXIT_ERROR if found.unreadable else code)
