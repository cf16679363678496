<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>RecoveryKeyCard</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="109" />
        <source>Mã khôi phục — chỉ hiện một lần</source>
        <translation>Recovery key — shown only once</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="113" />
        <source>Hãy in hoặc chép tay mã dưới đây và cất ở nơi an toàn (tủ có khóa). Nếu quên mật khẩu quản trị, chỉ mã này mở lại được hồ sơ. Phần mềm không lưu mã này và sẽ không hiện lại.</source>
        <translation>Print or copy the key below by hand and keep it somewhere safe (a locked cabinet). If the administrator password is forgotten, only this key can open the cases again. The software does not store this key and will not show it again.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="130" />
        <source>Tôi đã ghi lại mã khôi phục</source>
        <translation>I have written down the recovery key</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="133" />
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="27" />
        <source>Tạo tài khoản quản trị hồ sơ hỗ trợ</source>
        <translation>Create the support-case administrator account</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="31" />
        <source>Lần đầu sử dụng: tạo tài khoản quản trị. Thông tin nhận diện nạn nhân sẽ được mã hóa bằng khóa gắn với mật khẩu này.</source>
        <translation>First use: create the administrator account. Survivors’ identifying information will be encrypted with a key tied to this password.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="47" />
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="48" />
        <source>Họ tên người dùng</source>
        <translation>User’s full name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="49" />
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="50" />
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="59" />
        <source>Tạo tài khoản quản trị</source>
        <translation>Create administrator account</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="72" />
        <source>Mật khẩu cần ít nhất {count} ký tự, có cả chữ và số.</source>
        <translation>The password needs at least {count} characters, with both letters and digits.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="77" />
        <source>Mật khẩu đủ mạnh.</source>
        <translation>The password is strong enough.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in_setup.py" line="81" />
        <source>Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại.</source>
        <translation>The two passwords do not match. Please type them again.</translation>
    </message>
</context>
</TS>
