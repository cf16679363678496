"""Every text written to the store is composed Unicode (NFC), whatever the screen, file or package it came
from.

Unikey's "Unicode tổ hợp" and text copied from a PDF send a letter and its accents separately ("e" +
U+0302 + U+0301 instead of "ế"): printed, the accents float; searched or compared, the word is not found.
Rather than trusting each form, import and service to compose what it writes, the store's sessions do it
for all of them, for every mapped table, including tables added later:

- `before_flush` composes every string column value of the objects about to be inserted or updated, so
  the object in memory (shown again right after a save) holds what the store holds;
- `do_orm_execute` composes the string values of INSERT and UPDATE statements run through a session
  (`session.execute(insert(table).values(...))`, bulk inserts with a list of rows, `update(...)`).

Writes that bypass sessions (migrations, the demo generator's bulk inserts on a bare connection) write
text produced by the app itself. The audit log composes its text before hashing it (core/security/audit.py)
so that composing here never changes what a hash covers.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import BindParameter, ClauseElement

from gender_equality_desk.core.domain.text import is_composed, nfc, nfc_all


def install(sessions: sessionmaker[Session]) -> None:
    """Compose the text of every write made through sessions of this factory."""
    event.listen(sessions, "before_flush", compose_pending_objects)
    event.listen(sessions, "do_orm_execute", compose_written_values)


def compose_pending_objects(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for instance in (*session.new, *session.dirty):
        state = inspect(instance)
        for attribute in state.mapper.column_attrs:
            # Only what is loaded: an unloaded (expired, deferred) value is not being written.
            value = state.dict.get(attribute.key)
            if isinstance(value, str) and not is_composed(value):
                setattr(instance, attribute.key, nfc(value))


def _needs_composing(bind: BindParameter[Any]) -> bool:
    return isinstance(bind.value, str) and not is_composed(bind.value)


def _compose_bind(bind: BindParameter[Any]) -> None:
    if isinstance(bind.value, str):
        bind.value = nfc(bind.value)


def compose_written_values(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update):
        return
    if state.parameters is not None:
        state.parameters = nfc_all(state.parameters)
    # Values given with .values(...) live in the statement as bound parameters: compose a copy of it,
    # and only when there is something to compose (most statements are already composed).
    statement = state.statement
    assert isinstance(statement, ClauseElement)  # an INSERT or UPDATE construct
    if any(isinstance(element, BindParameter) and _needs_composing(element)
           for element in visitors.iterate(statement)):  # fmt: skip
        state.statement = visitors.cloned_traverse(statement, {}, {"bindparam": _compose_bind})
