"""Building packages as a forger would: change parts, then list their new hashes and sizes in the
manifest and sign it with a key of one's own (a signature proves who signed, not what is sensible)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from gender_equality_desk.core.exchange import packages_signing as signing
from gender_equality_desk.core.exchange.packages_format import MANIFEST, SIGNATURE
from gender_equality_desk.core.paths import DataLayout


def resigned(
    package: Path,
    target: Path,
    signer: DataLayout,
    change: Callable[[str, bytes], bytes] = lambda _name, data: data,
    *,
    add: Mapping[str, bytes] | None = None,
    manifest_change: Callable[[dict[str, Any]], None] = lambda _manifest: None,
    declared_sizes: Mapping[str, int] | None = None,
) -> Path:
    """`package` with every part passed through `change` (and `add`ed), re-listed and re-signed by the
    installation key of `signer`. `declared_sizes` lies about sizes in the manifest."""
    with zipfile.ZipFile(package) as source:
        manifest = json.loads(source.read(MANIFEST))
        parts = {
            info.filename: change(info.filename, source.read(info.filename))
            for info in source.infolist()
            if info.filename not in (MANIFEST, SIGNATURE)
        }
    parts.update(add or {})
    manifest["parts"] = [
        {"name": name, "sha256": hashlib.sha256(data).hexdigest(),
         "size": (declared_sizes or {}).get(name, len(data))}
        for name, data in parts.items()
    ]  # fmt: skip
    key = signing.installation_key(signer)
    public = signing.public_key_bytes(key)
    manifest["signing_key"] = {"algorithm": signing.ALGORITHM, "public_key": signing.encode(public),
                               "fingerprint": signing.fingerprint(public)}  # fmt: skip
    manifest_change(manifest)
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, signing.encode(signing.sign(key, manifest_bytes)))
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def edit_rows(table: str, edit: Callable[[list[dict[str, Any]]], None]) -> Callable[[str, bytes], bytes]:
    """A `change` for resigned: `edit` the decoded rows of records/<table>.json in place."""

    def change(name: str, data: bytes) -> bytes:
        if name != f"records/{table}.json":
            return data
        rows = json.loads(data)
        edit(rows)
        return json.dumps(rows).encode()  # ASCII with \u escapes: even a lone surrogate is valid JSON

    return change
