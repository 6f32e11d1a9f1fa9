"""Which files a command line's paths mean, and what a folder held that will
not be linted, as plain data: check prints it and the audit lists it, so
nothing is left out without a word.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from .readers import SUPPORTED_EXTENSIONS, unsupported

# Formats a plan may be saved in that planlint cannot read. Other files
# (images, spreadsheets) are not plans and pass without a word.
OTHER_DOCUMENTS = (".doc", ".docm", ".odt", ".rtf")
LINK_REASON = "symbolic link, not followed (add --follow-symlinks to lint what it points to)"


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str  # one line, no file content
    unreadable: bool = False  # a folder planlint could not open: plans in it may be missed

    def describe(self) -> str:
        return f"{self.path}: {'cannot read' if self.unreadable else 'skipped'}: {self.reason}"


@dataclass
class Expanded:
    files: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def unreadable(self) -> list[Skipped]:
        return [s for s in self.skipped if s.unreadable]


def expand_paths(paths, follow_symlinks: bool = False) -> Expanded:
    """Files as given; folders searched for the formats planlint reads.

    A path named on the command line is used as given, symbolic link or not.
    Inside a folder, symbolic links are listed as skipped unless
    `follow_symlinks`: one can lead out of the folder (another team's plans,
    a system file), and a folder link can loop.
    """
    found = Expanded()
    seen: set[tuple[int, int]] = set()  # folders already searched, against loops
    for p in paths:
        if p != "-" and os.path.isdir(p):
            _search(p, follow_symlinks, found, seen)
        else:
            found.files.append(p)
    return found


def _search(folder: str, follow_symlinks: bool, found: Expanded, seen: set) -> None:
    try:
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:
            return
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as error:
        found.skipped.append(Skipped(folder, f"cannot open folder: {error.strerror or 'permission denied'}", True))
        return
    subfolders = []
    for entry in entries:
        name, extension = entry.name, os.path.splitext(entry.name)[1].lower()
        if name.startswith("~$"):
            continue  # the lock file Word keeps beside a document it has open, never a plan
        is_folder = _is_folder(entry)
        if entry.is_symlink() and not follow_symlinks:
            if is_folder or extension in SUPPORTED_EXTENSIONS:
                found.skipped.append(Skipped(entry.path, LINK_REASON))
        elif is_folder:
            if name.startswith("."):
                found.skipped.append(Skipped(entry.path, "hidden folder"))
            else:
                subfolders.append(entry.path)
        elif extension in SUPPORTED_EXTENSIONS:
            if name.startswith("."):
                found.skipped.append(Skipped(entry.path, "hidden file"))
            else:
                found.files.append(entry.path)
        elif extension in OTHER_DOCUMENTS:
            found.skipped.append(Skipped(entry.path, str(unsupported(extension))))
    for subfolder in subfolders:
        _search(subfolder, follow_symlinks, found, seen)


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows a link, so a link to a folder is a folder
    except OSError:
        return False
