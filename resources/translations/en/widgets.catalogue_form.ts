<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>CatalogueForm</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="38" />
            <source>Tính số phút</source>
            <translation>Count minutes</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="42" />
            <source>Đơn vị tính:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="48" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="49" />
            <source>Lưu (Enter)</source>
            <translation>Save (Enter)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="52" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="53" />
            <source>Đóng, không lưu (Esc)</source>
            <translation>Close without saving (Esc)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="66" />
            <source>Thêm {noun} mới</source>
            <translation>New {noun}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="69" />
            <source>Tên thôn, bản, tổ dân phố; nhiều tên cách nhau bằng dấu phẩy</source>
            <translation>Village or residential group names, separated by commas</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="71" />
            <source>Tên {noun} mới</source>
            <translation>Name of the new {noun}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="76" />
            <source>Mục mới được thêm vào cuối danh sách và dùng được ngay.</source>
            <translation>New entries go to the end of the list and can be used at once.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="79" />
            <source>Sửa “{name}”</source>
            <translation>Edit “{name}”</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="89" />
            <source>Tên mới cũng hiện ở {count} bản ghi đang dùng mục này.</source>
            <translation>The new name also shows on every record using this entry ({count}).</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_form.py" line="93" />
            <source>Đơn vị tính giữ nguyên để số lượng đã ghi không bị hiểu sai.</source>
            <translation>The unit stays the same so quantities already recorded keep their meaning.</translation>
        </message>
    </context>
</TS>
