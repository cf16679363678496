"""Where the app keeps its data: one folder holding the store, backups and attachments."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from gender_equality_desk import APP_NAME

DATA_DIR_ENV = "GEDESK_DATA_DIR"
STORE_FILENAME = "gedesk.sqlite3"


def resources_dir() -> Path:
    """The top-level `resources/` folder (next to the package in a checkout or a bundle)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "resources"
        if (candidate / "catalogues").is_dir():
            return candidate
    raise FileNotFoundError("Không tìm thấy thư mục resources/ của ứng dụng (cài đặt bị thiếu tệp).")


def default_data_dir() -> Path:
    """The per-user data folder the OS expects (e.g. %LOCALAPPDATA%\\GenderEqualityDesk on Windows)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins over the GEDESK_DATA_DIR environment variable, which wins over the OS default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(DATA_DIR_ENV)
    if env_value:
        return Path(env_value).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataLayout:
    """Named locations inside one data folder."""

    root: Path

    @property
    def store(self) -> Path:
        return self.root / STORE_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    def ensure(self) -> DataLayout:
        self.root.mkdir(parents=True, exist_ok=True)
        self.backups.mkdir(exist_ok=True)
        self.attachments.mkdir(exist_ok=True)
        return self
