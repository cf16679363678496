<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>CatalogueModel</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="27" />
            <source>thôn, bản</source>
            <translation>village</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="28" />
            <source>loại hoạt động</source>
            <translation>activity kind</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="29" />
            <source>hình thức tuyên truyền</source>
            <translation>propaganda type</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="30" />
            <source>đơn vị</source>
            <translation>unit</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="41" />
            <source>Tên</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="42" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="43" />
            <source>Số bản ghi dùng</source>
            <translation>Records using it</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="47" />
            <source>Đơn vị tính</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="48" />
            <source>Tính số phút</source>
            <translation>Counts minutes</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="98" />
            <source>Không hiện khi nhập bản ghi mới; các bản ghi cũ vẫn giữ nguyên.</source>
            <translation>Not offered for new records; existing records keep it.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="108" />
            <source>Đang dùng</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="110" />
            <source>Ngừng dùng</source>
            <translation>Not in use</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_model.py" line="116" />
            <source>Có</source>
            <translation>Yes</translation>
        </message>
    </context>
</TS>
