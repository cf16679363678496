"""Receiving submissions on the province desk: what is accepted, what is refused (writing nothing), why."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import fingerprint, public_key_bytes
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province import envelope, receiving
from gender_equality_desk.core.province.keys import sealing_private_key
from gender_equality_desk.core.province.receiving import ReceiptOutcome, ReceiptStatus, receive_files
from gender_equality_desk.core.province.submission_checks import RefusalReason
from gender_equality_desk.core.security.audit import Actor, verify_audit_chain
from gender_equality_desk.core.store.engine import Store

from .province_fixtures import (
    CAO_LAU,
    FIGURES,
    HOANG_DONG,
    PDF,
    RECEIVED,
    SENT_ROWS,
    SIGNED,
    Commune,
    add_commune,
    add_round,
    receiving_desk,
    row_counts,
)


@pytest.fixture
def province(store: Store, layout: DataLayout) -> bytes:
    """A province desk with two communes in its roster and the 2026 Action Month round."""
    key, _round_id = receiving_desk(store, layout, CAO_LAU, HOANG_DONG)
    return key


def receive(store: Store, layout: DataLayout, *paths: Path, **options: Any) -> list[ReceiptOutcome]:
    return receive_files(store, layout, list(paths), now=RECEIVED, **options)


def stored_figures(store: Store, commune: str) -> list[tuple[int, str, int | None]]:
    with store.reading() as db:
        rows = db.execute(
            text(
                "SELECT s.version, f.code, f.value FROM received_figure f JOIN received_submission s "
                "ON s.id = f.submission_id WHERE s.commune_code = :code ORDER BY s.version, f.code"
            ),
            {"code": commune},
        )
        return [(row.version, row.code, row.value) for row in rows]


def test_a_first_file_is_kept_with_its_exact_figures_and_pins_the_communes_key(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    sent = CAO_LAU.send(tmp_path / "usb", province, figures={**FIGURES, "AM04": 1})

    [outcome] = receive(store, layout, sent)

    assert outcome.status is ReceiptStatus.ACCEPTED and outcome.version == 1 and outcome.warnings == ()
    assert outcome.message.startswith(
        "Đã nhận báo cáo Tháng hành động vì bình đẳng giới năm 2026 của Xã Cao Lâu (mã 04378), lần gửi thứ 1."
    )
    assert fingerprint(public_key_bytes(CAO_LAU.key)) in outcome.message
    assert stored_figures(store, "04378") == [
        (1, "AM01", 12),
        (1, "AM02", 300),
        (1, "AM03", 160),
        (1, "AM04", 1),
    ]
    with store.reading() as db:
        kept = db.execute(
            text("SELECT commune_name, signed_at, received_at, pdf, key_fingerprint FROM received_submission")
        ).one()
        pinned = db.execute(
            text("SELECT public_key, key_pinned_at FROM province_commune WHERE code='04378'")
        ).one()
    assert kept.commune_name == "Xã Cao Lâu" and bytes(kept.pdf) == PDF
    assert kept.signed_at == "2026-12-16 03:00:00.000000" and kept.received_at == "2026-12-18 02:30:00.000000"
    assert kept.key_fingerprint == fingerprint(public_key_bytes(CAO_LAU.key))
    assert pinned.key_pinned_at == "2026-12-18 02:30:00.000000" and len(pinned.public_key) == 44


def test_the_same_file_twice_is_already_received_and_writes_nothing(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    sent = CAO_LAU.send(tmp_path / "usb", province)
    receive(store, layout, sent)
    copy = tmp_path / "again" / "ban-sao.gedsub"
    copy.parent.mkdir()
    copy.write_bytes(sent.read_bytes())
    before = row_counts(store)

    [outcome] = receive(store, layout, copy)

    assert outcome.status is ReceiptStatus.DUPLICATE and outcome.version == 1
    assert "đã được nhận trước đây (Xã Cao Lâu, lần gửi thứ 1" in outcome.message
    assert row_counts(store) == before


def refused_alone(
    store: Store, layout: DataLayout, path: Path, **options: object
) -> tuple[str, RefusalReason]:
    """Receive `path`, check it was refused with nothing written; its message and reason."""
    before = row_counts(store)
    [outcome] = receive(store, layout, path, **options)
    assert outcome.status is ReceiptStatus.REFUSED, outcome.message
    assert row_counts(store) == before
    assert outcome.reason is not None
    return outcome.message, outcome.reason


def test_a_figure_changed_after_signing_is_refused(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    own = sealing_private_key(layout)
    inner = envelope.unseal(CAO_LAU.sealed(province), own)
    forged = inner.replace(b'"value":300', b'"value":900')  # same length: only the signature can tell
    assert forged != inner
    path = tmp_path / "04378.gedsub"
    path.write_bytes(envelope.seal(forged, province))

    message, reason = refused_alone(store, layout, path)

    assert reason is RefusalReason.UNREADABLE
    assert message.startswith("Chữ ký số của tệp “04378.gedsub” không khớp với nội dung")


def test_a_file_sealed_to_another_provinces_key_is_refused(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    other = envelope._raw(X25519PrivateKey.generate().public_key())
    path = CAO_LAU.send(tmp_path, other)

    message, _ = refused_alone(store, layout, path)

    assert "được niêm phong cho khóa của tỉnh khác" in message


def test_a_replayed_older_version_is_refused_and_the_newer_one_kept(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    first = CAO_LAU.send(tmp_path / "old", province, signed_at=SIGNED)
    second = CAO_LAU.send(
        tmp_path / "new", province, figures={**FIGURES, "AM01": 14}, signed_at=SIGNED + timedelta(days=1)
    )
    [accepted] = receive(store, layout, second)
    assert accepted.version == 1

    message, reason = refused_alone(store, layout, first)

    assert reason is RefusalReason.OLDER_VERSION
    assert "không mới hơn lần gửi thứ 1 đã nhận" in message and "tệp cũ được gửi lại" in message
    assert stored_figures(store, "04378")[0] == (1, "AM01", 14)


def test_a_commune_not_in_the_roster_is_refused(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    path = Commune("99999", "Xã Ngoài Tỉnh").send(tmp_path, province)

    message, reason = refused_alone(store, layout, path)

    assert reason is RefusalReason.NOT_IN_ROSTER
    assert message.startswith(
        "Tệp “99999_20261216030000.gedsub”: Xã Ngoài Tỉnh (mã 99999) không có trong Danh bạ xã"
    )


def test_a_file_for_a_round_the_province_has_not_created_is_refused(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    path = CAO_LAU.send(tmp_path, province, year=2025)

    message, reason = refused_alone(store, layout, path)

    assert reason is RefusalReason.NO_ROUND
    assert (
        "là báo cáo Tháng hành động vì bình đẳng giới năm 2025 (từ 15/11/2025 đến 15/12/2025), nhưng tỉnh "
        "chưa tạo kỳ báo cáo này, nên không nhận." in message
    )


def test_a_file_made_from_another_round_file_is_refused(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    path = CAO_LAU.send(tmp_path, province, round_uuid="5d0c1c8e-0000-4000-8000-000000000000")

    message, reason = refused_alone(store, layout, path)

    assert reason is RefusalReason.NO_ROUND and "tỉnh này không phát hành hoặc đã xóa" in message


def test_a_file_whose_dates_differ_from_the_round_is_refused(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    path = CAO_LAU.send(tmp_path, province, start=date(2026, 11, 1), end=date(2026, 11, 30))

    message, reason = refused_alone(store, layout, path)

    assert reason is RefusalReason.ROUND_DIFFERS
    assert (
        "từ 01/11/2026 đến 30/11/2026, nhưng kỳ báo cáo" in message
        and "từ 15/11/2026 đến 15/12/2026" in message
    )


def test_a_file_carrying_the_rounds_uuid_is_matched_by_it(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    uuid = str(uuid4())
    round_id = add_round(store, kind="gender-equality", period="h1", rows=SENT_ROWS, uuid=uuid)
    path = CAO_LAU.send(tmp_path, province, kind="gender-equality", period="h1", round_uuid=uuid)

    [outcome] = receive(store, layout, path)

    assert outcome.accepted and outcome.round_id == round_id
    assert outcome.round_label == "công tác bình đẳng giới 6 tháng đầu năm 2026"


def test_a_changed_key_is_refused_with_both_fingerprints_until_an_administrator_allows_it(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    receive(store, layout, CAO_LAU.send(tmp_path / "v1", province))
    reinstalled = Commune(CAO_LAU.code, CAO_LAU.name)
    path = reinstalled.send(tmp_path / "v2", province, signed_at=SIGNED + timedelta(hours=5))
    old, new = fingerprint(public_key_bytes(CAO_LAU.key)), fingerprint(public_key_bytes(reinstalled.key))

    before = row_counts(store)
    [refused] = receive(store, layout, path)
    assert row_counts(store) == before
    assert refused.reason is RefusalReason.KEY_CHANGED
    assert (refused.pinned_key, refused.file_key) == (old, new)
    assert f"(khóa đã ghi nhận: {old}; khóa trong tệp: {new})" in refused.message
    assert "Hãy gọi điện cho xã (Nông Thị Hạnh, 0912 345 678)" in refused.message
    assert "--allow-key-change 04378" in refused.message
    # Allowing another commune changes nothing for this one.
    assert receive(store, layout, path, allow_key_change={"04381"})[0].reason is RefusalReason.KEY_CHANGED

    [accepted] = receive(store, layout, path, allow_key_change={"04378"}, actor=Actor(1, "quantri"))

    assert accepted.accepted and accepted.version == 2
    assert f"chấp nhận khóa ký mới của xã ({new}) thay cho khóa cũ ({old})" in accepted.message
    with store.reading() as db:
        audit = db.execute(text("SELECT username, action, detail FROM audit_entry")).all()
        assert verify_audit_chain(db).ok
    assert [tuple(row) for row in audit] == [
        ("quantri", "settings_changed", f"chấp nhận khóa ký mới của xã Xã Cao Lâu (mã 04378): {old} → {new}")
    ]
    later = reinstalled.send(tmp_path / "v3", province, signed_at=SIGNED + timedelta(hours=9))
    assert receive(store, layout, later)[0].version == 3  # the new key is the pinned one now


def test_a_commune_merged_before_the_period_is_refused_naming_where_it_went(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    add_commune(store, "04390", "Xã Mai Pha", merged_into="04381", merged_on=date(2025, 7, 1))
    path = Commune("04390", "Xã Mai Pha").send(tmp_path, province)

    message, reason = refused_alone(store, layout, path)

    assert reason is RefusalReason.MERGED
    assert message.startswith(
        "Xã Mai Pha (mã 04390) đã sáp nhập vào Phường Hoàng Đồng (mã 04381) từ ngày 01/07/2025, trước kỳ "
        "báo cáo"
    )


def test_a_commune_merged_during_the_period_still_reports_that_period(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    add_commune(store, "04390", "Xã Mai Pha", merged_into="04381", merged_on=date(2026, 12, 1))

    [outcome] = receive(store, layout, Commune("04390", "Xã Mai Pha").send(tmp_path, province))

    assert outcome.accepted


def test_figures_to_ask_about_are_kept_as_warnings_on_the_version(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    add_round(store, year=2025, rows=SENT_ROWS)
    last_year = {"AM01": 4, "AM02": 40, "AM03": 1, "AM04": 10}
    year_ago = SIGNED - timedelta(days=365)
    receive(
        store,
        layout,
        CAO_LAU.send(tmp_path / "2025", province, year=2025, figures=last_year, signed_at=year_ago),
    )
    # AM01 4 → 20: five times and at least 20, flagged; AM03 1 → 5: five times but a small count, not flagged;
    # AM02 left out of the file; XA09 is no row of the round.
    figures = {"AM01": 20, "AM03": 5, "AM04": -2, "XA09": 3}
    path = CAO_LAU.send(tmp_path / "2026", province, figures=figures)

    [outcome] = receive(store, layout, path)

    assert outcome.accepted
    assert list(outcome.warnings) == [
        "Dòng “Số hộ gia đình được hỗ trợ” (mã AM04): số âm (-2) — số liệu không thể âm.",
        "Dòng “Số hoạt động đã tổ chức” (mã AM01): 20, gấp 5 lần năm 2025 (4) — hãy hỏi lại xã (cảnh báo "
        "khi gấp từ 5 lần năm trước trở lên và từ 20 trở lên).",
        "Tệp thiếu 1 dòng của kỳ báo cáo (AM02): các dòng này coi như xã để trống. Hãy đề nghị xã nhập tệp "
        "kỳ báo cáo của tỉnh rồi gửi lại.",
        "Tệp có 1 dòng không có trong kỳ báo cáo của tỉnh (XA09): số liệu vẫn được giữ nhưng không thuộc "
        "dòng nào của kỳ báo cáo. Hãy đề nghị xã nhập tệp kỳ báo cáo của tỉnh.",
    ]
    assert outcome.message.endswith("Có 4 điểm cần kiểm tra lại với xã.")
    with store.reading() as db:
        kept = db.scalar(
            text("SELECT warnings FROM received_submission WHERE version = 1 AND signed_at > '2026-01-01'")
        )
    assert json.loads(kept) == list(outcome.warnings)


def test_a_female_count_above_its_total_is_flagged(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    path = CAO_LAU.send(tmp_path, province, figures={**FIGURES, "AM02": 150, "AM03": 160})

    [outcome] = receive(store, layout, path)

    assert outcome.warnings == (
        "Dòng “Lượt người tham gia là nữ” (mã AM03) (160) lớn hơn dòng “Tổng lượt người tham gia” (mã AM02) "
        "(150), không thể như vậy.",
    )


def test_a_folder_of_good_and_bad_files_keeps_every_good_one(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    CAO_LAU.send(usb / "xa", province)
    HOANG_DONG.send(usb / "xa", province, name="HOANG-DONG.GEDSUB")  # a FAT stick's capitals
    Commune("99999", "Xã Ngoài Tỉnh").send(usb, province)
    (usb / "ghi-chu.gedsub").write_bytes(b"not a sealed file")
    (usb / "doc-ky.txt").write_text("không phải tệp báo cáo", encoding="utf-8")

    outcomes = receive(store, layout, usb)

    assert [(outcome.file.name, outcome.status) for outcome in outcomes] == [
        ("99999_20261216030000.gedsub", ReceiptStatus.REFUSED),
        ("ghi-chu.gedsub", ReceiptStatus.REFUSED),
        ("04378_20261216030000.gedsub", ReceiptStatus.ACCEPTED),
        ("HOANG-DONG.GEDSUB", ReceiptStatus.ACCEPTED),
    ]
    assert "không phải tệp báo cáo xã gửi lên" in outcomes[1].message
    with store.reading() as db:
        kept = db.execute(text("SELECT commune_code, version FROM received_submission ORDER BY 1")).all()
    assert [tuple(row) for row in kept] == [("04378", 1), ("04381", 1)]


def test_a_stick_holding_a_first_and_a_corrected_report_keeps_both_in_signing_order(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    # Named so that the corrected file comes first alphabetically.
    CAO_LAU.send(tmp_path, province, name="b-lan-dau.gedsub", signed_at=SIGNED)
    CAO_LAU.send(
        tmp_path,
        province,
        name="a-sua-lai.gedsub",
        figures={**FIGURES, "AM01": 15},
        signed_at=SIGNED + timedelta(days=2),
    )

    outcomes = receive(store, layout, tmp_path)

    assert [(outcome.file.name, outcome.version) for outcome in outcomes] == [
        ("a-sua-lai.gedsub", 2),
        ("b-lan-dau.gedsub", 1),
    ]
    assert [row for row in stored_figures(store, "04378") if row[1] == "AM01"] == [
        (1, "AM01", 12),
        (2, "AM01", 15),
    ]


def test_missing_paths_and_empty_folders_are_named(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    (tmp_path / "trong").mkdir()

    outcomes = receive(store, layout, tmp_path / "khong-co.gedsub", tmp_path / "trong")

    assert [outcome.message for outcome in outcomes] == [
        f"Không tìm thấy tệp hoặc thư mục “{tmp_path / 'khong-co.gedsub'}”.",
        f"Thư mục “{tmp_path / 'trong'}” không có tệp báo cáo xã gửi lên (tệp .gedsub).",
    ]
    assert all(outcome.reason is RefusalReason.NOT_FOUND for outcome in outcomes)


def test_stopping_keeps_what_was_already_accepted(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path
) -> None:
    CAO_LAU.send(tmp_path, province, signed_at=SIGNED)
    HOANG_DONG.send(tmp_path, province, signed_at=SIGNED + timedelta(hours=1))
    steps: list[tuple[int, int]] = []

    outcomes = receive(
        store, layout, tmp_path, progress=lambda done, total: steps.append((done, total)),
        stop_asked=lambda: steps[-1:] == [(3, 4)],
    )  # fmt: skip

    assert [(outcome.commune_code, outcome.status) for outcome in outcomes] == [
        ("04378", ReceiptStatus.ACCEPTED)
    ]
    assert steps == [(1, 4), (2, 4), (3, 4)]
    assert row_counts(store)["received_submission"] == 1


def test_only_a_province_desk_receives(store: Store, layout: DataLayout, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="không phải của bàn tỉnh"):
        receive_files(store, layout, [tmp_path])


def test_a_file_the_store_cannot_keep_is_refused_and_the_next_one_still_received(
    store: Store, layout: DataLayout, province: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    CAO_LAU.send(tmp_path, province, signed_at=SIGNED)
    HOANG_DONG.send(tmp_path, province, signed_at=SIGNED + timedelta(hours=1))
    calls: list[str] = []

    def disk_full_once(db: Any, round_: Any, submission: Any) -> list[str]:
        calls.append(submission.commune_code)
        if len(calls) == 1:
            raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
        return []

    monkeypatch.setattr(receiving, "figure_warnings", disk_full_once)

    outcomes = receive(store, layout, tmp_path)

    assert [(outcome.commune_code, outcome.status) for outcome in outcomes] == [
        ("04378", ReceiptStatus.REFUSED),
        ("04381", ReceiptStatus.ACCEPTED),
    ]
    assert outcomes[0].message.startswith(
        "Không lưu được tệp “04378_20261216030000.gedsub” vào dữ liệu (Ổ đĩa chứa dữ liệu ("
    )
    assert outcomes[0].message.endswith(
        "đã đầy. Hãy xóa bớt tệp không cần (thùng rác, tệp tải về) để còn trống ít nhất 200 MB rồi lưu "
        "lại.), nên tệp chưa được nhận. Hãy kiểm tra ổ đĩa còn chỗ trống rồi nhận lại tệp."
    )
    with store.reading() as db:
        kept = db.execute(text("SELECT commune_code FROM received_submission")).scalars().all()
        pinned = db.execute(text("SELECT code FROM province_commune WHERE public_key != ''")).scalars().all()
    assert kept == ["04381"] and pinned == ["04381"]
