<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>TransferCodeDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/transfer_code_dialog.py" line="21"/>
        <source>Mã chuyển máy — chỉ hiện một lần</source>
        <translation>Transfer code — shown only once</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/transfer_code_dialog.py" line="26"/>
        <source>Hồ sơ hỗ trợ trong gói đã được khóa bằng mã chuyển máy dưới đây. Máy mới sẽ hỏi mã này khi nhập gói; không có mã thì không ai mở được phần hồ sơ.</source>
        <translation>The support cases in the package are locked with the transfer code below. The new PC will ask for this code when the package is imported; without it nobody can open the cases.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/transfer_code_dialog.py" line="42"/>
        <source>• Chép mã ra giấy ngay bây giờ (chữ in hoa và số; không có chữ O, I, L và số 0, 1).
• KHÔNG lưu mã trong USB, không để tờ giấy chung túi với USB: ai có cả hai sẽ mở được hồ sơ.
• Ở máy mới, khi nhập gói, gõ mã này vào ô “Mã chuyển máy”.
• Phần mềm không lưu mã và sẽ không hiện lại. Nếu mất mã, hãy xuất lại gói ở máy này.</source>
        <translation>• Copy the code onto paper now (capital letters and digits; there is no letter O, I or L and no digit 0 or 1).
• Do NOT keep the code on the USB stick, and do not keep the paper in the same bag as the stick: whoever has both can open the cases.
• On the new PC, when importing the package, type this code into the “Transfer code” field.
• The software does not keep the code and will not show it again. If the code is lost, export the package again on this PC.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/transfer_code_dialog.py" line="51"/>
        <source>Tôi đã ghi lại mã</source>
        <translation>I have written the code down</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/transfer_code_dialog.py" line="56"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
