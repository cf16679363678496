<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="90"/>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="98"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="91"/>
        <source>Danh bạ xã</source>
        <translation>Commune roster</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="92"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting rounds</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="93"/>
        <source>Nhận báo cáo</source>
        <translation>Received reports</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="94"/>
        <source>Tổng hợp</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="99"/>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="100"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="101"/>
        <source>Tuyên truyền</source>
        <translation>Awareness-raising</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="102"/>
        <source>Hồ sơ hỗ trợ</source>
        <translation>Support cases</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="103"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="104"/>
        <source>Băng rôn – Khẩu hiệu</source>
        <translation>Banners &amp; slogans</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="95"/>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="105"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="196"/>
        <source>Thư mục dữ liệu: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="235"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening your data…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="427"/>
        <source>{title} (Ctrl+{key})</source>
        <translation>{title} (Ctrl+{key})</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="407"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="410"/>
        <source>Phiên bản, giấy phép và thư mục dữ liệu (F1)</source>
        <translation>Version, licence and data folder (F1)</translation>
    </message>
</context>
</TS>
