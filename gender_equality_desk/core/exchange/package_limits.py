"""How big each part of a data package may be: what a commune can produce, nothing a bomb needs.

Anyone can sign a package with a key of their own, so a signature does not make a part small: every
part is capped here by what the sending app could have written, and its size is checked against the
cap before a byte of it is inflated (zipfile never inflates past the size the zip declares, and a zip
that lies about it fails its CRC). Record parts are then read row by row (`json_stream`), so memory
follows the rows kept, not the bytes received.

How the caps were derived (the demo commune, `demo --scale 1`, records 200 activities and 58
propaganda events a year; its package rows average 1.1 KB and 0.8 KB of JSON):

* rows: the busiest commune at ten times the demo for 25 years (a move to a new PC carries the whole
  history): 2,000 × 25 = 50,000 activities and as many events; four evidence files a record,
  100,000 in all; a merged commune has 30–150 villages (2,000 allowed), a few dozen catalogue entries
  (1,000), two campaigns a year (1,000) and a few hundred slogans (10,000);
* bytes of a record part: its rows at 2 KB each for activities and events (result summaries run
  long), 4 KB for campaigns (theme and message), 1 KB for the others: ~98 MB for 50,000 activities;
  one row at most 256 KB of JSON (a summary of 80,000 characters);
* the manifest: 64 KB of header and 512 bytes per part listed (a part takes ~190 bytes), so it can
  only grow with the parts really in the zip;
* extensions: anonymised statistics are a few KB (1 MB allowed); the encrypted cases of the demo
  (24 cases with accounts and history) take 187 KB, 7.8 KB a case, so 16 MB holds 2,000 cases (the
  demo's 12 a year, ten times over, for 15 years);
* files: evidence files and case files are 20 MB at most when attached (a case file gains a few
  bytes of nonce and tag when sealed).
"""

from __future__ import annotations

from gender_equality_desk.core.records.attachments import MAX_ATTACHMENT_BYTES

_KB, _MB = 1024, 1024 * 1024

MAX_ROWS = {
    "village": 2_000, "activity_kind": 1_000, "propaganda_kind": 1_000, "responsible_unit": 1_000,
    "campaign": 1_000, "slogan": 10_000, "activity": 50_000, "propaganda_event": 50_000,
    "attachment": 100_000,
}  # fmt: skip
# The average bytes a row of each table may reach (long result summaries; campaign themes; file names).
ROW_BYTES = {"activity": 2 * _KB, "propaganda_event": 2 * _KB, "campaign": 4 * _KB}
OTHER_ROW_BYTES = 1 * _KB
MAX_ROW_CHARS = 256 * _KB
MANIFEST_BASE_BYTES = 64 * _KB
MANIFEST_BYTES_PER_PART = 512
MAX_SIGNATURE_BYTES = 4 * _KB
EXTENSION_JSON_BYTES = {
    "extensions/case-statistics.json": 1 * _MB,
    "extensions/encrypted-cases.json": 16 * _MB,
}
OTHER_JSON_BYTES = 1 * _MB  # a part a newer version may add
MAX_FILE_BYTES = MAX_ATTACHMENT_BYTES + 64 * _KB  # an evidence file, or a case file and its seal


def manifest_limit(parts_in_zip: int) -> int:
    return MANIFEST_BASE_BYTES + MANIFEST_BYTES_PER_PART * parts_in_zip


def part_limit(name: str) -> int:
    """The most bytes the part `name` may hold once inflated."""
    if name.startswith("records/") and name.endswith(".json"):
        table = name.removeprefix("records/").removesuffix(".json")
        if table not in MAX_ROWS:
            return OTHER_JSON_BYTES
        return MAX_ROWS[table] * ROW_BYTES.get(table, OTHER_ROW_BYTES)
    if name.startswith("extensions/") and name.endswith(".json"):
        return EXTENSION_JSON_BYTES.get(name, OTHER_JSON_BYTES)
    if name.startswith("attachments/"):
        return MAX_ATTACHMENT_BYTES
    return MAX_FILE_BYTES


def describe_bytes(size: int) -> str:
    """ "12,5 MB" (Vietnamese decimal comma), "640 KB"."""
    if size >= _MB:
        return f"{size / _MB:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / _KB))} KB"
