"""Why a save failed, in a sentence the officer can act on, instead of SQLite's own words.

A read-only data folder or file (a locked USB stick, Windows permissions, a copy from a CD), a full disk
and a store busy with another program's write all reach the app as `OperationalError`; without this the
form's message line stayed empty. What she typed stays on the screen: the transaction was rolled back.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import OperationalError

from gender_equality_desk.core.errors import UserFacingError

_KEPT = (
    "Những gì vừa nhập chưa được lưu nhưng vẫn còn trên màn hình; dữ liệu đã lưu trước đó không bị ảnh hưởng."
)


class StoreWriteError(UserFacingError):
    """A save the store refused for a reason outside the app (permissions, disk space, another program).

    `reason` is the explanation alone, for callers that are not a form (nothing was typed to keep)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"{reason} {_KEPT}")
        self.reason = reason


def explain_write_failure(error: OperationalError, store: Path) -> StoreWriteError | None:
    """The Vietnamese explanation of `error`, or None for a failure this module does not recognise."""
    detail = str(error.orig).lower()
    if "readonly" in detail or "read-only" in detail:
        return StoreWriteError(
            f"Không ghi được vào tệp dữ liệu {store}: tệp hoặc thư mục chứa nó chỉ cho phép đọc (thuộc tính "
            "“Chỉ đọc”, quyền của tài khoản Windows, hoặc thẻ nhớ/USB bị khóa ghi). Hãy nhờ người quản trị "
            f"máy cấp quyền ghi cho thư mục {store.parent} rồi lưu lại."
        )
    if "disk is full" in detail or "database or disk is full" in detail:
        return StoreWriteError(
            f"Ổ đĩa chứa dữ liệu ({store.parent}) đã đầy. Hãy xóa bớt tệp không cần "
            f"(thùng rác, tệp tải về) để còn trống ít nhất 200 MB rồi lưu lại."
        )
    if "locked" in detail or "busy" in detail:
        return StoreWriteError(
            "Dữ liệu đang bận vì một chương trình khác đang ghi (ví dụ một lệnh sao lưu "
            "hoặc nhập dữ liệu đang chạy). Hãy đợi vài giây rồi lưu lại."
        )
    if "disk i/o error" in detail or "unable to open" in detail:
        return StoreWriteError(
            f"Lỗi đọc/ghi ổ đĩa chứa dữ liệu ({store.parent}). Nếu dữ liệu nằm trên USB "
            f"hoặc ổ mạng, hãy kiểm tra kết nối rồi lưu lại."
        )
    return None
