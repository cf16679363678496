"""Pasting from Word and from a PDF into the plan editor, with Ctrl+V from the clipboard as the officer
does: the text boxes show bullets and numbers in the editor's own notation, the plan's paragraphs get
their styles, and the exported PDF prints every number once and no empty bullet."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.model import SectionKind
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.plan_activity_dialog import PlanActivityDialog
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.plans import PlansPage
from gender_equality_desk.gui.widgets.plan_fields import ParagraphsEdit
from gender_equality_desk.gui.widgets.plan_sections import KIND_ROLE

from ..conftest import TODAY
from ..modal import when_modal

H1, H2, H3 = ParagraphStyle.HEADING_1, ParagraphStyle.HEADING_2, ParagraphStyle.HEADING_3
BODY, BULLET = ParagraphStyle.BODY, ParagraphStyle.BULLET

WORD_TEXT = (
    "1.\tMục đích:\r\n"
    "Tạo thêm sức lan tỏa, thu hút sự quan tâm của cộng đồng đến công tác bình đẳng giới.\r\n"
    "·\tTuyên truyền lưu động trên các trục đường chính;\r\n"
    "o\tTại các thôn Nà Làng, Pắc Mòng;\r\n"
    "\uf0b7\t\r\n"
    "2.\tYêu cầu:\r\n"
    "a)\tThiết thực, hiệu quả\r\n"
)
WORD_HTML = (
    "<html><body><!--StartFragment--><p class=MsoNormal>1. Mục đích:</p>"
    "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
    "<span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>"
    "Tuyên truyền lưu động trên các trục đường chính;</p><!--EndFragment--></body></html>"
)
PURPOSE_SHOWN = [
    "1. Mục đích:",
    "Tạo thêm sức lan tỏa, thu hút sự quan tâm của cộng đồng đến công tác bình đẳng giới.",
    "- Tuyên truyền lưu động trên các trục đường chính;",
    "- Tại các thôn Nà Làng, Pắc Mòng;",
    "2. Yêu cầu:",
    "a) Thiết thực, hiệu quả",
]
PDF_TEXT = unicodedata.normalize(
    "NFD",
    "Xây dựng Kế hoạch, theo dõi và phối hợp các cán bộ, công chức triển khai thực hiện hiệu\n"
    "quả Kế hoạch này; tổng hợp, báo cáo kết quả về UBND xã trước ngày 20/12/2026.\n"
    "•\n"
    "Hướng dẫn các thôn triển khai các hoạt động can thiệp, hỗ trợ nạn nhân bị bạo lực gia\n"
    "đình thông qua các Mô hình phòng, chống bạo lực gia đình tại các thôn.\n",
)
ACTIVITY_TEXT = (
    "1.\tTổ chức tuyên truyền lưu động về chủ đề của Tháng hành động trên các trục đường chính.\r\n"
)


def put_on_clipboard(text: str | None = None, html: str | None = None) -> None:
    mime = QMimeData()
    if text is not None:
        mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)


def paste(qtbot: QtBot, edit: QPlainTextEdit) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def lines(edit: QPlainTextEdit) -> list[str]:
    return edit.toPlainText().splitlines()


def test_word_clipboard_becomes_headings_and_bullets(
    shown: Callable[[ParagraphsEdit], ParagraphsEdit], qtbot: QtBot
) -> None:
    edit = shown(ParagraphsEdit("sectionBody", height=220))
    put_on_clipboard(WORD_TEXT, WORD_HTML)
    paste(qtbot, edit)
    assert lines(edit) == PURPOSE_SHOWN
    assert [p.style for p in edit.paragraphs()] == [H2, BODY, BULLET, BULLET, H2, H3]
    assert edit.paragraphs()[2] == Paragraph("Tuyên truyền lưu động trên các trục đường chính;", BULLET)
    # One Ctrl+Z takes the whole paste back.
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == ""


def test_html_only_clipboard_and_a_pdf_copy(
    shown: Callable[[ParagraphsEdit], ParagraphsEdit], qtbot: QtBot
) -> None:
    edit = shown(ParagraphsEdit("sectionBody", height=220))
    put_on_clipboard(html=WORD_HTML)
    paste(qtbot, edit)
    assert lines(edit) == ["1. Mục đích:", "- Tuyên truyền lưu động trên các trục đường chính;"]
    edit.moveCursor(QTextCursor.MoveOperation.End)
    put_on_clipboard(PDF_TEXT)
    paste(qtbot, edit)
    shown_lines = lines(edit)
    assert shown_lines[2:] == [
        "Xây dựng Kế hoạch, theo dõi và phối hợp các cán bộ, công chức triển khai thực hiện hiệu quả "
        "Kế hoạch này; tổng hợp, báo cáo kết quả về UBND xã trước ngày 20/12/2026.",
        "- Hướng dẫn các thôn triển khai các hoạt động can thiệp, hỗ trợ nạn nhân bị bạo lực gia đình thông "
        "qua các Mô hình phòng, chống bạo lực gia đình tại các thôn.",
    ]
    assert all(unicodedata.is_normalized("NFC", line) for line in shown_lines)


def test_a_few_words_paste_inline_and_a_list_item_on_its_own_line(
    shown: Callable[[ParagraphsEdit], ParagraphsEdit], qtbot: QtBot
) -> None:
    edit = shown(ParagraphsEdit("sectionBody"))
    edit.setPlainText("Tổ chức họp dân tại thôn")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    put_on_clipboard(unicodedata.normalize("NFD", " Nà Làng"))
    paste(qtbot, edit)
    assert lines(edit) == ["Tổ chức họp dân tại thôn Nà Làng"]
    put_on_clipboard("·\tTreo băng rôn tại nhà văn hóa thôn")
    paste(qtbot, edit)
    assert lines(edit) == ["Tổ chức họp dân tại thôn Nà Làng", "- Treo băng rôn tại nhà văn hóa thôn"]
    put_on_clipboard("o")  # a letter alone is pasted as it is, not swallowed as a bullet sign
    paste(qtbot, edit)
    assert lines(edit)[-1] == "- Treo băng rôn tại nhà văn hóa thôno"



def _button(page: PlansPage, name: str) -> QPushButton:
    button = page.findChild(QPushButton, name)
    assert button is not None, name
    return button


def test_a_plan_pasted_from_word_and_a_pdf_prints_each_number_once_and_no_empty_bullet(
    shown: Callable[[PlansPage], PlansPage],
    filled_store: Store,
    layout: DataLayout,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    page = shown(PlansPage(PageServices(filled_store, layout, lambda: TODAY)))
    page.resize(1366, 768)
    page.activated()
    page.new_from_template("action_month")
    editor = page.editor

    # "Các mục" → MỤC ĐÍCH, YÊU CẦU: the template's wording replaced by what was copied from Word.
    editor.setCurrentWidget(editor.sections)
    purpose_row = next(
        row
        for row in range(editor.sections.items.count())
        if editor.sections.items.item(row).data(KIND_ROLE) == SectionKind.PURPOSE.value
    )
    editor.sections.items.setCurrentRow(purpose_row)
    editor.sections.body.selectAll()
    put_on_clipboard(WORD_TEXT, WORD_HTML)
    paste(qtbot, editor.sections.body)
    assert lines(editor.sections.body) == PURPOSE_SHOWN

    # "Hoạt động" → a new activity whose content was copied with its Word number.
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanActivityDialog)
        put_on_clipboard(ACTIVITY_TEXT)
        paste(qtbot, dialog.body)
        assert dialog.body.paragraphs() == (
            Paragraph(
                "1. Tổ chức tuyên truyền lưu động về chủ đề của Tháng hành động trên các trục đường chính.",
                BODY,
            ),
        )
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    editor.setCurrentWidget(editor.activities)
    planned = len(editor.activities.rows)
    failures = when_modal(fill)
    qtbot.mouseClick(editor.activities.buttons["activityAdd"], Qt.MouseButton.LeftButton)
    assert failures == [] and len(editor.activities.rows) == planned + 1

    # "Phân công" → the first unit's tasks pasted from a PDF.
    editor.setCurrentWidget(editor.assignments)
    editor.assignments.items.setCurrentRow(0)
    editor.assignments.body.selectAll()
    put_on_clipboard(PDF_TEXT)
    paste(qtbot, editor.assignments.body)
    assert [p.style for p in editor.assignments.body.paragraphs()] == [BODY, BULLET]
    editor.grab().save(str(tmp_path / "plan-editor.png"))

    qtbot.mouseClick(_button(page, "savePlan"), Qt.MouseButton.LeftButton)
    assert page.message.text() == "Đã lưu kế hoạch."
    page.choose_target = lambda name, _filter: tmp_path / name
    qtbot.mouseClick(_button(page, "exportPdf"), Qt.MouseButton.LeftButton)
    pdf = tmp_path / "KeHoach_ThangHanhDong_2025.pdf"
    printed = [
        " ".join(line.split())
        for page_text in (p.extract_text() for p in PdfReader(pdf).pages)
        for line in page_text.splitlines()
        if line.strip()
    ]
    text = " ".join(printed)
    doubled = [
        line for line in printed if re.match(r"([IVX]+|\d+|[a-zđ])[.)] ([IVX]+|\d+|[a-zđ])[.)] ", line)
    ]
    assert doubled == []
    assert f"{planned + 1}. Tổ chức tuyên truyền lưu động về chủ đề của Tháng hành động" in text
    assert all(line not in {"-", "–", "•", "·"} for line in printed), "an empty bullet"
    assert not any(sign in text for sign in ("\uf0b7", "·", "\t"))
    for expected in (
        "1. Mục đích:",
        "- Tuyên truyền lưu động trên các trục đường chính;",
        "- Tại các thôn Nà Làng, Pắc Mòng;",
        "a) Thiết thực, hiệu quả",
        "- Hướng dẫn các thôn triển khai các hoạt động can thiệp",
    ):
        assert text.count(expected) == 1, expected
