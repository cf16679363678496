"""Plans drafted from the templates name the commune as every report does inside a sentence."""

from __future__ import annotations

from gender_equality_desk.core.plans.templates import plan_from_template
from gender_equality_desk.core.profile import ProfileInput, save_profile
from gender_equality_desk.core.store.engine import Store


def test_plan_templates_name_the_commune_as_sentences_do(store: Store) -> None:
    with store.transaction() as session:
        save_profile(
            session,
            ProfileInput(
                commune_name="Đông Kinh",  # the unit only in the letterhead: not "xã Đông Kinh"
                province_name="Lạng Sơn",
                place_name="Đông Kinh",
                issuing_body="ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG KINH",
                receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
                signer_name="Vi Văn Thái",
            ),
        )
        annual = plan_from_template(session, "annual", 2026)
        month = plan_from_template(session, "action_month", 2026)
    assert annual.title.endswith("trên địa bàn phường Đông Kinh năm 2026")
    preamble = " ".join(paragraph.text for paragraph in month.preamble)
    assert "Ủy ban nhân dân phường Đông Kinh xây dựng Kế hoạch" in preamble
    assert "xã Đông Kinh" not in preamble + annual.title
