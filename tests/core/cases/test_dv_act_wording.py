"""Acts h and o of Law 13/2022/QH15 Art. 3(1), word for word (issue 17), also in stores made before."""

from __future__ import annotations

import sqlite3

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store

# Luật Phòng, chống bạo lực gia đình số 13/2022/QH15, khoản 1 Điều 3, as the law reads.
ACT_H = (
    "Tiết lộ hoặc phát tán thông tin về đời sống riêng tư, bí mật cá nhân và bí mật gia đình của thành viên "
    "gia đình nhằm xúc phạm danh dự, nhân phẩm"
)
ACT_O = (
    "Cưỡng ép thành viên gia đình học tập, lao động quá sức, đóng góp tài chính quá khả năng của họ; "
    "kiểm soát tài sản, thu nhập của thành viên gia đình nhằm tạo ra tình trạng lệ thuộc về mặt vật chất, "
    "tinh thần hoặc các mặt khác"
)
# What earlier releases shipped.
OLD_H = ACT_H.replace("bí mật cá nhân và bí mật gia đình", "bí mật cá nhân, bí mật gia đình")
OLD_O = ACT_O.replace("quá khả năng của họ;", "quá khả năng;").replace("về mặt vật chất", "về vật chất")


def labels(path: object) -> dict[str, str]:
    with sqlite3.connect(str(path)) as db:
        return dict(db.execute("SELECT code, label FROM dv_act WHERE code IN ('h', 'o')").fetchall())


def test_a_new_store_words_acts_h_and_o_as_the_law_does(store: Store) -> None:
    assert labels(store.path) == {"h": ACT_H, "o": ACT_O}


def test_an_older_store_takes_the_law_s_wording_but_keeps_the_officer_s_own(
    store: Store, layout: DataLayout
) -> None:
    store.close()
    own = "Tiết lộ đời sống riêng tư của thành viên gia đình (cách ghi của xã)"
    with sqlite3.connect(layout.store) as db:
        db.execute("UPDATE dv_act SET label = ? WHERE code = 'o'", (OLD_O,))
        db.execute("UPDATE dv_act SET label = ? WHERE code = 'h'", (own,))
    db.close()

    open_store(layout).close()  # the app upgrades the catalogue at start

    assert labels(layout.store) == {"h": own, "o": ACT_O}
    assert OLD_H != ACT_H and OLD_O != ACT_O  # the old wordings really differ from the law's
