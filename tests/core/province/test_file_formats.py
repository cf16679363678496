"""The sealed submission file, the signed round file and the province key file, read back and attacked."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province import envelope
from gender_equality_desk.core.province.keys import (
    own_province_key,
    read_key_file,
    sealing_private_key,
    write_key_file,
)
from gender_equality_desk.core.province.round_file import (
    RoundDefinition,
    RoundRow,
    read_round_file,
    write_round_file,
)
from gender_equality_desk.core.province.submission_file import (
    INNER_MAGIC,
    Submission,
    SubmissionError,
    SubmissionRow,
    open_submission_bytes,
    submission_bytes,
)

SUBMISSION = Submission(
    commune_code="04378",
    commune_name="Xã Cao Lâu",
    province="Lạng Sơn",
    report_kind="action-month",
    year=2026,
    period="action-month",
    period_start=date(2026, 11, 15),
    period_end=date(2026, 12, 15),
    round_uuid="r-1",
    signed_at=datetime(2026, 12, 16, 3, 0, tzinfo=UTC),
    rows=(
        SubmissionRow("AM", "I", "Hoạt động", "", None, is_group=True),
        SubmissionRow("AM01", "1", "Số hoạt động", "Cuộc", 12),
        SubmissionRow("AM02", "2", "Lượt người tham gia là nữ", "Lượt người", 1),
        SubmissionRow("AM03", "3", "Trẻ em", "Lượt người", None),
    ),
    pdf_name="BaoCao.pdf",
)
PDF = b"%PDF-1.4 the report as printed"


def raw_public(key: X25519PrivateKey) -> bytes:
    return envelope._raw(key.public_key())


def test_a_sealed_submission_opens_with_the_province_key_and_keeps_exact_figures() -> None:
    commune, province = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    data = submission_bytes(SUBMISSION, PDF, commune, raw_public(province))
    assert b"Cao L" not in data and b"04378" not in data  # a lost stick shows nothing

    opened = open_submission_bytes(data, "x.gedsub", province)

    assert opened.submission == SUBMISSION
    assert opened.submission.figures() == {"AM01": 12, "AM02": 1, "AM03": None}  # 1 is 1, never "<3"
    assert opened.pdf == PDF


def test_another_provinces_key_and_a_flipped_byte_are_told_apart() -> None:
    commune, province = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    data = submission_bytes(SUBMISSION, PDF, commune, raw_public(province))
    with pytest.raises(SubmissionError, match="khóa của tỉnh khác"):
        open_submission_bytes(data, "x.gedsub", X25519PrivateKey.generate())
    flipped = bytearray(data)
    flipped[-20] ^= 1
    with pytest.raises(SubmissionError, match="bị hỏng hoặc đã bị sửa"):
        open_submission_bytes(bytes(flipped), "x.gedsub", province)
    with pytest.raises(SubmissionError, match="không phải tệp báo cáo"):
        open_submission_bytes(b"PK\x03\x04 a zip", "x.zip", province)


def test_a_figure_changed_and_resealed_by_someone_holding_the_public_key_breaks_the_signature() -> None:
    commune, province = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    inner = envelope.unseal(submission_bytes(SUBMISSION, PDF, commune, raw_public(province)), province)
    forged = inner.replace(b'"value":12', b'"value":99')
    assert forged != inner and forged.startswith(INNER_MAGIC)
    with pytest.raises(SubmissionError, match="Chữ ký số"):
        open_submission_bytes(envelope.seal(forged, raw_public(province)), "x.gedsub", province)
    other_pdf = inner.replace(PDF, PDF.replace(b"printed", b"changed"))
    with pytest.raises(SubmissionError, match="bị hỏng hoặc đã bị sửa"):
        open_submission_bytes(envelope.seal(other_pdf, raw_public(province)), "x.gedsub", province)


def test_the_province_key_file_round_trips_with_a_stable_fingerprint(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "province").ensure()
    key = own_province_key(layout, "Lạng Sơn", "Sở Nội vụ tỉnh Lạng Sơn")
    again = own_province_key(layout, "Lạng Sơn", "Sở Nội vụ tỉnh Lạng Sơn")
    assert again.fingerprint == key.fingerprint and len(key.fingerprint.replace(" ", "")) == 20

    read = read_key_file(write_key_file(key, tmp_path / "tinh.gedkey"))

    assert read == key
    assert raw_public(sealing_private_key(layout)) == read.sealing_key
    (tmp_path / "bad.gedkey").write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(UserFacingError, match="không phải tệp khóa của tỉnh"):
        read_key_file(tmp_path / "bad.gedkey")


def test_a_round_file_is_imported_only_under_the_provinces_own_signature(tmp_path: Path) -> None:
    province = Ed25519PrivateKey.generate()
    definition = RoundDefinition(
        uuid="r-1", province="Lạng Sơn", report_kind="action-month", year=2026, period="action-month",
        period_start=date(2026, 11, 15), period_end=date(2026, 12, 15), deadline=date(2026, 12, 20),
        title="Tháng hành động 2026", rows=(RoundRow("AM01", "Số hoạt động", "1", "Cuộc"),),
    )  # fmt: skip
    path = write_round_file(definition, province, tmp_path / "dot.gedround")
    public = province.public_key().public_bytes_raw()
    assert read_round_file(path, public) == definition
    with pytest.raises(UserFacingError, match="không do tỉnh của xã ký"):
        read_round_file(path, Ed25519PrivateKey.generate().public_key().public_bytes_raw())
    edited = json.loads(path.read_text(encoding="utf-8"))
    edited["statement"]["deadline"] = "2027-01-31"
    path.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserFacingError, match="đã bị sửa"):
        read_round_file(path, public)
