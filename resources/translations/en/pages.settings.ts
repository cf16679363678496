<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="51"/>
        <source>Thông tin đơn vị</source>
        <translation>Commune details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="54"/>
        <source>Danh mục</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="58"/>
        <source>Chỉ tiêu báo cáo</source>
        <translation>Report indicators</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="63"/>
        <source>Hạn báo cáo</source>
        <translation>Report deadlines</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="68"/>
        <source>Gửi lên tỉnh</source>
        <translation>Send to the province</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="76"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="84"/>
        <source>Giao diện</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="97"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="100"/>
        <source>Thông tin đơn vị dùng trên tiêu đề và phần chữ ký của kế hoạch, báo cáo; các danh mục thôn, bản, loại hoạt động, hình thức tuyên truyền, đơn vị phụ trách; hạn báo cáo.</source>
        <translation>Commune details used in the headings and signature blocks of plans and reports; catalogues of villages, activity types, outreach formats and responsible units; report deadlines.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="124"/>
        <source>Hoàn tác</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="126"/>
        <source>Bỏ các thay đổi chưa lưu, hiện lại thông tin đã lưu.</source>
        <translation>Discard unsaved changes and show the saved details again.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="129"/>
        <source>Lưu thông tin đơn vị</source>
        <translation>Save commune details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="151"/>
        <source>Chưa lưu: vui lòng sửa các ô được đánh dấu đỏ.</source>
        <translation>Not saved: please correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/settings.py" line="162"/>
        <source>Đã lưu thông tin đơn vị.</source>
        <translation>Commune details saved.</translation>
    </message>
</context>
</TS>
