<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>SizePreset</name>
        <message>
            <source>Băng rôn 0,8 × 5 m</source>
            <translation>Street banner 0.8 × 5 m</translation>
        </message>
        <message>
            <source>Băng rôn 0,9 × 6 m</source>
            <translation>Street banner 0.9 × 6 m</translation>
        </message>
        <message>
            <source>Pa nô 1,2 × 2,4 m</source>
            <translation>Billboard panel 1.2 × 2.4 m</translation>
        </message>
        <message>
            <source>Áp phích A0 (841 × 1189 mm)</source>
            <translation>A0 poster (841 × 1189 mm)</translation>
        </message>
        <message>
            <source>Áp phích A1 (594 × 841 mm)</source>
            <translation>A1 poster (594 × 841 mm)</translation>
        </message>
        <message>
            <source>Áp phích A2 (420 × 594 mm)</source>
            <translation>A2 poster (420 × 594 mm)</translation>
        </message>
        <message>
            <source>Áp phích A3 (297 × 420 mm)</source>
            <translation>A3 poster (297 × 420 mm)</translation>
        </message>
    </context>
</TS>
