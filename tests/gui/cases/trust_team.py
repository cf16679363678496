"""The team of the Hồ sơ hỗ trợ trust tests: an administrator, two case officers, Mai's case."""

from __future__ import annotations

import sqlite3

from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store

from .conftest import ADMIN_PASSWORD, new_case

MAI, MAI_PASSWORD = "Lò Thị Mai", "Can bo xa 2024"
THANG, THANG_PASSWORD = "Vi Văn Thắng", "Can bo hai 2024"
SURVIVOR = "Đàm Thị Nguyệt"


def make_team(filled_store: Store) -> Store:
    """An administrator, two case officers; Mai's case BL-2025-0001 (the survivor's name sealed)."""
    admin = accounts.create_first_administrator(
        filled_store, "quantri", "Nguyễn Văn Quản", ADMIN_PASSWORD
    ).session
    accounts.create_account(admin, "canbo", MAI, Role.CASE_OFFICER, MAI_PASSWORD)
    accounts.create_account(admin, "canbo2", THANG, Role.CASE_OFFICER, THANG_PASSWORD)
    accounts.sign_out(admin)
    mai = accounts.sign_in(filled_store, "canbo", MAI_PASSWORD)
    new_case(mai, survivor=SURVIVOR)
    accounts.sign_out(mai)
    return filled_store


def sql(store: Store, statement: str) -> None:
    with sqlite3.connect(store.path) as db:
        db.execute(statement)


def give_mais_case_to_thang(store: Store) -> None:
    sql(
        store,
        "UPDATE support_case SET assigned_to_id = (SELECT id FROM user_account WHERE username = 'canbo2')",
    )
