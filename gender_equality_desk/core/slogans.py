"""The slogan library (Khẩu hiệu): list, add, edit, hide/unhide and mark favourites.

Slogans are never deleted: propaganda events point at them. Hiding one takes it out of the pickers of
new events and banners; events that used it keep the link and still show its text. Favourites come
first in every picker, then this year's slogans, then newer years.

Every function writes in the caller's session and raises UserFacingError (Vietnamese) before changing
anything, so the caller's transaction saves the whole change or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gender_equality_desk.core.catalogues import clean_name
from gender_equality_desk.core.domain.ranges import shown_number
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.store.models import Slogan

MIN_YEAR = 1990  # the earliest official gender-equality messages the library could hold
MAX_YEARS_AHEAD = 1  # next year's theme is announced in the autumn
SOURCE_LIMIT = 300
THEME_LIMIT = 200
TEXT_LIMIT = 300


@dataclass(frozen=True)
class SloganChoice:
    """One slogan as pickers and the library table show it."""

    id: int
    text: str
    year: int | None
    theme_group: str
    is_favourite: bool
    source: str = ""
    is_hidden: bool = False


@dataclass(frozen=True)
class SloganInput:
    """What the officer types in the add/edit dialog."""

    text: str
    year: int | None = None
    source: str = ""
    theme_group: str = ""


def _choice(row: Slogan) -> SloganChoice:
    return SloganChoice(
        id=row.id,
        text=row.text,
        year=row.year,
        theme_group=row.theme_group,
        is_favourite=row.is_favourite,
        source=row.source,
        is_hidden=row.is_hidden,
    )


def _picker_key(row: Slogan, this_year: int) -> tuple[bool, bool, int, int, int]:
    return (not row.is_favourite, row.year != this_year, -(row.year or 0), row.sort_order, row.id)


def list_slogans(session: Session, this_year: int, *, include_hidden: bool = False) -> list[SloganChoice]:
    """The library in picker order: favourites first, then this year's, then newest years first."""
    query = select(Slogan).where(Slogan.is_deleted.is_(False))
    if not include_hidden:
        query = query.where(Slogan.is_hidden.is_(False))
    rows = list(session.scalars(query))
    rows.sort(key=lambda row: _picker_key(row, this_year))
    return [_choice(row) for row in rows]


def slogan_texts(session: Session, ids: tuple[int, ...]) -> dict[int, SloganChoice]:
    """The slogans with these ids, hidden ones included (an old event still shows what it used)."""
    if not ids:
        return {}
    return {row.id: _choice(row) for row in session.scalars(select(Slogan).where(Slogan.id.in_(ids)))}


def theme_groups(session: Session) -> list[str]:
    """The themes already used, for the dialog's suggestions."""
    found = session.scalars(select(Slogan.theme_group).where(Slogan.theme_group != "").distinct())
    return sorted(set(found))


def _checked(session: Session, data: SloganInput, this_year: int, ignore_id: int | None) -> SloganInput:
    text = clean_name(data.text)
    if not text:
        raise UserFacingError("Chưa nhập nội dung khẩu hiệu. Vui lòng nhập nội dung.")
    if len(text) > TEXT_LIMIT:
        raise UserFacingError(
            f"Khẩu hiệu dài {len(text)} ký tự, quá {TEXT_LIMIT} ký tự. Vui lòng rút gọn nội dung."
        )
    if data.year is not None and not MIN_YEAR <= data.year <= this_year + MAX_YEARS_AHEAD:
        raise UserFacingError(
            f"Năm {data.year if abs(data.year) < 10**9 else shown_number(data.year)} không hợp lệ. "
            f"Vui lòng nhập năm từ {MIN_YEAR} đến "
            f"{this_year + MAX_YEARS_AHEAD}, hoặc để trống."
        )
    source, theme = clean_name(data.source), clean_name(data.theme_group)
    if len(source) > SOURCE_LIMIT:
        raise UserFacingError(f"Nguồn quá dài (tối đa {SOURCE_LIMIT} ký tự). Vui lòng rút gọn.")
    if len(theme) > THEME_LIMIT:
        raise UserFacingError(f"Chủ đề quá dài (tối đa {THEME_LIMIT} ký tự). Vui lòng rút gọn.")
    # Casefold in Python: SQLite's lower() only folds ASCII, not the Vietnamese letters.
    wanted = text.casefold()
    rows = session.execute(
        select(Slogan.id, Slogan.is_hidden, Slogan.text).where(Slogan.is_deleted.is_(False))
    )
    same = next((row for row in rows if row.text.casefold() == wanted), None)
    if same is not None and same.id != ignore_id:
        where = " (đang ẩn — bấm “Hiện lại” để dùng lại)" if same.is_hidden else ""
        raise UserFacingError(f"Khẩu hiệu “{text}” đã có trong thư viện{where}. Không cần thêm lần nữa.")
    return SloganInput(text=text, year=data.year, source=source, theme_group=theme)


def add_slogan(session: Session, data: SloganInput, this_year: int) -> int:
    """Add a slogan at the end of the library; returns its id."""
    checked = _checked(session, data, this_year, ignore_id=None)
    order = session.scalar(select(func.coalesce(func.max(Slogan.sort_order), 0))) or 0
    row = Slogan(
        text=checked.text,
        year=checked.year,
        source=checked.source,
        theme_group=checked.theme_group,
        sort_order=order + 1,
    )
    session.add(row)
    session.flush()
    return row.id


def _get(session: Session, slogan_id: int) -> Slogan:
    row = session.get(Slogan, slogan_id)
    if row is None or row.is_deleted:
        raise UserFacingError("Khẩu hiệu này không còn trong thư viện. Vui lòng tải lại danh sách.")
    return row


def edit_slogan(session: Session, slogan_id: int, data: SloganInput, this_year: int) -> None:
    """New text, year, source or theme; events that used the slogan show the new text."""
    row = _get(session, slogan_id)
    checked = _checked(session, data, this_year, ignore_id=slogan_id)
    row.text, row.year = checked.text, checked.year
    row.source, row.theme_group = checked.source, checked.theme_group
    session.flush()


def set_hidden(session: Session, slogan_id: int, hidden: bool) -> None:
    """Hide from (or bring back to) the pickers; a hidden slogan is no longer a favourite."""
    row = _get(session, slogan_id)
    row.is_hidden = hidden
    if hidden:
        row.is_favourite = False
    session.flush()


def set_favourite(session: Session, slogan_id: int, favourite: bool) -> None:
    """Mark or unmark a favourite; favourites come first in every picker."""
    row = _get(session, slogan_id)
    if favourite and row.is_hidden:
        raise UserFacingError("Khẩu hiệu đang ẩn. Bấm “Hiện lại” trước khi đánh dấu hay dùng.")
    row.is_favourite = favourite
    session.flush()
