"""The audit cache: `.planlint-cache.json` in the report folder.

    {"planlint_version": "0.1.0", "options": "<fingerprint>",
     "entries": {"<content hash>/<settings hash>": {"result": {... "linted_at": "..."}}},
     "paths":   {"<sha256 of path>": {"content": "<sha256 of content>", "mtime": 1712345678.0}}}

`entries` holds each file's JSON result (without its path, so a moved or
copied plan is still a hit), keyed by the file's content and by its effective
settings: the Config that planlint.toml gives that file and the content of
every extra pack it names, so editing either re-lints the files it applies
to. `paths` lets `--since` find the entry of a file it does not re-read;
paths are stored only as hashes. The whole cache is dropped when planlint's
version or an option that changes results (such as --redact) differs. Each run keeps only the entries of the files it audited,
so results of deleted plans do not linger. Results that failed for a
transient reason (timeout, crash) are never cached.
"""
from __future__ import annotations

import hashlib
import json
import os

from .. import __version__

CACHE_NAME = ".planlint-cache.json"
TRANSIENT_ERRORS = ("timed out after", "worker crashed", "out of memory", "internal error")


def content_hash(path: str) -> str | None:
    """sha256 of a file's bytes, or None when it cannot be read.

    Read through the same guards as linting: a named pipe or /dev/zero among
    the plans must not hang or fill the audit before a worker refuses it."""
    from ..errors import PlanlintError
    from ..readers import limits

    try:
        return hashlib.sha256(limits.read_file(path)).hexdigest()
    except (PlanlintError, OSError):
        return None


def settings_hash(path: str, packs: dict[str, str]) -> str | None:
    """sha256 of the settings `audit` lints this file with and of the packs
    they name; None when the settings cannot be read (the worker says why).
    `packs` keeps each pack folder's hash for the rest of one run."""
    from ..config_file import settings_for
    from ..errors import UsageError

    try:
        config = settings_for(path)
    except UsageError:
        return None
    digest = hashlib.sha256(repr(config).encode("utf-8", "surrogateescape"))
    for pack in config.extra_packs:
        if pack not in packs:
            packs[pack] = _folder_hash(pack)
        digest.update(packs[pack].encode())
    return digest.hexdigest()


def _folder_hash(folder: str) -> str:
    """sha256 over a pack folder's file names and contents."""
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            digest.update(os.path.relpath(path, folder).encode("utf-8", "surrogateescape") + b"\0")
            digest.update((content_hash(path) or "unreadable").encode())
    return digest.hexdigest()


def path_key(path: str) -> str:
    return hashlib.sha256(os.path.abspath(path).encode("utf-8", "surrogateescape")).hexdigest()


class Cache:
    def __init__(self, folder: str, options: str):
        self.file = os.path.join(folder, CACHE_NAME)
        self.options = options
        self.entries: dict[str, dict] = {}
        self.paths: dict[str, dict] = {}
        self._keep_entries: dict[str, dict] = {}
        self._keep_paths: dict[str, dict] = {}
        self.hits = 0
        self._load()

    def _load(self) -> None:
        try:
            with open(self.file, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError):
            return
        if not isinstance(data, dict) or data.get("planlint_version") != __version__ or data.get("options") != self.options:
            return
        if isinstance(data.get("entries"), dict) and isinstance(data.get("paths"), dict):
            self.entries, self.paths = data["entries"], data["paths"]

    def lookup(self, path: str, settings: str | None, *,
               trust_mtime: bool = False) -> tuple[str | None, dict | None]:
        """(content hash, cached entry or None) for a file linted with
        `settings` (settings_hash). With trust_mtime an unchanged mtime is
        taken to mean unchanged content and the file is not read."""
        known = self.paths.get(path_key(path))
        digest = None
        if trust_mtime and known:
            try:
                if os.path.getmtime(path) == known.get("mtime"):
                    digest = known.get("content")
            except OSError:
                pass
        digest = digest or content_hash(path)
        if digest is None or settings is None:
            return digest, None
        return digest, self.entries.get(f"{digest}/{settings}")

    def hit(self, path: str, digest: str, settings: str, entry: dict) -> None:
        self.hits += 1
        self._remember(path, digest, settings, entry)

    def store(self, path: str, digest: str | None, settings: str | None, result: dict) -> None:
        if digest is None or settings is None or (result.get("error") or "").startswith(TRANSIENT_ERRORS):
            return
        entry = {"result": {k: v for k, v in result.items() if k != "path"}}
        self._remember(path, digest, settings, entry)

    def _remember(self, path: str, digest: str, settings: str, entry: dict) -> None:
        self._keep_entries[f"{digest}/{settings}"] = entry
        try:
            mtime = os.path.getmtime(path)
        except OSError:
            mtime = None
        self._keep_paths[path_key(path)] = {"content": digest, "mtime": mtime}

    def to_json(self) -> str:
        return json.dumps({
            "planlint_version": __version__,
            "options": self.options,
            "entries": self._keep_entries,
            "paths": self._keep_paths,
        }, ensure_ascii=False, sort_keys=True)
