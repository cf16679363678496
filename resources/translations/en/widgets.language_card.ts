<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>LanguageCard</name>
        <message>
            <source>Ngôn ngữ / Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Ngôn ngữ của các màn hình trên máy này. Kế hoạch, báo cáo và băng rôn luôn bằng tiếng Việt; ngày (dd/mm/yyyy) và số (1.500.000) giữ cách viết Việt Nam.</source>
            <translation>The language of the screens on this computer. Plans, reports and banners are always in Vietnamese; dates (dd/mm/yyyy) and numbers (1.500.000) keep the Vietnamese format.</translation>
        </message>
        <message>
            <source>Ngôn ngữ giao diện</source>
            <translation>Screen language</translation>
        </message>
        <message>
            <source>Khởi động lại ngay</source>
            <translation>Restart now</translation>
        </message>
        <message>
            <source>Chưa có tệp bản dịch (resources/translations/app_en.qm). Hãy chạy installer/build_translations.py rồi chọn lại.</source>
            <translation>The translation file (resources/translations/app_en.qm) is missing. Run installer/build_translations.py, then choose again.</translation>
        </message>
        <message>
            <source>Không lưu được lựa chọn ngôn ngữ: {error}</source>
            <translation>Could not save the language choice: {error}</translation>
        </message>
        <message>
            <source>Ngôn ngữ mới sẽ được dùng sau khi khởi động lại ứng dụng.</source>
            <translation>The new language will be used after the app restarts.</translation>
        </message>
        <message>
            <source>Đã lưu lựa chọn ngôn ngữ.</source>
            <translation>Language choice saved.</translation>
        </message>
    </context>
</TS>
