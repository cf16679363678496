"""Rebuild tests/data/store_0001.sqlite3: a store created by the first migration, with rows in it.

The committed file is what an early user's store looks like; tests upgrade a copy of it. Regenerate
only if the first migration itself changes (it never should once released):
    .venv/bin/python tests/data/make_store_0001.py
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.engine import make_engine

TARGET = Path(__file__).resolve().parent / "store_0001.sqlite3"

ROWS = {
    "commune_profile": [
        (
            "Xã Cao Lâu",
            "Lạng Sơn",
            "Cao Lâu",
            "",
            "ỦY BAN NHÂN DÂN XÃ CAO LÂU",
            "Sở Nội vụ tỉnh Lạng Sơn",
            "Vi Văn Thái",
            "PHÓ CHỦ TỊCH",
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
            "Hoàng Thị Mai",
            "0912345678",
        )
    ],
    "village": [
        ("Thôn Nà Làng", "thon", 112, 1),
        ("Bản Pắc Mòng", "ban", 87, 2),
        ("Thôn Khòn Pát", "thon", None, 3),
    ],
    "campaign": [
        (
            2023,
            "action_month",
            "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2023",
            "Đảm bảo an sinh xã hội, tăng quyền năng và tạo cơ hội cho phụ nữ và trẻ em gái",
            "",
            "2023-11-15",
            "2023-12-15",
        ),
    ],
    "activity_kind": [
        ("launch_ceremony", "Lễ phát động, mít tinh (đã sửa)", "", 1, 1),
        ("old_kind", "Loại cũ", "", 99, 0),
    ],
    "propaganda_kind": [("banner_slogan", "Treo băng rôn, khẩu hiệu", "piece", 0, 1, 1)],
    "slogan": [("Chấm dứt bạo lực, vun đắp yêu thương", 2019, "Thông điệp", "CV 3304", 1, 1)],
}
COLUMNS = {
    "commune_profile": "commune_name, province_name, place_name, parent_body, issuing_body, "
    "receiving_authority, signer_name, signer_title, signing_authority, officer_name, officer_phone",
    "village": "name, kind, households, sort_order",
    "campaign": "year, kind, name, theme, message, start_date, end_date",
    "activity_kind": "code, label, description, sort_order, is_active",
    "propaganda_kind": "code, label, unit, counts_minutes, sort_order, is_active",
    "slogan": "text, year, theme_group, source, is_favourite, sort_order",
}


def build(target: Path) -> None:
    target.unlink(missing_ok=True)
    engine = make_engine(target)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    connection = sqlite3.connect(target)
    with connection:
        for number, (table, rows) in enumerate(ROWS.items()):
            columns = COLUMNS[table]
            extra = ", uuid, created_at, updated_at, is_deleted"
            marks = ", ".join("?" * (columns.count(",") + 1 + 4))
            for index, row in enumerate(rows):
                uuid = f"00000000-0000-4000-8000-{number:06d}{index:06d}"
                stamp = "2023-11-20 02:00:00"
                connection.execute(
                    f"INSERT INTO {table} ({columns}{extra}) VALUES ({marks})", (*row, uuid, stamp, stamp, 0)
                )
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()


if __name__ == "__main__":
    build(TARGET)
    print(f"wrote {TARGET}")
