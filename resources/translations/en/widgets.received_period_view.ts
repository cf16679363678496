<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ReceivedPeriodView</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/received_period_view.py" line="29" />
        <source>Mỗi cột là số liệu một xã gửi, giữ nguyên như khi nhận. Không cộng các xã: ô “&lt;3”, “x” không có giá trị để cộng. Ô trống: xã đó không có nhóm này.</source>
        <translation>Each column is one commune's figures, exactly as received. Communes are not added up: a “&lt;3” or “x” cell has no value to add. A blank cell: that commune has no such group.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/received_period_view.py" line="43" />
        <source>Chỉ tiêu, nhóm</source>
        <translation>Indicator, group</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/received_period_view.py" line="57" />
        <source>Chọn một kỳ số liệu ở trên để xem các xã cạnh nhau.</source>
        <translation>Choose a period above to see its communes side by side.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/received_period_view.py" line="60" />
        <source>Từ {start} đến {end}: {count} xã đã gửi</source>
        <translation>From {start} to {end} — communes that sent figures: {count}</translation>
    </message>
</context>
</TS>