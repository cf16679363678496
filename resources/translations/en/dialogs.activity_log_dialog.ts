<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ActivityLogDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/activity_log_dialog.py" line="125"/>
        <source>In nhật ký hoạt động</source>
        <translation>Print activity log</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/activity_log_dialog.py" line="142"/>
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/activity_log_dialog.py" line="145"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/activity_log_dialog.py" line="147"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/activity_log_dialog.py" line="174"/>
        <source>Đã lưu nhật ký: {path}</source>
        <translation>Log saved: {path}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/activity_log_dialog.py" line="183"/>
        <source>Lưu nhật ký hoạt động</source>
        <translation>Save activity log</translation>
    </message>
</context>
<context>
    <name>ActivityLogLauncher</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/activity_log_dialog.py" line="74"/>
        <source>Đang lập nhật ký {n} hoạt động…</source>
        <translation>Building the log of {n} activities…</translation>
    </message>
    <message>
        <source>{n} hoạt động đã chọn chưa thực hiện (dự kiến hoặc đã hủy) không được đưa vào sổ nhật ký.</source>
        <translation>{n} selected activities not carried out (planned or cancelled) were left out of the log.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/activity_log_dialog.py" line="99"/>
        <source>Không lập được nhật ký: {reason}. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ kỹ thuật.</source>
        <translation>Could not build the log: {reason}. Please try again; if it still fails, tell your IT support.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/activity_log_dialog.py" line="108"/>
        <source>In nhật ký</source>
        <translation>Print log</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/activity_log_dialog.py" line="109"/>
        <source>Chưa chọn dòng nào, nên nhật ký sẽ gồm cả {n} hoạt động đang hiện trong danh sách (nhiều trang giấy). Vẫn lập nhật ký?

Để in ít hơn: chọn các dòng cần in (giữ Ctrl hoặc Shift khi bấm) hoặc lọc danh sách trước.</source>
        <translation>No rows are selected, so the log will hold all {n} activities shown in the list (many pages of paper). Build the log anyway?

To print fewer: select the rows to print (hold Ctrl or Shift while clicking) or filter the list first.</translation>
    </message>
</context>
</TS>
