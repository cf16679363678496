"""The case form: intake, survivor, perpetrator, acts, consent, risk and the sealed identity fields.

The dialog saves through create_case / update_case itself, so a refusal keeps it open with each message
under its field; nothing typed is lost. The title names the anonymous code only, never a person.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.cases.access import Assignee, assignee_choices
from gender_equality_desk.core.cases.records import CaseIdentity, CaseInput, create_case, update_case
from gender_equality_desk.core.cases.vocabulary import AgeGroup, IntakeChannel, Relationship, RiskLevel, Sex
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.case_inputs import DateLine, EnumCombo, message_line, show_errors
from gender_equality_desk.gui.widgets.case_lookups import act_choices, village_choices

IDENTITY_NAMES = ("name", "birth_date", "phone", "address", "id_number")  # survivor_…, perpetrator_…
DISABILITY_VALUES: tuple[bool | None, ...] = (None, False, True)


def _assignee_text(worker: Assignee) -> str:
    if worker.role is None:
        return translate("CaseFormDialog", "{name} (tài khoản đã khóa)").format(name=worker.display_name)
    return f"{worker.display_name} ({translated_label(worker.role)})"


class CaseFormDialog(QDialog):
    """New case when `case_id` is None, otherwise edits `data`. `saved_code` is set after saving."""

    def __init__(
        self,
        auth: AuthSession,
        today: date,
        *,
        case_id: int | None = None,
        code: str = "",
        data: CaseInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseFormDialog")
        self._auth, self._today, self._case_id = auth, today, case_id
        self.saved_code = ""
        self._code = code
        # Who works on the case: kept as it is when editing, the signed-in worker for a new case.
        self._initial_assignee = data.assigned_to_id if data and data.assigned_to_id else auth.user_id
        self.setWindowTitle(
            translate("CaseFormDialog", "Sửa hồ sơ %1").replace("%1", code)
            if case_id
            else translate("CaseFormDialog", "Hồ sơ mới")
        )
        self.inputs: dict[str, QWidget] = {}
        self.lines: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(24)
        grid.addWidget(self._intake_section(), 0, 0)
        grid.addWidget(self._people_section(), 1, 0)
        grid.addWidget(self._acts_section(data), 0, 1, 2, 1)
        grid.addWidget(self._identity_section(), 2, 0, 1, 2)
        self.general_message = styled_label("", "error", wrap=True)
        self.general_message.hide()
        outer.addWidget(self.general_message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("CaseFormDialog", "Lưu hồ sơ"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("CaseFormDialog", "Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(1040, 700)
        self._fill(data)

    # --- building -------------------------------------------------------------------------------------
    def _row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(widget.objectName() or name)
        self.inputs[name] = widget
        self.lines[name] = message_line(name)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.lines[name])
        form.addRow(label, column)

    def _section(self, title: str) -> tuple[QWidget, QFormLayout]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(styled_label(title, "section"))
        form = QFormLayout()
        layout.addLayout(form)
        return box, form

    def _intake_section(self) -> QWidget:
        box, form = self._section(translate("CaseFormDialog", "Tiếp nhận"))
        self.intake_date = DateLine("intake_date")
        self.channel = EnumCombo(IntakeChannel, "intake_channel")
        self.village = QComboBox()
        self.village.addItem(translate("CaseFormDialog", "(không ghi thôn)"), None)
        for village_id, name in village_choices(self._auth.store):
            self.village.addItem(name, village_id)
        self.risk = EnumCombo(RiskLevel, "risk_level")
        self.assignee = QComboBox()
        current = self._initial_assignee
        for worker in assignee_choices(self._auth, current):
            self.assignee.addItem(_assignee_text(worker), worker.id)
        if self.assignee.findData(current) < 0:
            # The worker on record is no longer an account here: ask, never fall back to the first name.
            self.assignee.insertItem(0, translate("CaseFormDialog", "— Chọn cán bộ phụ trách —"), None)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(current)))
        self.assignee.setToolTip(
            translate(
                "CaseFormDialog",
                "Cán bộ được giao sẽ thấy hồ sơ này trong danh sách của mình; nhật ký ghi lại việc giao.",
            )
        )
        self._row(form, "intake_date", translate("CaseFormDialog", "Ngày tiếp nhận"), self.intake_date)
        self._row(form, "intake_channel", translate("CaseFormDialog", "Nguồn tiếp nhận"), self.channel)
        self._row(form, "village_id", translate("CaseFormDialog", "Thôn"), self.village)
        self._row(form, "risk_level", translate("CaseFormDialog", "Mức độ nguy cơ"), self.risk)
        self._row(form, "assigned_to_id", translate("CaseFormDialog", "Cán bộ phụ trách"), self.assignee)
        return box

    def _people_section(self) -> QWidget:
        box, form = self._section(translate("CaseFormDialog", "Nạn nhân và người gây bạo lực"))
        self.survivor_sex = EnumCombo(Sex, "survivor_sex")
        self.survivor_age = EnumCombo(AgeGroup, "survivor_age_group")
        self.ethnicity = QLineEdit()
        self.disability = QComboBox()
        disability_labels = (
            translate("CaseFormDialog", "Không rõ"),
            translate("CaseFormDialog", "Không"),
            translate("CaseFormDialog", "Có"),
        )
        for value, label in zip(DISABILITY_VALUES, disability_labels, strict=True):
            self.disability.addItem(label, value)
        self.relationship = EnumCombo(Relationship, "perpetrator_relationship")
        self.perpetrator_sex = EnumCombo(Sex, "perpetrator_sex")
        self.perpetrator_age = EnumCombo(AgeGroup, "perpetrator_age_group")
        self._row(form, "survivor_sex", translate("CaseFormDialog", "Giới tính nạn nhân"), self.survivor_sex)
        self._row(
            form, "survivor_age_group", translate("CaseFormDialog", "Nhóm tuổi nạn nhân"), self.survivor_age
        )
        self._row(form, "survivor_ethnicity", translate("CaseFormDialog", "Dân tộc"), self.ethnicity)
        self._row(form, "survivor_disability", translate("CaseFormDialog", "Khuyết tật"), self.disability)
        self._row(
            form,
            "perpetrator_relationship",
            translate("CaseFormDialog", "Quan hệ người gây BL"),
            self.relationship,
        )
        self._row(
            form,
            "perpetrator_sex",
            translate("CaseFormDialog", "Giới tính người gây BL"),
            self.perpetrator_sex,
        )
        self._row(
            form,
            "perpetrator_age_group",
            translate("CaseFormDialog", "Nhóm tuổi người gây BL"),
            self.perpetrator_age,
        )
        return box

    def _acts_section(self, data: CaseInput | None) -> QWidget:
        box, form = self._section(
            translate("CaseFormDialog", "Hành vi bạo lực gia đình (chọn một hay nhiều)")
        )
        self.acts = QListWidget()
        self.acts.setObjectName("act_ids")
        self.acts.setWordWrap(True)
        self.acts.setMinimumWidth(440)
        for act in act_choices(self._auth.store, data.act_ids if data else ()):
            item = QListWidgetItem(act.label, self.acts)
            item.setData(Qt.ItemDataRole.UserRole, act.id)
            item.setToolTip(
                f"{translated_label(act.gbv_type)} — {act.legal_ref}"
                if act.legal_ref
                else translated_label(act.gbv_type)
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.inputs["act_ids"] = self.acts
        self.lines["act_ids"] = message_line("act_ids")
        form.addRow(self.acts)
        form.addRow(self.lines["act_ids"])
        consent_title = styled_label(translate("CaseFormDialog", "Đồng ý chia sẻ thông tin"), "section")
        form.addRow(consent_title)
        self.consent = QCheckBox(translate("CaseFormDialog", "Nạn nhân đồng ý chia sẻ thông tin"))
        self.consent_date = DateLine("consent_date")
        self.consent_scope = QLineEdit()
        self.consent_scope.setPlaceholderText(translate("CaseFormDialog", "Ví dụ: Công an xã, Trạm Y tế"))
        self._row(form, "consent_given", "", self.consent)
        self._row(form, "consent_date", translate("CaseFormDialog", "Ngày đồng ý"), self.consent_date)
        self._row(form, "consent_scope", translate("CaseFormDialog", "Phạm vi"), self.consent_scope)
        return box

    def _identity_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            styled_label(translate("CaseFormDialog", "Thông tin nhận diện — được mã hóa"), "section")
        )
        layout.addWidget(
            styled_label(
                translate(
                    "CaseFormDialog",
                    "Chỉ người được phân công xem được các trường này; danh sách chỉ hiện mã hồ sơ.",
                ),
                "muted",
                wrap=True,
            )
        )
        columns = QGridLayout()
        columns.setHorizontalSpacing(24)
        forms = (QFormLayout(), QFormLayout())
        columns.addWidget(styled_label(translate("CaseFormDialog", "Nạn nhân"), "cardTitle"), 0, 0)
        columns.addWidget(styled_label(translate("CaseFormDialog", "Người gây bạo lực"), "cardTitle"), 0, 1)
        self.identity: dict[str, QLineEdit] = {}
        labels = (
            translate("CaseFormDialog", "Họ tên"),
            translate("CaseFormDialog", "Ngày/năm sinh"),
            translate("CaseFormDialog", "Điện thoại"),
            translate("CaseFormDialog", "Địa chỉ"),
            translate("CaseFormDialog", "Số CCCD"),
        )
        for column, person in enumerate(("survivor", "perpetrator")):
            for field, label in zip(IDENTITY_NAMES, labels, strict=True):
                name = f"{person}_{field}"
                edit = QLineEdit()
                self.identity[name] = edit
                self._row(forms[column], name, label, edit)
        columns.addLayout(forms[0], 1, 0)
        columns.addLayout(forms[1], 1, 1)
        layout.addLayout(columns)
        narrative_form = QFormLayout()
        self.narrative = QPlainTextEdit()
        self.narrative.setMinimumHeight(90)
        self._row(
            narrative_form, "narrative", translate("CaseFormDialog", "Diễn biến vụ việc"), self.narrative
        )
        layout.addLayout(narrative_form)
        return box

    # --- values -----------------------------------------------------------------------------------------
    def _fill(self, data: CaseInput | None) -> None:
        if data is None:
            self.intake_date.set_value(self._today)
            self.risk.set_value(RiskLevel.MEDIUM)
            self.survivor_sex.set_value(Sex.FEMALE)
            self.perpetrator_sex.set_value(Sex.MALE)
            return
        self.intake_date.set_value(data.intake_date)
        self.channel.set_value(data.intake_channel)
        self.village.setCurrentIndex(max(0, self.village.findData(data.village_id)))
        self.risk.set_value(data.risk_level)
        self.survivor_sex.set_value(data.survivor_sex)
        self.survivor_age.set_value(data.survivor_age_group)
        self.ethnicity.setText(data.survivor_ethnicity)
        self.disability.setCurrentIndex(DISABILITY_VALUES.index(data.survivor_disability))
        self.relationship.set_value(data.perpetrator_relationship)
        self.perpetrator_sex.set_value(data.perpetrator_sex)
        self.perpetrator_age.set_value(data.perpetrator_age_group)
        for row in range(self.acts.count()):
            item = self.acts.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.act_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.consent.setChecked(data.consent_given)
        self.consent_date.set_value(data.consent_date)
        self.consent_scope.setText(data.consent_scope)
        for name, edit in self.identity.items():
            edit.setText(getattr(data.identity, name))
        self.narrative.setPlainText(data.identity.narrative)

    def checked_act_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.acts.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.acts.count())
            if self.acts.item(row).checkState() == Qt.CheckState.Checked
        )

    def value(self) -> CaseInput:
        disability: bool | None = self.disability.currentData()
        identity = CaseIdentity(
            **{name: edit.text() for name, edit in self.identity.items()},
            narrative=self.narrative.toPlainText(),
        )
        return CaseInput(
            intake_date=self.intake_date.value(),
            intake_channel=self.channel.value(),
            survivor_sex=self.survivor_sex.value(),
            survivor_age_group=self.survivor_age.value(),
            perpetrator_relationship=self.relationship.value(),
            perpetrator_sex=self.perpetrator_sex.value(),
            perpetrator_age_group=self.perpetrator_age.value(),
            risk_level=self.risk.value(),
            act_ids=self.checked_act_ids(),
            village_id=self.village.currentData(),
            survivor_ethnicity=self.ethnicity.text(),
            survivor_disability=disability,
            consent_given=self.consent.isChecked(),
            consent_date=self.consent_date.value(),
            consent_scope=self.consent_scope.text(),
            assigned_to_id=self.assignee.currentData(),
            identity=identity,
        )

    def save(self) -> None:
        typed = {
            name: edit.problem()
            for name, edit in (("intake_date", self.intake_date), ("consent_date", self.consent_date))
        }
        errors = {name: problem for name, problem in typed.items() if problem}
        if self.assignee.currentData() is None:
            errors["assigned_to_id"] = translate(
                "CaseFormDialog", "Chưa chọn cán bộ phụ trách. Vui lòng chọn người sẽ theo dõi hồ sơ này."
            )
        if errors:
            show_errors(errors, self.inputs, self.lines)
            return
        try:
            if self._case_id is None:
                self.saved_code = create_case(self._auth, self.value(), today=self._today).code
            else:
                update_case(self._auth, self._case_id, self.value(), today=self._today)
                self.saved_code = self._code
        except InvalidRecordError as error:
            show_errors(error.result.errors, self.inputs, self.lines)
            return
        except UserFacingError as error:
            self.general_message.setText(str(error))
            self.general_message.show()
            return
        self.accept()
