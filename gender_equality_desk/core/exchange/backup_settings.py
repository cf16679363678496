"""Backup preferences kept in the data folder (read before the store is opened, so not in the store)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from gender_equality_desk.core.exchange.rotation import RotationPolicy
from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.paths import DataLayout

SETTINGS_FILENAME = "backup-settings.json"
MIRROR_DIRNAME = "GenderEqualityDesk-sao-luu"  # the folder made on a USB stick or a second disk


@dataclass(frozen=True)
class BackupSettings:
    mirror_folder: Path | None = None  # e.g. a USB stick; mirrored only while it is plugged in
    policy: RotationPolicy = field(default_factory=RotationPolicy)

    def mirror_target(self) -> Path | None:
        return None if self.mirror_folder is None else self.mirror_folder / MIRROR_DIRNAME


def settings_path(layout: DataLayout) -> Path:
    return layout.root / SETTINGS_FILENAME


def load_settings(layout: DataLayout) -> BackupSettings:
    """The saved settings; defaults when there are none or the file cannot be read (never blocks a backup)."""
    try:
        data = json.loads(settings_path(layout).read_text(encoding="utf-8"))
        defaults = RotationPolicy()
        policy = RotationPolicy(
            keep_daily=int(data.get("keep_daily", defaults.keep_daily)),
            keep_weekly=int(data.get("keep_weekly", defaults.keep_weekly)),
            keep_monthly=int(data.get("keep_monthly", defaults.keep_monthly)),
            keep_last=max(1, int(data.get("keep_last", defaults.keep_last))),
        )
        mirror = data.get("mirror_folder")
        return BackupSettings(Path(mirror) if mirror else None, policy)
    except (OSError, ValueError, TypeError, AttributeError):
        return BackupSettings()


def save_settings(layout: DataLayout, settings: BackupSettings) -> None:
    data = {
        "mirror_folder": None if settings.mirror_folder is None else str(settings.mirror_folder),
        "keep_daily": settings.policy.keep_daily,
        "keep_weekly": settings.policy.keep_weekly,
        "keep_monthly": settings.policy.keep_monthly,
        "keep_last": settings.policy.keep_last,
    }
    layout.root.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(settings_path(layout), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
