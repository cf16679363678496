"""Vietnamese data behind the demo generator: a plausible upland commune of Lạng Sơn, its villages,
venues, units and the wording of titles, results and notes. Pure data; the generator decides how to use it.

Title templates are `str.format` patterns. Placeholders: {v} village phrase ("thôn Nà Làng", village
templates only), {venue} commune venue (commune templates only), {occ} occasion of the season, {year},
{review} ("sơ kết 6 tháng đầu năm 2024"…), {vhxh} the culture–social office of that date, and the pools
below ({topic}, {skill}, {aud}, {aud_v}, {story}).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from gender_equality_desk.core.profile import ProfileInput

DEMO_PROFILE = ProfileInput(
    commune_name="Xã Cao Lâu",
    province_name="Lạng Sơn",
    place_name="Cao Lâu",
    issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
    receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
    signer_name="Nông Thị Hạnh",
    signer_title="PHÓ CHỦ TỊCH",
    officer_name="Hoàng Thị Mai",
    officer_phone="0205 3868 247",
)


@dataclass(frozen=True)
class DemoVillage:
    name: str
    households: int
    ethnic_share: float  # share of Tày, Nùng, Dao… residents: drives the ethnic-minority counts


DEMO_VILLAGES: tuple[DemoVillage, ...] = (
    DemoVillage("Thôn Nà Làng", 186, 0.92),
    DemoVillage("Bản Pắc Mòng", 94, 0.99),
    DemoVillage("Thôn Khòn Pát", 142, 0.95),
    DemoVillage("Thôn Phố Cũ", 231, 0.55),
    DemoVillage("Bản Khuổi Mỏ", 67, 1.0),
    DemoVillage("Thôn Nà Pàn", 158, 0.90),
    DemoVillage("Bản Cốc Lùng", 73, 0.98),
    DemoVillage("Thôn Còn Cuống", 120, 0.93),
    DemoVillage("Thôn Bản Chu", 205, 0.85),
    DemoVillage("Bản Lũng Vài", 58, 1.0),
    DemoVillage("Thôn Pò Mỏ", 133, 0.94),
)
DEFAULT_HOUSEHOLDS = 150  # for an officer's own village whose size is unknown
DEFAULT_ETHNIC_SHARE = 0.85

HALL, CENTRE = "Hội trường UBND xã", "Nhà văn hóa trung tâm xã"
THCS, TIEU_HOC = "Trường THCS xã", "Trường Tiểu học xã"
DEFAULT_VENUES = (HALL, HALL, CENTRE, THCS)
SCHOOL_VENUES = frozenset({THCS, TIEU_HOC})

# Lunar New Year's day: little is organised in the week either side (a "day_off" season).
TET_DAYS: dict[int, date] = {
    2011: date(2011, 2, 3),
    2012: date(2012, 1, 23),
    2013: date(2013, 2, 10),
    2014: date(2014, 1, 31),
    2015: date(2015, 2, 19),
    2016: date(2016, 2, 8),
    2017: date(2017, 1, 28),
    2018: date(2018, 2, 16),
    2019: date(2019, 2, 5),
    2020: date(2020, 1, 25),
    2021: date(2021, 2, 12),
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
    2031: date(2031, 1, 23),
    2032: date(2032, 2, 11),
    2033: date(2033, 1, 31),
    2034: date(2034, 2, 19),
    2035: date(2035, 2, 8),
}

# Periods of the year, first match wins (month, day); other days are "normal".
SEASONS: tuple[tuple[tuple[int, int], tuple[int, int], str], ...] = (
    ((1, 1), (1, 1), "day_off"),
    ((4, 30), (5, 1), "day_off"),
    ((9, 2), (9, 2), "day_off"),
    ((1, 2), (1, 20), "year_review"),
    ((3, 1), (3, 8), "march8"),
    ((3, 16), (3, 20), "happiness"),
    ((5, 25), (5, 31), "mid_review"),
    ((6, 24), (6, 28), "family_day"),
    ((6, 1), (6, 30), "dv_month"),
    ((10, 12), (10, 20), "oct20"),
    ((11, 15), (11, 18), "am_launch"),
    ((11, 19), (12, 10), "action_month"),
    ((12, 11), (12, 15), "am_close"),
    ((12, 16), (12, 31), "year_review"),
)
# Season → how busy a day is: (activities, propaganda events), before the weekday factor.
SEASON_WEIGHT: dict[str, tuple[float, float]] = {
    "normal": (1.0, 1.0),
    "day_off": (0.15, 0.2),
    "march8": (3.0, 3.0),
    "happiness": (2.0, 1.5),
    "mid_review": (1.5, 1.0),
    "dv_month": (2.0, 2.5),
    "family_day": (3.0, 2.0),
    "oct20": (3.0, 3.0),
    "am_launch": (6.0, 12.0),
    "action_month": (4.0, 6.0),
    "am_close": (4.0, 4.0),
    "year_review": (1.5, 0.8),
}
OCCASIONS: dict[str, str] = {
    "march8": "chào mừng Ngày Quốc tế Phụ nữ 8/3",
    "happiness": "hưởng ứng Ngày Quốc tế Hạnh phúc 20/3",
    "dv_month": "hưởng ứng Tháng hành động quốc gia phòng, chống bạo lực gia đình năm {year}",
    "family_day": "hưởng ứng Ngày Gia đình Việt Nam 28/6",
    "oct20": "chào mừng Ngày Phụ nữ Việt Nam 20/10",
    "am_launch": "hưởng ứng Tháng hành động vì bình đẳng giới năm {year}",
    "action_month": "hưởng ứng Tháng hành động vì bình đẳng giới năm {year}",
    "am_close": "hưởng ứng Tháng hành động vì bình đẳng giới năm {year}",
}
DEFAULT_OCCASION = "thực hiện công tác bình đẳng giới năm {year}"

POOLS: dict[str, tuple[str, ...]] = {
    "topic": (
        "Luật Bình đẳng giới",
        "Luật Phòng, chống bạo lực gia đình năm 2022",
        "phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "phòng, chống xâm hại trẻ em",
        "bình đẳng giới trong gia đình",
        "phòng, chống tảo hôn và hôn nhân cận huyết thống",
        "mất cân bằng giới tính khi sinh",
        "an toàn cho phụ nữ và trẻ em gái trên không gian mạng",
        "phòng, chống mua bán người",
        "xây dựng gia đình no ấm, tiến bộ, hạnh phúc",
        "chia sẻ công việc gia đình giữa vợ và chồng",
    ),
    "skill": (
        "kỹ năng phòng, chống bạo lực gia đình",
        "nghiệp vụ hòa giải ở cơ sở",
        "kiến thức, kỹ năng lồng ghép giới",
        "kỹ năng truyền thông về bình đẳng giới",
        "kỹ năng nhận diện và hỗ trợ nạn nhân bạo lực trên cơ sở giới",
        "kỹ năng tư vấn tại địa chỉ tin cậy",
    ),
    "aud": (
        "cán bộ, công chức xã",
        "cán bộ chi hội phụ nữ các thôn, bản",
        "tổ hòa giải các thôn, bản",
        "thành viên các nhóm phòng, chống bạo lực gia đình",
        "đoàn viên thanh niên",
        "trưởng thôn, bản và người có uy tín",
        "cộng tác viên dân số, y tế thôn, bản",
    ),
    "aud_v": (
        "tổ hòa giải",
        "chi hội phụ nữ",
        "nhân dân",
        "các hộ gia đình",
        "thành viên CLB gia đình phát triển bền vững",
        "đoàn viên thanh niên",
    ),
    "story": (
        "Nói không với bạo lực gia đình",
        "Khi người chồng cùng vào bếp",
        "Con gái bản cũng được đến trường",
        "Địa chỉ tin cậy ở cộng đồng",
    ),
}


@dataclass(frozen=True)
class ActivitySpec:
    """How one activity kind looks: titles, who runs it, how many come, what it costs."""

    village_titles: tuple[str, ...]
    commune_titles: tuple[str, ...]
    at_village: float  # share held in a village rather than at a commune venue
    participants: tuple[int, int]
    female_share: tuple[float, float]
    child_share: tuple[float, float] | None  # None: adults only (children recorded as 0 or unknown)
    budget: tuple[float, int, int]  # probability of a budget, min and max VND
    units: tuple[str, ...]
    results: tuple[str, ...]
    minutes: tuple[int, ...] = (120, 150, 180)  # 480 = a full working day
    venues: tuple[str, ...] = DEFAULT_VENUES  # where it is held when not in a village


HPN, DTN, CA, TYT = "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Công an xã", "Trạm Y tế xã"
MTTQ, TP, UBND = "Ủy ban MTTQ Việt Nam xã", "Công chức Tư pháp – Hộ tịch", "UBND xã"
OTHER_KIND = "other"

ACTIVITY_SPECS: dict[str, ActivitySpec] = {
    "launch_ceremony": ActivitySpec(
        ("Lễ phát động {occ} tại {v}",),
        ("Lễ phát động {occ}", "Mít tinh {occ}"),
        0.15,
        (120, 320),
        (0.55, 0.7),
        None,
        (0.85, 2_000_000, 12_000_000),
        (UBND, UBND, "{vhxh}", HPN),
        (
            "Buổi lễ diễn ra trang trọng, thu hút đông đảo cán bộ, hội viên và nhân dân tham gia.",
            "Các tập thể ký cam kết thực hiện bình đẳng giới và không để xảy ra bạo lực gia đình.",
        ),
        (120, 150),
    ),
    "conference": ActivitySpec(
        ("Tọa đàm về {topic} tại {v}",),
        (
            "Hội nghị tuyên truyền về {topic} cho {aud}",
            "Tọa đàm về {topic} {occ}",
            "Hội nghị triển khai công tác bình đẳng giới và phòng, chống bạo lực gia đình năm {year}",
        ),
        0.2,
        (35, 120),
        (0.55, 0.75),
        None,
        (0.6, 1_000_000, 5_000_000),
        ("{vhxh}", HPN, MTTQ, TP),
        (
            "Đại biểu trao đổi nhiều ý kiến, thống nhất giải pháp triển khai tại cơ sở.",
            "Hội nghị quán triệt đầy đủ các nội dung, phân công nhiệm vụ cụ thể cho các đơn vị.",
        ),
    ),
    "training": ActivitySpec(
        ("Tập huấn {skill} cho {aud_v} {v}",),
        ("Tập huấn {skill} cho {aud}",),
        0.35,
        (25, 70),
        (0.55, 0.8),
        None,
        (0.7, 1_500_000, 8_000_000),
        ("{vhxh}", HPN, TP, CA, TYT),
        (
            "Học viên nắm được kiến thức, kỹ năng cơ bản; 100% học viên hoàn thành bài kiểm tra cuối khóa.",
            "Tài liệu được phát đầy đủ; học viên cam kết tuyên truyền lại tại thôn, bản.",
        ),
        (480, 480, 240, 210),
    ),
    "club_meeting": ActivitySpec(
        (
            "Sinh hoạt CLB gia đình phát triển bền vững {v} chủ đề {topic}",
            "Sinh hoạt Câu lạc bộ phụ nữ {v}: {topic}",
        ),
        ('Sinh hoạt Câu lạc bộ "Thủ lĩnh của sự thay đổi" {venue} về {topic}',),
        0.8,
        (15, 45),
        (0.6, 0.9),
        (0.0, 0.1),
        (0.3, 300_000, 1_500_000),
        (HPN, DTN, "{vhxh}"),
        (
            "Thành viên chia sẻ kinh nghiệm, cam kết cùng nhau xây dựng gia đình bình đẳng.",
            "Buổi sinh hoạt sôi nổi, lồng ghép tiểu phẩm về phòng, chống bạo lực gia đình.",
        ),
        (90, 120, 150),
        (THCS, TIEU_HOC),
    ),
    "village_meeting": ActivitySpec(
        ("Họp dân {v} lồng ghép tuyên truyền {topic}", "Truyền thông trực tiếp về {topic} tại {v}"),
        ("Truyền thông trực tiếp về {topic} tại {venue}",),
        0.9,
        (30, 120),
        (0.5, 0.7),
        None,
        (0.15, 200_000, 1_000_000),
        ("{vhxh}", HPN, MTTQ, CA),
        (
            "Người dân nắm được các quy định cơ bản của pháp luật, nhiều ý kiến được giải đáp tại chỗ.",
            "Nội dung tuyên truyền ngắn gọn, dễ hiểu; người dân tích cực trao đổi.",
        ),
        (90, 120, 150),
    ),
    "dv_model": ActivitySpec(
        (
            "Sinh hoạt định kỳ nhóm phòng, chống bạo lực gia đình {v}",
            "Thăm hỏi, nắm tình hình các hộ gia đình có nguy cơ xảy ra bạo lực gia đình tại {v}",
        ),
        ("Giao ban các nhóm phòng, chống bạo lực gia đình các thôn, bản",),
        0.85,
        (8, 30),
        (0.55, 0.8),
        None,
        (0.4, 300_000, 2_000_000),
        (HPN, "{vhxh}", CA),
        (
            "Nhóm nắm được tình hình các hộ có nguy cơ, phân công thành viên theo dõi, hỗ trợ.",
            "Không phát sinh vụ việc bạo lực gia đình mới trên địa bàn.",
        ),
        (90, 120),
    ),
    "mediation": ActivitySpec(
        ("Hòa giải mâu thuẫn gia đình tại {v}", "Tổ hòa giải {v} hòa giải mâu thuẫn vợ chồng"),
        ("Hòa giải mâu thuẫn gia đình tại {venue}",),
        0.85,
        (3, 10),
        (0.4, 0.6),
        None,
        (0.05, 100_000, 300_000),
        (TP, MTTQ, "Tổ hòa giải {v}"),
        (
            "Hòa giải thành, các bên cam kết không tái diễn mâu thuẫn.",
            "Hòa giải thành; tổ hòa giải tiếp tục theo dõi gia đình.",
            "Hòa giải không thành, hướng dẫn các bên thực hiện quyền yêu cầu theo quy định.",
        ),
        (60, 90, 120),
        ("Trụ sở UBND xã", "Trụ sở Công an xã"),
    ),
    "legal_aid": ActivitySpec(
        ("Trợ giúp pháp lý lưu động tại {v}", "Tư vấn pháp luật về hôn nhân và gia đình cho phụ nữ {v}"),
        ("Tư vấn pháp luật về {topic} tại {venue}",),
        0.6,
        (10, 60),
        (0.6, 0.85),
        None,
        (0.3, 500_000, 3_000_000),
        (TP, HPN, "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"),
        ("Giải đáp các vướng mắc pháp luật của người dân, cấp phát tài liệu tuyên truyền.",),
    ),
    "counselling": ActivitySpec(
        ("Tư vấn, hỗ trợ tâm lý cho phụ nữ, trẻ em gái {v}",),
        ("Tư vấn, hỗ trợ tâm lý, kỹ năng sống tại {venue}",),
        0.5,
        (3, 40),
        (0.65, 0.95),
        (0.0, 0.6),
        (0.1, 200_000, 1_000_000),
        (TYT, HPN, DTN),
        ("Người được tư vấn ổn định tâm lý, biết nơi tìm kiếm sự hỗ trợ khi cần.",),
        (60, 90, 120),
        ("Trạm Y tế xã", THCS),
    ),
    "support_women_children": ActivitySpec(
        (
            "Thăm hỏi, tặng quà phụ nữ và trẻ em có hoàn cảnh khó khăn {v}",
            "Hỗ trợ sinh kế cho phụ nữ nghèo {v}",
        ),
        ("Trao quà cho trẻ em gái dân tộc thiểu số vượt khó học tốt tại {venue}",),
        0.6,
        (6, 40),
        (0.6, 0.9),
        (0.2, 0.6),
        (0.85, 1_000_000, 10_000_000),
        (HPN, UBND, MTTQ, DTN),
        ("Các suất quà được trao tận tay, động viên kịp thời phụ nữ và trẻ em gặp khó khăn.",),
        (90, 120, 180),
        (HALL, TIEU_HOC, THCS),
    ),
    "contest": ActivitySpec(
        ("Giao lưu văn nghệ {occ} tại {v}",),
        (
            "Hội thi tìm hiểu pháp luật về bình đẳng giới và phòng, chống bạo lực gia đình {occ}",
            'Hội thi "Gia đình hạnh phúc" năm {year}',
            "Giao lưu văn nghệ, thể thao {occ}",
        ),
        0.25,
        (80, 300),
        (0.55, 0.75),
        (0.0, 0.4),
        (0.8, 2_000_000, 15_000_000),
        (HPN, DTN, "{vhxh}", THCS),
        (
            "Các đội thi chuẩn bị chu đáo, phần thi tiểu phẩm được khán giả đánh giá cao.",
            "Trao giải cho các đội đạt thành tích cao; không khí vui tươi, phấn khởi.",
        ),
        (180, 240, 480),
        ("Sân vận động trung tâm xã", CENTRE, THCS),
    ),
    "inspection": ActivitySpec(
        (
            "Kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại {v}",
            "Kiểm tra hoạt động mô hình phòng, chống bạo lực gia đình tại {v}",
        ),
        ("Giám sát việc thực hiện chính sách đối với lao động nữ tại {venue}",),
        0.8,
        (5, 15),
        (0.35, 0.6),
        None,
        (0.0, 0, 0),
        ("{vhxh}", MTTQ, "Ban Chỉ đạo công tác bình đẳng giới xã"),
        ("Đơn vị được kiểm tra thực hiện tương đối tốt; đã nhắc nhở cập nhật sổ theo dõi.",),
        (120, 180),
        (THCS, TIEU_HOC, "Trạm Y tế xã"),
    ),
    "review_commendation": ActivitySpec(
        ("Sơ kết hoạt động nhóm phòng, chống bạo lực gia đình {v}",),
        (
            "Hội nghị {review} công tác bình đẳng giới và vì sự tiến bộ của phụ nữ",
            "Hội nghị {review}, khen thưởng tập thể, cá nhân tiêu biểu",
        ),
        0.15,
        (40, 110),
        (0.55, 0.75),
        None,
        (0.6, 1_000_000, 6_000_000),
        (UBND, "{vhxh}", HPN),
        ("Đánh giá kết quả, chỉ ra hạn chế và đề ra nhiệm vụ thời gian tới; khen thưởng tập thể, cá nhân.",),
        (150, 180),
    ),
    OTHER_KIND: ActivitySpec(
        ("Diễu hành, đạp xe tuyên truyền {occ} tại {v}",),
        ("Diễu hành, đạp xe tuyên truyền {occ}", "Chiếu phim tư liệu về {topic} tại {venue}"),
        0.3,
        (30, 150),
        (0.5, 0.7),
        (0.0, 0.3),
        (0.2, 500_000, 3_000_000),
        (DTN, HPN, "{vhxh}"),
        ("Hoạt động tạo không khí sôi nổi, lan tỏa thông điệp bình đẳng giới đến người dân.",),
    ),
}
GENERIC_RESULT = "Thu hút {total} lượt người tham gia, trong đó nữ {female}."
CANCELLED_RESULTS = (
    "Hoãn do mưa lớn kéo dài.",
    "Không tổ chức do trùng lịch công tác đột xuất của xã.",
    "Hủy do rét đậm, rét hại.",
)

# Season → weight of each activity kind (codes missing from the catalogue are simply skipped).
ACTIVITY_MIX: dict[str, dict[str, int]] = {
    "normal": {
        "conference": 6,
        "training": 8,
        "club_meeting": 14,
        "village_meeting": 18,
        "dv_model": 12,
        "mediation": 10,
        "legal_aid": 6,
        "counselling": 6,
        "support_women_children": 4,
        "contest": 2,
        "inspection": 5,
        "review_commendation": 1,
        OTHER_KIND: 3,
    },
    "am_launch": {
        "launch_ceremony": 4,  # villages' own launches; the commune's is placed by the generator
        "conference": 10,
        "training": 6,
        "club_meeting": 8,
        "village_meeting": 14,
        "dv_model": 6,
        "mediation": 3,
        "legal_aid": 4,
        "counselling": 3,
        "support_women_children": 6,
        "contest": 8,
        "inspection": 2,
        OTHER_KIND: 4,
    },
    "action_month": {
        "launch_ceremony": 1,
        "conference": 10,
        "training": 10,
        "club_meeting": 14,
        "village_meeting": 20,
        "dv_model": 10,
        "mediation": 6,
        "legal_aid": 6,
        "counselling": 5,
        "support_women_children": 8,
        "contest": 8,
        "inspection": 6,
        "review_commendation": 1,
        OTHER_KIND: 3,
    },
    "holiday": {
        "launch_ceremony": 2,
        "conference": 10,
        "training": 4,
        "club_meeting": 16,
        "village_meeting": 10,
        "dv_model": 5,
        "mediation": 3,
        "legal_aid": 4,
        "counselling": 4,
        "support_women_children": 14,
        "contest": 18,
        "inspection": 1,
        OTHER_KIND: 5,
    },
    "dv_month": {
        "launch_ceremony": 2,
        "conference": 8,
        "training": 8,
        "club_meeting": 10,
        "village_meeting": 18,
        "dv_model": 18,
        "mediation": 12,
        "legal_aid": 10,
        "counselling": 8,
        "support_women_children": 4,
        "contest": 4,
        "inspection": 4,
        OTHER_KIND: 2,
    },
    "review": {
        "conference": 10,
        "training": 4,
        "club_meeting": 8,
        "village_meeting": 10,
        "dv_model": 8,
        "mediation": 8,
        "legal_aid": 4,
        "counselling": 4,
        "support_women_children": 8,
        "inspection": 10,
        "review_commendation": 25,
        OTHER_KIND: 3,
    },
}
ACTIVITY_MIX_OF_SEASON: dict[str, str] = {
    "march8": "holiday",
    "oct20": "holiday",
    "happiness": "holiday",
    "family_day": "holiday",
    "am_launch": "am_launch",
    "action_month": "action_month",
    "am_close": "review",
    "dv_month": "dv_month",
    "mid_review": "review",
    "year_review": "review",
}

BUDGET_SOURCES: tuple[tuple[str, int], ...] = (
    ("commune", 55),
    ("upper_level", 25),
    ("socialised", 15),
    ("other", 5),
)


@dataclass(frozen=True)
class PropagandaSpec:
    """One propaganda kind: titles, quantity range, minutes per unit, places, reach per unit, notes."""

    titles: tuple[str, ...]
    quantity: tuple[int, int]
    minutes_per_unit: tuple[int, int]  # used only when the kind counts minutes
    days: tuple[int, int]  # how long the event runs
    places: tuple[str, ...]
    reach_per_unit: tuple[int, int]
    notes: tuple[str, ...]
    in_village: float = 0.0


PROPAGANDA_SPECS: dict[str, PropagandaSpec] = {
    "banner_slogan": PropagandaSpec(
        ("Treo băng rôn, khẩu hiệu {occ}",),
        (2, 20),
        (0, 0),
        (7, 30),
        ("Trụ sở UBND xã, các trường học và trục đường chính", "Nhà văn hóa {v} và trục đường liên thôn"),
        (80, 250),
        ("Băng rôn kích thước 0,8 m × 5 m, nền đỏ chữ vàng.", "Băng rôn 0,9 m × 6 m in tại Lạng Sơn."),
        0.3,
    ),
    "pano_poster": PropagandaSpec(
        ("Dựng pa nô, áp phích tuyên truyền về {topic}",),
        (1, 6),
        (0, 0),
        (14, 60),
        ("Ngã ba trung tâm xã, chợ xã", "Nhà văn hóa {v}, Trạm Y tế xã"),
        (150, 600),
        ("Pa nô 2 m × 4 m đặt tại vị trí dễ quan sát.", "Áp phích khổ A0, A1."),
        0.3,
    ),
    "radio_broadcast": PropagandaSpec(
        ("Phát thanh tin, bài {occ}", "Phát thanh chuyên mục về {topic}"),
        (3, 30),
        (5, 12),
        (2, 15),
        ("Đài truyền thanh xã và cụm loa các thôn, bản", "Loa phát thanh nhà văn hóa {v}"),
        (150, 400),
        ("Phát vào khung giờ 6h00 và 17h00 hằng ngày.", "Phát bằng tiếng phổ thông và tiếng Tày."),
        0.2,
    ),
    "mobile_vehicle": PropagandaSpec(
        ("Tuyên truyền lưu động {occ}", "Tuyên truyền lưu động về {topic}"),
        (1, 6),
        (30, 60),
        (1, 3),
        ("Các trục đường chính, chợ trung tâm xã và {v}",),
        (300, 900),
        ("Xe loa lưu động kết hợp phát tờ rơi tại chợ phiên.",),
        0.5,
    ),
    "online_article": PropagandaSpec(
        ("Đăng tin, bài về {topic} trên Trang thông tin điện tử xã", "Đăng tin hoạt động {occ}"),
        (1, 5),
        (0, 0),
        (1, 1),
        ("Trang thông tin điện tử xã; nhóm Zalo các thôn, bản",),
        (150, 1200),
        ("Tin, bài kèm hình ảnh hoạt động.", "Chia sẻ lại trên trang Facebook của Đoàn xã."),
    ),
    "reportage": PropagandaSpec(
        ('Phóng sự "{story}" tại {v}',),
        (1, 2),
        (15, 25),
        (1, 1),
        ("Đài truyền thanh xã; Trang thông tin điện tử xã",),
        (800, 3000),
        ("Phối hợp Trung tâm Văn hóa, Thông tin tỉnh thực hiện.",),
        1.0,
    ),
    "leaflet": PropagandaSpec(
        ("Cấp phát tờ rơi tuyên truyền về {topic}",),
        (100, 2000),
        (0, 0),
        (1, 5),
        ("Họp thôn, chợ phiên và Trạm Y tế xã", "Các hộ gia đình {v}"),
        (2, 3),
        ("Tờ rơi in song ngữ Việt – Tày.", "Tài liệu hỏi – đáp Luật Phòng, chống bạo lực gia đình."),
        0.3,
    ),
    "integrated_talk": PropagandaSpec(
        ("Tuyên truyền lồng ghép {topic} trong buổi họp {v}",),
        (1, 8),
        (0, 0),
        (1, 7),
        ("Nhà văn hóa {v}",),
        (30, 80),
        ("Lồng ghép trong sinh hoạt chi hội phụ nữ, chi đoàn thanh niên.",),
        1.0,
    ),
}
GENERIC_PROPAGANDA = PropagandaSpec(
    ("{label} {occ}",),
    (1, 10),
    (10, 30),
    (1, 7),
    ("Trung tâm xã và các thôn, bản",),
    (50, 300),
    ("",),
)
PROPAGANDA_MIX: dict[str, dict[str, int]] = {
    "normal": {
        "banner_slogan": 3,
        "pano_poster": 2,
        "radio_broadcast": 20,
        "mobile_vehicle": 4,
        "online_article": 12,
        "reportage": 1,
        "leaflet": 6,
        "integrated_talk": 14,
    },
    "launch": {
        "banner_slogan": 30,
        "pano_poster": 8,
        "radio_broadcast": 20,
        "mobile_vehicle": 10,
        "online_article": 10,
        "reportage": 2,
        "leaflet": 8,
        "integrated_talk": 6,
    },
    "campaign": {
        "banner_slogan": 6,
        "pano_poster": 3,
        "radio_broadcast": 22,
        "mobile_vehicle": 6,
        "online_article": 14,
        "reportage": 3,
        "leaflet": 8,
        "integrated_talk": 14,
    },
}
PROPAGANDA_MIX_OF_SEASON: dict[str, str] = {
    "am_launch": "launch",
    "march8": "launch",
    "oct20": "launch",
    "dv_month": "campaign",
    "action_month": "campaign",
    "am_close": "campaign",
    "family_day": "campaign",
    "happiness": "campaign",
}
SLOGAN_COUNTS: tuple[tuple[int, int], ...] = ((1, 50), (2, 35), (3, 15))


# Organiser texts that name a unit of the catalogue only by their beginning.
UNIT_OF_ORGANISER_PREFIX = (
    ("Tổ hòa giải", "Tổ hòa giải ở cơ sở"),
    ("Trường THCS", "Trường THCS"),
    ("Trường Tiểu học", "Trường Tiểu học"),
    ("Trường Mầm non", "Trường Mầm non"),
    ("Ban công tác Mặt trận", "Ban công tác Mặt trận thôn"),
)
