<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="62"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="63"/>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="64"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="65"/>
        <source>Tuyên truyền</source>
        <translation>Awareness-raising</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="66"/>
        <source>Hồ sơ hỗ trợ</source>
        <translation>Support cases</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="67"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="68"/>
        <source>Băng rôn – Khẩu hiệu</source>
        <translation>Banners &amp; slogans</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="69"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="137"/>
        <source>Thư mục dữ liệu: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="157"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening your data…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="279"/>
        <source>{title} (Ctrl+{key})</source>
        <translation>{title} (Ctrl+{key})</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="284"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/main_window.py" line="287"/>
        <source>Phiên bản, giấy phép và thư mục dữ liệu (F1)</source>
        <translation>Version, licence and data folder (F1)</translation>
    </message>
</context>
</TS>
