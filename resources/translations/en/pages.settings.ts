<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="50"/>
        <source>Thông tin đơn vị</source>
        <translation>Commune details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="53"/>
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="57"/>
        <source>Chỉ tiêu báo cáo</source>
        <translation>Report indicators</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="62"/>
        <source>Hạn báo cáo</source>
        <translation>Report deadlines</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="70"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="78"/>
        <source>Giao diện</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="89"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="92"/>
        <source>Thông tin đơn vị dùng trên tiêu đề và phần chữ ký của kế hoạch, báo cáo; các danh mục thôn, bản, loại hoạt động, hình thức tuyên truyền, đơn vị phụ trách; hạn báo cáo.</source>
        <translation>Commune details used in the headings and signature blocks of plans and reports; catalogues of villages, activity types, outreach formats and responsible units; report deadlines.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="116"/>
        <source>Hoàn tác</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="118"/>
        <source>Bỏ các thay đổi chưa lưu, hiện lại thông tin đã lưu.</source>
        <translation>Discard unsaved changes and show the saved details again.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="121"/>
        <source>Lưu thông tin đơn vị</source>
        <translation>Save commune details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="143"/>
        <source>Chưa lưu: vui lòng sửa các ô được đánh dấu đỏ.</source>
        <translation>Not saved: please correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="153"/>
        <source>Đã lưu thông tin đơn vị.</source>
        <translation>Commune details saved.</translation>
    </message>
</context>
</TS>
