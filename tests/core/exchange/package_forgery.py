"""What a forger on the way between two desks does to a data package: change a part, fix the manifest's
hashes and sign it again with a key of their own. The signature is then valid — for their key. And the
commune whose package it was: Xã Cao Lâu, two activities of 20/11/2026."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from gender_equality_desk.core.exchange import packages_signing as signing
from gender_equality_desk.core.exchange.packages import export_package
from gender_equality_desk.core.exchange.packages_format import MANIFEST, SIGNATURE
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.setup import set_up_commune, suggested_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity
from gender_equality_desk.core.store.opening import open_store

from .backup_helpers import DAY, add_activity


def resign(source: Path, target: Path, change: Callable[[str, bytes], bytes] = lambda _n, d: d) -> str:
    """Copy `source` to `target` with each part passed through `change`, the manifest's hashes and sizes
    recomputed and a fresh Ed25519 key in place of the sender's. Returns the forger's fingerprint."""
    key = Ed25519PrivateKey.generate()
    public = signing.public_key_bytes(key)
    with zipfile.ZipFile(source) as archive:
        manifest: dict[str, Any] = json.loads(archive.read(MANIFEST))
        parts = {item["name"]: change(item["name"], archive.read(item["name"])) for item in manifest["parts"]}
    for item in manifest["parts"]:
        data = parts[item["name"]]
        item["sha256"], item["size"] = hashlib.sha256(data).hexdigest(), len(data)
    manifest["signing_key"] = {
        "algorithm": signing.ALGORITHM,
        "public_key": signing.encode(public),
        "fingerprint": signing.fingerprint(public),
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, signing.encode(signing.sign(key, manifest_bytes)))
        for name, data in parts.items():
            archive.writestr(name, data)
    return signing.fingerprint(public)


def inflate_participants(name: str, data: bytes) -> bytes:
    """Every activity of the package now reports 500 women taking part, as if edited there just now."""
    if name != "records/activity.json":
        return data
    rows = json.loads(data)
    for row in rows:
        row["participants_female"] = 500
        row["participants_total"] = 500 + (row.get("participants_male") or 0)
        row["updated_at"] = datetime.now(UTC).isoformat()
    return json.dumps(rows, ensure_ascii=False).encode("utf-8")


def make_commune(root: Path) -> tuple[Store, DataLayout]:
    """Xã Cao Lâu (Quảng Nam) with two activities of 20/11/2026, 12 women and 8 men each (store left open)."""
    layout = DataLayout(root)
    store = open_store(layout)
    with store.transaction() as session:
        set_up_commune(session, suggested_profile("Xã Cao Lâu", "Quảng Nam", "Trần Thị Hằng"), ["Thôn 1"])
    for title in ("Họp dân thôn 1", "Tập huấn tổ hòa giải"):
        activity_id = add_activity(store, layout, title)
        with store.transaction() as session:
            activity = session.get(Activity, activity_id)
            assert activity is not None
            activity.participants_female, activity.participants_male, activity.participants_total = 12, 8, 20
    return store, layout


def export_day(commune: tuple[Store, DataLayout], target: Path) -> Path:
    store, layout = commune
    with store.reading() as session:
        export_package(session, layout, DAY, DAY, target)
    return target


def women(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.sum(Activity.participants_female))) or 0
