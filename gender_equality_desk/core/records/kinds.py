"""Which kind of record a list, the trash or an undo talks about."""

from __future__ import annotations

from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.store.models import Activity, PropagandaEvent
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP


class RecordType(LabelledEnum):
    ACTIVITY = ("activity", QT_TRANSLATE_NOOP("RecordType", "Hoạt động"))
    PROPAGANDA_EVENT = ("propaganda_event", QT_TRANSLATE_NOOP("RecordType", "Tuyên truyền"))


MODELS: dict[RecordType, type[Activity] | type[PropagandaEvent]] = {
    RecordType.ACTIVITY: Activity,
    RecordType.PROPAGANDA_EVENT: PropagandaEvent,
}
