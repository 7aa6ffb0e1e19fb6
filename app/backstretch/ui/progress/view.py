"""Your progress: streaks, sessions this week, stretches done, a chart of the last
weeks and the pain trend, read at a glance in light and dark themes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, tzinfo
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backstretch import theme, wording
from backstretch.history import SessionRecord
from backstretch.progress import (
    PainPoint,
    pain_trend,
    sessions_this_week,
    streaks,
    total_stretches_done,
    weekly_counts,
)
from backstretch.session import Phase

CHART_WEEKS = 8
PAIN_SESSIONS_SHOWN = 12


def _ink(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


def _faint(widget: QWidget) -> QColor:
    colour = QColor(_ink(widget))
    colour.setAlphaF(0.25)
    return colour


class WeeklyChart(QWidget):
    """Bars: finished routines per week, oldest on the left, this week on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[tuple[date, int]] = []
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Routines per week"))

    def set_weeks(self, weeks: Sequence[tuple[date, int]]) -> None:
        self.weeks = list(weeks)
        text = ", ".join(
            self.tr("week of {day}: {count}").format(day=wording.day_month(day), count=count)
            for day, count in self.weeks
        )
        self.setAccessibleDescription(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.weeks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = theme.is_dark(self)
        label_height = 22
        area = QRectF(self.rect()).adjusted(8, 24, -8, -label_height)
        highest = max(3, max(count for _, count in self.weeks))
        slot = area.width() / len(self.weeks)
        painter.setFont(theme.font(13))
        for n, (day, count) in enumerate(self.weeks):
            x = area.left() + n * slot + slot * 0.18
            width = slot * 0.64
            height = area.height() * count / highest
            bar = QRectF(x, area.bottom() - height, width, height)
            colour = theme.phase_colour(
                Phase.STRETCH if n == len(self.weeks) - 1 else Phase.GET_READY, dark
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(bar, 4, 4)
            painter.setPen(_ink(self))
            painter.drawText(
                QRectF(x - 10, bar.top() - 20, width + 20, 18),
                Qt.AlignmentFlag.AlignCenter,
                str(count),
            )
            # Each label has its whole slot; the last, longer one may reach into the
            # margin on its right so it is never cut.
            label = QRectF(area.left() + n * slot, area.bottom() + 2, slot, label_height)
            if n == len(self.weeks) - 1:
                label.setRight(self.width())
                label.setLeft(
                    min(
                        label.left(),
                        self.width()
                        - painter.fontMetrics().horizontalAdvance(self.tr("this week"))
                        - 2,
                    )
                )
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignCenter,
                self.tr("this week") if n == len(self.weeks) - 1 else wording.day_month(day),
            )
        painter.setPen(QPen(_faint(self), 1))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        painter.end()


class PainChart(QWidget):
    """Before (hollow) and after (filled) each rated routine, 0 at the bottom, 10 on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[PainPoint] = []
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Pain before and after each routine"))

    def set_points(self, points: Sequence[PainPoint]) -> None:
        self.points = list(points)[-PAIN_SESSIONS_SHOWN:]
        text = "; ".join(
            self.tr("{day}: before {before}, after {after}").format(
                day=wording.day_month(p.day),
                before=p.before if p.before is not None else "–",
                after=p.after if p.after is not None else "–",
            )
            for p in self.points
        )
        self.setAccessibleDescription(text or self.tr("No ratings yet"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = theme.is_dark(self)
        area = QRectF(self.rect()).adjusted(34, 10, -10, -44)  # dates and legend below
        painter.setFont(theme.font(12))
        painter.setPen(QPen(_faint(self), 1))
        for level in (0, 5, 10):
            y = area.bottom() - area.height() * level / 10
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(_ink(self))
            painter.drawText(QRectF(0, y - 9, 28, 18), Qt.AlignmentFlag.AlignRight, str(level))
            painter.setPen(QPen(_faint(self), 1))
        if not self.points:
            painter.setPen(_ink(self))
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Rate your back before and after a routine to see the trend here."),
            )
            painter.end()
            return
        slot = area.width() / max(1, len(self.points))
        before_colour = theme.phase_colour(Phase.GET_READY, dark)
        after_colour = theme.phase_colour(Phase.STRETCH, dark)
        for series, colour, filled in (
            ("before", before_colour, False),
            ("after", after_colour, True),
        ):
            path = QPainterPath()
            started = False
            for n, point in enumerate(self.points):
                value = getattr(point, series)
                if value is None:
                    continue
                at = QPointF(
                    area.left() + slot * (n + 0.5), area.bottom() - area.height() * value / 10
                )
                if started:
                    path.lineTo(at)
                else:
                    path.moveTo(at)
                    started = True
                painter.setPen(QPen(colour, 2.5))
                painter.setBrush(colour if filled else Qt.BrushStyle.NoBrush)
                painter.drawEllipse(at, 6, 6)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(_ink(self))
        # The day of each routine under its points; where they would crowd, every
        # second (or third...) one, always with the latest.
        label_width = painter.fontMetrics().horizontalAdvance("30 Sep") + 8
        every = max(1, math.ceil(label_width / slot))
        last = len(self.points) - 1
        for n, point in enumerate(self.points):
            if (last - n) % every:
                continue
            centre = area.left() + slot * (n + 0.5)
            painter.drawText(
                QRectF(centre - label_width / 2, area.bottom() + 4, label_width, 18),
                Qt.AlignmentFlag.AlignCenter,
                wording.day_month(point.day).lstrip("0"),
            )
        painter.drawText(
            QRectF(area.left(), area.bottom() + 24, area.width(), 20),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("○ before   ● after   (0 = no pain, 10 = worst)"),
        )
        painter.end()


class ProgressView(QWidget):
    done = Signal()
    export_requested = Signal()
    sheet_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")
        title = QLabel(self.tr("Your progress"))
        title.setFont(theme.font(34, bold=True))
        self.empty = QLabel(
            self.tr("No sessions yet — start your first routine, and your record grows here.")
        )
        self.empty.setObjectName("progressEmpty")
        self.empty.setWordWrap(True)
        self.empty.setFont(theme.font(20))

        self.numbers: dict[str, QLabel] = {}
        self._captions: dict[str, str] = {}  # what a screen reader calls each number
        figures = QGridLayout()
        for column, (key, caption) in enumerate(
            (
                ("current", self.tr("day streak")),
                ("best", self.tr("best streak")),
                ("week", self.tr("routines this week")),
                ("stretches", self.tr("stretches done")),
            )
        ):
            number = QLabel("0")
            number.setObjectName(f"progress-{key}")
            number.setFont(theme.font(44, bold=True))
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFont(theme.font(16))
            figures.addWidget(number, 0, column)
            figures.addWidget(label, 1, column)
            self.numbers[key] = number
            self._captions[key] = caption

        self.weekly = WeeklyChart()
        self.pain = PainChart()
        charts = QHBoxLayout()
        for caption, chart in (
            (
                self.tr("Routines per week (last {weeks} weeks)").format(weeks=CHART_WEEKS),
                self.weekly,
            ),
            (self.tr("Pain before and after"), self.pain),
        ):
            box = QVBoxLayout()
            heading = QLabel(caption)
            heading.setFont(theme.font(18, bold=True))
            box.addWidget(heading)
            box.addWidget(chart, 1)
            charts.addLayout(box, 1)

        self.export_button = QPushButton(self.tr("Export history (CSV)…"))
        self.export_button.clicked.connect(self.export_requested)
        self.sheet_button = QPushButton(self.tr("Print routine sheet (PDF)…"))
        self.sheet_button.clicked.connect(self.sheet_requested)
        self.back_button = QPushButton(self.tr("Back to stretches"))
        self.back_button.setObjectName("progressDone")
        self.back_button.setMinimumHeight(44)
        self.back_button.clicked.connect(self.done)
        # Where the last file went, said after every save, with a way to it.
        self.saved = QLabel()
        self.saved.setObjectName("savedTo")
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self._open_folder)
        self.saved_folder: Path | None = None
        self.saved.hide()
        self.open_folder_button.hide()
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved)
        saved_row.addWidget(self.open_folder_button)
        saved_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(figures)
        content.addLayout(charts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)
        layout.addLayout(saved_row)
        layout.addLayout(buttons)

    def show_saved(self, what: str, path: Path) -> None:
        self.saved.setText(wording.saved_to(what, path.name, str(path.parent)))
        self.saved.setToolTip(str(path))
        self.saved_folder = path.parent
        self.saved.show()
        self.open_folder_button.show()

    def _open_folder(self) -> None:
        if self.saved_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_folder)))

    def show_records(self, records: Sequence[SessionRecord], today: date, zone: tzinfo) -> None:
        has_any = bool(records)
        self.empty.setVisible(not has_any)
        self.content.setVisible(has_any)
        self.export_button.setEnabled(has_any)
        streak = streaks(records, today, zone)
        self.numbers["current"].setText(str(streak.current))
        self.numbers["best"].setText(str(streak.best))
        self.numbers["week"].setText(str(sessions_this_week(records, today, zone)))
        self.numbers["stretches"].setText(str(total_stretches_done(records)))
        for key, label in self.numbers.items():
            label.setAccessibleName(f"{self._captions[key]}: {label.text()}")
        self.weekly.set_weeks(weekly_counts(records, today, zone, CHART_WEEKS))
        self.pain.set_points(pain_trend(records, zone))
        self.back_button.setFocus()
