"""What was last shared of each record: its UUID → the `updated_at` both sides agreed on.

Written when a package is exported (what was sent) and when one is imported (what was taken), so the
next import can tell "changed only there" from "changed on both sides" without any column in the store.
A lost or stale ledger errs on the careful side: a record without an entry that differs on both sides
is shown as a conflict for the officer to decide.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.paths import DataLayout


def ledger_path(layout: DataLayout) -> Path:
    return layout.root / "exchange" / "shared-versions.json"


def load_ledger(layout: DataLayout) -> dict[str, datetime]:
    try:
        raw = json.loads(ledger_path(layout).read_text(encoding="utf-8"))
        return {key: datetime.fromisoformat(value) for key, value in raw.items()}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}  # missing or damaged: every record counts as never shared (conflicts, never silent loss)


def remember_shared(layout: DataLayout, versions: Mapping[str, datetime]) -> None:
    if not versions:
        return
    ledger = load_ledger(layout)
    ledger.update(versions)
    text = json.dumps({key: value.isoformat() for key, value in sorted(ledger.items())}, indent=0)
    write_bytes_atomic(ledger_path(layout), text.encode("utf-8"))
