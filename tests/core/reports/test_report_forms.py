"""The form a report cites is the officer's data: empty by default, composed Vietnamese, bounded."""

from __future__ import annotations

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.reports.report_forms import (
    ReportFormInput,
    form_line,
    load_report_form,
    save_report_form,
)
from gender_equality_desk.core.store.engine import Store


def test_nothing_is_cited_until_the_officer_says_so(store: Store) -> None:
    with store.reading() as session:
        for kind in ("gender-equality", "dv-statistics"):
            assert load_report_form(session, kind) == ReportFormInput()
    assert form_line(ReportFormInput()) == ""


def test_saved_per_report_cleaned_and_composed(store: Store) -> None:
    decomposed = "Bie\u0302\u0309u so\u0302\u0301  01"  # Unikey "Unicode tổ hợp"
    with store.transaction() as session:
        save_report_form(session, "dv-statistics", ReportFormInput(decomposed, ""))
        save_report_form(session, "gender-equality", ReportFormInput("", "Kế hoạch số 12/KH-UBND tỉnh"))
    with store.reading() as session:
        dv = load_report_form(session, "dv-statistics")
        ge = load_report_form(session, "gender-equality")
    assert dv == ReportFormInput("Biểu số 01", "")
    assert form_line(dv) == "Mẫu biểu: Biểu số 01"
    assert form_line(ge) == "Căn cứ: Kế hoạch số 12/KH-UBND tỉnh"
    with store.transaction() as session:  # emptied again: the report cites nothing
        save_report_form(session, "dv-statistics", ReportFormInput(" ", " "))
    with store.reading() as session:
        assert load_report_form(session, "dv-statistics").is_empty


def test_too_long_is_refused_in_vietnamese(store: Store) -> None:
    with (
        store.transaction() as session,
        pytest.raises(UserFacingError, match="Tên mẫu biểu dài quá 200 ký tự"),
    ):
        save_report_form(session, "dv-statistics", ReportFormInput("B" * 201, ""))
