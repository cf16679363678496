"""Each way text enters the store from outside ends composed (NFC): an Excel template typed with Unikey's
"Unicode tổ hợp", a data package from a PC that kept decomposed text, a catalogue rename. Stored bytes are
read back with plain sqlite3."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from gender_equality_desk.core.catalogues import CatalogueKind, rename_entry
from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.exchange.excel_import import check_workbook, import_rows, write_template
from gender_equality_desk.core.exchange.packages import (
    MergeStatus,
    apply_package,
    export_package,
    open_package,
    preview_package,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import add_villages
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind, Village
from gender_equality_desk.core.store.opening import open_store

TODAY = date(2025, 12, 1)
VILLAGE = "Thôn Đông Bàn"
TITLE = "Họp dân thôn Đông Bàn về phòng, chống bạo lực gia đình"
ORGANISER = "Chi hội Phụ nữ thôn Đông Bàn"


def nfd(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    return decomposed


def stored(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_an_excel_template_typed_decomposed_is_imported_composed(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        add_villages(session, [VILLAGE])
        template = write_template(session, RecordType.ACTIVITY, tmp_path / "mau.xlsx")
    workbook = load_workbook(template)
    sheet = workbook.worksheets[0]
    headers = {str(cell.value).replace(" (*)", ""): cell.column for cell in sheet[1]}
    typed = {
        "Tên hoạt động": nfd(TITLE),
        "Loại hoạt động": nfd("Họp dân, truyền thông trực tiếp tại cộng đồng"),
        "Ngày bắt đầu": date(2025, 11, 20),
        "Giờ bắt đầu": time(14, 0),
        "Thôn/bản": nfd(VILLAGE),
        "Tổng số người tham gia": 50,
        "Số nữ": 30,
        "Số nam": 20,
    }
    for header, value in typed.items():
        sheet.cell(row=3, column=headers[header], value=value)
    workbook.save(tmp_path / "thon.xlsx")
    with store.transaction() as session:
        checked = check_workbook(session, tmp_path / "thon.xlsx", today=TODAY)
        assert import_rows(session, checked, today=TODAY).created == 1
    assert stored(
        store.path, "SELECT a.title, v.name FROM activity a JOIN village v ON v.id = a.village_id"
    ) == [(TITLE, VILLAGE)]


@pytest.fixture
def old_pc(tmp_path: Path) -> Iterator[tuple[Store, DataLayout]]:
    """A commune PC whose store kept decomposed text (typed before the store composed everything)."""
    layout = DataLayout(tmp_path / "old-pc")
    store = open_store(layout)
    with store.transaction() as session:
        add_villages(session, [VILLAGE])
        village_id = session.scalars(select(Village.id)).one()
        kind_id = session.scalars(select(ActivityKind.id).where(ActivityKind.code == "training")).one()
        create_activity(
            session,
            ActivityInput(
                kind_id=kind_id,
                title=TITLE,
                start_at=local_datetime(date(2025, 11, 20), 14),
                end_at=local_datetime(date(2025, 11, 20), 16),
                village_id=village_id,
                organiser=ORGANISER,
                participants_total=50,
            ),
            today=TODAY,
        )
    connection = sqlite3.connect(store.path)
    with connection:  # as the old version stored them, behind the app's back
        connection.execute("UPDATE village SET name = ?", (nfd(VILLAGE),))
        connection.execute("UPDATE activity SET title = ?, organiser = ?", (nfd(TITLE), nfd(ORGANISER)))
    connection.close()
    yield store, layout
    store.close()


def test_a_data_package_with_decomposed_text_is_merged_composed_without_duplicates(
    old_pc: tuple[Store, DataLayout], store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    old_store, old_layout = old_pc
    with old_store.reading() as session:
        export_package(session, old_layout, date(2025, 1, 1), date(2025, 12, 31), tmp_path / "goi.zip")
    with store.transaction() as session:
        add_villages(session, [VILLAGE])  # the province already knows this village, composed
    package = open_package(tmp_path / "goi.zip")
    with store.reading() as session:
        preview = preview_package(session, layout, package)
    assert [item.status for item in preview.items] == [MergeStatus.NEW]
    assert preview.items[0].title == TITLE
    assert preview.new_catalogue_entries.get("thôn, bản", 0) == 0  # the same village, not a look-alike
    apply_package(store, layout, package)
    assert stored(store.path, "SELECT name FROM village") == [(VILLAGE,)]
    assert stored(
        store.path,
        "SELECT a.title, a.organiser, v.name FROM activity a JOIN village v ON v.id = a.village_id",
    ) == [(TITLE, ORGANISER, VILLAGE)]


def test_a_catalogue_rename_typed_decomposed_is_stored_composed(store: Store) -> None:
    with store.transaction() as session:
        add_villages(session, ["Thôn Nà Làng"])
        village_id = session.scalars(select(Village.id)).one()
    with store.transaction() as session:
        rename_entry(session, CatalogueKind.VILLAGE, village_id, nfd(VILLAGE))
    assert stored(store.path, "SELECT name FROM village") == [(VILLAGE,)]
