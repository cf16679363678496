"""The outcome of checking a form: blocking errors and non-blocking warnings, per field."""

from __future__ import annotations

from dataclasses import dataclass, field

from gender_equality_desk.core.errors import UserFacingError


@dataclass
class CheckResult:
    """Field name → Vietnamese message. Errors block saving; warnings are shown but allow it."""

    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, name: str, message: str | None) -> None:
        """Record `message` for `name` unless the field already has an error (the first one is shown)."""
        if message and name not in self.errors:
            self.errors[name] = message

    def warn(self, name: str, message: str | None) -> None:
        if message and name not in self.warnings:
            self.warnings[name] = message


class InvalidRecordError(UserFacingError):
    """Raised by a save that was refused; carries every problem so a form can show each next to its field."""

    def __init__(self, result: CheckResult) -> None:
        super().__init__("\n".join(result.errors.values()))
        self.result = result
