"""Roles, the signed-in session (holding the data key in memory only) and access refusals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

CASE_FILES_DIRNAME = "case_files"  # encrypted case attachments, apart from the plain evidence folder


class Role(LabelledEnum):
    ADMIN = ("admin", QT_TRANSLATE_NOOP("Role", "Quản trị viên"))
    CASE_OFFICER = ("case_officer", QT_TRANSLATE_NOOP("Role", "Cán bộ phụ trách hồ sơ"))
    VIEWER = ("viewer", QT_TRANSLATE_NOOP("Role", "Lãnh đạo / chỉ xem thống kê"))


class AccessDeniedError(UserFacingError):
    """The signed-in user may not do this (or the session is closed)."""


class SignInError(UserFacingError):
    """Sign-in refused: wrong name or password, account disabled or temporarily locked."""


@dataclass(eq=False)
class AuthSession:
    """Who is signed in. The unwrapped data key lives only here, in memory, until sign-out."""

    store: Store
    user_id: int
    username: str
    display_name: str
    role: Role
    signed_in_at: datetime
    _data_key: bytearray | None = field(default=None, repr=False)
    # Found at sign-in by core/security/trust_check.py (Vietnamese lines): tampering outside the app.
    trust_findings: tuple[str, ...] = ()
    # What the first anchoring of this store accepted as it found it (trust_anchor.anchor_store), once.
    trust_note: str = ""

    @property
    def is_open(self) -> bool:
        return self.user_id > 0

    @property
    def case_files_dir(self) -> Path:
        return self.store.path.parent / CASE_FILES_DIRNAME

    @property
    def has_data_key(self) -> bool:
        return self._data_key is not None

    def data_key(self) -> bytes:
        """The data key; AccessDeniedError for a viewer (never given it) or after sign-out."""
        self.require_open()
        if self._data_key is None:
            raise AccessDeniedError(
                "Tài khoản này chỉ xem được số liệu thống kê đã ẩn danh, không mở được hồ sơ hỗ trợ."
            )
        return bytes(self._data_key)

    def integrity_key(self) -> bytes | None:
        """The MAC key of the log, roles and assignments (core/security/integrity.py); None without the
        data key (viewers, a closed session)."""
        if self._data_key is None:
            return None
        from gender_equality_desk.core.security.integrity import integrity_key  # cryptography: on use

        return integrity_key(bytes(self._data_key))

    def require_open(self) -> None:
        if not self.is_open:
            raise AccessDeniedError("Phiên làm việc đã đóng. Vui lòng đăng nhập lại.")

    def require_role(self, *roles: Role) -> None:
        self.require_open()
        if self.role not in roles:
            allowed = ", ".join(role.label.lower() for role in roles)
            raise AccessDeniedError(
                f"Chỉ {allowed} được làm việc này (tài khoản của bạn: {self.role.label.lower()})."
            )

    def close(self) -> None:
        """Forget the data key (overwritten in place) and mark the session closed."""
        if self._data_key is not None:
            for index in range(len(self._data_key)):
                self._data_key[index] = 0
            self._data_key = None
        self.user_id = 0
