"""The Action Month report's wording as the officer edits it: what reaches the report is composed (NFC),
whether typed with Unikey's "Unicode tổ hợp" or pasted from a PDF (whose wrapped lines are joined)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QMimeData
from pytestqt.qtbot import QtBot

from gender_equality_desk.gui.widgets.narrative_editor import NarrativeEditor

from ..keyboard import type_text

PROPOSAL = "Đề nghị UBND huyện hỗ trợ kinh phí in tờ rơi và tập huấn kỹ năng cho tổ hòa giải ở cơ sở."


def test_the_wording_reaches_the_report_composed(
    shown: Callable[[NarrativeEditor], NarrativeEditor], qtbot: QtBot
) -> None:
    editor = shown(NarrativeEditor())
    field = editor.fields["limitations"]
    field.setFocus()
    # Unikey's "Unicode tổ hợp" sends the letter, then each accent as a character of its own.
    type_text(qtbot, field, unicodedata.normalize("NFD", "Kinh phí còn hạn chế."))
    pasted = QMimeData()
    pasted.setText(
        unicodedata.normalize("NFD", PROPOSAL.replace("kinh phí in tờ rơi", "kinh phí in tờ\nrơi"))
    )
    editor.fields["proposals"].insertFromMimeData(pasted)
    narrative = editor.narrative()
    assert narrative.limitations == "Kinh phí còn hạn chế."
    assert narrative.proposals == PROPOSAL
