"""Gender Equality Desk — offline desktop app for commune gender-equality work in Vietnam."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "GenderEqualityDesk"
APP_TITLE = "Gender Equality Desk"

try:
    __version__ = version("gender-equality-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
