"""The names of the shipped plan templates are marked for translation (core.plans.templates)."""

from __future__ import annotations

from gender_equality_desk.core.plans.templates import SHIPPED_TEMPLATE_LABELS, list_templates


def test_every_shipped_template_name_is_marked() -> None:
    """A template renamed in its JSON but not here would show in Vietnamese on English screens."""
    assert sorted(template.label for template in list_templates()) == sorted(SHIPPED_TEMPLATE_LABELS)
