"""Readers: a plan file (or text) -> Document of located blocks.

A reader never knows a rule. Each format lives in its own module and exposes
`read(data: bytes, path: str) -> Document`; `read_path` and `read_bytes`
dispatch on the extension and apply the size limits that protect a batch
from hostile files.
"""
