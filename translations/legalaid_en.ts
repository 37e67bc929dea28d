<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodeSheet</name>
    <message numerus="yes">
        <source>The code (%n groups of five characters):</source>
        <translation>
            <numerusform>The code (%n group of five characters):</numerusform>
            <numerusform>The code (%n groups of five characters):</numerusform>
        </translation>
    </message>
</context>
</TS>
