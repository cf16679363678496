"""Mark a Vietnamese label defined in core as translatable for the screens, without importing Qt.

Core owns labels the GUI shows (report kinds, plan kinds, deadline names…) and also prints in official
documents, which stay Vietnamese. Core keeps the Vietnamese text and only marks it:

    ACTION_MONTH = ("action-month", QT_TRANSLATE_NOOP("ReportKind", "Báo cáo kết quả Tháng hành động"))

`pyside6-lupdate` extracts calls spelled exactly `QT_TRANSLATE_NOOP(context, text)` (hence the name) into
`resources/translations/en/core.<module path>.ts`; at run time the call returns `text` unchanged. The GUI
translates when it displays the label: `translate("ReportKind", kind.label)`, or for a labelled enum member
`gui.i18n.translated_label(kind)`, whose context is the enum's class name.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate recognises)
    """`text` itself: the call only marks it for extraction under `context`."""
    del context  # read by lupdate, not at run time
    return text
