"""Băng rôn – Khẩu hiệu, two tabs. "Băng rôn, áp phích": pick a slogan from the library (or type one),
choose the size, colours and an optional logo, see the banner as it will print, save it as one
true-size PDF or as tiled A4/A3 pages, or print it tiled through Qt's print dialog.
"Thư viện khẩu hiệu": the slogan library itself (add, edit, hide, favourites).

The preview and both PDFs come from the same core layout, so what the officer sees is what prints.
File, colour and print dialogs are attributes (`choose_save_path`, `choose_logo_path`,
`choose_printer`…) so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.render.banner.logo import BannerLogo, import_logo
from gender_equality_desk.core.render.banner.pdf import write_banner_pdf, write_tiled_pdf
from gender_equality_desk.core.render.banner.spec import (
    DEFAULT_BACKGROUND,
    DEFAULT_TEXT_COLOUR,
    BannerSpec,
    preset,
)
from gender_equality_desk.core.render.banner.tiling import Paper
from gender_equality_desk.core.slogans import list_slogans
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import DataChange, Page, PageServices
from gender_equality_desk.gui.printing import ask_banner_printer, print_banner
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.banner_options import CUSTOM, BannerOptions
from gender_equality_desk.gui.widgets.banner_preview import BannerPreview
from gender_equality_desk.gui.widgets.slogan_library import SloganLibrary
from gender_equality_desk.gui.widgets.slogan_list import SloganList

SaveChooser = Callable[[str, str], Path | None]  # (suggested file name, title) → chosen path or None
ColourChooser = Callable[[str, str], str | None]  # (current #RRGGBB, title) → new colour or None
LogoChooser = Callable[[], Path | None]  # → the picture the officer chose, or None
PrinterChooser = Callable[[], QPrinter | None]  # → the printer set up in Qt's print dialog, or None


class BannersPage(Page):
    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stale = True
        self.choose_save_path: SaveChooser = self._ask_save_path
        self.choose_colour: ColourChooser = self._ask_colour
        self.choose_logo_path: LogoChooser = self._ask_logo_path
        self.choose_printer: PrinterChooser = lambda: ask_banner_printer(self)
        self.background = DEFAULT_BACKGROUND
        self.text_colour = DEFAULT_TEXT_COLOUR
        self.logo: BannerLogo | None = None
        self.logo_name = ""  # the name the officer chose; the copy in the data folder is named by its hash

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("bannerTabs")
        banner_tab = QWidget(self.tabs)
        banner_box = QVBoxLayout(banner_tab)
        top = QHBoxLayout()
        top.setSpacing(12)
        self.slogan_list = SloganList(banner_tab)
        self.slogan_list.chosen.connect(self.text_edit_set)
        # Tests and the keyboard reach the list's parts through the page.
        self.search, self.slogans = self.slogan_list.search, self.slogan_list.slogans
        self.library_hint = self.slogan_list.hint
        top.addWidget(self.slogan_list, 2)
        self.options = BannerOptions(banner_tab)
        self._take_option_widgets(self.options)
        top.addWidget(self.options, 3)
        banner_box.addLayout(top)
        self.preview = BannerPreview(banner_tab)
        banner_box.addWidget(self.preview, 1)
        self.library = SloganLibrary(services.store, services.today, self.tabs)
        self.library.changed.connect(self._on_library_changed)
        self.tabs.addTab(banner_tab, translate("BannersPage", "Băng rôn, áp phích"))
        self.tabs.addTab(self.library, translate("BannersPage", "Thư viện khẩu hiệu"))
        self.body_layout.addWidget(self.tabs, 1)
        self._on_size_changed()
        self.refresh()

    def title(self) -> str:
        return translate("BannersPage", "Băng rôn – Khẩu hiệu")

    def subtitle(self) -> str:
        return translate(
            "BannersPage",
            "Chọn khẩu hiệu hoặc tự gõ, chọn khổ, màu và logo, rồi lưu PDF khổ thật cho nhà in, PDF ghép "
            "trang A4/A3, hoặc in thẳng ra máy in. Thẻ “Thư viện khẩu hiệu” để thêm, sửa, ẩn và đánh dấu "
            "khẩu hiệu hay dùng.",
        )

    def icon_name(self) -> str:
        return "banners"

    def _take_option_widgets(self, options: BannerOptions) -> None:
        """Name the options' widgets on the page (tests and shortcuts reach them here) and connect them."""
        self.text_edit, self.second_line = options.text_edit, options.second_line
        self.size_combo, self.width_mm, self.height_mm = (
            options.size_combo,
            options.width_mm,
            options.height_mm,
        )
        self.background_button, self.text_colour_button = (
            options.background_button,
            options.text_colour_button,
        )
        self.paper_combo, self.status = options.paper_combo, options.status
        self.save_true_button, self.save_tiled_button = options.save_true_button, options.save_tiled_button
        self.print_button, self.logo_button = options.print_button, options.logo_button
        self.clear_logo_button, self.logo_label = options.clear_logo_button, options.logo_label
        for edit in (self.text_edit, self.second_line):
            edit.textChanged.connect(self.update_preview)
        for box in (self.width_mm, self.height_mm):
            box.valueChanged.connect(self.update_preview)
        self.size_combo.currentIndexChanged.connect(self._on_size_changed)
        self.background_button.clicked.connect(lambda: self._pick_colour("background"))
        self.text_colour_button.clicked.connect(lambda: self._pick_colour("text_colour"))
        self.save_true_button.clicked.connect(self.save_true_size)
        self.save_tiled_button.clicked.connect(self.save_tiled)
        self.print_button.clicked.connect(self.print_tiles)
        self.logo_button.clicked.connect(self.choose_logo)
        self.clear_logo_button.clicked.connect(self.clear_logo)

    # data -------------------------------------------------------------------------------------------

    def activated(self) -> None:
        if self._stale:
            self.refresh()

    def on_data_changed(self, change: DataChange) -> None:
        if change in (DataChange.SLOGANS, DataChange.EVERYTHING):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        with self._services.store.reading() as session:
            library = list_slogans(session, self._services.today().year)
        self.slogan_list.show_library(library)
        self.library.refresh()
        self._stale = False

    def _on_library_changed(self) -> None:
        """The library tab saved a change: show it in this tab's list and tell the other pages."""
        with self._services.store.reading() as session:
            self.slogan_list.show_library(list_slogans(session, self._services.today().year))
        self.data_changed.emit(DataChange.SLOGANS.value)

    def visible_slogans(self) -> list[str]:
        return self.slogan_list.visible_texts()

    def text_edit_set(self, text: str) -> None:
        self.text_edit.setPlainText(text)

    # banner -----------------------------------------------------------------------------------------

    def _on_size_changed(self) -> None:
        key = self.size_combo.currentData()
        custom = key == CUSTOM
        if not custom:
            size = preset(str(key))
            for box, value in ((self.width_mm, size.width_mm), (self.height_mm, size.height_mm)):
                box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(False)
        self.width_mm.setEnabled(custom)
        self.height_mm.setEnabled(custom)
        self.update_preview()

    def spec(self) -> BannerSpec:
        return BannerSpec(
            text=self.text_edit.toPlainText(),
            width_mm=self.width_mm.value(),
            height_mm=self.height_mm.value(),
            second_line=self.second_line.text(),
            background=self.background,
            text_colour=self.text_colour,
            logo=self.logo,
        )

    def update_preview(self) -> None:
        self.preview.set_spec(self.spec())
        has_text = bool(self.text_edit.toPlainText().strip())
        self.save_true_button.setEnabled(has_text)
        self.save_tiled_button.setEnabled(has_text)
        self.print_button.setEnabled(has_text)
        self.clear_logo_button.setEnabled(self.logo is not None)
        self.logo_label.setText(
            self.logo_name if self.logo else translate("BannersPage", "Không có logo (chữ căn giữa)")
        )

    def choose_logo(self) -> None:
        path = self.choose_logo_path()
        if path is None:
            return
        try:
            # Copied into the data folder: the banner still prints after the USB stick is gone.
            self.logo = import_logo(path, self._services.layout.root)
            self.logo_name = path.name
        except (UserFacingError, OSError) as error:
            self._show_error(error)
            return
        self.status.setText(
            translate("BannersPage", "Đã thêm logo “{name}” ở bên trái băng rôn.").format(name=path.name)
        )
        self.update_preview()

    def clear_logo(self) -> None:
        self.logo = None
        self.status.setText("")
        self.update_preview()

    def print_tiles(self) -> int:
        """Print through Qt's print dialog, tiled on the chosen printer's paper; returns pages printed."""
        printer = self.choose_printer()
        if printer is None:
            return 0
        try:
            plan = print_banner(self.spec(), printer)
        except UserFacingError as error:
            self._show_error(error)
            return 0
        self.status.setText(
            translate("BannersPage", "Đã gửi {n} trang ({rows} hàng × {cols} cột) tới máy in.").format(
                n=plan.page_count, rows=plan.rows, cols=plan.cols
            )
        )
        return plan.page_count

    def _pick_colour(self, which: str) -> None:
        title = (
            translate("BannersPage", "Chọn màu nền")
            if which == "background"
            else translate("BannersPage", "Chọn màu chữ")
        )
        chosen = self.choose_colour(str(getattr(self, which)), title)
        if chosen:
            setattr(self, which, chosen.upper())
            self.update_preview()

    def _suggested_name(self, suffix: str) -> str:
        words = fold(self.text_edit.toPlainText()).split()[:6]
        spec = self.spec()
        return f"bang-ron-{'-'.join(words) or 'khau-hieu'}-{spec.width_mm:g}x{spec.height_mm:g}{suffix}.pdf"

    def save_true_size(self) -> Path | None:
        path = self.choose_save_path(self._suggested_name(""), translate("BannersPage", "Lưu PDF khổ thật"))
        if path is None:
            return None
        try:
            write_banner_pdf(self.spec(), path)
        except (UserFacingError, OSError) as error:
            self._show_error(error)
            return None
        self.status.setText(
            translate("BannersPage", "Đã lưu {path} (một trang khổ thật, gửi nhà in).").format(path=path)
        )
        return path

    def save_tiled(self) -> Path | None:
        paper = Paper(str(self.paper_combo.currentData()))
        path = self.choose_save_path(
            self._suggested_name(f"-ghep-{paper.value}"), translate("BannersPage", "Lưu PDF ghép trang")
        )
        if path is None:
            return None
        try:
            plan = write_tiled_pdf(self.spec(), path, paper)
        except (UserFacingError, OSError) as error:
            self._show_error(error)
            return None
        self.status.setText(
            translate(
                "BannersPage", "Đã lưu {path}: {n} trang {paper} ({rows} hàng × {cols} cột), dán chồng 10 mm."
            ).format(path=path, n=plan.page_count, paper=paper.value, rows=plan.rows, cols=plan.cols)
        )
        return path

    def _show_error(self, error: BaseException) -> None:
        message = (
            str(error)
            if isinstance(error, UserFacingError)
            else translate(
                "BannersPage", "Không lưu được tệp: {reason}. Hãy chọn thư mục khác rồi thử lại."
            ).format(reason=error)
        )
        self.status.setText(message)

    def _ask_save_path(self, suggested: str, title: str) -> Path | None:
        chosen = ask_save_path(self, title, suggested, translate("BannersPage", "Tệp PDF (*.pdf)"))
        return None if chosen is None else with_extension(chosen, ".pdf")

    def _ask_logo_path(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("BannersPage", "Chọn logo hoặc hình ảnh"),
            str(Path.home()),
            translate("BannersPage", "Ảnh PNG, JPG (*.png *.jpg *.jpeg)"),
        )
        return Path(chosen) if chosen else None

    def _ask_colour(self, current: str, title: str) -> str | None:
        colour = QColorDialog.getColor(QColor(current), self, title)
        return colour.name() if colour.isValid() else None
