"""The province's roster: lists as provinces really have them (Excel numbers, BOM, semicolons, titles,
repeated and missing codes), re-imports, one-by-one edits and mergers — read back with plain SQL."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.roster import (
    CommuneInput,
    RosterProblemsError,
    add_commune,
    check_roster_file,
    clear_merge,
    import_roster,
    mark_merged,
    merged_sentence,
    roster_entries,
    update_commune,
)
from gender_equality_desk.core.province.roster_file import column_of, read_roster_file
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.province_models import (
    ProvinceCommune,
    ReceivedSubmission,
    ReportingRound,
)

ROSTER_SQL = (
    "SELECT code, name, officer_name, officer_phone, merged_into_code, merged_on FROM province_commune "
    "WHERE is_deleted = 0 ORDER BY sort_order"
)


def _rows(store: Store) -> list[tuple[object, ...]]:
    with sqlite3.connect(store.path) as db:
        return db.execute(ROSTER_SQL).fetchall()


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _csv(path: Path, text: str, *, bom: bool = True) -> Path:
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def test_an_excel_list_with_a_title_and_numeric_codes(store: Store, tmp_path: Path) -> None:
    listed = _xlsx(
        tmp_path / "ds.xlsx",
        [
            ["DANH SÁCH CÁC XÃ, PHƯỜNG TỈNH LẠNG SƠN (sau sắp xếp)"],
            [],
            ["STT", "Mã ĐVHC", "Tên xã/phường", "Cán bộ phụ trách", "Số điện thoại"],
            [1, 4378, "Xã Cao Lâu", "Lê Thị Hoa", "0912 345 678"],  # Excel dropped the leading zero
            [2, "04381", "  Phường  Tam Thanh ", None, None],
            [3, 4384.0, "Xã Hữu Lũng", "Nông Văn Sơn", 912000111],
            [None, None, None, None, None],
        ],
    )
    with store.transaction() as session:
        result = import_roster(session, listed)
    assert result.written and result.ok
    assert [value.code for value in result.added] == ["04378", "04381", "04384"]
    assert result.summary() == "Đã thêm 3 xã, cập nhật 0 xã từ tệp “ds.xlsx”."
    assert _rows(store) == [
        ("04378", "Xã Cao Lâu", "Lê Thị Hoa", "0912 345 678", "", None),
        ("04381", "Phường Tam Thanh", "", "", "", None),
        ("04384", "Xã Hữu Lũng", "Nông Văn Sơn", "912000111", "", None),
    ]


def test_a_csv_with_bom_and_semicolons_and_unaccented_headings(store: Store, tmp_path: Path) -> None:
    listed = _csv(
        tmp_path / "ds.csv",
        "MA DON VI HANH CHINH;ten xa/phuong;CÁN BỘ PHỤ TRÁCH;SĐT;Ghi chú\r\n"
        "4378;Xã Cao Lâu;Lê Thị Hoa;0912345678;\r\n"
        '04390;Xã Tân Thành;"Trần Văn Bình; kiêm nhiệm";;mới sáp nhập\r\n',
    )
    with store.transaction() as session:
        import_roster(session, listed)
    assert _rows(store) == [
        ("04378", "Xã Cao Lâu", "Lê Thị Hoa", "0912345678", "", None),
        ("04390", "Xã Tân Thành", "Trần Văn Bình; kiêm nhiệm", "", "", None),
    ]
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT note FROM province_commune WHERE code = '04390'").fetchone() == (
            "mới sáp nhập",
        )


def test_problems_are_listed_by_row_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    listed = _csv(
        tmp_path / "loi.csv",
        "Mã,Tên xã/phường,Cán bộ phụ trách\n"  # line 1
        "04378,Xã Cao Lâu,Lê Thị Hoa\n"  # 2
        ",Xã Không Mã,\n"  # 3: missing code
        "04378,Xã Trùng Mã,\n"  # 4: repeated code
        "04390,,Trần Văn Bình\n"  # 5: blank name
        "O4391,Xã Chữ O,\n",  # 6: a letter O typed for a zero
        bom=False,
    )
    with store.reading() as session:
        checked = check_roster_file(session, listed)
    assert checked.problems == [
        "Dòng 3: chưa có mã xã (mã đơn vị hành chính) của “Xã Không Mã”.",
        "Dòng 4: mã 04378 trùng với dòng 2.",
        "Dòng 5: chưa có tên xã/phường (mã 04390).",
        "Dòng 6: mã “O4391” không phải mã đơn vị hành chính (chỉ gồm chữ số, ví dụ 04378) của “Xã Chữ O”.",
    ]
    with pytest.raises(RosterProblemsError) as refused, store.transaction() as session:
        import_roster(session, listed)
    assert "4 lỗi, chưa ghi gì vào danh bạ" in str(refused.value)
    assert "  Dòng 4: mã 04378 trùng với dòng 2." in str(refused.value)
    assert _rows(store) == []


def test_reimporting_updates_by_code_and_never_deletes(store: Store, tmp_path: Path) -> None:
    first = _csv(
        tmp_path / "v1.csv",
        "Mã;Tên xã/phường;Cán bộ phụ trách;Số điện thoại\n"
        "04378;Xã Cao Lâu;Lê Thị Hoa;0912345678\n04381;Xã Tam Thanh;Phạm Văn Tú;0988000111\n",
    )
    with store.transaction() as session:
        import_roster(session, first)
    second = _csv(
        tmp_path / "v2.csv",
        "Mã;Tên xã/phường;Cán bộ phụ trách;Số điện thoại\n"
        "04381;Phường Tam Thanh;;0988000222\n04390;Xã Tân Thành;Trần Văn Bình;\n",
    )
    with store.reading() as session:
        preview = check_roster_file(session, second)
    assert preview.summary() == (
        "Sẽ thêm 1 xã, cập nhật 1 xã từ tệp “v2.csv”. "
        "1 xã có trong danh bạ nhưng không có trong tệp: giữ nguyên."
    )
    assert preview.updated[0].changes == (
        "tên: Xã Tam Thanh → Phường Tam Thanh",
        "điện thoại: 0988000111 → 0988000222",
    )
    assert len(_rows(store)) == 2  # a check writes nothing
    with store.transaction() as session:
        import_roster(session, second)
    assert _rows(store) == [
        ("04378", "Xã Cao Lâu", "Lê Thị Hoa", "0912345678", "", None),  # not in the file: kept
        ("04381", "Phường Tam Thanh", "Phạm Văn Tú", "0988000222", "", None),  # blank officer kept
        ("04390", "Xã Tân Thành", "Trần Văn Bình", "", "", None),
    ]
    with store.reading() as session:
        again = check_roster_file(session, second)
    assert (len(again.added), len(again.updated), again.unchanged) == (0, 0, 2)


def test_merged_communes_keep_their_row_and_their_earlier_reports_keep_the_old_name(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as session:
        add_commune(session, CommuneInput("4378", "Xã Cao Lâu", "Lê Thị Hoa"))
        add_commune(session, CommuneInput("04390", "Xã Tân Thành"))
        round_ = ReportingRound(
            report_kind="action-month",
            year=2024,
            period="action-month",
            period_start=date(2024, 11, 15),
            period_end=date(2024, 12, 15),
            deadline=date(2024, 12, 20),
            title="Tháng hành động 2024",
        )
        session.add(round_)
        session.flush()
        session.add(
            ReceivedSubmission(
                round_id=round_.id,
                commune_code="04378",
                commune_name="Xã Cao Lâu",
                version=1,
                signed_at=datetime(2024, 12, 18, tzinfo=UTC),
                received_at=datetime(2024, 12, 19, tzinfo=UTC),
                key_fingerprint="AB",
                content_sha256="0" * 64,
                pdf=b"%PDF",
                figures_json="{}",
            )
        )
    with store.transaction() as session:
        mark_merged(session, "04378", "04390", date(2025, 7, 1))
    renamed = _csv(tmp_path / "moi.csv", "Mã,Tên\n04378,Xã Cao Lâu (cũ)\n04390,Xã Tân Thành\n", bom=False)
    with store.transaction() as session:
        import_roster(session, renamed)
    assert _rows(store)[0] == ("04378", "Xã Cao Lâu (cũ)", "Lê Thị Hoa", "", "04390", "2025-07-01")
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT commune_name FROM received_submission").fetchall() == [("Xã Cao Lâu",)]
    with store.reading() as session:
        entries = roster_entries(session)
    assert merged_sentence(entries[0]) == "Sáp nhập vào Xã Tân Thành (04390) từ 01/07/2025"
    assert merged_sentence(entries[1]) == ""
    with pytest.raises(UserFacingError, match="sáp nhập vào chính nó"), store.transaction() as session:
        mark_merged(session, "04390", "04390", date(2025, 7, 1))
    with (
        pytest.raises(UserFacingError, match="cũng đã sáp nhập vào xã mã 04390"),
        store.transaction() as session,
    ):
        mark_merged(session, "04390", "04378", date(2025, 7, 1))
    with (
        pytest.raises(UserFacingError, match="theo mã 04378"),  # its reports are filed under the code
        store.transaction() as session,
    ):
        update_commune(session, "04378", CommuneInput("04379", "Xã Cao Lâu"))
    with store.transaction() as session:
        clear_merge(session, "04378")
    assert _rows(store)[0][4:] == ("", None)


def test_one_commune_added_and_edited(store: Store) -> None:
    with store.transaction() as session:
        add_commune(session, CommuneInput("4378", " Xã  Cao Lâu ", "Lê Thị Hoa", "0912345678"))
    with (
        pytest.raises(UserFacingError, match=r"Mã 04378 đã có trong danh bạ \(Xã Cao Lâu\)"),
        store.transaction() as session,
    ):
        add_commune(session, CommuneInput("04378", "Xã Khác"))
    with (
        pytest.raises(UserFacingError, match=r"Chưa có tên xã/phường \(mã 04400\)\."),
        store.transaction() as session,
    ):
        add_commune(session, CommuneInput("04400", ""))
    with store.transaction() as session:
        merged = add_commune(session, CommuneInput("04390", "Xã Tân Thành"))
        merged.merged_into_code = "04378"
    with store.transaction() as session:  # nothing received yet: the code may still be corrected
        update_commune(session, "04378", CommuneInput("04379", "Xã Cao Lâu", "Lê Thị Hoa", "0912000000"))
    assert _rows(store) == [
        ("04379", "Xã Cao Lâu", "Lê Thị Hoa", "0912000000", "", None),
        ("04390", "Xã Tân Thành", "", "", "04379", None),  # follows the corrected code
    ]


def test_the_roster_lists_pinned_keys_with_their_fingerprint(store: Store) -> None:
    with store.transaction() as session:
        session.add(
            ProvinceCommune(
                code="04378",
                name="Xã Cao Lâu",
                public_key="A" * 43 + "=",
                key_pinned_at=datetime(2026, 12, 1, tzinfo=UTC),
                sort_order=1,
            )
        )
        session.add(ProvinceCommune(code="04390", name="Xã Tân Thành", sort_order=2))
    with store.reading() as session:
        first, second = roster_entries(session)
    import hashlib

    expected = hashlib.sha256(bytes(32)).hexdigest()[:16].upper()  # "AAAA…=" is 32 zero bytes
    assert first.key_fingerprint == " ".join(expected[i : i + 4] for i in range(0, 16, 4))
    assert second.key_fingerprint == ""


def test_headings_of_other_levels_are_not_taken_for_the_communes(tmp_path: Path) -> None:
    assert [
        column_of(text) for text in ("Mã tỉnh", "Tên huyện", "Mã xã", "Tên xã", "Tên tiếng Anh", "Cấp")
    ] == [
        None,
        None,
        "code",
        "name",
        None,
        None,
    ]
    listed = _xlsx(
        tmp_path / "gso.xlsx",
        [["Mã tỉnh", "Tên tỉnh", "Mã xã", "Tên xã", "Cấp"], ["20", "Lạng Sơn", "06253", "Xã Hữu Lũng", "Xã"]],
    )
    lines = read_roster_file(listed).lines
    assert [(line.line, line.code, line.name) for line in lines] == [(2, "06253", "Xã Hữu Lũng")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ds.csv", "Mã,Tên\n04378,Xã Cao Lâu\n".encode("latin-1"), "không ở mã UTF-8"),
        ("ds.csv", b"STT,Ho ten\n1,An\n", "không có dòng tiêu đề với cột “Mã”"),
        ("ds.xlsx", b"not a zip", "không phải Excel"),
        ("ds.pdf", b"%PDF", "không phải Excel \\(.xlsx\\) hoặc CSV"),
    ],
)
def test_unusable_files_are_refused_in_vietnamese(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserFacingError, match=message):
        read_roster_file(path)
