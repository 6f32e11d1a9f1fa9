"""`planlint annotate plan.docx`: a reviewed copy with a Word comment per finding.

The copy (default `<stem>.reviewed.docx` beside the plan; the plan itself is
never written, an existing copy is replaced only with --force, and a plan that
is already `*.reviewed.docx` needs -o) carries one comment by "planlint" (initials "PL") per finding,
"CODE name: message — fix: hint", anchored on:

  - an action row: the first paragraph with text in the row (its first
    filled cell, so a merged "Outcome" column does not take every comment);
  - a paragraph, list item or heading: that paragraph;
  - a finding about the whole plan: the heading of the section it is about
    (C002 on the contingency heading, O001 on the outcomes heading...), or
    the title (or first paragraph) when that section is missing.

Findings map to Word paragraphs through their Location by
planlint.readers.docx.walk, the reader's own walk, so a Location names the
paragraph the reader read it from.

Annotating an annotated copy first removes planlint's earlier comments
(author "planlint") and keeps everyone else's.
"""
from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import PartFactory, XmlPart
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from ..config import Config
from ..errors import PlanlintError, UsageError
from ..model import FileReport, Finding, Location
from ..readers import docx as reader, limits
from ..safe_write import remove_stale, write_atomic

__all__ = ["AUTHOR", "INITIALS", "annotate", "annotate_bytes", "default_output", "comment_text",
           "remove_planlint_comments", "AnnotateResult"]

AUTHOR, INITIALS = "planlint", "PL"
REVIEWED = ".reviewed"

P, R = qn("w:p"), qn("w:r")
_RUN_CONTAINERS = {qn(f"w:{t}") for t in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "sdt",
                                          "sdtContent", "fldSimple", "dir", "bdo")}
_TEXT = {qn(f"w:{t}") for t in ("t", "tab", "br", "cr", "sym", "noBreakHyphen", "softHyphen")}
_W14_PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"

# The section a whole-plan finding is about, most relevant first.
SECTION_FOR_RULE = {
    "C001": (), "C002": ("contingency",), "C003": ("contingency",), "R001": ("review",),
    "R002": ("contingency", "review"), "O001": ("outcomes",), "F002": ("outcomes",),
    "F003": ("child_voice",), "F001": ("actions",), "F004": ("actions",), "L001": ("review", "actions"),
}
SECTION_FOR_DIMENSION = {
    "contingency": ("contingency",), "outcomes": ("outcomes",), "monitoring": ("review",),
    "child_focus": ("child_voice",), "adult_services": ("actions",),
}
# Where to look when the section has no heading of its own (C002 reads any
# sentence mentioning a contingency when there is no contingency section).
WORDS_FOR_RULE = {"C002": re.compile(r"\bcontingenc", re.I), "C003": re.compile(r"\bcontingenc", re.I)}

_COMMENTS_EXTRA = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml",
)
# python-docx loads parts it has no class for as opaque bytes. PartFactory is
# its hook for choosing a part class by content type; XmlPart gives these parts
# an element that can be edited and is written back on save.
PartFactory.part_type_for.update({ct: XmlPart for ct in _COMMENTS_EXTRA if ct not in PartFactory.part_type_for})


@dataclass
class AnnotateResult:
    output: Path
    comments: int  # planlint comments written
    removed: int  # earlier planlint comments removed
    report: FileReport


def default_output(path: str | os.PathLike) -> Path:
    """`<stem>.reviewed.docx` beside the plan. A plan that is already a reviewed
    copy has no such name that is neither the plan itself nor a longer and
    longer chain of suffixes, so it needs -o."""
    path = Path(path)
    if path.stem.lower().endswith(REVIEWED):
        raise UsageError(f"{path}: this is already a reviewed copy; name the new copy with -o "
                         f"(planlint never writes over the file it reads)")
    return path.with_name(f"{path.stem}{REVIEWED}.docx")


def comment_text(finding: Finding, note: str = "") -> str:
    return f"{note}{finding.rule} {finding.name}: {finding.message} — fix: {finding.hint}"


def annotate(path: str | os.PathLike, output: str | os.PathLike | None = None,
             config: Config | None = None, force: bool = False) -> AnnotateResult:
    """Lint a .docx plan and write a commented copy. Raises PlanlintError.

    An existing output is replaced only with `force`; a link at the output
    is never written through.
    """
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise UsageError(f"{path}: annotate writes Word comments, so it needs a .docx file")
    out = Path(output) if output is not None else default_output(path)
    if _same_file(path, out):
        raise UsageError(f"{out}: refusing to overwrite the plan itself; choose another -o")
    if out.is_symlink():
        raise UsageError(f"{out}: is a symbolic link; planlint does not write through links, choose another -o")
    if out.exists() and not force:
        raise UsageError(f"{out}: already exists; add --force to replace it, or choose another -o")
    data = limits.read_file(path)  # an ordinary file under the size limit, or a ReadError
    blob, written, removed, report = annotate_bytes(data, str(path), config)
    remove_stale(out.parent)
    try:
        write_atomic(out, blob)
    except OSError as exc:
        raise PlanlintError(f"cannot write {out}: {exc.strerror or 'write failed'}; choose another -o") from None
    return AnnotateResult(out, written, removed, report)


def annotate_bytes(data: bytes, name: str, config: Config | None = None) -> tuple[bytes, int, int, FileReport]:
    """(annotated copy, comments written, old comments removed, report) for a .docx in memory."""
    from ..sequencer import lint_document
    from ..readers import read_bytes

    report = lint_document(read_bytes(data, name), config or Config())
    if report.status != "ok":  # pragma: no cover - lint_document raises instead
        raise PlanlintError(report.error or "cannot read")
    # The reader reads only the parts it needs; python-docx loads and saves
    # every part, so a malformed header or a relationship to a missing part
    # that `check` never touches stops annotate here.
    try:
        document = docx.Document(io.BytesIO(data))
        removed = remove_planlint_comments(document)
        locator = _Locator(document)
        written = 0
        for finding in report.findings:
            p, note = _anchor(finding, report, locator)
            if p is None:
                continue
            runs = _runs(Paragraph(p, document))
            document.add_comment(runs, text=comment_text(finding, note), author=AUTHOR, initials=INITIALS)
            written += 1
        buffer = io.BytesIO()
        document.save(buffer)
    except (etree.LxmlError, KeyError, ValueError) as exc:
        raise PlanlintError(f"cannot annotate: a part of this .docx that Word comments need is malformed or "
                            f"missing ({type(exc).__name__}); `check` still lints it, and saving it again in "
                            f"Word usually repairs it") from None
    return buffer.getvalue(), written, removed, report


def _same_file(a: Path, b: Path) -> bool:
    try:
        return b.exists() and os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


class _Locator:
    """The w:p behind each Location, as the docx reader walked the document."""

    def __init__(self, document) -> None:
        sources = list(reader.walk(document))
        self.block_list = [source.block for source in sources]
        self._paragraphs = {loc: ps for source in sources for loc, ps in source.paragraphs.items()}

    def element(self, loc: Location):
        """The w:p to anchor on for a Location, or None.

        A table without a row means its first row; a row's anchor is its
        first paragraph with text (its first filled cell), else its first.
        """
        if loc.table is not None:
            key = Location(table=loc.table, row=loc.row or 1)
        elif loc.paragraph is not None:
            key = Location(paragraph=loc.paragraph)
        else:
            return None
        paragraphs = self._paragraphs.get(key, ())
        return next((p for p in paragraphs if _text(p)), paragraphs[0] if paragraphs else None)


_text = reader.paragraph_text


def _anchor(finding: Finding, report: FileReport, locator: _Locator):
    """(w:p, note prefix) for a finding."""
    loc = finding.location
    if loc != Location() and loc.table is None and loc.paragraph is None:
        loc = Location()  # a page or line only: not a Word location
    if loc != Location():
        p = locator.element(loc)
        if p is not None:
            return p, ""
        return _title(report, locator), f"[{finding.location.describe()}] "
    plan = report.plan
    rule = _rule(finding.rule)
    kinds = SECTION_FOR_RULE.get(finding.rule)
    if kinds is None:
        kinds = SECTION_FOR_DIMENSION.get(rule.dimension, ()) if rule else ()
    for kind in kinds:
        for section in plan.sections_of(kind) if plan else ():
            if section.heading:
                p = locator.element(section.location)
                if p is not None:
                    return p, ""
    words = WORDS_FOR_RULE.get(finding.rule)
    if words is not None:
        for block in locator.block_list:
            if words.search(block.text):
                p = locator.element(block.location if block.table is None else block.table.row_locations[0])
                if p is not None:
                    return p, ""
    return _title(report, locator), ""


def _title(report: FileReport, locator: _Locator):
    plan = report.plan
    for section in plan.sections_of("title") if plan else ():
        p = locator.element(section.location)
        if p is not None:
            return p
    for block in locator.block_list:
        loc = block.location if block.table is None else Location(table=block.location.table, row=1)
        p = locator.element(loc)
        if p is not None:
            return p
    return None


def _rule(code: str):
    from ..registry import all_rules

    return all_rules().get(code)


def _runs(paragraph: Paragraph) -> list[Run]:
    """The runs to anchor on: first to last run with text (a run is added if none)."""
    # Paragraph.runs skips runs inside content controls, tracked insertions and
    # smart tags, where templates keep most of their text, so the runs are
    # found in the w:p itself, which Paragraph offers only as the private _p.
    found = list(_run_elements(paragraph._p))
    texty = [r for r in found if any(child.tag in _TEXT for child in r)]
    plain = [r for r in found if r.find(qn("w:commentReference")) is None]
    chosen = texty or plain
    if not chosen:
        return [paragraph.add_run()]
    return [Run(chosen[0], paragraph), Run(chosen[-1], paragraph)]


def _run_elements(element):
    for child in element:
        if child.tag == R:
            yield child
        elif child.tag in _RUN_CONTAINERS:
            yield from _run_elements(child)


def remove_planlint_comments(document) -> int:
    """Remove comments by AUTHOR (and their anchors); others' comments stay."""
    try:
        part = document.part.part_related_by(RT.COMMENTS)
    except KeyError:
        return 0
    root = part.element
    ids: set[str] = set()
    para_ids: set[str] = set()
    for comment in list(root.findall(qn("w:comment"))):
        if comment.get(qn("w:author")) == AUTHOR:
            ids.add(comment.get(qn("w:id")))
            para_ids.update(p.get(_W14_PARA_ID) for p in comment.iter(P) if p.get(_W14_PARA_ID))
            root.remove(comment)
    if not ids:
        return 0
    body = document.element.body
    for marker in list(body.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"))):
        if marker.get(qn("w:id")) in ids:
            marker.getparent().remove(marker)
    for ref in list(body.iter(qn("w:commentReference"))):
        if ref.get(qn("w:id")) in ids:
            run = ref.getparent()
            if run.tag == R and all(c.tag in (qn("w:rPr"), qn("w:commentReference")) for c in run):
                run.getparent().remove(run)
            else:
                run.remove(ref)
    if para_ids:
        _drop_comment_extras(document, para_ids)
    return len(ids)


def _drop_comment_extras(document, para_ids: set[str]) -> None:
    """Word's commentsExtended/Ids/Extensible parts refer to comments by paraId / durableId."""
    parts = {rel.target_part.content_type: rel.target_part for rel in document.part.rels.values()
             if not rel.is_external and rel.target_part.content_type in _COMMENTS_EXTRA}
    durable: set[str] = set()
    for content_type in _COMMENTS_EXTRA:  # Extended and Ids first: they give the durableIds
        part = parts.get(content_type)
        if part is None:
            continue
        root = part.element
        for entry in list(root):
            attrs = {etree.QName(k).localname: v for k, v in entry.attrib.items()}
            if attrs.get("paraId") in para_ids or attrs.get("durableId") in durable:
                if "durableId" in attrs:
                    durable.add(attrs["durableId"])
                root.remove(entry)
