"""Header and signature block of a document, from the commune profile (Decree 30 conventions)."""

from __future__ import annotations

from datetime import date

from gender_equality_desk.core.profile import ProfileInput
from gender_equality_desk.core.reports.content import DocumentHeader, SignatureBlock, place_and_date_line


def document_header(
    profile: ProfileInput, *, document_type: str, symbol: str, subject: str, day: date | None
) -> DocumentHeader:
    """`symbol` is the part after the slash, e.g. "BC-UBND": the number itself is given by the văn thư."""
    return DocumentHeader(
        issuing_body=profile.issuing_body.upper(),
        number_symbol=f"Số:        /{symbol}",
        place_and_date=place_and_date_line(profile.place_name, day),
        document_type=document_type.upper(),
        subject=subject,
        parent_body=profile.parent_body.upper(),
    )


def signature_block(profile: ProfileInput, recipients: tuple[str, ...]) -> SignatureBlock:
    """Recipients end with the archive line "- Lưu: VT." as every administrative document does."""
    lines = [f"- {name.strip().removeprefix('- ').rstrip(';.')};" for name in recipients if name.strip()]
    lines.append("- Lưu: VT.")
    authority = [line.strip().upper() for line in profile.signing_authority.splitlines() if line.strip()]
    authority.append(profile.signer_title.strip().upper())
    return SignatureBlock(
        recipients=tuple(lines), authority_lines=tuple(authority), signer_name=profile.signer_name
    )
