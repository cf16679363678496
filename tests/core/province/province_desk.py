"""A province desk for the commune-side tests: its own data folder, key pair and key file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.keys import (
    ProvinceKey,
    own_province_key,
    sealing_private_key,
    write_key_file,
)


@dataclass(frozen=True)
class ProvinceDesk:
    layout: DataLayout
    key: ProvinceKey
    key_file: Path

    @property
    def private_key(self) -> X25519PrivateKey:
        """What only the province holds: the key that opens the communes' sealed files."""
        return sealing_private_key(self.layout)


def make_province(folder: Path, province: str = "Lạng Sơn") -> ProvinceDesk:
    layout = DataLayout(folder / "tinh")
    key = own_province_key(layout, province, f"Sở Nội vụ tỉnh {province}")
    return ProvinceDesk(layout, key, write_key_file(key, folder / f"khoa-{province}.gedkey"))
