"""First-run wizard: welcome with the choice of desk, then for a commune its profile, villages and a
summary, for a province desk the Sở (gui/wizard_province.py); saved in one transaction on Finish."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gender_equality_desk import APP_TITLE
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import ProfileInput, parse_village_names
from gender_equality_desk.core.province.desk import DESK_COMMUNE, DESK_PROVINCE, set_up_province_desk
from gender_equality_desk.core.setup import set_up_commune
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.icons import app_icon
from gender_equality_desk.gui.widgets.basics import card, set_style_flag, styled_label
from gender_equality_desk.gui.widgets.profile_form import ProfileForm
from gender_equality_desk.gui.wizard_province import PROVINCE_STEPS, ProvinceSetupPage, ProvinceSummaryPage

STEPS = 4
WELCOME_ID, PROFILE_ID, VILLAGES_ID, SUMMARY_ID, PROVINCE_ID, PROVINCE_SUMMARY_ID = range(6)


def step_title(step: int, text: str, count: int = STEPS) -> str:
    """A larger, numbered page title (the wizard shows titles as rich text)."""
    steps = translate("FirstRunWizard", "Bước {step}/{count}").format(step=step, count=count)
    return (
        f'<span style="font-size:14pt; font-weight:600">{escape(text)}</span>'
        f'&nbsp;&nbsp;<span style="color:#5b6675">{escape(steps)}</span>'
    )


class WelcomePage(QWizardPage):
    def __init__(self, layout: DataLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(
            step_title(1, translate("WelcomePage", "Chào mừng đến với {app}").format(app=APP_TITLE))
        )
        self.setSubTitle(translate("WelcomePage", "Vài bước khai báo ban đầu, mất khoảng hai phút."))
        box = QVBoxLayout(self)
        box.setSpacing(10)
        box.addWidget(
            styled_label(
                translate(
                    "WelcomePage",
                    "Phần mềm giúp công chức Văn hóa – Xã hội ghi chép công tác bình đẳng giới của xã: "
                    "hoạt động và đợt tuyên truyền (người tham gia chia theo nam, nữ), Tháng hành động vì "
                    "bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 – 15/12), "
                    "hồ sơ hỗ trợ nạn nhân, băng rôn, khẩu hiệu, rồi lập kế hoạch và báo cáo đúng thể "
                    "thức để gửi cấp trên.",
                ),
                wrap=True,
            )
        )
        box.addWidget(
            styled_label(
                translate(
                    "WelcomePage",
                    "Ứng dụng chạy hoàn toàn trên máy này, không cần Internet. Tiếp theo, hãy nhập "
                    "thông tin đơn vị (dùng trên tiêu đề và chữ ký văn bản). Mọi thông tin đều sửa lại "
                    "được ở trang Cài đặt.",
                ),
                wrap=True,
            )
        )
        box.addSpacing(4)
        box.addWidget(styled_label(translate("WelcomePage", "Máy này dùng làm:"), "cardTitle"))
        self.commune_choice = QRadioButton(translate("WelcomePage", "Bàn làm việc của xã/phường"))
        self.commune_choice.setObjectName("communeDesk")
        self.province_choice = QRadioButton(translate("WelcomePage", "Bàn tiếp nhận của tỉnh (Sở)"))
        self.province_choice.setObjectName("provinceDesk")
        self.commune_choice.setChecked(True)
        self.choices = QButtonGroup(self)
        for choice, about in (
            (
                self.commune_choice,
                translate(
                    "WelcomePage",
                    "Công chức Văn hóa – Xã hội ghi chép công tác của xã và lập báo cáo gửi lên tỉnh.",
                ),
            ),
            (
                self.province_choice,
                translate(
                    "WelcomePage",
                    "Sở Nội vụ (hoặc Sở Văn hóa, Thể thao và Du lịch) nhận, kiểm tra, tổng hợp báo cáo của "
                    "các xã trong tỉnh và theo dõi xã nào chưa nộp.",
                ),
            ),
        ):
            self.choices.addButton(choice)
            font = choice.font()
            font.setBold(True)
            choice.setFont(font)
            box.addWidget(choice, 0, Qt.AlignmentFlag.AlignLeft)
            note = styled_label(about, "muted", wrap=True)
            note.setContentsMargins(24, 0, 0, 0)
            box.addWidget(note)
        box.addSpacing(8)
        box.addWidget(styled_label(translate("WelcomePage", "Dữ liệu được lưu tại:"), "cardTitle"))
        folder = styled_label(str(layout.root), wrap=True)
        folder.setObjectName("dataFolder")
        box.addWidget(folder)
        box.addWidget(
            styled_label(
                translate(
                    "WelcomePage", "Hãy sao lưu thư mục này định kỳ (ví dụ ra USB) để không mất dữ liệu."
                ),
                "muted",
                wrap=True,
            )
        )
        box.addStretch(1)

    def desk_role(self) -> str:
        return DESK_PROVINCE if self.province_choice.isChecked() else DESK_COMMUNE

    def nextId(self) -> int:
        return PROVINCE_ID if self.desk_role() == DESK_PROVINCE else PROFILE_ID


class ProfilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(step_title(2, translate("ProfilePage", "Thông tin của xã")))
        self.setSubTitle(
            translate("ProfilePage", "Các ô có dấu * là bắt buộc. Nút «Tiếp theo» sẽ bật khi đã điền đủ.")
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.form = ProfileForm(self)
        box.addWidget(self.form)
        box.addStretch(1)
        self.form.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.form.is_valid()

    def validatePage(self) -> bool:
        self.form.reveal_problems()
        return self.form.is_valid()


class VillagesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(step_title(3, translate("VillagesPage", "Thôn, bản, tổ dân phố")))
        self.setSubTitle(
            translate("VillagesPage", "Mỗi dòng một tên. Có thể để trống và thêm sau ở trang Cài đặt.")
        )
        box = QVBoxLayout(self)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("villageNames")
        self.editor.setPlaceholderText(
            translate("VillagesPage", "Thôn Đông Bàn\nThôn Trung Châu\nBản Phú Mỹ\n…")
        )
        self.editor.textChanged.connect(self._update_count)
        box.addWidget(self.editor, 1)
        self.count = styled_label("", "muted")
        self.count.setObjectName("villageCount")
        box.addWidget(self.count)
        self._update_count()

    def names(self) -> list[str]:
        return parse_village_names(self.editor.toPlainText())

    def _update_count(self) -> None:
        count = len(self.names())
        self.count.setText(
            translate("VillagesPage", "Đã nhận {count} thôn, bản.").format(count=count)
            if count
            else translate("VillagesPage", "Chưa nhập thôn, bản nào.")
        )


class SummaryPage(QWizardPage):
    """Read back what will be saved, so the officer can go Back and correct it."""

    def __init__(self, profile_page: ProfilePage, villages_page: VillagesPage, parent: QWidget | None = None):
        super().__init__(parent)
        self._profile_page = profile_page
        self._villages_page = villages_page
        self.setTitle(step_title(4, translate("SummaryPage", "Kiểm tra lại")))
        self.setSubTitle(
            translate("SummaryPage", "Bấm «Hoàn tất» để lưu. Mọi thông tin đều sửa lại được ở trang Cài đặt.")
        )
        frame = card(self, "summaryCard")
        self.form = QFormLayout(frame)
        self.form.setContentsMargins(16, 12, 16, 12)
        self.form.setHorizontalSpacing(20)
        self.form.setVerticalSpacing(8)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(frame)
        box.addStretch(1)

    def initializePage(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        profile = self._profile_page.form.value()
        names = self._villages_page.names()
        rows = [
            (translate("SummaryPage", "Xã/phường"), profile.commune_name),
            (translate("SummaryPage", "Tỉnh/thành phố"), profile.province_name),
            (
                translate("SummaryPage", "Mã đơn vị hành chính"),
                profile.unit_code or translate("SummaryPage", "(chưa nhập)"),
            ),
            (translate("SummaryPage", "Cơ quan ban hành"), profile.issuing_body),
            (
                translate("SummaryPage", "Dòng ngày tháng"),
                translate("SummaryPage", "{place}, ngày … tháng … năm …").format(place=profile.place_name),
            ),
            (translate("SummaryPage", "Nơi nhận báo cáo"), profile.receiving_authority),
            (translate("SummaryPage", "Người ký"), f"{profile.signer_name} — {profile.signer_title}"),
            (translate("SummaryPage", "Thẩm quyền ký"), profile.signing_authority.replace("\n", " / ")),
            (
                translate("SummaryPage", "Cán bộ phụ trách"),
                " · ".join(p for p in (profile.officer_name, profile.officer_phone) if p)
                or translate("SummaryPage", "(chưa nhập)"),
            ),
            (
                translate("SummaryPage", "Thôn, bản ({count})").format(count=len(names)),
                ", ".join(names) or translate("SummaryPage", "(chưa nhập)"),
            ),
        ]
        for label, value in rows:
            shown = styled_label(value, wrap=True)
            shown.setObjectName("summaryValue")
            self.form.addRow(styled_label(label, "muted"), shown)

    def nextId(self) -> int:
        return -1  # the province pages come after it in id order, not after it in the walk


class FirstRunWizard(QWizard):
    """Asks for the commune profile and villages. Nothing is written until Finish."""

    def __init__(self, store: Store, layout: DataLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(translate("FirstRunWizard", "{app} — Khai báo ban đầu").format(app=APP_TITLE))
        self.setWindowIcon(app_icon())
        # One look on every system (Windows would otherwise pick Aero, Linux Classic).
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Qt ships no Vietnamese translation of its own buttons: name them here.
        self.setButtonText(QWizard.WizardButton.BackButton, translate("FirstRunWizard", "< Quay lại"))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("FirstRunWizard", "Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("FirstRunWizard", "Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("FirstRunWizard", "Hủy"))
        self.welcome_page = WelcomePage(layout)
        self.profile_page = ProfilePage()
        self.villages_page = VillagesPage()
        self.summary_page = SummaryPage(self.profile_page, self.villages_page)
        self.province_page = ProvinceSetupPage(
            step_title(2, translate("FirstRunWizard", "Sở tiếp nhận báo cáo"), PROVINCE_STEPS)
        )
        self.province_summary_page = ProvinceSummaryPage(
            step_title(3, translate("FirstRunWizard", "Kiểm tra lại"), PROVINCE_STEPS), self.province_page
        )
        pages = (self.welcome_page, self.profile_page, self.villages_page, self.summary_page,
                 self.province_page, self.province_summary_page)  # fmt: skip
        for page_id, page in enumerate(pages):
            self.setPage(page_id, page)
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            set_style_flag(self.button(button), "primary", True)
        self.resize(920, 600)

    def desk_role(self) -> str:
        """ "commune" or "province", as chosen on the first page."""
        return self.welcome_page.desk_role()

    def profile(self) -> ProfileInput:
        if self.desk_role() == DESK_PROVINCE:
            return self.province_page.profile()
        return self.profile_page.form.value()

    def accept(self) -> None:
        """Save profile and villages together (the same operation as `setup` on the command line): either
        both are stored or neither is, and a desk set up meanwhile is never overwritten."""
        try:
            with self._store.transaction() as session:
                if self.desk_role() == DESK_PROVINCE:
                    set_up_province_desk(session, self.profile())
                else:
                    set_up_commune(session, self.profile(), self.villages_page.names())
        except UserFacingError as error:
            QMessageBox.warning(self, translate("FirstRunWizard", "Chưa lưu được"), str(error))
            return
        super().accept()
