"""The propaganda form, typed into as the officer does: the unit follows the kind, several places and
slogans are saved, errors appear under their fields and nothing is saved, a warning needs a second Lưu,
evidence is saved with the record, Esc asks before dropping what was typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments import attachments_of
from gender_equality_desk.core.records.propaganda import PropagandaInput, create_propaganda, load_propaganda
from gender_equality_desk.core.slogans import set_hidden
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import PropagandaEvent, PropagandaKind, Slogan, Village
from gender_equality_desk.gui.forms.propaganda_form import PropagandaForm

from ..conftest import TODAY
from ..keyboard import type_text

# Typing a village name pops up the completer; the offscreen platform cannot raise or grab for a pop-up.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def kind_ids(store: Store) -> dict[str, int]:
    with store.reading() as session:
        rows = session.execute(select(PropagandaKind.code, PropagandaKind.id))
        return {code: kind_id for code, kind_id in rows}


def event_count(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(PropagandaEvent)) or 0


def choose_kind(qtbot: QtBot, form: PropagandaForm, kind_id: int) -> None:
    """Arrow keys in the kind box, as from the keyboard, until the kind is shown."""
    combo = form.fields.kind
    combo.setFocus()
    steps = combo.findData(kind_id) - combo.currentIndex()
    press(qtbot, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up, abs(steps))
    assert combo.currentData() == kind_id


def closed_without_asking(form: QWidget) -> None:
    """Teardown: `done` closes without the "discard what was typed?" question a close would ask."""
    if isinstance(form, PropagandaForm) and form.isVisible():
        form.done(0)


def show_form(qtbot: QtBot, form: PropagandaForm) -> PropagandaForm:
    qtbot.addWidget(form, before_close_func=closed_without_asking)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    return form


@pytest.fixture
def new_form(qtbot: QtBot, filled_store: Store, layout: DataLayout) -> PropagandaForm:
    form = show_form(qtbot, PropagandaForm(filled_store, layout, lambda: TODAY))
    form.fields.kind.setFocus()
    return form


@pytest.mark.parametrize(
    ("code", "unit", "counts_minutes"),
    [
        ("banner_slogan", "cái", False),
        ("radio_broadcast", "lượt phát", True),
        ("leaflet", "bản", False),
        ("online_article", "tin, bài", False),
        ("reportage", "phóng sự", True),
    ],
)
def test_unit_label_follows_the_kind(
    new_form: PropagandaForm, qtbot: QtBot, filled_store: Store, code: str, unit: str, counts_minutes: bool
) -> None:
    fields = new_form.fields
    assert fields.unit_label.text() == ""  # no kind chosen yet
    choose_kind(qtbot, new_form, kind_ids(filled_store)[code])
    assert fields.unit_label.text() == unit
    assert fields.minutes.isEnabled() is counts_minutes
    assert fields.minutes.placeholderText() == ("" if counts_minutes else "không tính")


def test_create_with_several_places_and_slogans_by_typing(
    new_form: PropagandaForm, qtbot: QtBot, filled_store: Store
) -> None:
    radio = kind_ids(filled_store)["radio_broadcast"]
    choose_kind(qtbot, new_form, radio)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is new_form.fields.title
    type_text(qtbot, focused(), "Phát thanh hưởng ứng Tháng hành động")
    press(qtbot, Qt.Key.Key_Tab, 3)  # start date, end date, quantity
    assert focused() is new_form.fields.quantity
    type_text(qtbot, focused(), "12")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "45")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "1500")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is new_form.fields.places.input
    type_text(qtbot, focused(), "Chợ Cao Lâu")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, focused(), "Thôn Phú Mỹ")
    press(qtbot, Qt.Key.Key_Return)
    assert new_form.isVisible()  # Enter in the place box adds the place, it does not save

    qtbot.keyClick(focused(), Qt.Key.Key_F4)
    chooser = new_form.fields.slogans.chooser
    assert chooser is not None
    type_text(qtbot, chooser.search, "binh dang")
    qtbot.keyClick(chooser.search, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Space)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Space)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    chosen = new_form.fields.slogans.selected_ids()
    assert len(chosen) == 2

    before = event_count(filled_store)
    with qtbot.waitSignal(new_form.saved) as saved:
        new_form.fields.title.setFocus()
        press(qtbot, Qt.Key.Key_Return)
    assert not new_form.isVisible()
    assert event_count(filled_store) == before + 1
    with filled_store.reading() as session:
        data = load_propaganda(session, saved.args[0])
        phu_my = session.scalar(select(Village.id).where(Village.name == "Thôn Phú Mỹ"))
        slogan_texts = set(session.scalars(select(Slogan.text).where(Slogan.id.in_(chosen))))
    assert data.kind_id == radio
    assert data.title == "Phát thanh hưởng ứng Tháng hành động"
    assert (data.start_date, data.end_date) == (TODAY, TODAY)
    assert (data.quantity, data.minutes, data.estimated_reach) == (12, 45, 1500)
    assert data.places == ("Chợ Cao Lâu", "Thôn Phú Mỹ")
    assert data.village_id == phu_my
    assert set(data.slogan_ids) == set(chosen)
    assert all("bình đẳng" in text.lower() for text in slogan_texts)


def test_errors_show_under_their_fields_and_nothing_is_saved(
    new_form: PropagandaForm, qtbot: QtBot, filled_store: Store
) -> None:
    before = event_count(filled_store)
    fields = new_form.fields
    fields.end_date.setFocus()
    fields.end_date.setDate(fields.start_date.date().addDays(-2))
    press(qtbot, Qt.Key.Key_Return)
    assert new_form.isVisible()
    assert event_count(filled_store) == before
    messages = fields.messages
    assert messages["kind_id"].kind == "error"
    assert messages["kind_id"].text().startswith("Chưa chọn hình thức tuyên truyền")
    assert messages["title"].text().startswith("Chưa nhập nội dung tuyên truyền")
    assert "ngày" in messages["end_date"].text().lower()
    assert messages["quantity"].kind == "error"
    assert messages["estimated_reach"].kind is None
    assert new_form.message.text() == "Chưa lưu: vui lòng sửa các ô có chữ đỏ."
    assert focused() is fields.kind  # the first field in error
    assert fields.title.property("invalid") is True

    # Fixing them clears the messages and saves.
    choose_kind(qtbot, new_form, kind_ids(filled_store)["banner_slogan"])
    fields.title.setFocus()
    type_text(qtbot, fields.title, "Treo băng rôn tại trụ sở")
    fields.end_date.setDate(fields.start_date.date())
    fields.quantity.setFocus()
    type_text(qtbot, fields.quantity, "4")
    with qtbot.waitSignal(new_form.saved):
        press(qtbot, Qt.Key.Key_Return)
    assert event_count(filled_store) == before + 1


def test_a_warning_needs_a_second_save(new_form: PropagandaForm, qtbot: QtBot, filled_store: Store) -> None:
    before = event_count(filled_store)
    choose_kind(qtbot, new_form, kind_ids(filled_store)["radio_broadcast"])
    new_form.fields.title.setFocus()
    type_text(qtbot, new_form.fields.title, "Phát thanh lưu động")
    new_form.fields.quantity.setFocus()
    type_text(qtbot, new_form.fields.quantity, "3")  # minutes left empty
    press(qtbot, Qt.Key.Key_Return)
    assert new_form.isVisible()
    assert event_count(filled_store) == before
    assert new_form.fields.messages["minutes"].kind == "warning"
    assert "số phút" in new_form.fields.messages["minutes"].text()
    assert "Bấm Lưu lần nữa" in new_form.message.text()
    with qtbot.waitSignal(new_form.saved):
        press(qtbot, Qt.Key.Key_Return)
    assert event_count(filled_store) == before + 1


def _photo(folder: Path) -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    path = folder / "băng rôn.png"
    assert image.save(str(path))
    return path


def test_evidence_is_saved_with_the_event(
    new_form: PropagandaForm, qtbot: QtBot, filled_store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    fields = new_form.fields
    choose_kind(qtbot, new_form, kind_ids(filled_store)["banner_slogan"])
    fields.title.setFocus()
    type_text(qtbot, fields.title, "Treo băng rôn")
    fields.quantity.setFocus()
    type_text(qtbot, fields.quantity, "2")
    assert fields.attachments.add_files([_photo(tmp_path)]) == []
    with qtbot.waitSignal(new_form.saved) as saved:
        new_form.save()
    with filled_store.reading() as session:
        rows = attachments_of(session, layout, propaganda_event_id=saved.args[0])
    assert [row.original_name for row in rows] == ["băng rôn.png"]
    assert rows[0].path.is_file()


def test_editing_shows_the_saved_values(filled_store: Store, layout: DataLayout, qtbot: QtBot) -> None:
    with filled_store.reading() as session:
        event = session.scalars(select(PropagandaEvent).where(PropagandaEvent.minutes.is_not(None))).first()
        assert event is not None
        event_id, quantity, minutes, label = event.id, event.quantity, event.minutes, event.kind.label
    form = show_form(qtbot, PropagandaForm(filled_store, layout, lambda: TODAY, event_id=event_id))
    assert form.windowTitle() == "Sửa sự kiện tuyên truyền"
    assert form.fields.kind.currentText() == label
    assert form.fields.quantity.value() == quantity
    assert form.fields.minutes.value() == minutes
    assert form.fields.unit_label.text() == "lượt phát"
    assert not form.has_changes()


def test_esc_asks_before_dropping_what_was_typed(
    new_form: PropagandaForm, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    new_form.fields.title.setFocus()
    type_text(qtbot, new_form.fields.title, "Đang nhập dở")
    press(qtbot, Qt.Key.Key_Escape)
    assert new_form.isVisible()  # "Hủy" in the question: keep typing
    answers.append(QMessageBox.StandardButton.Discard)
    press(qtbot, Qt.Key.Key_Escape)
    assert not new_form.isVisible()


def test_esc_on_an_untouched_form_closes_at_once(new_form: PropagandaForm, qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_Escape)
    assert not new_form.isVisible()


def test_the_end_date_keeps_the_length_when_the_start_moves(new_form: PropagandaForm, qtbot: QtBot) -> None:
    fields = new_form.fields
    start = fields.start_date.date()
    fields.end_date.setDate(start.addDays(14))  # banners hung for two weeks
    fields.start_date.setFocus()
    fields.start_date.setDate(start.addDays(-5))
    assert fields.start_date.date().daysTo(fields.end_date.date()) == 14
    assert fields.end_date.date() == start.addDays(9)


def test_a_hidden_slogan_is_not_offered_but_stays_named_on_the_event_that_used_it(
    qtbot: QtBot, filled_store: Store, layout: DataLayout
) -> None:
    with filled_store.transaction() as session:
        hidden_id, hidden_text = session.execute(
            select(Slogan.id, Slogan.text).where(Slogan.is_deleted.is_(False)).order_by(Slogan.id).limit(1)
        ).one()
        event_id = create_propaganda(
            session,
            PropagandaInput(
                kind_id=kind_ids(filled_store)["radio_broadcast"],
                title="Phát thanh về bình đẳng giới",
                start_date=TODAY,
                end_date=TODAY,
                quantity=2,
                slogan_ids=(hidden_id,),
            ),
        )
        set_hidden(session, hidden_id, True)

    editing = show_form(qtbot, PropagandaForm(filled_store, layout, lambda: TODAY, event_id=event_id))
    assert editing.fields.slogans.selected_ids() == (hidden_id,)
    assert hidden_text in editing.fields.slogans.selected_texts()
    editing.done(0)

    new = show_form(qtbot, PropagandaForm(filled_store, layout, lambda: TODAY))
    chooser = new.fields.slogans.open_chooser()
    offered = chooser.visible_texts()
    assert offered  # the rest of the library is still there
    assert not any(hidden_text in text for text in offered)
    chooser.reject()
