"""Text pasted into a plan's text box from Word and from PDFs becomes the editor's own structure.

The samples are what the clipboard holds: Word's plain text (CRLF, the bullet or number Word drew, then
a tab), Word's HTML (mso-list paragraphs with the bullet in a Symbol-font span), a browser's HTML list,
and text copied out of a PDF (hard-wrapped lines, lone bullets, page numbers, decomposed accents).
"""

from __future__ import annotations

import unicodedata

import pytest

from gender_equality_desk.core.plans.markup import parse_paragraphs
from gender_equality_desk.core.plans.pasted_text import html_text, pasted_paragraphs, pasted_text
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle

H1, H2, H3 = ParagraphStyle.HEADING_1, ParagraphStyle.HEADING_2, ParagraphStyle.HEADING_3
BODY, BULLET = ParagraphStyle.BODY, ParagraphStyle.BULLET

WORD_PLAIN = (
    "I.\tMỤC ĐÍCH, YÊU CẦU\r\n"
    "1.\tMục đích:\r\n"
    "Tạo thêm sức lan tỏa, thu hút sự quan tâm của cộng đồng, xã hội đến công tác bình đẳng giới, "
    "phòng ngừa, ứng phó với bạo lực trên cơ sở giới.\r\n"
    "·\tTuyên truyền lưu động trên các trục đường chính, nơi tập trung đông dân cư;\r\n"
    "o\tTại các thôn Nà Làng, Pắc Mòng và Khuổi Mỏ;\r\n"
    "§\tTreo băng rôn, khẩu hiệu tại trụ sở UBND xã.\r\n"
    "2.\tYêu cầu\r\n"
    "a)\tCác ban, ngành, đoàn thể chủ động phối hợp\r\n"
    "đ)\tBáo cáo kết quả về UBND xã trước ngày 15/12\r\n"
    "II.\tNỘI DUNG CÁC HOẠT ĐỘNG\r\n"
    "\uf0b7\tTổ chức Lễ phát động Tháng hành động tại Hội trường UBND xã.\r\n"
    "1)\tCông chức Văn hóa – Xã hội\r\n"
    "1.\tTổ chức tuyên truyền về chủ đề, thông điệp và các hoạt động của Tháng hành động trên các "
    "phương tiện thông tin đại chúng.\r\n"
)
WORD_PLAIN_EXPECTED = (
    Paragraph("I. MỤC ĐÍCH, YÊU CẦU", H1),
    Paragraph("1. Mục đích:", H2),
    Paragraph(
        "Tạo thêm sức lan tỏa, thu hút sự quan tâm của cộng đồng, xã hội đến công tác bình đẳng giới, "
        "phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
        BODY,
    ),
    Paragraph("Tuyên truyền lưu động trên các trục đường chính, nơi tập trung đông dân cư;", BULLET),
    Paragraph("Tại các thôn Nà Làng, Pắc Mòng và Khuổi Mỏ;", BULLET),
    Paragraph("Treo băng rôn, khẩu hiệu tại trụ sở UBND xã.", BULLET),
    Paragraph("2. Yêu cầu", H2),
    Paragraph("a) Các ban, ngành, đoàn thể chủ động phối hợp", H3),
    Paragraph("đ) Báo cáo kết quả về UBND xã trước ngày 15/12", H3),
    Paragraph("II. NỘI DUNG CÁC HOẠT ĐỘNG", H1),
    Paragraph("Tổ chức Lễ phát động Tháng hành động tại Hội trường UBND xã.", BULLET),
    Paragraph("1) Công chức Văn hóa – Xã hội", H2),
    Paragraph(
        "1. Tổ chức tuyên truyền về chủ đề, thông điệp và các hoạt động của Tháng hành động trên các "
        "phương tiện thông tin đại chúng.",
        BODY,  # a numbered sentence stays a paragraph, its number kept once
    ),
)

# Word's HTML clipboard: list paragraphs carry the bullet Word drew in a Symbol span, then non-breaking
# spaces; the HTML source itself is wrapped at 80 columns.
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style>
<!-- p.MsoNormal {margin:0cm; font-size:13.0pt; font-family:"Times New Roman"} -->
</style></head><body lang=VI><!--StartFragment-->
<p class=MsoNormal><b><span lang=VI>III. NỘI DUNG CÁC HOẠT ĐỘNG<o:p></o:p></span></b></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if
!supportLists]><span lang=VI style='font-family:Symbol'>·<span style='font:7.0pt "Times New
Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Treo
khẩu hiệu, pa nô, áp phích tuyên truyền tại trụ sở cơ quan,
trường học, các trục đường chính;<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><![if
!supportLists]><span lang=VI style='font-family:"Courier New"'>o<span style='font:7.0pt
"Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span lang=VI>Xây dựng phóng sự về hoạt
động của Câu lạc bộ gia đình phát triển bền vững<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=VI>a)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span
lang=VI>Tại các thôn<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<!--EndFragment--></body></html>"""

PDF_COPY = unicodedata.normalize(
    "NFD",
    "1. Mục đích:\n"
    "Tạo thêm sức lan tỏa, thu hút sự quan tâm của cộng đồng, xã hội đến công tác bình\n"
    "đẳng giới, phòng ngừa, ứng phó với bạo lực trên cơ sở giới; đề cao vai trò, trách\n"
    "nhiệm và tính chủ động tham gia hành động của cá nhân, gia đình, cộng đồng.\n"
    "•\n"
    "Tuyên truyền lưu động trên các trục đường chính, nơi tập trung đông dân cư; tăng\n"
    "cường thời lượng tin, bài trên hệ thống Đài truyền thanh của xã và hệ thống Loa\n"
    "phát thanh tại Nhà văn hóa các thôn.\n"
    "\n"
    "2\n"
    "\n"
    "• Phối hợp, hưởng ứng tham gia tổ chức Lễ phát động triển khai phòng chống bạo lực,\n"
    "xâm hại trẻ em trên địa bàn năm 2023, nhằm hưởng ứng Tháng hành động vì bình đẳng\n"
    "Giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2023.\n"
    "2. Yêu cầu:\n"
    "Các đơn vị, cán bộ, công chức căn cứ chức năng, nhiệm vụ được giao chủ động thực hiện.\n",
)
PDF_EXPECTED = (
    Paragraph("1. Mục đích:", H2),
    Paragraph(
        "Tạo thêm sức lan tỏa, thu hút sự quan tâm của cộng đồng, xã hội đến công tác bình đẳng giới, "
        "phòng ngừa, ứng phó với bạo lực trên cơ sở giới; đề cao vai trò, trách nhiệm và tính chủ động "
        "tham gia hành động của cá nhân, gia đình, cộng đồng.",
        BODY,
    ),
    Paragraph(
        "Tuyên truyền lưu động trên các trục đường chính, nơi tập trung đông dân cư; tăng cường thời "
        "lượng tin, bài trên hệ thống Đài truyền thanh của xã và hệ thống Loa phát thanh tại Nhà văn hóa "
        "các thôn.",
        BULLET,
    ),
    Paragraph(
        "Phối hợp, hưởng ứng tham gia tổ chức Lễ phát động triển khai phòng chống bạo lực, xâm hại trẻ em "
        "trên địa bàn năm 2023, nhằm hưởng ứng Tháng hành động vì bình đẳng Giới và phòng ngừa, ứng phó "
        "với bạo lực trên cơ sở giới năm 2023.",
        BULLET,
    ),
    Paragraph("2. Yêu cầu:", H2),
    Paragraph("Các đơn vị, cán bộ, công chức căn cứ chức năng, nhiệm vụ được giao chủ động thực hiện.", BODY),
)


def test_word_plain_text_with_tabs_after_bullets_and_numbers() -> None:
    assert pasted_paragraphs(WORD_PLAIN) == WORD_PLAIN_EXPECTED


def test_word_html_gives_the_same_structure() -> None:
    treo = (
        "Treo khẩu hiệu, pa nô, áp phích tuyên truyền tại trụ sở cơ quan, trường học, các trục đường chính;"
    )
    assert html_text(WORD_HTML).splitlines() == [
        "III. NỘI DUNG CÁC HOẠT ĐỘNG",
        f"· {treo}",
        "o Xây dựng phóng sự về hoạt động của Câu lạc bộ gia đình phát triển bền vững",
        "a) Tại các thôn",
    ]
    assert pasted_paragraphs(html_text(WORD_HTML)) == (
        Paragraph("III. NỘI DUNG CÁC HOẠT ĐỘNG", H1),
        Paragraph(treo, BULLET),
        Paragraph("Xây dựng phóng sự về hoạt động của Câu lạc bộ gia đình phát triển bền vững", BULLET),
        Paragraph("a) Tại các thôn", H3),
    )


def test_a_browser_html_list_draws_its_bullets_and_numbers_into_the_text() -> None:
    html = (
        "<h3>Kinh phí</h3><ol><li>Ngân sách xã</li><li>Xã hội hóa</li></ol>"
        "<ul><li>Hội Liên hiệp Phụ nữ xã</li></ul>"
        "<p>Trên đây là kế hoạch.<br>Đề nghị các đơn vị thực hiện.</p>"
    )
    assert pasted_paragraphs(html_text(html)) == (
        Paragraph("Kinh phí", BODY),
        Paragraph("1. Ngân sách xã", H2),
        Paragraph("2. Xã hội hóa", H2),
        Paragraph("Hội Liên hiệp Phụ nữ xã", BULLET),
        Paragraph("Trên đây là kế hoạch.", BODY),
        Paragraph("Đề nghị các đơn vị thực hiện.", BODY),
    )


def test_pdf_copy_is_joined_into_paragraphs_and_composed() -> None:
    paragraphs = pasted_paragraphs(PDF_COPY)
    assert paragraphs == PDF_EXPECTED
    assert all(unicodedata.is_normalized("NFC", p.text) for p in paragraphs)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("·\tTuyên truyền", Paragraph("Tuyên truyền", BULLET)),
        ("o\tTuyên truyền", Paragraph("Tuyên truyền", BULLET)),
        ("§\tTuyên truyền", Paragraph("Tuyên truyền", BULLET)),
        ("\uf0b7 Tuyên truyền", Paragraph("Tuyên truyền", BULLET)),
        ("\uf0a7\tTuyên truyền", Paragraph("Tuyên truyền", BULLET)),
        ("* Tuyên truyền", Paragraph("Tuyên truyền", BULLET)),
        ("– Tuyên truyền", Paragraph("Tuyên truyền", BULLET)),
        ("-Tuyên truyền", Paragraph("Tuyên truyền", BULLET)),
        ("•Tuyên truyền", Paragraph("Tuyên truyền", BULLET)),
        ("•\u00a0\u00a0\u00a0Tuyên truyền", Paragraph("Tuyên truyền", BULLET)),
        ("o Tuyên truyền", Paragraph("Tuyên truyền", BULLET)),  # Courier "o" in a PDF: before a capital
        ("I.\tMỤC ĐÍCH", Paragraph("I. MỤC ĐÍCH", H1)),
        ("IV. KINH PHÍ", Paragraph("IV. KINH PHÍ", H1)),
        ("1)\tPhòng Y tế", Paragraph("1) Phòng Y tế", H2)),
        ("2.1.\tTuyên truyền", Paragraph("2.1. Tuyên truyền", H2)),
        ("b.\tTại trường học", Paragraph("b. Tại trường học", H3)),
        # Not list items: an amount, a word that begins with "o", a note sign glued to its word.
        ("1.500.000 đồng từ ngân sách xã", Paragraph("1.500.000 đồng từ ngân sách xã", BODY)),
        ("ong mật được nuôi thử", Paragraph("ong mật được nuôi thử", BODY)),
        ("*Lưu ý: nộp trước 15/12", Paragraph("*Lưu ý: nộp trước 15/12", BODY)),
    ],
)
def test_each_bullet_and_number_form(line: str, expected: Paragraph) -> None:
    assert pasted_paragraphs(line) == (expected,)


def test_a_lone_sign_never_becomes_an_empty_bullet() -> None:
    assert pasted_paragraphs("•\n\n\uf0b7\t\n-\n") == ()
    assert parse_paragraphs("- \n•\n·") == ()  # typed into the box, the same


def test_a_number_alone_on_its_line_joins_its_heading() -> None:
    assert pasted_paragraphs("II.\nCHỦ ĐỀ, THỜI GIAN THỰC HIỆN\na)\nTại các thôn") == (
        Paragraph("II. CHỦ ĐỀ, THỜI GIAN THỰC HIỆN", H1),
        Paragraph("a) Tại các thôn", H3),
    )


def test_real_paragraph_breaks_are_kept() -> None:
    text = (
        "Nơi nhận:\n- Sở Nội vụ tỉnh;\n- Lưu: VT.\n"
        "Kết quả đạt được:\nHầu hết các thôn đã treo băng rôn\nCông an xã phối hợp tuần tra"
    )
    assert [p.text for p in pasted_paragraphs(text)] == [
        "Nơi nhận:",
        "Sở Nội vụ tỉnh;",
        "Lưu: VT.",
        "Kết quả đạt được:",
        "Hầu hết các thôn đã treo băng rôn",
        "Công an xã phối hợp tuần tra",
    ]


def test_short_word_lines_are_never_taken_for_a_wrapped_paragraph() -> None:
    units = "Công an xã\nTrạm Y tế xã\nHội Liên hiệp Phụ nữ xã\nĐoàn Thanh niên xã"
    assert len(pasted_paragraphs(units)) == 4


def test_the_box_shows_the_structure_in_its_own_notation_and_reads_it_back() -> None:
    shown = pasted_text(WORD_PLAIN)
    assert shown.splitlines()[:5] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích:",
        WORD_PLAIN_EXPECTED[2].text,
        "- Tuyên truyền lưu động trên các trục đường chính, nơi tập trung đông dân cư;",
        "- Tại các thôn Nà Làng, Pắc Mòng và Khuổi Mỏ;",
    ]
    assert "\t" not in shown and "·" not in shown and "\uf0b7" not in shown
    assert parse_paragraphs(shown) == WORD_PLAIN_EXPECTED


def test_an_empty_word_list_line_before_a_numbered_one_is_dropped() -> None:
    assert pasted_paragraphs("\uf0b7\t\r\n2.\tYêu cầu:\r\n•\n- Lưu: VT.") == (
        Paragraph("2. Yêu cầu:", H2),
        Paragraph("Lưu: VT.", BULLET),
    )


def test_a_table_row_pasted_as_html_keeps_its_cells_apart() -> None:
    html = "<table><tr><td>1</td><td>Lễ phát động</td><td>15/11/2026</td></tr></table>"
    assert html_text(html) == "1 Lễ phát động 15/11/2026"
