"""The encrypted-case part sealed under a one-time transfer code: nothing of it readable on the USB stick,
opened on the new PC only with the code written down at export, and packages from before still read."""

from __future__ import annotations

import base64
import json
import math
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from gender_equality_desk.core.cases.detail import load_case
from gender_equality_desk.core.exchange.package_cases import (
    TRANSFER_DESCRIPTION,
    TRANSFER_PART,
    case_transfer_part,
    case_transfer_problem,
    import_case_transfer,
    open_case_transfer,
    transfer_counts,
)
from gender_equality_desk.core.exchange.package_cases_seal import (
    CODE_ALPHABET,
    CODE_NEEDED,
    WRONG_CODE,
    TransferCodeError,
    needs_code,
    new_transfer_code,
    normalise_code,
    unseal_transfer,
)
from gender_equality_desk.core.exchange.packages import (
    ExtensionPart,
    VerifiedPackage,
    export_package,
    open_package,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.session import CASE_FILES_DIRNAME
from gender_equality_desk.core.store.case_models import KeyRecovery, SupportCase, UserAccount
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

from .case_helpers import ADMIN_PASSWORD, SURVIVOR_NAMES, CaseTeam, make_case_team

MARKER = "DAU-HIEU-CONG-KHAI-7731"  # put in a clear column (consent scope) of one case
STAFF = ("Nguyễn Văn Quản", "Lò Thị Mai", "Hoàng Văn Tú")
USERNAMES = ("quantri", "canbo", "lanhdao")
START, END = date(2025, 1, 1), date(2025, 12, 31)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def team(store: Store, tmp_path: Path) -> CaseTeam:
    made = make_case_team(store, tmp_path)
    with store.transaction() as db:
        db.execute(update(SupportCase).where(SupportCase.id == made.case_ids[0]).values(consent_scope=MARKER))
    return made


@pytest.fixture
def new_pc(tmp_path: Path) -> Iterator[Store]:
    other = open_store(DataLayout(tmp_path / "new-pc"))
    yield other
    other.close()


def _export(store: Store, layout: DataLayout, part: ExtensionPart, target: Path) -> Path:
    with store.reading() as session:
        export_package(session, layout, START, END, target, extensions=[part])
    return target


def _sealed(store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path) -> tuple[VerifiedPackage, str]:
    part = case_transfer_part(team.admin)
    return open_package(_export(store, layout, part, tmp_path / "goi.zip")), part.transfer_code


def _previous_format(store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path) -> Path:
    """A package as the app wrote it before the transfer code: the part's content in clear JSON."""
    part = case_transfer_part(team.admin)
    content = unseal_transfer(json.loads(part.data), part.transfer_code)
    data = json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8")
    plain = ExtensionPart(TRANSFER_PART, data, TRANSFER_DESCRIPTION, part.files, contains_case_data=True)
    return _export(store, layout, plain, tmp_path / "goi-cu.zip")


def _written(store: Store) -> tuple[int, int, list[Path]]:
    """(cases, accounts, case files) on a PC: what a refused import must leave as it was."""
    with store.reading() as db:
        cases = db.scalar(select(func.count()).select_from(SupportCase)) or 0
        users = db.scalar(select(func.count()).select_from(UserAccount)) or 0
    folder = store.path.parent / CASE_FILES_DIRNAME
    return cases, users, sorted(path for path in folder.rglob("*") if path.is_file())


def _secrets(store: Store, team: CaseTeam) -> list[str]:
    """What must never be readable in the package: clear case columns, staff, usernames, and every
    base64 verifier, salt and wrapped key an offline password guess would start from."""
    with store.reading() as db:
        codes = list(db.scalars(select(SupportCase.code)))
        hashes = list(db.scalars(select(UserAccount.password_hash)))
        wrapped = [
            *db.scalars(select(UserAccount.wrapped_data_key)),
            *db.scalars(select(KeyRecovery.wrapped_data_key)),
        ]
        salts = list(db.scalars(select(KeyRecovery.salt)))
    b64 = [base64.b64encode(value).decode("ascii") for value in (*wrapped, *salts) if value]
    verifiers = [part for stored in hashes for part in stored.split("$")[4:]]
    assert len(codes) == 3 and len(verifiers) == 6 and len(b64) == 4  # the viewer holds no key
    return [MARKER, *codes, *STAFF, *USERNAMES, *verifiers, *b64]


def _readable(path: Path) -> bytes:
    """The zip as it is on the stick, plus every member decompressed."""
    with zipfile.ZipFile(path) as archive:
        members = b"".join(archive.read(name) for name in archive.namelist())
    return path.read_bytes() + members


def _found(path: Path, secrets: list[str]) -> list[str]:
    contents = _readable(path)
    return [secret for secret in secrets if secret.encode("utf-8") in contents]


def test_the_code_is_four_groups_of_five_unambiguous_characters_with_at_least_95_bits() -> None:
    codes = {new_transfer_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        groups = code.split("-")
        assert [len(group) for group in groups] == [5, 5, 5, 5]
        assert set("".join(groups)) <= set(CODE_ALPHABET)
    assert not set("01OIL") & set(CODE_ALPHABET)
    assert 20 * math.log2(len(CODE_ALPHABET)) >= 95


def test_the_code_is_read_whatever_the_case_spaces_and_dashes() -> None:
    assert normalise_code("k7m3q-ab2cd-ef4gh-jk5mn") == "K7M3QAB2CDEF4GHJK5MN"
    assert normalise_code("  K7M3Q AB2CD\tEF4GH  JK5MN ") == "K7M3QAB2CDEF4GHJK5MN"
    assert normalise_code("k7m3qab2cdef4ghjk5mn") == "K7M3QAB2CDEF4GHJK5MN"
    with pytest.raises(TransferCodeError) as empty:
        normalise_code(" - ")
    assert str(empty.value) == CODE_NEEDED
    with pytest.raises(TransferCodeError) as short:
        normalise_code("K7M3Q-AB2CD-EF4GH")
    assert "gồm 20 ký tự" in str(short.value) and "bạn đã nhập 15 ký tự" in str(short.value)
    with pytest.raises(TransferCodeError) as foreign:
        normalise_code("K7M3Q-AB2CD-EF4GH-JK50N")
    assert "có ký tự không dùng trong mã: 0" in str(foreign.value)


def test_the_package_holds_none_of_the_clear_fields_nor_any_verifier_or_wrapped_key(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path
) -> None:
    package, _code = _sealed(store, layout, team, tmp_path)
    assert _found(package.path, _secrets(store, team)) == []
    header = json.loads(package.extension(TRANSFER_PART) or b"")
    assert sorted(header) == ["counts", "format", "kdf", "sealed", "version"]
    assert header["counts"] == {"cases": 3, "accounts": 3, "files": 1}
    assert header["kdf"]["log2_n"] == 10 and len(base64.b64decode(header["kdf"]["salt"])) == 16


def test_the_search_finds_them_in_a_package_of_the_previous_format(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path
) -> None:
    """The search above can fail: in the old clear part it finds the marker, staff and verifiers."""
    secrets = _secrets(store, team)
    found = _found(_previous_format(store, layout, team, tmp_path), secrets)
    assert MARKER in found and "Lò Thị Mai" in found and "quantri" in found
    assert [s for s in secrets if s not in found] == []


def test_the_right_code_typed_loosely_opens_the_cases_with_the_old_passwords(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    package, code = _sealed(store, layout, team, tmp_path)
    assert needs_code(package)
    typed = " " + code.lower().replace("-", " ") + " "
    assert import_case_transfer(new_pc, package, code=typed) == 3
    admin = accounts.sign_in(new_pc, "quantri", ADMIN_PASSWORD)
    names = sorted(load_case(admin, case_id).data.identity.survivor_name for case_id in range(1, 4))
    assert names == sorted(SURVIVOR_NAMES)
    with new_pc.reading() as db:
        assert MARKER in set(db.scalars(select(SupportCase.consent_scope)))  # clear columns came too
    accounts.recover_with_key(new_pc, team.recovery_key, "quantri", "Mat khau moi 2025")
    assert accounts.sign_in(new_pc, "quantri", "Mat khau moi 2025").has_data_key


@pytest.mark.parametrize("typed", ["", "K7M3Q-AB2CD-EF4GH-JK5MN", "K7M3Q-AB2CD"])
def test_a_wrong_or_missing_code_is_refused_before_anything_is_written(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store, typed: str
) -> None:
    package, code = _sealed(store, layout, team, tmp_path)
    assert typed.replace("-", "") != code.replace("-", "")
    before = _written(new_pc)
    problem = case_transfer_problem(new_pc, package, None, code=typed)
    with pytest.raises(TransferCodeError) as refused:
        import_case_transfer(new_pc, package, code=typed)
    assert str(refused.value) == problem
    if typed == "":
        assert problem == CODE_NEEDED
    elif len(typed) > 20:
        assert problem == WRONG_CODE
        assert problem.startswith("Mã chuyển máy không đúng")
        assert "Hãy nhập đúng mã đã ghi lại khi tạo gói ở máy cũ" in problem
    else:
        assert problem is not None and "gồm 20 ký tự" in problem
    assert _written(new_pc) == before == (0, 0, [])
    assert transfer_counts(package) == {"cases": 3, "accounts": 3, "files": 1}  # the header still reads


def test_one_import_runs_scrypt_once(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    package, code = _sealed(store, layout, team, tmp_path)
    calls: list[bytes] = []
    derive = passwords.derive

    def counted(password: str, salt: bytes, cost: passwords.KdfCost) -> bytes:
        calls.append(salt)
        return derive(password, salt, cost)

    monkeypatch.setattr(passwords, "derive", counted)
    assert transfer_counts(package) is not None and calls == []  # the preview needs no code
    transfer = open_case_transfer(package, code)
    assert transfer is not None
    assert case_transfer_problem(new_pc, transfer, None) is None
    assert import_case_transfer(new_pc, transfer) == 3
    assert len(calls) == 1


def test_a_package_of_the_previous_format_still_imports_without_a_code(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path, new_pc: Store
) -> None:
    package = open_package(_previous_format(store, layout, team, tmp_path))
    assert not needs_code(package)
    assert transfer_counts(package) == {"cases": 3, "accounts": 3, "files": 1}
    assert case_transfer_problem(new_pc, package, None) is None
    assert import_case_transfer(new_pc, package) == 3
    admin = accounts.sign_in(new_pc, "quantri", ADMIN_PASSWORD)
    assert load_case(admin, 1).data.identity.survivor_name in SURVIVOR_NAMES


def test_the_code_never_reaches_the_audit_log_nor_the_parts_repr(team: CaseTeam) -> None:
    part = case_transfer_part(team.admin)
    assert part.transfer_code and part.transfer_code not in repr(part)
    assert part.transfer_code.encode("ascii") not in part.data
    assert part.transfer_code not in part.audit_detail
