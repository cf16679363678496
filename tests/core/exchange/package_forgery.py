"""What a forger on the way between two desks does to a data package: change a part, fix the manifest's
hashes and sign it again with a key of their own. The signature is then valid — for their key."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from gender_equality_desk.core.exchange import packages_signing as signing
from gender_equality_desk.core.exchange.packages_format import MANIFEST, SIGNATURE


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
