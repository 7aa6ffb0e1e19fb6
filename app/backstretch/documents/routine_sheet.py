"""A printable routine sheet: the chosen stretches as an illustrated A4 PDF handout.

Everything is painted with QPainter into a QPdfWriter: text through QTextDocument (real
text that wraps and can be searched or read aloud), figures through paint_figure as
vector outlines, so the sheet prints sharply and needs no widgets, only a
QGuiApplication (the offscreen platform will do).

The sheet is laid out as a list of blocks that each know their height and how to paint
themselves. Pagination moves whole blocks to the next page, so a heading never ends up
at the foot of a page without the list it introduces; only a text taller than a page
is cut, between its paragraphs. Each stretch starts a page, and gets smaller figures
rather than run onto a second one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from backstretch import APP_NAME, __version__, markup, theme, wording
from backstretch.content import Exercise, Library
from backstretch.figure.render import aspect_ratio, paint_figure
from backstretch.figure.spec import FigureSpec
from backstretch.routine import RoutineOptions, choose_exercises, timing_for
from backstretch.session import Phase, Side, StretchTiming
from backstretch.storage import StorageError, write_user_file
from backstretch.wording import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # the name lupdate reads; the context is RoutineSheet
DOCUMENT_TITLE = QT_TRANSLATE_NOOP("RoutineSheet", "Backstretch — your back stretches")
HEADING = QT_TRANSLATE_NOOP("RoutineSheet", "Your back stretches")
DPI = 300
MARGIN_MM = 15.0

# Print colours: dark ink on white, one calm accent, tints light enough to print on any
# printer and still tell the boxes apart in greyscale.
INK = "#1d2630"
MUTED = "#55606b"
ACCENT = theme.PHASE_COLOURS_LIGHT[Phase.GET_READY]
RULE = "#c9d3de"
PANEL = "#f3f6fa"
PANEL_EDGE = "#d3dce8"
CAUTION_FILL, CAUTION_INK = theme.CAUTION_LIGHT
CAUTION_EDGE = "#e0a458"
DANGER_FILL = "#fdeeed"
DANGER_INK = "#8a1f1a"
DANGER_EDGE = "#c8423b"

BODY_PT = 11.0
COLUMN_GAP_MM = 7.0
FIGURE_GAP_MM = 5.0
# A figure's height is capped (a nearly square one would take the page); a stretch with
# long instructions gets smaller figures before it is allowed to run onto a second page.
FIGURE_HEIGHTS_MM = (62.0, 54.0, 46.0)
OVERVIEW_FIGURE_MM = 40.0
FOOTER_MM = 9.0


def write_routine_sheet(library: Library, options: RoutineOptions, path: Path) -> int:
    """Write the routine `options` chooses from `library` as a PDF; return its page count.

    The document is made in memory and handed to `storage.write_user_file`, so a full
    disk or a target that is not a regular file raises StorageError and leaves any
    earlier sheet as it was.
    """
    data, pages = routine_sheet_pdf(library, options)
    write_user_file(path, data, check=_is_whole_pdf)
    return pages


def _is_whole_pdf(data: bytes) -> bool:
    # A PDF ends with its trailer; a document cut short by the painter does not.
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def routine_sheet_pdf(library: Library, options: RoutineOptions) -> tuple[bytes, int]:
    """The sheet as PDF bytes, and its page count."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("the routine sheet needs a QGuiApplication to lay out text")
    content = QByteArray()
    device = QBuffer(content)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(device)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setResolution(DPI)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("RoutineSheet", DOCUMENT_TITLE))
    writer.setCreator(f"{APP_NAME} {__version__}")

    area = writer.pageLayout().paintRectPixels(DPI)
    sheet = _Sheet(writer, float(area.width()), float(area.height()))
    chosen = choose_exercises(library.exercises, options)
    timings = [timing_for(exercise, options) for exercise in chosen]

    sections = [
        sheet.stretch_pages(exercise, timing, number, len(chosen))
        for number, (exercise, timing) in enumerate(zip(chosen, timings, strict=True), start=1)
    ]
    # The overview points at the page each stretch starts on, and its own length moves
    # those pages, so lay it out again until the numbers it prints are the ones it gets.
    overview_pages = 1
    for _ in range(3):
        starts, next_page = [], overview_pages + 1
        for section in sections:
            starts.append(next_page)
            next_page += len(section)
        blocks = sheet.overview_blocks(library, chosen, timings, starts)
        overview = _paginate(blocks, sheet.body_height)
        if len(overview) == overview_pages:
            break
        overview_pages = len(overview)
    pages = overview + [page for section in sections for page in section]

    painter = QPainter()
    if not painter.begin(writer):
        raise StorageError("The routine sheet could not be laid out as a PDF.")
    try:
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            for block, top in placed:
                block.draw(painter, top)
            sheet.footer(painter, number, len(pages))
    finally:
        painter.end()
    device.close()
    return bytes(content.data()), len(pages)


# -- layout --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Block:
    """A piece of the sheet that stays in one piece: its height and how to paint it."""

    height: float
    draw: Callable[[QPainter, float], None]  # painter, top of the block
    gap: float = 0.0  # space above it, dropped at the top of a page
    new_page: bool = False
    optional: bool = False  # left out rather than moved to a page of its own


_Page = list[tuple[_Block, float]]


def _paginate(blocks: Sequence[_Block], page_height: float) -> list[_Page]:
    pages: list[_Page] = [[]]
    y = 0.0
    for block in blocks:
        if block.new_page and pages[-1]:
            pages.append([])
            y = 0.0
        gap = block.gap if pages[-1] else 0.0
        if y + gap + block.height > page_height:
            if block.optional:
                continue
            if pages[-1]:
                pages.append([])
                y, gap = 0.0, 0.0
        pages[-1].append((block, y + gap))
        y += gap + block.height
    return pages


def _split_tall(doc: QTextDocument, page_height: float) -> list[tuple[float, float]]:
    """(top, height) slices of a document taller than a page, cut between paragraphs.

    Cutting between paragraphs and list items (not between the lines of one) means
    each is painted on exactly one page, so no text is in the PDF twice, half hidden.
    A single paragraph taller than a page is not cut (no stretch has one).
    """
    tops: list[float] = []
    block = doc.begin()
    while block.isValid():
        tops.append(block.layout().position().y())
        block = block.next()
    end = doc.size().height()
    slices: list[tuple[float, float]] = []
    top = 0.0
    for previous, following in zip(tops, [*tops[1:], end], strict=True):
        if following - top > page_height and previous > top:
            slices.append((top, previous - top))
            top = previous
    slices.append((top, end - top))
    return slices


# -- the sheet -----------------------------------------------------------------------


def _esc(text: str) -> str:
    return markup.escape(text, quote=False)


def _list(items: Sequence[str], *, ordered: bool = False, style: str = "") -> str:
    tag = "ol" if ordered else "ul"
    if ordered and len(items) >= 10:
        # Numbers are set in the indent, and "10." is wider than "9.". (Qt scales this
        # margin from 96 dpi to the printer in some versions, not others: either reads.)
        style += f"margin-left: {2.5 * DPI / 25.4:.0f}px;"
    rows = "".join(f"<li>{_esc(item)}</li>" for item in items)
    return f"<{tag} style='{style}'>{rows}</{tag}>"


def _css_px(millimetres: float) -> float:
    """QTextDocument scales its lengths from 96 dpi to the printer's resolution."""
    return millimetres * 96 / 25.4


# A no-break space keeps a number on the same line as its unit.
_NBSP = "\u00a0"


def _seconds(value: float) -> str:
    if value == 1:
        return translate("RoutineSheet", "{value} second").format(value=_NBSP.join(("1", "")))
    text = translate("RoutineSheet", "{value} seconds")
    return text.format(value=wording.number(value)).replace(" ", _NBSP, 1)


def _short(value: float) -> str:
    return wording.duration(value).replace(" ", _NBSP, 1)


def dose_text(exercise: Exercise, timing: StretchTiming) -> tuple[str, str]:
    """How many times (set in bold), then the advised range (plain), as two texts."""
    if exercise.sided:
        times = translate("RoutineSheet", "{count} times each side")
    else:
        times = translate("RoutineSheet", "{count} times")
    low, high = exercise.repetitions.minimum, exercise.repetitions.maximum
    advised = translate("RoutineSheet", "; {low}–{high} recommended") if low != high else ""
    return times.format(count=timing.repetitions), advised.format(low=low, high=high)


def routine_line(exercises: Sequence[Exercise], timings: Sequence[StretchTiming]) -> str:
    """The whole routine in one line, in the order it runs."""
    parts = []
    for number, (exercise, timing) in enumerate(zip(exercises, timings, strict=True), start=1):
        if exercise.sided:
            text = translate(
                "RoutineSheet", "{number}. {title}: {count} times each side, hold {hold}"
            )
        else:
            text = translate("RoutineSheet", "{number}. {title}: {count} times, hold {hold}")
        parts.append(
            text.format(
                number=number,
                title=exercise.title,
                count=timing.repetitions,
                hold=_short(timing.hold),
            )
        )
    return " → ".join(parts)


class _Sheet:
    """Builds the blocks of the sheet for one writer: fonts and sizes in its units."""

    def __init__(self, device: QPaintDevice, width: float, height: float) -> None:
        self.device = device
        self.width = width
        self.body_height = height - self.mm(FOOTER_MM)
        self.font = QFont(QGuiApplication.font())
        self.font.setPointSizeF(BODY_PT)
        # Without ligatures "fi" is copied, searched and read aloud as two letters.
        self.font.setFeature(QFont.Tag("liga"), 0)

    def mm(self, millimetres: float) -> float:
        return millimetres * DPI / 25.4

    def px(self, millimetres: float) -> str:
        return f"{_css_px(millimetres):.2f}px"

    # -- text --

    def doc(self, body: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        # Measure with the printer, or point sizes would be laid out for the screen.
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setIndentWidth(_css_px(5.5))
        doc.setDefaultFont(self.font)
        doc.setDefaultStyleSheet(
            f"body {{ color: {INK}; }}"
            f"p {{ margin-top: 0; margin-bottom: {self.px(1)}; line-height: 118%; }}"
            f"li {{ margin-bottom: {self.px(0.7)}; line-height: 118%; }}"
            f"ul, ol {{ margin-top: {self.px(1)}; margin-bottom: 0; }}"
            f"h2 {{ font-size: 13pt; color: {ACCENT}; margin-top: 0;"
            f" margin-bottom: {self.px(1)}; }}"
        )
        doc.setHtml(f"<body>{body}</body>")
        doc.setTextWidth(width)
        return doc

    def text(self, body: str, *, gap: float = 0.0, new_page: bool = False) -> list[_Block]:
        """Full-width text; a text taller than a page is cut between paragraphs."""
        doc = self.doc(body, self.width)
        height = doc.size().height()
        if height <= self.body_height:
            return [_Block(height, _doc_painter(doc, 0.0, height), gap, new_page)]
        return [
            _Block(part, _doc_painter(doc, top, part), gap, new_page)
            if top == 0
            else _Block(part, _doc_painter(doc, top, part))
            for top, part in _split_tall(doc, self.body_height)
        ]

    def boxed(self, body: str, fill: str, edge: str, *, x: float, width: float) -> _Block:
        """Text in a tinted frame with a bold stripe down its left side."""
        pad, stripe = self.mm(3.5), self.mm(1.6)
        doc = self.doc(body, width - 2 * pad - stripe)
        height = doc.size().height() + 2 * pad

        def draw(painter: QPainter, top: float) -> None:
            frame = QRectF(x, top, width, height)
            radius = self.mm(2)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(_pen(edge, self.mm(0.3)))
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(frame, radius, radius)
            painter.setClipRect(QRectF(x, top, stripe, height))
            painter.setBrush(QColor(edge))
            painter.drawRoundedRect(frame, radius, radius)
            painter.restore()
            _doc_painter(doc, 0.0, doc.size().height())(painter, top + pad, x + stripe + pad)

        return _Block(height, draw)

    def columns(self, left: _Block, right: _Block, *, gap: float) -> _Block:
        """Two blocks side by side, as one block (they were built for half the width)."""

        def draw(painter: QPainter, top: float) -> None:
            left.draw(painter, top)
            right.draw(painter, top)

        return _Block(max(left.height, right.height), draw, gap)

    def column_text(self, body: str, *, x: float, width: float) -> _Block:
        doc = self.doc(body, width)
        height = doc.size().height()
        paint = _doc_painter(doc, 0.0, height)
        return _Block(height, lambda painter, top: paint(painter, top, x))

    def side_by_side(self, left: str, right: str, *, caution: bool = False) -> list[_Block]:
        """Two texts in columns (the right one in a caution box if asked), or, if that
        would not fit on a page, one after the other at full width."""
        gap = self.mm(6)
        half = (self.width - self.mm(COLUMN_GAP_MM)) / 2

        def right_part(x: float, width: float) -> _Block:
            if caution:
                return self.boxed(right, CAUTION_FILL, CAUTION_EDGE, x=x, width=width)
            return self.column_text(right, x=x, width=width)

        row = self.columns(
            self.column_text(left, x=0.0, width=half),
            right_part(half + self.mm(COLUMN_GAP_MM), half),
            gap=gap,
        )
        if row.height <= self.body_height:
            return [row]
        stacked = self.text(left, gap=gap)
        if not caution:
            return stacked + self.text(right, gap=gap)
        return [*stacked, replace(right_part(0.0, self.width), gap=gap)]

    # -- figures --

    def figure_row(
        self,
        cells: Sequence[_FigureCell],
        *,
        columns: int = 3,
        max_mm: float = FIGURE_HEIGHTS_MM[0],
    ) -> _Block:
        """Illustrations side by side in light panels, each with a caption below."""
        gap = self.mm(FIGURE_GAP_MM)
        pad = self.mm(2.5)
        cell_width = (self.width - gap * (columns - 1)) / columns
        inner_width = cell_width - 2 * pad
        # One height for the row, from its tallest figure, so the panels line up.
        inner_height = min(self.mm(max_mm), max(inner_width / aspect_ratio(c.spec) for c in cells))
        panel_height = inner_height + 2 * pad
        captions = [self.doc(cell.caption, cell_width) for cell in cells]
        caption_gap = self.mm(2)
        height = panel_height + caption_gap + max(c.size().height() for c in captions)
        # Centre a short row (fewer figures than columns) under the heading's width.
        left = (self.width - len(cells) * cell_width - (len(cells) - 1) * gap) / 2

        def draw(painter: QPainter, top: float) -> None:
            for index, (cell, caption) in enumerate(zip(cells, captions, strict=True)):
                x = left + index * (cell_width + gap)
                panel = QRectF(x, top, cell_width, panel_height)
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(_pen(PANEL_EDGE, self.mm(0.3)))
                painter.setBrush(QColor(PANEL))
                painter.drawRoundedRect(panel, self.mm(2), self.mm(2))
                painter.restore()
                inner = panel.adjusted(pad, pad, -pad, -pad)
                paint_figure(painter, inner, cell.spec, cell.phase, cell.progress, cell.side)
                if cell.badge:
                    self.badge(painter, QPointF(x + self.mm(5), top + self.mm(5)), cell.badge)
                height = caption.size().height()
                _doc_painter(caption, 0.0, height)(painter, top + panel_height + caption_gap, x)

        return _Block(height, draw, self.mm(5))

    def badge(self, painter: QPainter, centre: QPointF, label: str) -> None:
        """A numbered disc in the panel's corner: the pictures read in order."""
        radius = self.mm(3)
        font = QFont(self.font)
        font.setPointSizeF(9)
        font.setBold(True)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ACCENT))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    # -- page parts --

    def rule(self, colour: str, thickness_mm: float, *, gap: float) -> _Block:
        thickness = self.mm(thickness_mm)

        def draw(painter: QPainter, top: float) -> None:
            painter.fillRect(QRectF(0, top, self.width, thickness), QColor(colour))

        return _Block(thickness, draw, gap)

    def footer(self, painter: QPainter, number: int, total: int) -> None:
        top = self.body_height + self.mm(FOOTER_MM) - self.mm(5)
        painter.fillRect(QRectF(0, top - self.mm(2), self.width, self.mm(0.25)), QColor(RULE))
        font = QFont(self.font)
        font.setPointSizeF(8.5)
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        box = QRectF(0, top, self.width, self.mm(5))
        text = translate("RoutineSheet", "{app} · page {number} of {total}").format(
            app=APP_NAME, number=number, total=total
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
        painter.restore()

    def notes(self, *, gap: float) -> _Block:
        """Ruled lines for the physiotherapist's advice: as many as the page has room for."""
        title = self.doc(
            f"<p><span style='font-size:13pt; font-weight:bold; color:{ACCENT}'>"
            + translate("RoutineSheet", "Notes")
            + f"</span>&nbsp;&nbsp;<span style='color:{MUTED}'>"
            + translate("RoutineSheet", "advice from your physiotherapist, or your own")
            + "</span></p>",
            self.width,
        )
        spacing = self.mm(8.5)
        # At least two lines, or the heading takes more room than the space it offers.
        height = title.size().height() + 2 * spacing

        def draw(painter: QPainter, top: float) -> None:
            _doc_painter(title, 0.0, title.size().height())(painter, top)
            y = top + title.size().height() + spacing
            while y <= self.body_height - self.mm(4):
                painter.fillRect(QRectF(0, y, self.width, self.mm(0.25)), QColor(RULE))
                y += spacing

        return _Block(height, draw, gap, optional=True)

    # -- the pages --

    def overview_blocks(
        self,
        library: Library,
        chosen: Sequence[Exercise],
        timings: Sequence[StretchTiming],
        start_pages: Sequence[int],
    ) -> list[_Block]:
        heading = _esc(translate("RoutineSheet", HEADING))
        blocks = self.text(f"<p style='font-size:26pt; font-weight:bold'>{heading}</p>")
        if library.routine.intro:
            blocks += self.text(
                f"<p style='font-size:12.5pt; color:{MUTED}'>{_esc(library.routine.intro)}</p>",
                gap=self.mm(1),
            )
        blocks.append(self.rule(ACCENT, 0.8, gap=self.mm(3)))
        blocks.append(self._safety(library.routine.red_flags, gap=self.mm(6)))

        if chosen:
            summary = _esc(routine_line(chosen, timings))
        else:
            summary = translate(
                "RoutineSheet", "No stretches are chosen. Switch some on in the routine settings."
            )
        heading = translate("RoutineSheet", "Your routine")
        blocks += self.text(f"<h2>{heading}</h2><p>{summary}</p>", gap=self.mm(6))
        if chosen:
            cells = [
                _FigureCell(
                    exercise.figure,
                    "hold",
                    0.0,
                    "left" if exercise.sided else None,
                    f"<p><b>{number}. {_esc(exercise.title)}</b><br>"
                    f"<span style='color:{MUTED}'>"
                    + translate("RoutineSheet", "See page {page}").format(page=page)
                    + "</span></p>",
                )
                for number, (exercise, page) in enumerate(
                    zip(chosen, start_pages, strict=True), start=1
                )
            ]
            for row in range(0, len(cells), 3):
                blocks.append(self.figure_row(cells[row : row + 3], max_mm=OVERVIEW_FIGURE_MM))
        if library.routine.general_tips:
            tips = _list(library.routine.general_tips)
            heading = translate("RoutineSheet", "Good habits")
            blocks += self.text(f"<h2>{heading}</h2>{tips}", gap=self.mm(5))
        blocks.append(self.notes(gap=self.mm(6)))
        return blocks

    def _safety(self, red_flags: Sequence[str], *, gap: float) -> _Block:
        body = (
            f"<p style='font-size:13pt; color:{DANGER_INK}'><b>"
            + translate("RoutineSheet", "Safety first")
            + "</b></p><p>"
            + translate(
                "RoutineSheet",
                "This sheet does not replace medical advice. If you are not sure these "
                "stretches are right for you, ask your doctor or physiotherapist first.",
            )
            + "</p><p>"
            + translate(
                "RoutineSheet",
                "<b>Stop any stretch that hurts.</b> A stretch should feel gentle, never painful.",
            )
            + f"</p><p style='color:{DANGER_INK}'>"
            + translate(
                "RoutineSheet",
                "<b>See a doctor urgently</b> if you have back pain with any of these:",
            )
            + "</p>"
            + _list(red_flags)
        )
        return replace(self.boxed(body, DANGER_FILL, DANGER_EDGE, x=0.0, width=self.width), gap=gap)

    def stretch_pages(
        self, exercise: Exercise, timing: StretchTiming, number: int, count: int
    ) -> list[_Page]:
        """One stretch, on a page of its own if smaller figures can make it fit."""
        attempts = [
            _paginate(self.stretch_blocks(exercise, timing, number, count, high), self.body_height)
            for high in FIGURE_HEIGHTS_MM
        ]
        return next((pages for pages in attempts if len(pages) == 1), attempts[0])

    def stretch_blocks(
        self, exercise: Exercise, timing: StretchTiming, number: int, count: int, figure_mm: float
    ) -> list[_Block]:
        blocks = self.text(
            f"<p style='font-size:9.5pt; color:{ACCENT}'><b>"
            + translate("RoutineSheet", "STRETCH {number} OF {count}").format(
                number=number, count=count
            )
            + "</b></p>"
            f"<p style='font-size:24pt; font-weight:bold'>{_esc(exercise.title)}</p>"
            "<p style='font-size:12.5pt'>"
            + translate("RoutineSheet", "<b>Why:</b> {summary}").format(
                summary=_esc(exercise.summary)
            )
            + "</p>",
            new_page=True,
        )
        blocks.append(self.rule(ACCENT, 0.8, gap=self.mm(1.5)))
        blocks.append(self.figure_row(_key_poses(exercise), max_mm=figure_mm))
        blocks.append(self._dose(exercise, timing))

        blocks += self.side_by_side(
            "<h2>"
            + translate("RoutineSheet", "Starting position")
            + f"</h2><p><i>{_esc(exercise.starting_summary)}</i></p>"
            + _list(exercise.starting_steps),
            "<h2>"
            + translate("RoutineSheet", "How to do it")
            + "</h2>"
            + _list(exercise.action, ordered=True),
        )

        tips_body = "<h2>" + translate("RoutineSheet", "Tips") + "</h2>" + _list(exercise.tips)
        caution_body = (
            f"<p style='font-size:13pt; color:{CAUTION_INK}'><b>"
            + translate("RoutineSheet", "⚠ Take care")
            + "</b></p>"
            + _list(exercise.cautions, style=f"color: {CAUTION_INK};")
        )
        if exercise.tips and exercise.cautions:
            blocks += self.side_by_side(tips_body, caution_body, caution=True)
        elif exercise.tips:
            blocks += self.text(tips_body, gap=self.mm(6))
        elif exercise.cautions:
            box = self.boxed(caution_body, CAUTION_FILL, CAUTION_EDGE, x=0.0, width=self.width)
            blocks.append(replace(box, gap=self.mm(6)))
        return blocks

    def _dose(self, exercise: Exercise, timing: StretchTiming) -> _Block:
        """How many, how long and how fast, as a strip of labelled values."""
        # (label, the key figure in bold, the words that follow it, share of the width)
        hold = (
            _seconds(timing.hold),
            translate("RoutineSheet", " each side") if exercise.sided else "",
        )
        rest = (
            (_seconds(timing.rest), translate("RoutineSheet", " between repetitions"))
            if timing.rest > 0
            else (translate("RoutineSheet", "None"), "")
        )
        slowly = translate("RoutineSheet", "Slowly")
        if timing.move == timing.release:
            pace = (
                slowly,
                translate("RoutineSheet", ", {time} each way").format(time=_short(timing.move)),
            )
        else:
            pace = (
                slowly,
                translate("RoutineSheet", ", {there} in and {back} back").format(
                    there=_short(timing.move), back=_short(timing.release)
                ),
            )
        facts = [
            (translate("RoutineSheet", "How many"), *dose_text(exercise, timing), 0.27),
            (translate("RoutineSheet", "Hold"), *hold, 0.2),
            (translate("RoutineSheet", "Rest"), *rest, 0.28),
            (translate("RoutineSheet", "Pace"), *pace, 0.25),
        ]
        pad = self.mm(2.4)
        x = 0.0
        cells: list[tuple[float, QTextDocument]] = []
        for label, key, words, share in facts:
            doc = self.doc(
                f"<p style='font-size:8.5pt; color:{MUTED}'><b>{label.upper()}</b></p>"
                f"<p><b>{_esc(key)}</b>{_esc(words)}</p>",
                self.width * share - 2 * pad,
            )
            cells.append((x, doc))
            x += self.width * share
        height = max(doc.size().height() for _, doc in cells) + 2 * pad

        def draw(painter: QPainter, top: float) -> None:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(_pen(PANEL_EDGE, self.mm(0.3)))
            painter.setBrush(QColor(PANEL))
            painter.drawRoundedRect(QRectF(0, top, self.width, height), self.mm(2), self.mm(2))
            painter.restore()
            for index, (left, doc) in enumerate(cells):
                if index:
                    divider = QRectF(left, top + pad, self.mm(0.25), height - 2 * pad)
                    painter.fillRect(divider, QColor(PANEL_EDGE))
                _doc_painter(doc, 0.0, doc.size().height())(painter, top + pad, left + pad)

        return _Block(height, draw, self.mm(5))


@dataclass(frozen=True)
class _FigureCell:
    spec: FigureSpec
    phase: str
    progress: float
    side: str | None
    caption: str  # HTML
    badge: str = ""


def _key_poses(exercise: Exercise) -> list[_FigureCell]:
    """Start, stretched and on the way back: the three moments that show the movement.

    The stretched pose is drawn at the end of the "stretch" phase rather than in "hold":
    it is the same pose (pose_at holds it exactly at progress 0 and 1), but the motion
    arrow then shows how to get there.
    """
    side = "left" if exercise.sided else None
    side_word = wording.side_name(Side.LEFT) if exercise.sided else None
    other = translate("RoutineSheet", " Then the other side.") if exercise.sided else ""
    return [
        _FigureCell(
            exercise.figure,
            "get_ready",
            0.0,
            side,
            "<p><b>"
            + translate("RoutineSheet", "Start position")
            + f"</b><br>{_esc(exercise.starting_summary)}</p>",
            "1",
        ),
        _FigureCell(
            exercise.figure,
            "stretch",
            1.0,
            side,
            "<p><b>"
            + translate("RoutineSheet", "Stretch and hold")
            + f"</b><br>{_esc(exercise.instruction('stretch', side_word))}{other}</p>",
            "2",
        ),
        _FigureCell(
            exercise.figure,
            "release",
            0.5,
            side,
            "<p><b>"
            + translate("RoutineSheet", "Release")
            + f"</b><br>{_esc(exercise.instruction('release', side_word))}</p>",
            "3",
        ),
    ]


class _Paint(Protocol):
    def __call__(self, painter: QPainter, top: float, x: float = 0.0) -> None: ...


def _doc_painter(doc: QTextDocument, slice_top: float, height: float) -> _Paint:
    """Paints `height` of `doc` from `slice_top` down, at (x, top) on the page."""

    def draw(painter: QPainter, top: float, x: float = 0.0) -> None:
        painter.save()
        painter.translate(x, top - slice_top)
        # A paragraph that only touches the slice's edge belongs to the next or last
        # slice: a hair's inset keeps it from being drawn (clipped away) here too.
        inset = 0.5 if slice_top > 0 or height < doc.size().height() else 0.0
        # Only the slice's top and bottom matter: nothing is cut off at the sides.
        wide = doc.textWidth()
        clip = QRectF(-wide, slice_top + inset, 3 * wide, height - 2 * inset)
        doc.drawContents(painter, clip)
        painter.restore()

    return draw


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    return pen
