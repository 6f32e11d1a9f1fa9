"""PDF reader.

A PDF has no paragraphs or headings, only positioned characters, so blocks
are rebuilt from layout: lines close together form a paragraph, larger or
bold short lines are headings, and ruled tables come from pdfplumber's
table finder. Text inside a table's box is left out of the paragraphs.

pdfplumber is imported inside `read` because it takes longer to import than
the rest of planlint.
"""
from __future__ import annotations

import functools
import io
import itertools
import re
import statistics
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..errors import CorruptDocument, EmptyDocument, EncryptedDocument, NoTextLayer, TooLarge
from ..model import Block, Document, Location, Table, table_text
from . import HEADING_MAX_WORDS, PDF_BULLET_GLYPHS, field_role, limits
from .. import lazy_re

_BOLD_FONT = lazy_re.compile(r"bold|black|heavy", re.IGNORECASE)
# A bullet glyph or a list number such as "1." / "a)".
_BULLET = lazy_re.compile(
    rf"^(?:(?P<glyph>[{re.escape(PDF_BULLET_GLYPHS)}])"
    # ("(ii) Go to his Pathways assessment ...": roman numerals in brackets as "(i)" is)
    r"|(?P<number>\(?(?:\d{1,2}|[a-z])[.)]|\(?[ivx]{2,4}\)))"
    # "10.Harbour View Surgery ...": a two-digit number reaches the tab stop and loses its space
    r"(?:\s+|(?<=\d[.)])(?=[A-Z][a-z]))(?P<text>\S.*)$"
)
# "RESPONSIBLE: Sean Tully", "EVIDENCE OF PROGRESS:": a case-system export puts
# each field of an action on a line of its own, under a label in capitals.
_FIELD_LABEL = lazy_re.compile(r"^[A-Z][A-Z0-9 &/()'’-]{1,40}:(?:\s|$)")
# "3.4 Morning routine work with Donna": an outline's numbered item starts afresh.
_OUTLINE_NUMBER = lazy_re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+\S")
# "Resp. worker: Imogen Hale": a case system abbreviates its labels.
_TITLE_LABEL = lazy_re.compile(r"^(?P<label>[A-Z][A-Za-z0-9 .&/()'’-]{1,30}):(?:\s|$)")


def _known_field(text: str) -> bool:
    """"Responsible worker: TBC", "Success measure:" (left empty): an action's field among labelled
    lines, even straight after a line that ran to the margin or over a page break. Only a field's
    own name counts: "Contingency:" after them is still the plan's next part."""
    return bool(m := _TITLE_LABEL.match(text)) and field_role(m.group("label")) in ("owner", "timescale", "measure")


def _next_card(first: list[str], row: list[str]) -> bool:
    """"Action 5 | Lithium levels ..." at the top of a page under "Action 4 | Mental health ...":
    the next of a run of one-action tables, not the last one running on over the page."""
    a, b = (re.sub(r"\d+", "#", r[0].strip()) if r and r[0] else "" for r in (first, row))
    return bool(a) and a == b and "#" in a and first[0].strip() != row[0].strip()


def _field_name_line(text: str) -> bool:
    """"LEAD PROFESSIONAL", "How we will know": nothing but the name of an action's field.
    ("plan." under "... write any changes onto the" ends a sentence: a name has no full stop,
    though an export may lead to its colon with dots, "ASSIGNED TO ..:"; "worker" under "... pass it on
    to the allocated" is the end of a wrapped line: a name standing alone opens with a capital)"""
    name = text.rstrip(":").strip()
    if name.endswith((",", ";")) or name.endswith(".") and not name.endswith(".."):
        return False
    if name[:1].islower() and not text.rstrip().endswith(":"):
        return False
    return len(name.split()) <= 5 and not any(c.isdigit() for c in name) and field_role(name) is not None


def _open_bracket(text: str) -> bool:
    return text.count("(") > text.count(")")


def _previous_wraps(previous, right_edge: float) -> bool:
    """The line above ran to the margin, so this one carries on its sentence."""
    return previous is not None and previous.x1 > right_edge - 0.05 * (right_edge - previous.x0)


def _near_margin(line, right_edge: float) -> bool:
    """The line runs to within a sixth-or-so of the margin: a line wrapped there, not one ended short."""
    return line.x1 > right_edge - 0.15 * (right_edge - line.x0)


# A paragraph ending without these stops mid-sentence.
_SENTENCE_END = lazy_re.compile(r"[.!?:;)\"”’]\s*$")
_PAGE_NUMBER = lazy_re.compile(r"^(?:page\s*)?[-–]?\s*\d+\s*(?:of\s*\d+)?\s*[-–]?$", re.IGNORECASE)


@dataclass
class _Line:
    page: int
    number: int  # 1-based among the page's text lines outside tables
    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    size: float
    bold: bool

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class _PdfTable:
    page: int
    top: float
    bottom: float
    rows: list[list[str]]


@dataclass
class _Page:
    number: int
    height: float
    chars: int
    lines: list[_Line] = field(default_factory=list)
    tables: list[_PdfTable] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1)

    def ruled_between(self, upper: _Line, lower: _Line) -> bool:
        return any(
            upper.middle < y < lower.middle and x0 < lower.x1 and x1 > lower.x0
            for y, x0, x1 in self.rules
        )


def read(data: bytes, path: str) -> Document:
    pages = _extract(data)
    if not pages:
        raise EmptyDocument("empty document: no text found")
    if not any(page.chars for page in pages):
        raise NoTextLayer("no text layer: scanned PDF?")
    _drop_running_lines(pages)
    blocks = _Builder(pages).blocks()
    if not blocks:
        raise EmptyDocument("empty document: no text found")
    return Document(path=path, format="pdf", blocks=blocks)


def _extract(data: bytes) -> list[_Page]:
    import pdfplumber
    from pdfminer.pdfpage import PDFPage

    inflation = _CappedZlib(limits.MAX_ZIP_UNCOMPRESSED)
    try:
        # Not pdfplumber.open(): closing what it opens builds every page of the
        # file, however many, before anything could stop it. The pages read
        # are closed one by one below, and the bytes are ours.
        with inflation.installed():
            pdf = pdfplumber.PDF(io.BytesIO(data), stream_is_external=True)
            # Count lazily, stopping one past the limit: pdf.pages would build every page first.
            limits.check_pages(sum(1 for _ in itertools.islice(PDFPage.create_pages(pdf.doc), limits.MAX_PDF_PAGES + 1)))
            pages, characters = [], 0
            for n, page in enumerate(_char_pages(pdf), start=1):
                pages.append(_extract_page(page, n))
                page.close()  # frees the page's layout cache: long PDFs stay small
                characters += pages[-1].chars
                limits.check_characters(characters)
    except TooLarge:
        raise
    except Exception as error:  # pdfminer raises many types on malformed files
        if inflation.exceeded:  # our refusal, wrapped by pdfplumber
            raise inflation.refusal() from None
        if _is_encryption_error(error):
            raise EncryptedDocument("encrypted PDF: remove the password and try again") from None
        raise CorruptDocument("not a valid PDF file") from None
    if inflation.exceeded:  # pdfminer caught the refusal and carried on without that stream
        raise inflation.refusal()
    return pages


def _char_pages(pdf):
    """pdf.pages, one at a time, each a page that builds its characters' dictionaries
    without pdfplumber's generic walk over every attribute (its resolve_all of
    each float was a fifth of a PDF's read); every other object is pdfplumber's own."""
    from pdfminer.pdfpage import PDFPage

    page_class = _char_page_class()
    top = 0.0
    for number, page in enumerate(PDFPage.create_pages(pdf.doc), start=1):
        built = page_class(pdf, page, page_number=number, initial_doctop=top)
        top += built.height
        yield built


@functools.cache
def _char_page_class():
    # Built on first use: pdfplumber is imported only when a PDF is read.
    from pdfminer.layout import LTChar
    from pdfplumber.page import ALL_ATTRS, Page
    from pdfplumber.utils.pdfinternals import resolve_and_decode

    plain = (float, int, str, bool, type(None))
    colour_spaces: dict[str, object] = {}

    class CharPage(Page):
        """tests/test_readers_pdf.py checks its characters are pdfplumber's own."""

        def process_object(self, obj):
            ncs = getattr(obj, "ncs", None)
            if type(obj) is not LTChar or self.pdf.unicode_norm is not None or hasattr(obj, "scs") or ncs is None:
                return super().process_object(obj)
            attr = {}
            for key, value in obj.__dict__.items():
                if key in ALL_ATTRS:
                    if type(value) not in plain and not (type(value) is tuple and all(type(v) in plain for v in value)):
                        return super().process_object(obj)
                    attr[key] = value
            attr["object_type"] = "char"
            attr["page_number"] = self.page_number
            name = ncs.name
            if type(name) is not str:
                return super().process_object(obj)
            if name not in colour_spaces:
                colour_spaces[name] = resolve_and_decode(name)
            attr["ncs"] = colour_spaces[name]
            attr["text"] = obj.get_text()
            state = obj.graphicstate
            attr["stroking_color"] = state.scolor if isinstance(state.scolor, tuple) else (state.scolor,)
            attr["non_stroking_color"] = state.ncolor if isinstance(state.ncolor, tuple) else (state.ncolor,)
            # pdfminer's coordinates are relative to the MediaBox (pdfplumber's own adjustment)
            left, top = self.mediabox[:2]
            attr["top"] = (self.height - attr["y1"]) + top
            attr["bottom"] = (self.height - attr["y0"]) + top
            attr["doctop"] = self.initial_doctop + attr["top"]
            if left != 0:
                attr["x0"] = attr["x0"] + left
                attr["x1"] = attr["x1"] + left
            return attr

    return CharPage


class _CappedZlib:
    """Stands in for the zlib module inside pdfminer.pdftypes while one PDF is
    read, so that all its streams together inflate to at most `budget` bytes.

    A FlateDecode stream of zeros shrinks about 1000:1, so a small PDF can
    unpack to gigabytes; pdfminer offers no limit of its own. The swap lasts
    only while planlint reads one PDF (another thread reading a PDF at that
    moment would share the cap, never lose it).
    """

    error = zlib.error

    def __init__(self, budget: int) -> None:
        self.left = budget
        self.budget = budget
        self.exceeded = False

    @contextmanager
    def installed(self):
        from pdfminer import pdftypes

        pdftypes.zlib = self
        try:
            yield
        finally:
            pdftypes.zlib = zlib

    def refusal(self) -> TooLarge:
        return limits.too_large(f"its content inflates to over {self.budget // limits.MB} MB (decompression bomb?)")

    def decompress(self, data: bytes) -> bytes:
        inflater = self.decompressobj()
        out = inflater.decompress(data)
        if not inflater.eof:
            # What zlib.decompress says of a cut-off stream; pdfminer then tries its repair.
            raise zlib.error("incomplete or truncated stream")
        return out

    def decompressobj(self) -> "_CappedInflater":
        return _CappedInflater(self)

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            self.exceeded = True
            raise self.refusal()


class _CappedInflater:
    def __init__(self, owner: _CappedZlib) -> None:
        self.owner = owner
        self.inflater = zlib.decompressobj()

    @property
    def eof(self) -> bool:
        return self.inflater.eof

    def decompress(self, data: bytes) -> bytes:
        out = self.inflater.decompress(data, max(self.owner.left, 0) + 1)  # one byte more shows it is over
        self.owner.spend(len(out))
        return out


def _is_encryption_error(error: BaseException | None) -> bool:
    from pdfminer.pdfdocument import PDFEncryptionError

    seen = 0
    while error is not None and seen < 10:  # pdfplumber wraps pdfminer's error
        if isinstance(error, PDFEncryptionError):
            return True
        wrapped = error.args[0] if error.args else None
        if not isinstance(wrapped, BaseException):
            wrapped = error.__cause__ or error.__context__
        error = wrapped
        seen += 1
    return False


def _extract_page(page, number: int) -> _Page:
    result = _Page(number=number, height=float(page.height), chars=len(page.chars))
    # pdfplumber never reports a one-cell box as a table; its text is read as
    # paragraphs, and its ruled edges (kept in `rules`) end paragraphs.
    found = sorted(page.find_tables(), key=lambda t: t.bbox[1])
    result.rules = [(e["top"], e["x0"], e["x1"]) for e in page.horizontal_edges]
    boxes = [t.bbox for t in found]
    for table in found:
        rows = _table_rows(table)
        if rows:
            result.tables.append(_PdfTable(number, table.bbox[1], table.bbox[3], rows))

    def outside_tables(obj) -> bool:
        return obj.get("object_type") != "char" or not any(_inside(obj, b) for b in boxes)

    text_page = page.filter(outside_tables) if boxes else page
    raw_lines = text_page.extract_text_lines(return_chars=True, strip=True)
    for n, raw in enumerate(raw_lines, start=1):
        chars = [c for c in raw["chars"] if c["text"].strip()]
        if not chars or not raw["text"].strip():
            continue
        letters = [c for c in chars if c["text"].isalnum()] or chars
        result.lines.append(
            _Line(
                page=number,
                number=n,
                top=raw["top"],
                bottom=raw["bottom"],
                x0=raw["x0"],
                x1=raw["x1"],
                text=" ".join(raw["text"].split()),
                size=statistics.median(round(c["size"], 1) for c in chars),
                bold=all(_BOLD_FONT.search(c.get("fontname", "")) for c in letters),
            )
        )
    return result


def _inside(obj, bbox) -> bool:
    x0, top, x1, bottom = bbox
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return x0 <= x <= x1 and top <= y <= bottom


def _table_rows(table) -> list[list[str]]:
    """Logical rows: a cell merged across columns once, one merged down repeated.

    pdfplumber puts None where a merged cell covers a grid position; the cell
    boxes tell whether the cover comes from the left or from above.
    """
    texts = table.extract()
    geometry = [row.cells for row in table.rows]
    tops = [row.bbox[1] for row in table.rows]
    columns = sorted({cell[0] for cell in table.cells})
    resolved: dict[tuple[int, int], str] = {}
    rows = []
    for r, (row_text, row_boxes) in enumerate(zip(texts, geometry)):
        cells = []
        for c, (text, box) in enumerate(zip(row_text, row_boxes)):
            if box is not None:
                value = _cell_text(text or "")
            elif _covered_from_left(row_boxes, c, columns):
                continue
            else:
                value = _covered_from_above(geometry, resolved, r, c, tops)
            resolved[(r, c)] = value
            cells.append(value)
        rows.append(cells)
    return _join_wrapped_rows(rows)


def _join_wrapped_rows(rows: list[list[str]]) -> list[list[str]]:
    """"... and the likely" / "timescale": a cell's last words drawn in a grid row of their own,
    beside the row's merged cells drawn again and cells left empty, are the row above's."""
    out: list[list[str]] = []
    for cells in rows:
        if out and len(cells) == len(out[-1]) and _continues_row(cells, out[-1]) and \
                any(not c.strip() and a.strip() for c, a in zip(cells, out[-1])):
            out[-1] = _run_on(out[-1], cells)
        else:
            out.append(cells)
    return out


def _covered_from_left(row_boxes, c, columns) -> bool:
    for box in reversed(row_boxes[:c]):
        if box is not None:
            return box[2] > columns[c] + 1
    return False


def _covered_from_above(geometry, resolved, r, c, tops) -> str:
    for above in range(r - 1, -1, -1):
        box = geometry[above][c]
        if box is not None:
            return resolved.get((above, c), "") if box[3] > tops[r] + 1 else ""
    return ""


# Every English word of one or two lower-case letters a cell line may start with.
_SHORT_WORDS = frozenset(
    "a i am an as at be by do go he if in is it me my no of on or so to up us we ok".split())


def _split_word(previous: str, line: str) -> bool:
    """A cell too narrow for a word breaks it without a hyphen ("Relationshi" / "p with")."""
    head = line.split(" ", 1)[0]
    return (len(head) <= 2 and head.isalpha() and head.islower() and head not in _SHORT_WORDS
            and previous[-1:].isalpha() and previous[-1:].islower())


def _cell_text(text: str) -> str:
    """Rejoin lines the cell width wrapped; keep bullet lines separate."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in filter(None, lines):
        bullet = _BULLET.match(line)
        if bullet and bullet.group("glyph"):
            out.append("• " + bullet.group("text"))
        elif out and not _BULLET.match(line):
            out[-1] += ("" if _split_word(out[-1], line) else " ") + line
        else:
            out.append(line)
    return "\n".join(out)


def _drop_running_lines(pages: list[_Page]) -> None:
    """Remove page headers/footers: page numbers and lines repeated on most pages."""

    def in_margin(line: _Line, page: _Page) -> bool:
        return line.top < page.height * 0.1 or line.bottom > page.height * 0.9

    def key(line: _Line) -> tuple[str, int]:
        return re.sub(r"\d+", "#", line.text.lower()), round(line.top)

    counts: dict[tuple[str, int], int] = {}
    for page in pages:
        for k in {key(line) for line in page.lines if in_margin(line, page)}:
            counts[k] = counts.get(k, 0) + 1
    repeated = max(2, (len(pages) + 1) // 2)
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not in_margin(line, page)
            or not (_PAGE_NUMBER.match(line.text) or counts.get(key(line), 0) >= repeated)
        ]


class _Builder:
    def __init__(self, pages: list[_Page]) -> None:
        self.pages = pages
        sizes = [line.size for page in pages for line in page.lines for _ in line.text]
        self.body_size = statistics.median(sizes) if sizes else 0.0
        heading_sizes = {
            line.size
            for page in pages
            for line in page.lines
            if self._heading_candidate(line.text) and line.size > self.body_size + 0.5
        }
        self.heading_sizes = sorted(heading_sizes, reverse=True)
        self.blocks_out: list[Block] = []
        self.tables = 0
        # x0 of each block's first line, kept aside to work out list depth.
        self._x0: dict[int, float] = {}
        self.right_edge = 0.0  # of the current page's text

    def _heading_candidate(self, text: str) -> bool:
        return (
            len(text.split()) <= HEADING_MAX_WORDS
            and any(ch.isalpha() for ch in text)
            and not text.endswith((".", ",", ";"))
        )

    def heading_level(self, line: _Line) -> int:
        # "Part B – Child protection plan (agreed at the ICPC," in a heading's larger
        # font: a heading that wraps after a comma (a bold body line may end in one too)
        wraps = line.text.endswith(",") and line.size > self.body_size + 0.5
        if not self._heading_candidate(line.text[:-1] if wraps else line.text):
            return 0
        if line.size > self.body_size + 0.5:
            return self.heading_sizes.index(line.size) + 1
        if line.bold:
            return len(self.heading_sizes) + 1
        return 0

    def blocks(self) -> list[Block]:
        for page in self.pages:
            self.right_edge = max((line.x1 for line in page.lines), default=0.0)
            items: list[tuple[float, object]] = [(t.top, t) for t in page.tables]
            items += [(line.top, line) for line in page.lines]
            items.sort(key=lambda item: item[0])
            previous: _Line | None = None
            first_item = True
            for _top, item in items:
                if isinstance(item, _PdfTable):
                    self.add_table(item, page, continues=first_item)
                    previous = None
                elif first_item and self._carries_on(item):
                    # "... Kerry will see Shona every two weeks and, with the" | page break |
                    # "DBT therapist, will write ...": the paragraph runs on over the page
                    self.blocks_out[-1].text += " " + item.text
                    previous = item
                else:
                    self.add_line(item, previous, page)
                    previous = item
                first_item = False
        _set_list_levels(self.blocks_out, self._x0)
        return self.blocks_out

    def _carries_on(self, line: _Line) -> bool:
        last = self.blocks_out[-1] if self.blocks_out else None
        # (a list item only when the page goes on in lower case: "... assess her capacity to
        # change and" | "report on her early warning signs ...")
        return (last is not None and (last.kind == "paragraph" or last.kind == "list_item" and line.text[:1].islower())
                and not _SENTENCE_END.search(last.text)
                and not self.heading_level(line) and not _BULLET.match(line.text)
                and not _FIELD_LABEL.match(line.text) and not _OUTLINE_NUMBER.match(line.text)
                and not (_known_field(line.text) and _TITLE_LABEL.match(last.text))
                and not _field_name_line(last.text) and not _field_name_line(line.text))

    def add_line(self, line: _Line, previous: _Line | None, page: _Page) -> None:
        last = self.blocks_out[-1] if self.blocks_out else None
        # "Children: Archie (8) ..." under "Adult at risk: Jade ...": a run of labelled lines
        # ("Who: Ann Mellor ... with Dr Raj Sen (GP," over "Erningham Health Centre). When: ...": a
        # bracket left open carries the line on, whatever colon follows)
        label = bool(_FIELD_LABEL.match(line.text)) or bool(
            _TITLE_LABEL.match(line.text) and last is not None and last.kind == "paragraph" and _TITLE_LABEL.match(last.text)
            and not _open_bracket(last.text)
            and (line.text.endswith(":") and _known_field(line.text)
                 or not line.text.endswith(":") and (_known_field(line.text) or not _previous_wraps(previous, self.right_edge))))
        level = 0 if label else self.heading_level(line)
        close = (
            previous is not None
            and line.top - previous.bottom <= 0.6 * line.height
            and not page.ruled_between(previous, line)
        )
        if level and close and last is not None and last.kind == "paragraph" \
                and abs(previous.size - line.size) < 0.5 and _near_margin(previous, self.right_edge) and (
                    _OUTLINE_NUMBER.match(last.text) and not _SENTENCE_END.search(last.text)
                    or previous.bold and line.bold and (line.text[:1].islower() or line.text.startswith("("))):
            # A paragraph's line wrapped at the margin onto a line that looks like a heading: "1.2
            # Nicole will not drink ... and will blow" over "into the breathalyser at 6pm ..." (a
            # numbered item's bold title), "Outcome B: the baby is born safely and only goes home
            # when a" over "safe plan is in place" (a bold line too long for a heading), "Stage 1 –
            # ... everything here by 36 weeks" over "(05/03/2026), unless the row says otherwise"
            level = 0
        if close and previous.text.endswith((".", ":", "!", "?")):
            # a sentence ending well short of the margin ends its paragraph
            close = _near_margin(previous, self.right_edge)
        same_font = previous is not None and abs(previous.size - line.size) < 0.5
        if level:
            if close and same_font and last.kind == "heading" and last.level == level:
                last.text += " " + line.text  # a heading wrapped onto two lines
            else:
                self._append(Block("heading", line.text, self._location(line), level=level), line)
            return
        bullet = _BULLET.match(line.text)
        if bullet and bullet.group("glyph") in ("–", "—", "-") and close and same_font and last is not None \
                and last.kind == "list_item" and bullet.group("text")[:1].islower() \
                and (not _SENTENCE_END.search(last.text)
                     or last.text.endswith(")") and line.x0 > self._x0[id(last)] + 2):
            # "... – Puffin Ward nurse in charge" wrapped onto "– every day by 3pm – ...": the
            # item's dashed fields run on; a dash that opens a line opens no item of its own
            # ("... (Gemma Tate, midwife; by 25/07/2025)" over "   – signed plan on the record": the
            # bracketed who and when, then the measure after its dash, indented under the item)
            last.text += " " + line.text
            return
        if bullet:
            block = Block(
                "list_item",
                bullet.group("text"),
                self._location(line),
                numbered=bullet.group("number") is not None,
            )
            self._append(block, line)
            return
        if label or _OUTLINE_NUMBER.match(line.text) or _field_name_line(line.text) or \
                last is not None and last.kind == "paragraph" and _field_name_line(last.text):
            # (a field's name alone on its line, as exports stack it over its value, and that value)
            # a field starts a block of its own; its value may wrap onto the lines below
            self._append(Block("paragraph", line.text, self._location(line)), line)
            return
        if close and same_font and last is not None:
            hanging = last.kind == "list_item" and line.x0 > self._x0[id(last)] + 2
            # A list item whose line ran to the margin wraps onto the next line,
            # even when the template does not indent the wrapped lines.
            ran_on = _near_margin(previous, self.right_edge)
            wrapped = last.kind == "list_item" and ran_on
            # ("HOW WILL WE KNOW: -" over "Item 11 of 11 · Status: Open": a field's value that stops
            # short of the margin has ended; the line under it is not more of it)
            ended_field = last.kind == "paragraph" and not ran_on and _known_field(last.text) and not _open_bracket(last.text)
            if last.kind == "paragraph" and not ended_field or hanging or wrapped:
                last.text += " " + line.text
                return
        self._append(Block("paragraph", line.text, self._location(line)), line)

    def _append(self, block: Block, line: _Line) -> None:
        self._x0[id(block)] = line.x0
        self.blocks_out.append(block)

    @staticmethod
    def _location(line: _Line) -> Location:
        return Location(page=line.page, line=line.number)

    def add_table(self, table: _PdfTable, page: _Page, continues: bool) -> None:
        last = self.blocks_out[-1] if self.blocks_out else None
        if (
            continues
            and last is not None
            and last.kind == "table"
            # (under a title merged across its top, "THE PLAN FROM 05/02/2026 ...", the table's
            # rows on the new page are as wide as its columns, not as its title)
            and len(table.rows[0]) in (len(last.table.rows[0]), _width(last.table.rows))
            and last.table.row_locations[-1].page == page.number - 1
            and not _next_card(last.table.rows[0], table.rows[0])
        ):
            # A table running over a page break: one table, header not repeated.
            rows = table.rows[1:] if table.rows[0] == last.table.rows[0] else table.rows
            rows = [row for row in rows if any(row)]
            if rows and _continues_row(rows[0], last.table.rows[-1]):
                # A row cut by the page break: "book entries (item 6) | | |" ends the row above
                # (a cell drawn again whole on the new page is the same cell).
                last.table.rows[-1] = _run_on(last.table.rows[-1], rows[0])
                rows = rows[1:]
            elif rows:
                _join_merged_across_break(last.table.rows, rows)
            row_number = last.table.row_locations[-1].row
            for offset, row in enumerate(rows, start=1):
                last.table.rows.append(row)
                last.table.row_locations.append(
                    Location(page=page.number, table=last.location.table, row=row_number + offset)
                )
            last.text = table_text(last.table.rows)
            return
        self.tables += 1
        locations, rows = [], []
        for r, row in enumerate(table.rows, start=1):
            if any(row):
                rows.append(row)
                locations.append(Location(page=page.number, table=self.tables, row=r))
        if rows:
            self.blocks_out.append(
                Block(
                    "table",
                    table_text(rows),
                    Location(page=page.number, table=self.tables),
                    table=Table(rows=rows, row_locations=locations),
                )
            )


def _width(rows: list[list[str]]) -> int:
    """The columns a table has: its widest row's cells. ("THE PLAN FROM 05/02/2026 ..." over
    "Ref | What needs to happen | By | Proof": a title merged across the top is one cell.)"""
    return max((len(row) for row in rows), default=0)


def _join_merged_across_break(before: list[list[str]], after: list[list[str]]) -> None:
    """A cell merged down rows either side of a page break ("Our goal" beside each step) is
    cut there: its words run on in lower case on the new page ("just want Mum to be Mum
    again."). Both parts, on every row they cover, become the whole cell."""
    for c, (end, start) in enumerate(zip(before[-1], after[0])):
        end, start = end.strip(), start.strip()
        merged = len(before) > 1 and _cell(before[-2], c) == end or len(after) > 1 and _cell(after[1], c) == start
        if not (end and start and merged and start[0].islower() and end[-1] not in _SENTENCE_ENDS):
            continue
        whole = f"{end} {start}"
        for rows, part in ((reversed(before), end), (after, start)):
            for row in rows:
                if _cell(row, c) != part:
                    break
                row[c] = whole


def _cell(row: list[str], c: int) -> str | None:
    """Row's c-th cell (None past a row a merge across columns made shorter)."""
    return row[c].strip() if c < len(row) else None


_SENTENCE_ENDS = ".!?\"”)"


def _run_on(above: list[str], row: list[str]) -> list[str]:
    """The row above with the words of a row that runs on from it (a cell drawn again whole is the same cell)."""
    return [f"{a} {c}".strip() if c.strip() and c != a else a for a, c in zip(above, row)]


def _continues_row(row: list[str], above: list[str]) -> bool:
    """Every filled cell starts in lower case or repeats the cell above: the words run on
    from the row above."""
    filled = [(c.strip(), a.strip()) for c, a in zip(row, above) if c.strip()]
    return any(c[0].islower() for c, _ in filled) and all(c[0].islower() or c == a for c, a in filled)


def _set_list_levels(blocks: list[Block], x0: dict[int, float]) -> None:
    """Depth of each item within a run of list items, from its indentation."""
    run: list[Block] = []
    for block in blocks + [None]:
        if block is not None and block.kind == "list_item":
            run.append(block)
            continue
        indents: list[float] = []
        for item in sorted(run, key=lambda b: x0[id(b)]):
            if not indents or x0[id(item)] - indents[-1] > 3:
                indents.append(x0[id(item)])
        for item in run:
            item.level = max(i for i, indent in enumerate(indents) if x0[id(item)] >= indent - 3)
        run = []
