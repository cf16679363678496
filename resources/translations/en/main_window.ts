<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="56" />
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="57" />
            <source>Kế hoạch</source>
            <translation>Plans</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="58" />
            <source>Hoạt động</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="59" />
            <source>Tuyên truyền</source>
            <translation>Awareness-raising</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="60" />
            <source>Hồ sơ hỗ trợ</source>
            <translation>Support cases</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="61" />
            <source>Báo cáo</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="62" />
            <source>Băng rôn – Khẩu hiệu</source>
            <translation>Banners &amp; slogans</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="63" />
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="131" />
            <source>Thư mục dữ liệu: {folder}</source>
            <translation>Data folder: {folder}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="231" />
            <source>{title} (Ctrl+{key})</source>
            <translation>{title} (Ctrl+{key})</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="236" />
            <source>Giới thiệu</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/main_window.py" line="239" />
            <source>Phiên bản, giấy phép và thư mục dữ liệu (F1)</source>
            <translation>Version, licence and data folder (F1)</translation>
        </message>
    </context>
</TS>
