"""Encrypted cases in a data package, for moving to a new PC. No case value is ever decrypted here.

Export (`case_transfer_part`, administrator only): every case row with its measures, follow-ups, status
history and file records, copied column by column as stored — names, narrative and notes stay AES-GCM
ciphertext (base64 in the JSON) — plus what is needed to open them on the new PC: the accounts with
their password hashes and their wrapped copies of the data key, and the recovery-key row. The encrypted
case files are copied byte for byte. Every sealed value is bound to its row's UUID, and UUIDs are kept,
so the same passwords and the same printed recovery key open everything on the new PC. The whole part
is then sealed under a one-time transfer code (package_cases_seal): the verifiers, wrapped keys and
clear columns would otherwise let whoever copies the USB stick guess a password offline. The code goes
back to the GUI in ExtensionPart.transfer_code, to be written on paper, and is asked on the new PC.
The old PC's whole access log rides inside the sealed content and is kept read-only there (audit_archive).

Import (`import_case_transfer`, from a CaseTransfer opened once with the code) only into a store with
no case at all: cases sealed with another data key could not be opened next to these, so mixing is
refused. Accounts made on the new PC before the import (with their own, still unused data key) are
replaced by the old PC's; that needs one of those administrators signed in. `case_transfer_problem`
checks all of that, the code and every case file the part names, before anything is written;
afterwards every session open on the store is stale (`session_outlived`). Rows are turned into JSON and
back by package_cases_rows.
"""

from __future__ import annotations

import base64
import re
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.package_cases_rows import (
    CASE_TABLES,
    carried_columns,
    encode_cell,
    insert_accounts,
    insert_addresses,
    insert_rows,
    key_of,
    resolve_references,
)
from gender_equality_desk.core.exchange.package_cases_seal import (
    TRANSFER_PART,
    CaseTransfer,
    malformed,
    new_transfer_code,
    open_case_transfer,
    seal_transfer,
    transfer_counts,
    transfer_counts_of,
)
from gender_equality_desk.core.exchange.packages_export import ExtensionPart
from gender_equality_desk.core.exchange.packages_format import EXTENSION_PREFIX
from gender_equality_desk.core.exchange.packages_verify import VerifiedPackage
from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.security.audit import Actor, AuditAction, record
from gender_equality_desk.core.security.audit_archive import ArchiveSource, exported_log, keep_old_log
from gender_equality_desk.core.security.session import CASE_FILES_DIRNAME, AuthSession, Role
from gender_equality_desk.core.security.trust_anchor import unanchor_after_transfer
from gender_equality_desk.core.store.case_models import (
    AuditEntry,
    CaseAttachment,
    DvAct,
    KeyRecovery,
    SupportCase,
    TrustedAddress,
    UserAccount,
    support_case_act,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Village
from gender_equality_desk.core.store.write_failures import StoreWriteError

__all__ = ["TRANSFER_PART", "CaseTransfer", "open_case_transfer", "transfer_counts"]  # re-exported

FILES_FOLDER = "case-files/"
TRANSFER_DESCRIPTION = "Hồ sơ hỗ trợ đã mã hóa và tài khoản để mở trên máy mới"
# Case files are named by core.cases.files with random hex: anything else (a path, "C:x", "..") is refused.
_BLOB_NAME = re.compile(r"[0-9a-f]{32,64}")
MIXING_REFUSED = (
    "Máy này đã có hồ sơ hỗ trợ, được mã hóa bằng khóa dữ liệu riêng của máy này. Hồ sơ trong gói dùng "
    "khóa của máy cũ nên không thể gộp chung (sẽ không mở được). Chỉ nhập hồ sơ mã hóa vào máy mới "
    "chưa có hồ sơ nào; phần hoạt động, tuyên truyền trong gói vẫn nhập được bình thường."
)
WRITE_FAILED = (
    "Không ghi được tệp hồ sơ mã hóa vào thư mục dữ liệu ({error}); không có hồ sơ nào được nhập. "
    "Hãy kiểm tra ổ đĩa còn chỗ trống và không bị khóa ghi, rồi nhập lại gói."
)
SAVE_FAILED = (
    "Không lưu được hồ sơ vào cơ sở dữ liệu ({error}); không có hồ sơ nào được nhập. "
    "Hãy đóng các chương trình khác đang mở thư mục dữ liệu, kiểm tra ổ đĩa rồi nhập lại gói."
)
ADMIN_NEEDED = (
    "Máy này đã có tài khoản hồ sơ hỗ trợ (chưa có hồ sơ nào). Nhập gói sẽ thay các tài khoản đó bằng tài "
    "khoản của máy cũ, nên cần quản trị viên của máy này đăng nhập trước."
)


def case_transfer_part(auth: AuthSession) -> ExtensionPart:
    """Every case, still encrypted, with the accounts and recovery key that open it. Administrator only;
    the export itself is written to the audit log."""
    auth.require_role(Role.ADMIN)
    content: dict[str, Any] = {}
    files: list[tuple[str, Path]] = []
    with auth.store.transaction() as db:
        uuids: dict[tuple[str, int], str] = {}
        for model in (Village, DvAct, UserAccount, TrustedAddress, SupportCase):
            for row_id, row_uuid in db.execute(select(model.id, model.uuid)):
                uuids[(model.__tablename__, row_id)] = row_uuid
        content["villages"] = [
            {"uuid": u, "name": n} for u, n in db.execute(select(Village.uuid, Village.name))
        ]
        content["acts"] = [
            {"uuid": u, "code": c, "label": lb, "gbv_type": g}
            for u, c, lb, g in db.execute(select(DvAct.uuid, DvAct.code, DvAct.label, DvAct.gbv_type))
        ]
        for table in CASE_TABLES:
            columns = carried_columns(table)
            content[table.name] = [
                {key_of(c): encode_cell(c, row._mapping[c.name], uuids) for c in columns}
                for row in db.execute(select(*columns).order_by(table.c.id))
            ]
        content["case_acts"] = [
            [uuids[("support_case", case_id)], uuids[("dv_act", act_id)]]
            for case_id, act_id in db.execute(select(support_case_act.c.case_id, support_case_act.c.act_id))
        ]
        content["key_recovery"] = [
            {"salt": base64.b64encode(salt).decode("ascii"),
             "wrapped_data_key": base64.b64encode(wrapped).decode("ascii")}
            for salt, wrapped in db.execute(select(KeyRecovery.salt, KeyRecovery.wrapped_data_key))
        ]  # fmt: skip
        content["audit_log"] = exported_log(db)  # kept read-only on the new PC (audit_archive)
        for blob_name in db.scalars(select(CaseAttachment.blob_name)):
            source = auth.case_files_dir / blob_name[:2] / blob_name
            if not source.is_file():
                raise UserFacingError(
                    f"Thiếu tệp hồ sơ mã hóa {blob_name[:8]}… trong thư mục dữ liệu nên chưa xuất được. "
                    "Hãy khôi phục thư mục dữ liệu từ bản sao lưu rồi xuất lại."
                )
            files.append((FILES_FOLDER + blob_name, source))
    code = new_transfer_code()  # shown once by the GUI; never written to disk or to the audit log
    data = seal_transfer(content, transfer_counts_of(content), code)
    # Logged by package_audit once the package is written: a failed export sent nothing anywhere.
    detail = f"gói chuyển máy: {len(content['support_case'])} hồ sơ (đã mã hóa), {len(files)} tệp"
    return ExtensionPart(
        TRANSFER_PART, data, TRANSFER_DESCRIPTION, tuple(files), contains_case_data=True, audit_detail=detail,
        transfer_code=code,
    )  # fmt: skip


def case_store_problem(store: Store, auth: AuthSession | None) -> str | None:
    """Why encrypted cases from another PC cannot go into `store` (Vietnamese), or None when they can:
    MIXING_REFUSED (it has cases) or ADMIN_NEEDED (it has accounts and none of its administrators is
    signed in as `auth`)."""
    with store.reading() as db:
        cases = db.scalar(select(func.count()).select_from(SupportCase)) or 0
        accounts = db.scalar(select(func.count()).select_from(UserAccount)) or 0
    if cases:
        return MIXING_REFUSED
    if accounts and (
        auth is None or not auth.is_open or auth.role is not Role.ADMIN or auth.store is not store
    ):
        return ADMIN_NEEDED
    return None


def session_outlived(auth: AuthSession) -> bool:
    """True when `auth` is open but its account is no longer in its store (an import of encrypted cases
    replaced every account): its data key and user id are stale and must not be used again."""
    if not auth.is_open:
        return False
    with auth.store.reading() as db:
        username = db.scalar(select(UserAccount.username).where(UserAccount.id == auth.user_id))
    return username != auth.username


def _opened(source: VerifiedPackage | CaseTransfer, code: str) -> CaseTransfer | None:
    return source if isinstance(source, CaseTransfer) else open_case_transfer(source, code)


def case_transfer_problem(
    store: Store, source: VerifiedPackage | CaseTransfer, auth: AuthSession | None, code: str = ""
) -> str | None:
    """Everything `import_case_transfer` can check before writing: the transfer code (a package is
    opened with `code`; pass the CaseTransfer already opened to avoid a second scrypt), the store
    (case_store_problem), the part's content and the case files it names. A Vietnamese reason, or None
    when the import may go on."""
    package = source.package if isinstance(source, CaseTransfer) else source
    try:
        transfer = _opened(source, code)
        if transfer is None:
            return None
        content = transfer.content
        problem = case_store_problem(store, auth)
        if problem:
            return problem
        with zipfile.ZipFile(package.path) as archive:
            present = set(archive.namelist())
        for item in content["case_attachment"]:
            blob_name = str(item["blob_name"])
            if (
                not _BLOB_NAME.fullmatch(blob_name)
                or EXTENSION_PREFIX + FILES_FOLDER + blob_name not in present
            ):
                raise ValueError("blob_name")
        for key in ("villages", "acts", "case_acts", "key_recovery"):
            if not isinstance(content.get(key), list):
                raise ValueError(key)
    except UserFacingError as error:  # PackageError, TransferCodeError
        return str(error)
    except (ValueError, KeyError, TypeError, zipfile.BadZipFile):
        return str(malformed(package))
    except OSError as error:
        return f"Không đọc được gói “{package.path.name}” ({error}). Hãy chép lại gói vào máy rồi thử lại."
    return None


def import_case_transfer(
    store: Store, source: VerifiedPackage | CaseTransfer, auth: AuthSession | None = None, code: str = ""
) -> int:
    """Copy the package's encrypted cases into an empty case store (one transaction); returns how many.

    `source` is a package (opened here with `code`) or the CaseTransfer already opened. Refused
    (UserFacingError, Vietnamese; TransferCodeError for the code) when case_transfer_problem finds a
    reason, before anything is written. Every account of this store is replaced, so every session open
    on it is stale afterwards: `auth` is closed here and the GUI ends the others
    (DataChange.ACCOUNTS_REPLACED)."""
    transfer = _opened(source, code)
    if transfer is None:
        return 0
    package, content = transfer.package, transfer.content
    problem = case_transfer_problem(store, transfer, auth)
    if problem:
        raise UserFacingError(problem)
    written: list[Path] = []
    try:
        with store.transaction() as db:
            # Accounts made here before the import hold another data key that opens nothing: replaced.
            db.execute(delete(UserAccount))
            db.execute(delete(KeyRecovery))
            # New ids above any id the audit log already names, so old entries never point at new people.
            highest = db.scalar(select(func.max(AuditEntry.user_id))) or 0
            ids = resolve_references(db, content)
            for offset, item in enumerate(content["user_account"], start=1):
                item["id"] = highest + offset
            for table in CASE_TABLES:
                if table.name == "user_account":
                    insert_accounts(db, table, content["user_account"], ids)
                elif table.name == "trusted_address":
                    insert_addresses(db, table, content["trusted_address"], ids)
                else:
                    insert_rows(db, table, content[table.name], ids)
            for case, act in content["case_acts"]:
                db.execute(insert(support_case_act).values(case_id=ids[case], act_id=ids[act]))
            for item in content["key_recovery"]:
                db.add(KeyRecovery(salt=base64.b64decode(item["salt"]),
                                   wrapped_data_key=base64.b64decode(item["wrapped_data_key"])))  # fmt: skip
            _copy_files(package, store.path.parent / CASE_FILES_DIRNAME, content, written)
            actor = Actor.of(auth) if auth is not None and auth.is_open else None
            origin = ArchiveSource(package.path.name, package.created_at, package.commune)
            keep_old_log(db, actor, content.get("audit_log"), origin, store.path.parent, written)
            detail = f"nhận {len(content['support_case'])} hồ sơ (đã mã hóa) từ gói {package.path.name}"
            record(db, actor, AuditAction.SETTINGS_CHANGED, detail=detail)
            # The data key is now the old PC's: this log's MACs cannot be checked any more, and the next
            # administrator sign-in anchors again (the cases' and accounts' bindings came along).
            unanchor_after_transfer(db)
    except (ValueError, KeyError, TypeError, IntegrityError, zipfile.BadZipFile):
        _remove(written)
        raise malformed(package) from None
    except SQLAlchemyError as error:  # e.g. the database locked or the disk full at commit
        _remove(written)
        raise UserFacingError(SAVE_FAILED.format(error=type(error).__name__)) from None
    except StoreWriteError:  # the same, explained by the store: the files must go all the same
        _remove(written)
        raise
    except OSError as error:
        _remove(written)
        raise UserFacingError(WRITE_FAILED.format(error=error.strerror or error)) from None
    if auth is not None and auth.is_open:
        auth.close()  # its account was replaced: sign in again with the old PC's password
    return len(content["support_case"])


def _remove(written: list[Path]) -> None:
    """The rows were rolled back: their files must not stay behind."""
    for path in written:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue  # a leftover ciphertext without a row opens nothing; the error above is the news


def _copy_files(package: VerifiedPackage, folder: Path, content: dict[str, Any], written: list[Path]) -> None:
    """Encrypted case files, byte for byte (already checked against the signed manifest); each path is
    added to `written` as soon as it exists, so a failed import can remove it again."""
    with zipfile.ZipFile(package.path) as archive:
        for item in content["case_attachment"]:
            blob_name = str(item["blob_name"])
            if not _BLOB_NAME.fullmatch(blob_name):
                raise ValueError("blob_name")
            data = archive.read(EXTENSION_PREFIX + FILES_FOLDER + blob_name)
            target = folder / blob_name[:2] / blob_name
            write_bytes_atomic(target, data)
            written.append(target)
