"""The audit cache: `.planlint-cache.json` in the report folder.

    {"planlint_version": "0.1.0", "options": "<fingerprint>",
     "entries": {"<sha256 of file content>": {"result": {... "linted_at": "..."}}},
     "paths":   {"<sha256 of path>": {"content": "<sha256 of content>", "mtime": 1712345678.0}}}

`entries` holds each file's JSON result (without its path, so a moved or
copied plan is still a hit). `paths` lets `--since` find the entry of a file
it does not re-read; paths are stored only as hashes. The whole cache is
dropped when planlint's version or an option that changes results (such as
--redact) differs. Each run keeps only the entries of the files it audited,
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
    """sha256 of a file's bytes, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
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

    def lookup(self, path: str, *, trust_mtime: bool = False) -> tuple[str | None, dict | None]:
        """(content hash, cached entry or None). With trust_mtime an unchanged
        mtime is taken to mean unchanged content and the file is not read."""
        key = path_key(path)
        known = self.paths.get(key)
        if trust_mtime and known and known.get("content") in self.entries:
            try:
                unchanged = os.path.getmtime(path) == known.get("mtime")
            except OSError:
                unchanged = False
            if unchanged:
                return known["content"], self.entries[known["content"]]
        digest = content_hash(path)
        return digest, self.entries.get(digest) if digest else None

    def hit(self, path: str, digest: str, entry: dict) -> None:
        self.hits += 1
        self._remember(path, digest, entry)

    def store(self, path: str, digest: str | None, result: dict) -> None:
        if digest is None or (result.get("error") or "").startswith(TRANSIENT_ERRORS):
            return
        entry = {"result": {k: v for k, v in result.items() if k != "path"}}
        self._remember(path, digest, entry)

    def _remember(self, path: str, digest: str, entry: dict) -> None:
        self._keep_entries[digest] = entry
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
