"""Which kind of record a list, the trash or an undo talks about."""

from __future__ import annotations

from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.store.models import Activity, PropagandaEvent


class RecordType(LabelledEnum):
    ACTIVITY = ("activity", "Hoạt động")
    PROPAGANDA_EVENT = ("propaganda_event", "Tuyên truyền")


MODELS: dict[RecordType, type[Activity] | type[PropagandaEvent]] = {
    RecordType.ACTIVITY: Activity,
    RecordType.PROPAGANDA_EVENT: PropagandaEvent,
}
