"""Gender Equality Desk — offline desktop app for commune gender-equality work in Vietnam."""

APP_NAME = "GenderEqualityDesk"
APP_TITLE = "Gender Equality Desk"


def __getattr__(name: str) -> str:
    """`__version__`, read from the package metadata on first use: importlib.metadata takes ~20 ms,
    which the GUI's first paint does not need (PEP 562)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("gender-equality-desk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
