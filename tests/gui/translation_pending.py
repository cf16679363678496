"""GUI modules whose English translation is still being written (issue #8): the one allow-list of the
translation tests. It must only shrink, and be empty once every module is translated: the tests fail when
a module listed here is already complete, so that it is taken off the list the same day.

Names are the .ts names without `.ts` (gui/pages/cases.py → "pages.cases").
"""

from __future__ import annotations

PENDING: frozenset[str] = frozenset()

# Labels defined in core and shown on screen, not yet marked there with
# core.translatable.QT_TRANSLATE_NOOP("<EnumClass>", "…") (and shown with gui.i18n.translated_label).
PENDING_CORE_LABELS: frozenset[str] = frozenset()

# Single strings still shown untranslated by a module whose .ts is otherwise complete: (module, text).
# A string that should stay Vietnamese (an example of what the officer types) is wrapped all the same and
# given a translation that keeps it: the widget test accepts a text that matches a translation.
PENDING_STRINGS: frozenset[tuple[str, str]] = frozenset()
