"""Saving the history as CSV and the routine as a printable PDF, where the user chooses.

A failed write is said in a message box; nothing is reported as saved that was not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from backstretch import APP_NAME
from backstretch.content import Library
from backstretch.history import SessionRecord
from backstretch.localtime import local_zone
from backstretch.routine import RoutineOptions


def save_as(
    parent: QWidget,
    title: str,
    name: str,
    kinds: str,
    write: Callable[[Path], object],
    failure: str,
) -> Path | None:
    """Ask where to save, then write there; the path written, or None."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), kinds)
    if not path:
        return None
    try:
        write(Path(path))
    except OSError as exc:
        message = QCoreApplication.translate("Exports", "{failure}: {reason}")
        QMessageBox.warning(parent, APP_NAME, message.format(failure=failure, reason=exc))
        return None
    return Path(path)


def export_history(parent: QWidget, records: Sequence[SessionRecord]) -> Path | None:
    from backstretch.history import export_csv

    return save_as(
        parent,
        QCoreApplication.translate("Exports", "Export history"),
        "backstretch-history.csv",
        QCoreApplication.translate("Exports", "CSV files (*.csv)"),
        lambda path: export_csv(path, records, local_zone()),
        QCoreApplication.translate("Exports", "Could not export the history"),
    )


def print_sheet(parent: QWidget, library: Library, options: RoutineOptions) -> Path | None:
    from backstretch.documents.routine_sheet import write_routine_sheet

    return save_as(
        parent,
        QCoreApplication.translate("Exports", "Save routine sheet"),
        "backstretch-routine.pdf",
        QCoreApplication.translate("Exports", "PDF documents (*.pdf)"),
        lambda path: write_routine_sheet(library, options, path),
        QCoreApplication.translate("Exports", "Could not write the sheet"),
    )
