"""Tables of confidential victim-support cases, user accounts and the audit log.

What identifies a person (names, date of birth, address, phone, ID numbers, the narrative, free-text
notes, attachment names) is only ever stored as AES-GCM ciphertext (`*_sealed` columns, see
core/security/crypto.py). Everything else here is a category a statistic can count without revealing
who anyone is. Codes of fixed vocabularies are stored as plain strings (core/cases/vocabulary.py).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gender_equality_desk.core.store.base import Base, RecordMixin, utc_now
from gender_equality_desk.core.store.models import Village


class UserAccount(RecordMixin, Base):
    """Someone who may sign in. The data key is wrapped for this user by a key derived from the password;
    viewers never receive it (they only see anonymised statistics)."""

    __tablename__ = "user_account"

    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    # "scrypt$<log2 n>$<r>$<p>$<salt b64>$<verifier b64>": parameters travel with the hash.
    password_hash: Mapped[str] = mapped_column(String(200))
    wrapped_data_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None]
    last_sign_in_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]
    # HMAC of (uuid, username, role, is_active) under a key derived from the data key
    # (core/security/integrity.py): a role or state changed outside the app no longer matches.
    binding: Mapped[str | None] = mapped_column(String(64))


class KeyRecovery(Base):
    """The data key wrapped by the recovery key printed once at setup (one row)."""

    __tablename__ = "key_recovery"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_data_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class AuditEntry(Base):
    """One line of the append-only audit log, chained to the previous line by SHA-256.

    Triggers (migration 0005) refuse UPDATE and DELETE; AUTOINCREMENT makes ids gap-free, so a deleted
    last line shows as a gap against sqlite_sequence. Never holds a value of a sensitive field: `detail`
    names fields, not their contents.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_case", "case_id"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(30))
    case_id: Mapped[int | None] = mapped_column(Integer)
    case_code: Mapped[str] = mapped_column(String(20), default="")
    detail: Mapped[str] = mapped_column(String, default="")
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    # HMAC of entry_hash under the integrity key when the writer held the data key (core/security/
    # integrity.py): without that key nobody can rebuild the chain with matching MACs.
    mac: Mapped[str | None] = mapped_column(String(64))


class DvAct(RecordMixin, Base):
    """Catalogue of acts of domestic violence (Law 13/2022/QH15, Art. 3(1)), each mapped to a GBVIMS type."""

    __tablename__ = "dv_act"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    label: Mapped[str] = mapped_column(String(400))
    gbv_type: Mapped[str] = mapped_column(String(30))
    # The DV form row (thân thể / tinh thần / tình dục / kinh tế) this act is counted under; "" = none.
    # Data, not code: shown and edited beside the DV statistics rows.
    dv_form: Mapped[str] = mapped_column(String(20), default="", server_default="")
    legal_ref: Mapped[str] = mapped_column(String(60), default="", server_default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class TrustedAddress(RecordMixin, Base):
    """A registered trusted address / community shelter (địa chỉ tin cậy – nhà tạm lánh, Law Art. 36)."""

    __tablename__ = "trusted_address"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(100), default="", server_default="")
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"))
    contact: Mapped[str] = mapped_column(String(200), default="", server_default="")
    capacity: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    registered_on: Mapped[date | None] = mapped_column(Date)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")

    village: Mapped[Village | None] = relationship()


support_case_act = Table(
    "support_case_act",
    Base.metadata,
    Column("case_id", ForeignKey("support_case.id", ondelete="CASCADE"), primary_key=True),
    Column("act_id", ForeignKey("dv_act.id"), primary_key=True),
)


class SupportCase(RecordMixin, Base):
    """A victim-support case, known everywhere by its anonymous code (BL-2024-0007)."""

    __tablename__ = "support_case"
    __table_args__ = (
        UniqueConstraint("year", "number", name="uq_support_case_year_number"),
        Index("ix_support_case_live_intake", "is_deleted", "intake_date"),
        Index("ix_support_case_created_by", "created_by_id"),
        Index("ix_support_case_assigned_to", "assigned_to_id"),
    )

    code: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    intake_date: Mapped[date] = mapped_column(Date)
    intake_channel: Mapped[str] = mapped_column(String(30))
    survivor_sex: Mapped[str] = mapped_column(String(20))
    survivor_age_group: Mapped[str] = mapped_column(String(20))
    survivor_ethnicity: Mapped[str] = mapped_column(String(60), default="", server_default="")
    survivor_disability: Mapped[bool | None] = mapped_column(Boolean)
    perpetrator_relationship: Mapped[str] = mapped_column(String(30))
    perpetrator_sex: Mapped[str] = mapped_column(String(20))
    perpetrator_age_group: Mapped[str] = mapped_column(String(20))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("village.id"))
    gbv_type: Mapped[str] = mapped_column(String(30))
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_scope: Mapped[str] = mapped_column(String(300), default="", server_default="")
    risk_level: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="open", server_default="open")
    closed_on: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[str | None] = mapped_column(String(30))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    # Names, date of birth, address, phone, ID numbers, narrative: one AES-GCM sealed JSON object.
    identity_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    # HMAC of (uuid, code, creator's and assignee's account uuids) under the integrity key: an
    # assignment changed outside the app opens nothing (core/cases/access.py).
    binding: Mapped[str | None] = mapped_column(String(64))

    village: Mapped[Village | None] = relationship()
    acts: Mapped[list[DvAct]] = relationship(secondary=support_case_act, order_by=DvAct.sort_order)


class CaseMeasure(RecordMixin, Base):
    """A protection / support measure or referral applied in a case, with dates, provider and outcome."""

    __tablename__ = "case_measure"
    __table_args__ = (Index("ix_case_measure_case", "case_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    provider: Mapped[str] = mapped_column(String(200), default="", server_default="")
    trusted_address_id: Mapped[int | None] = mapped_column(ForeignKey("trusted_address.id"))
    outcome: Mapped[str] = mapped_column(String(20), default="ongoing", server_default="ongoing")
    note_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)


class CaseFollowUp(RecordMixin, Base):
    """A planned follow-up (visit, call) with its due date; done_on is set when it happened."""

    __tablename__ = "case_follow_up"
    __table_args__ = (
        Index("ix_case_follow_up_case", "case_id"),
        Index("ix_case_follow_up_due", "done_on", "due_date"),
    )

    case_id: Mapped[int] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    due_date: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    note_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)


class CaseStatusChange(RecordMixin, Base):
    """History of closing and reopening: a reopened case keeps every earlier closure."""

    __tablename__ = "case_status_change"
    __table_args__ = (Index("ix_case_status_change_case", "case_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"))
    on_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(30), default="", server_default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    note_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)


class CaseAttachment(RecordMixin, Base):
    """A file of a case, stored encrypted under case_files/ by a random name (never a content hash,
    which would reveal that two cases hold the same file or confirm a guessed file)."""

    __tablename__ = "case_attachment"
    __table_args__ = (Index("ix_case_attachment_case", "case_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"))
    blob_name: Mapped[str] = mapped_column(String(64), unique=True)
    name_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    size_bytes: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="", server_default="")
