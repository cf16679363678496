"""Trusted addresses: checks with Vietnamese messages under each field, capacity against people sheltered,
deactivation that keeps ongoing stays, and no access for viewers."""

from __future__ import annotations

from datetime import date

import pytest

from gender_equality_desk.core.cases import records, support, trusted
from gender_equality_desk.core.cases.support import MeasureInput
from gender_equality_desk.core.cases.trusted import TrustedAddressInput
from gender_equality_desk.core.cases.vocabulary import MeasureKind
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.core.security.session import AccessDeniedError

from .conftest import TODAY, Team, sample_case


def refused(team: Team, data: TrustedAddressInput, address_id: int | None = None) -> dict[str, str]:
    with pytest.raises(InvalidRecordError) as caught:
        trusted.save_trusted_address(team.officer, data, address_id, today=TODAY)
    return caught.value.result.errors


def test_bad_input_is_refused_field_by_field(team: Team) -> None:
    errors = refused(
        team,
        TrustedAddressInput(name="  ", capacity=0, contact="x" * 201, registered_on=date(2027, 1, 1)),
    )
    assert errors == {
        "name": "Chưa nhập tên địa chỉ tin cậy. Vui lòng nhập tên địa chỉ tin cậy.",
        "contact": "Người liên hệ dài 201 ký tự, vượt quá 200 ký tự cho phép. Vui lòng rút gọn.",
        "capacity": "Sức chứa phải từ 1 người trở lên.",
        "registered_on": "Ngày công nhận ở tương lai. Hãy kiểm tra lại ngày.",
    }
    first = trusted.save_trusted_address(team.officer, TrustedAddressInput("Nhà bà Hoàng Thị Lan", 2))
    assert refused(team, TrustedAddressInput(" Nhà bà Hoàng Thị Lan ", 3)) == {
        "name": "Đã có địa chỉ tin cậy “Nhà bà Hoàng Thị Lan”. Hãy đặt tên khác hoặc sửa địa chỉ đó."
    }
    # Saving the same address under its own name is an edit, not a duplicate.
    trusted.save_trusted_address(team.officer, TrustedAddressInput("Nhà bà Hoàng Thị Lan", 3), first)
    assert trusted.list_trusted_addresses(team.officer, on=TODAY)[0].capacity == 3


def test_capacity_cannot_drop_below_people_sheltered_and_deactivation_keeps_their_stays(team: Team) -> None:
    address = TrustedAddressInput(
        "Nhà văn hóa thôn Nà Làng", 2, "Nhà văn hóa thôn", team.villages["Thôn Nà Làng"]
    )
    address_id = trusted.save_trusted_address(team.officer, address)
    for _ in range(2):
        case = records.create_case(team.officer, sample_case(team), today=TODAY)
        support.add_measure(
            team.officer, case.id, MeasureInput(MeasureKind.SHELTER, TODAY, None, "", address_id)
        )
    assert refused(team, TrustedAddressInput("Nhà văn hóa thôn Nà Làng", 1), address_id) == {
        "capacity": "Đang có 2 người tạm lánh tại đây; sức chứa không thể ít hơn 2."
    }

    trusted.set_trusted_address_active(team.officer, address_id, False)
    [row] = trusted.list_trusted_addresses(team.officer, on=TODAY)
    assert (row.is_active, row.capacity, row.in_use, row.free_places, row.village) == (
        False,
        2,
        2,
        0,
        "Thôn Nà Làng",
    )
    assert row.as_input() == TrustedAddressInput(
        "Nhà văn hóa thôn Nà Làng", 2, "Nhà văn hóa thôn", team.villages["Thôn Nà Làng"], is_active=False
    )
    assert trusted.list_trusted_addresses(team.officer, on=TODAY, active_only=True) == []
    trusted.set_trusted_address_active(team.admin, address_id, True)
    assert [r.name for r in trusted.list_trusted_addresses(team.officer, on=TODAY, active_only=True)] == [
        "Nhà văn hóa thôn Nà Làng"
    ]


def test_viewers_cannot_change_addresses(team: Team) -> None:
    with pytest.raises(AccessDeniedError):
        trusted.save_trusted_address(team.viewer, TrustedAddressInput("Nhà ông Lường Văn Sáng"))
    address_id = trusted.save_trusted_address(team.admin, TrustedAddressInput("Nhà ông Lường Văn Sáng"))
    with pytest.raises(AccessDeniedError):
        trusted.set_trusted_address_active(team.viewer, address_id, False)
