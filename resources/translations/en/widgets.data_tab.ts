<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/data_tab.py" line="39" />
        <source>Trao đổi dữ liệu</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/data_tab.py" line="42" />
        <source>Nhập hoạt động, tuyên truyền do thôn, trường học gửi bằng mẫu Excel; gửi hoặc nhận gói dữ liệu có chữ ký số để chuyển sang máy mới hoặc nộp lên cấp trên.</source>
        <translation>Import activities and outreach sent by villages and schools in the Excel template; send or receive digitally signed data packages to move to a new PC or report to the higher level.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/data_tab.py" line="52" />
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/data_tab.py" line="55" />
        <source>Gói dữ liệu (gửi / nhận)…</source>
        <translation>Data packages (send / receive)…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/data_tab.py" line="59" />
        <source>Số liệu vụ việc đã nhận…</source>
        <translation>Received case statistics…</translation>
    </message>
</context>
</TS>