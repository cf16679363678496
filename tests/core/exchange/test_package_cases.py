"""Encrypted cases for a new PC: carried still sealed, opened there with the same password, never mixed."""

from __future__ import annotations

import dataclasses
import errno
import json
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from gender_equality_desk.core.cases import support
from gender_equality_desk.core.cases.detail import load_case
from gender_equality_desk.core.cases.files import list_case_files, open_case_file
from gender_equality_desk.core.cases.support import MeasureInput
from gender_equality_desk.core.cases.trusted import TrustedAddressInput, save_trusted_address
from gender_equality_desk.core.cases.vocabulary import MeasureKind
from gender_equality_desk.core.demo.cases import STORIES
from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange import package_cases
from gender_equality_desk.core.exchange.package_audit import record_part_exports
from gender_equality_desk.core.exchange.package_cases import (
    ADMIN_NEEDED,
    MIXING_REFUSED,
    TRANSFER_PART,
    case_store_problem,
    case_transfer_part,
    case_transfer_problem,
    import_case_transfer,
    open_case_transfer,
    transfer_counts,
)
from gender_equality_desk.core.exchange.package_statistics import statistics_part
from gender_equality_desk.core.exchange.packages import (
    VerifiedPackage,
    export_package,
    open_package,
    package_file_name,
)
from gender_equality_desk.core.exchange.packages_format import EXTENSION_PREFIX
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.audit import AuditAction, list_entries
from gender_equality_desk.core.security.session import CASE_FILES_DIRNAME, AccessDeniedError
from gender_equality_desk.core.store.case_models import SupportCase, TrustedAddress
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

from .case_helpers import (
    ADMIN_PASSWORD,
    FILE_TEXT,
    PERPETRATOR_NAME,
    SURVIVOR_NAMES,
    CaseTeam,
    make_case_team,
)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def team(store: Store, tmp_path: Path) -> CaseTeam:
    return make_case_team(store, tmp_path)


@pytest.fixture
def new_pc(tmp_path: Path) -> Iterator[Store]:
    other = open_store(DataLayout(tmp_path / "new-pc"))
    yield other
    other.close()


def _package(store: Store, layout: DataLayout, team: CaseTeam, target: Path) -> Path:
    """The package written; the transfer code it was sealed under is in CODES[target]."""
    part = case_transfer_part(team.admin)
    with store.reading() as session:
        export_package(session, layout, date(2025, 1, 1), date(2025, 12, 31), target, extensions=[part])
    CODES[target] = part.transfer_code
    return target


CODES: dict[Path, str] = {}


def _code(package: VerifiedPackage) -> str:
    return CODES[package.path]


def test_round_trip_into_a_fresh_store_opens_with_the_same_password(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    package = open_package(_package(store, layout, team, tmp_path / "goi.zip"))
    assert package.contains_case_data
    assert transfer_counts(package) == {"cases": 3, "accounts": 3, "files": 1}  # before any code

    assert import_case_transfer(new_pc, package, code=_code(package)) == 3

    admin = accounts.sign_in(new_pc, "quantri", ADMIN_PASSWORD)
    opened = [load_case(admin, case_id) for case_id in range(1, 4)]
    assert sorted(case.data.identity.survivor_name for case in opened) == sorted(SURVIVOR_NAMES)
    first = next(case for case in opened if case.data.identity.survivor_name == SURVIVOR_NAMES[0])
    assert first.data.identity.perpetrator_name == PERPETRATOR_NAME
    assert [m.note for m in first.measures] == [SURVIVOR_NAMES[0]]
    [row] = list_case_files(admin, first.id)
    assert row.name == f"{SURVIVOR_NAMES[0]}.pdf"
    assert open_case_file(admin, row.id).content == FILE_TEXT
    # The officer's password works there too, and so does the printed recovery key.
    assert accounts.sign_in(new_pc, "canbo", "Can bo xa 2024").has_data_key
    accounts.recover_with_key(new_pc, team.recovery_key, "quantri", "Mat khau moi 2025")
    again = accounts.sign_in(new_pc, "quantri", "Mat khau moi 2025")
    assert load_case(again, first.id).data.identity.survivor_name == SURVIVOR_NAMES[0]


def test_the_package_holds_no_readable_personal_data(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path
) -> None:
    path = _package(store, layout, team, tmp_path / "goi.zip")
    with zipfile.ZipFile(path) as archive:
        contents = b"".join(archive.read(name) for name in archive.namelist())
        names = " ".join(archive.namelist())
    for secret in (*SURVIVOR_NAMES, PERPETRATOR_NAME, "0987 654 321", "hàng xóm báo"):
        assert secret.encode("utf-8") not in contents
        assert secret not in names
    assert b"Bien ban" not in contents  # the case file is carried encrypted
    assert b"survivor_name" not in contents


def test_only_an_administrator_may_include_cases(team: CaseTeam) -> None:
    for user in (team.officer, team.viewer):
        with pytest.raises(AccessDeniedError):
            case_transfer_part(user)


def test_a_store_that_already_has_cases_refuses_instead_of_mixing_keys(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    package = open_package(_package(store, layout, team, tmp_path / "goi.zip"))
    other_team = make_case_team(new_pc, tmp_path / "other")
    with pytest.raises(UserFacingError) as refused:
        import_case_transfer(new_pc, package, other_team.admin, code=_code(package))
    assert str(refused.value) == MIXING_REFUSED
    assert "khóa" in str(refused.value)
    mine = load_case(other_team.admin, other_team.case_ids[0])  # nothing changed there
    assert mine.data.identity.survivor_name == SURVIVOR_NAMES[0]


def test_accounts_made_on_the_new_pc_need_its_administrator_and_are_replaced(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    package = open_package(_package(store, layout, team, tmp_path / "goi.zip"))
    local = accounts.create_first_administrator(new_pc, "quantri", "Người khác", "Mat khau may moi 1").session
    assert case_store_problem(new_pc, None) == ADMIN_NEEDED
    with pytest.raises(UserFacingError, match="quản trị viên của máy này đăng nhập"):
        import_case_transfer(new_pc, package, code=_code(package))
    assert import_case_transfer(new_pc, package, local, code=_code(package)) == 3
    assert not local.is_open  # its account is gone: sign in with the old PC's password
    with pytest.raises(UserFacingError):
        accounts.sign_in(new_pc, "quantri", "Mat khau may moi 1")
    admin = accounts.sign_in(new_pc, "quantri", ADMIN_PASSWORD)
    assert load_case(admin, 1).data.identity.survivor_name in SURVIVOR_NAMES


def test_no_seeded_demo_name_phone_or_story_is_readable_in_a_package_with_everything(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    """The demo commune's cases (names, phones and stories from the demo seeds), exported with both the
    statistics and the encrypted cases: none of what the administrator reads is in the file."""
    generate_demo(store, years=1, scale=1, seed=5, as_of=date(2025, 12, 20))
    admin = accounts.sign_in(store, "quantri", "demo2026qt")
    with store.reading() as db:
        case_ids = list(db.scalars(select(SupportCase.id)))
    assert len(case_ids) >= 10
    secrets = set(STORIES)
    for case_id in case_ids:
        identity = load_case(admin, case_id).data.identity
        secrets |= {identity.survivor_name, identity.perpetrator_name, identity.survivor_phone} - {""}
    parts = [statistics_part(admin, date(2025, 1, 1), date(2025, 12, 31)), case_transfer_part(admin)]
    with store.reading() as session:
        export_package(
            session, layout, date(2025, 1, 1), date(2025, 12, 31), tmp_path / "goi.zip", extensions=parts
        )
    with zipfile.ZipFile(tmp_path / "goi.zip") as archive:
        contents = b"".join(archive.read(name) for name in archive.namelist())
    found = [secret for secret in secrets if secret.encode("utf-8") in contents]
    assert found == []


def test_a_shelter_registered_on_both_pcs_is_matched_by_name_not_added_twice(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    shelter = TrustedAddressInput(name="Nhà văn hóa thôn Nà Làng", capacity=2)
    address = save_trusted_address(team.admin, shelter, today=date(2025, 3, 1))
    measure = MeasureInput(MeasureKind.SHELTER, date(2025, 3, 16), trusted_address_id=address)
    support.add_measure(team.officer, team.case_ids[0], measure)
    package = open_package(_package(store, layout, team, tmp_path / "goi.zip"))
    local = accounts.create_first_administrator(new_pc, "quantri", "Người khác", "Mat khau may moi 1").session
    save_trusted_address(local, shelter, today=date(2025, 3, 1))

    assert import_case_transfer(new_pc, package, local, code=_code(package)) == 3

    admin = accounts.sign_in(new_pc, "quantri", ADMIN_PASSWORD)
    with new_pc.reading() as db:
        assert list(db.scalars(select(TrustedAddress.name))) == ["Nhà văn hóa thôn Nà Làng"]
    first = next(
        case
        for case in (load_case(admin, i) for i in range(1, 4))
        if case.data.identity.survivor_name == SURVIVOR_NAMES[0]
    )
    assert [m.trusted_address for m in first.measures if m.kind is MeasureKind.SHELTER] == [
        "Nhà văn hóa thôn Nà Làng"
    ]


def _case_count(store: Store) -> int:
    with store.reading() as db:
        return db.scalar(select(func.count()).select_from(SupportCase)) or 0


def _blobs(store: Store) -> list[Path]:
    return [path for path in (store.path.parent / CASE_FILES_DIRNAME).rglob("*") if path.is_file()]


def _renamed_blob(package: VerifiedPackage, tmp_path: Path, new_name: str) -> VerifiedPackage:
    """The package as a forger who knows the code would make it: its one case file renamed in the part
    (written back in the format from before the code, which is still read) and in the zip."""
    transfer = open_case_transfer(package, _code(package))
    assert transfer is not None
    content = transfer.content
    [attachment] = content["case_attachment"]
    old = f"{EXTENSION_PREFIX}case-files/{attachment['blob_name']}"
    attachment["blob_name"] = new_name
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(package.path) as source, zipfile.ZipFile(forged, "w") as target:
        for name in source.namelist():
            target.writestr(
                f"{EXTENSION_PREFIX}case-files/{new_name}" if name == old else name, source.read(name)
            )
    data = dict(package.extension_data)
    data[EXTENSION_PREFIX + TRANSFER_PART] = json.dumps(content).encode("utf-8")
    return dataclasses.replace(package, path=forged, extension_data=data)


@pytest.mark.parametrize("name", ["C:x", "c:" + "0" * 30, "..", "0" * 31 + "/"])
def test_a_case_file_name_that_could_leave_the_folder_is_refused_before_anything_is_written(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store, name: str
) -> None:
    package = open_package(_package(store, layout, team, tmp_path / "goi.zip"))
    forged = _renamed_blob(package, tmp_path, name)
    assert case_transfer_problem(new_pc, forged, None) == (
        "Phần hồ sơ mã hóa trong gói “forged.zip” sai định dạng; không có gì được nhập."
    )
    with pytest.raises(UserFacingError, match="sai định dạng"):
        import_case_transfer(new_pc, forged)
    assert (_case_count(new_pc), _blobs(new_pc)) == (0, [])


def test_a_full_disk_is_reported_as_such_and_leaves_nothing(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    package = open_package(_package(store, layout, team, tmp_path / "goi.zip"))

    def disk_full(target: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(package_cases, "write_bytes_atomic", disk_full)
    with pytest.raises(UserFacingError) as refused:
        import_case_transfer(new_pc, package, code=_code(package))
    assert str(refused.value).startswith(
        "Không ghi được tệp hồ sơ mã hóa vào thư mục dữ liệu (No space left on device); không có hồ sơ nào"
    )
    assert "sai định dạng" not in str(refused.value)
    assert _case_count(new_pc) == 0


def test_a_database_error_at_commit_removes_the_files_already_written(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    package = open_package(_package(store, layout, team, tmp_path / "goi.zip"))

    def locked(*args: object, **kwargs: object) -> None:
        raise OperationalError("COMMIT", {}, Exception("database is locked"))

    monkeypatch.setattr(package_cases, "record", locked)  # the last step before the commit
    with pytest.raises(UserFacingError, match="Dữ liệu đang bận"):
        import_case_transfer(new_pc, package, code=_code(package))
    assert (_case_count(new_pc), _blobs(new_pc)) == (0, [])


def test_building_the_transfer_part_logs_nothing_until_the_package_is_written(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path
) -> None:
    part = case_transfer_part(team.admin)
    exported = [e for e in list_entries(team.admin, limit=20) if e.action is AuditAction.EXPORTED]
    assert exported == []
    record_part_exports(team.admin, [part])
    [entry] = [e for e in list_entries(team.admin, limit=20) if e.action is AuditAction.EXPORTED]
    assert entry.detail == "gói chuyển máy: 3 hồ sơ (đã mã hóa), 1 tệp"


def test_a_package_with_encrypted_cases_has_a_name_nobody_sends_to_the_district() -> None:
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    assert package_file_name(start, end) == "goi-du-lieu_20250101-20251231.zip"
    assert package_file_name(start, end, with_encrypted_cases=True) == (
        "CHUYEN-MAY-MOI_goi-du-lieu_20250101-20251231_CO-HO-SO-MAT.zip"
    )


def test_the_checks_before_writing_name_the_store_problem_first(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    package = open_package(_package(store, layout, team, tmp_path / "goi.zip"))
    transfer = open_case_transfer(package, _code(package))
    assert transfer is not None
    assert case_transfer_problem(new_pc, transfer, None) is None
    accounts.create_first_administrator(new_pc, "quantri", "Người khác", "Mat khau may moi 1")
    assert case_transfer_problem(new_pc, transfer, None) == ADMIN_NEEDED
    assert case_transfer_problem(store, transfer, team.admin) == MIXING_REFUSED
    assert case_transfer_problem(store, package, team.admin, code=_code(package)) == MIXING_REFUSED
