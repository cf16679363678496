"""Victims' names, contacts and narratives are sealed before the store sees them: they are composed
(NFC) at the one place that seals text, and values sealed decomposed by an older version open composed."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace

from gender_equality_desk.core.cases import detail, records
from gender_equality_desk.core.cases.records import CaseIdentity, identity_context
from gender_equality_desk.core.security import crypto
from gender_equality_desk.core.store.case_models import SupportCase

from .conftest import TODAY, Team, sample_case

NAME = "Hoàng Thị Ngọc Diệp"
NARRATIVE = "Người chồng thường xuyên chửi bới, đe dọa; chị Diệp đã đến nhà văn hóa thôn lánh tạm."


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_sealed_text_is_composed_inside_the_ciphertext() -> None:
    key = crypto.new_data_key()
    sealed = crypto.seal_text(key, nfd(NAME), "case-identity/u1")
    assert crypto.unseal(key, sealed, "case-identity/u1").decode("utf-8") == NAME
    sealed_json = crypto.seal_json(key, {"survivor_name": nfd(NAME), "age": 31}, "x")
    assert json.loads(crypto.unseal(key, sealed_json, "x")) == {"survivor_name": NAME, "age": 31}


def test_a_value_sealed_decomposed_before_opens_composed() -> None:
    key = crypto.new_data_key()
    old_text = crypto.seal(key, nfd(NAME).encode("utf-8"), "c")
    old_json = crypto.seal(key, json.dumps({nfd("họ tên"): [nfd(NAME)]}, ensure_ascii=False).encode(), "c")
    assert crypto.unseal_text(key, old_text, "c") == NAME
    assert crypto.unseal_json(key, old_json, "c") == {"họ tên": [NAME]}


def test_a_case_typed_decomposed_is_sealed_composed_and_an_unchanged_save_audits_nothing(team: Team) -> None:
    typed = sample_case(
        team,
        survivor_ethnicity=nfd("Nùng"),
        identity=CaseIdentity(survivor_name=nfd(NAME), narrative=nfd(NARRATIVE)),
    )
    row = records.create_case(team.officer, typed, today=TODAY)
    with team.officer.store.reading() as db:
        case = db.get(SupportCase, row.id)
        assert case is not None
        clear = crypto.unseal(team.officer.data_key(), case.identity_sealed, identity_context(case))
        assert case.survivor_ethnicity == "Nùng"
    stored = json.loads(clear)
    assert (stored["survivor_name"], stored["narrative"]) == (NAME, NARRATIVE)
    opened = detail.load_case(team.officer, row.id).data
    assert opened.identity.survivor_name == NAME
    # Saving again what was typed (still decomposed in the form) is no change: nothing to audit.
    assert records.update_case(team.officer, row.id, replace(typed, assigned_to_id=opened.assigned_to_id),
                               today=TODAY) == []  # fmt: skip
