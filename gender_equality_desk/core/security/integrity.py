"""MACs that tie the access log, the accounts' roles and the cases' assignments to the data key.

Threat model. The attacker can read and write the SQLite file (DB Browser, a script, a copied store put
back), drop and re-create its triggers, and recompute any SHA-256, but knows no password of an account
that holds the data key, nor the printed recovery key. Then:

- cannot rebuild the access log: each entry written by someone holding the data key carries
  HMAC-SHA256(entry_hash) under the *integrity key* (HKDF of the data key), and the newest such entry
  is MAC'd into `trust_anchor` (core/security/trust_anchor.py). Cutting, re-attributing or forging an
  entry and recomputing the chain breaks a MAC; cutting the tail loses the anchored head; wiping every
  row is seen from the accounts and cases left behind (core/security/trust_check.py);
- cannot give an account another role or re-enable it, nor give a case to someone else: accounts and
  cases carry a MAC of what decides access (`binding`), checked at sign-in, when a case is opened and by
  `check --user`; and an administrator or case officer must unwrap the data key at sign-in, which a
  viewer promoted by SQL cannot (viewers are never given it);
- can still: delete the file or put back a whole earlier copy of it, or of rows copied earlier (nothing
  inside one file can tell an old state from the current one: that is what backups on the USB stick
  are for); change or cut entries written since the last entry of a data-key holder (failed sign-ins,
  a viewer's sign-in), which carry no MAC because no key was at hand; and tamper unnoticed between an
  upgrade to this version and the first administrator sign-in, which anchors the store as it finds it.

Anyone who holds the data key — an administrator, a case officer, whoever has the recovery key — can
compute these MACs: a case officer who also writes the file with a program of their own can forge
them. Such a person can read every case with that key anyway; the MACs stop the officer who only has a
database editor, and every outsider. `check` without a password can verify the chain and the shape of
the anchor only; `check --user` verifies every MAC.
"""

from __future__ import annotations

import hashlib
import hmac
import json

INTEGRITY_INFO = b"gender-equality-desk integrity key v1"
KEY_BYTES = 32

AUDIT_ENTRY = "audit-entry"
AUDIT_ANCHOR = "audit-anchor"
ACCOUNT = "account"
CASE = "case"


def integrity_key(data_key: bytes) -> bytes:
    """The MAC key, derived from the data key (never stored; HKDF keeps it apart from encryption)."""
    # Imported on use: the log is written from code that runs before the first paint of the GUI.
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=INTEGRITY_INFO).derive(data_key)


def mac(key: bytes, domain: str, *parts: object) -> str:
    """HMAC-SHA256 (hex) of `parts` as canonical JSON, under `domain` so one kind never passes as another."""
    body = json.dumps([domain, *parts], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def matches(key: bytes, stored: str | None, domain: str, *parts: object) -> bool:
    return stored is not None and hmac.compare_digest(stored, mac(key, domain, *parts))


def account_mac(key: bytes, uuid: str, username: str, role: str, is_active: bool) -> str:
    return mac(key, ACCOUNT, uuid, username, role, bool(is_active))


def case_mac(key: bytes, uuid: str, code: str, created_by: str | None, assigned_to: str | None) -> str:
    """Over the uuids of the creator's and assignee's accounts: they travel with a move to a new PC."""
    return mac(key, CASE, uuid, code, created_by, assigned_to)


def entry_mac(key: bytes, entry_hash: str) -> str:
    return mac(key, AUDIT_ENTRY, entry_hash)
