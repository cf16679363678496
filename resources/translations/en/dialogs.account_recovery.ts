<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_recovery.py" line="21" />
        <source>Mã khôi phục mới</source>
        <translation>New recovery key</translation>
    </message>
</context>
</TS>
