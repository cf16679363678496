"""The form a periodic report follows ("Biểu số …", "Thông tư số …"), kept as data the officer edits.

Form numbers and the circulars behind them change: the DV table once cited "Biểu 01/BC-X" as if from
Circular 07/2017/TT-BVHTTDL, while that form belonged to Circular 23/2011. No commune form under the 2022
law was found, so nothing is cited by default; the officer types what the province asks for, and the
report prints it only when filled.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.text import nfc
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.store.report_models import ReportForm

FORM_NAME_LIMIT = 200
LEGAL_BASIS_LIMIT = 300


@dataclass(frozen=True)
class ReportFormInput:
    form_name: str = ""  # "Biểu số 01/BC-X"; "" = no form named
    legal_basis: str = ""  # "Thông tư số …/…/TT-BVHTTDL"

    @property
    def is_empty(self) -> bool:
        return not (self.form_name or self.legal_basis)


def _clean(text: str) -> str:
    return " ".join(nfc(text).split())


def load_report_form(session: Session, report_kind: str) -> ReportFormInput:
    """What the report cites; empty when the officer never filled it."""
    found = session.scalar(
        select(ReportForm).where(ReportForm.report_kind == report_kind, ReportForm.is_deleted.is_(False))
    )
    return ReportFormInput(found.form_name, found.legal_basis) if found else ReportFormInput()


def check_report_form(value: ReportFormInput) -> str | None:
    """A Vietnamese message when the fields cannot be saved, else None."""
    if len(_clean(value.form_name)) > FORM_NAME_LIMIT:
        return f"Tên mẫu biểu dài quá {FORM_NAME_LIMIT} ký tự. Vui lòng viết ngắn lại."
    if len(_clean(value.legal_basis)) > LEGAL_BASIS_LIMIT:
        return f"Căn cứ pháp lý dài quá {LEGAL_BASIS_LIMIT} ký tự. Vui lòng viết ngắn lại."
    return None


def save_report_form(session: Session, report_kind: str, value: ReportFormInput) -> ReportFormInput:
    """Keep the form name and legal basis of `report_kind` (both blank: the report cites no form)."""
    problem = check_report_form(value)
    if problem:
        raise UserFacingError(problem)
    cleaned = ReportFormInput(_clean(value.form_name), _clean(value.legal_basis))
    found = session.scalar(select(ReportForm).where(ReportForm.report_kind == report_kind))
    if found is None:
        found = ReportForm(report_kind=report_kind)
        session.add(found)
    found.form_name, found.legal_basis, found.is_deleted = cleaned.form_name, cleaned.legal_basis, False
    session.flush()
    return cleaned


def form_line(value: ReportFormInput) -> str:
    """The line printed under the report's subject; "" when nothing is filled."""
    if value.form_name and value.legal_basis:
        return f"Mẫu biểu: {value.form_name} ({value.legal_basis})"
    if value.form_name:
        return f"Mẫu biểu: {value.form_name}"
    if value.legal_basis:
        return f"Căn cứ: {value.legal_basis}"
    return ""
