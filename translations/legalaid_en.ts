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
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). %1</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem. %1</numerusform>
            <numerusform>Nothing was imported: the file has %n problems. %1</numerusform>
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
<context>
    <name>legalaid::ui::CasesPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legalaid::ui::MainWindow</name>
    <message numerus="yes">
        <source>The last good backup was made on %1, more than %n day(s) ago. Make one now: Administration → Backups.</source>
        <translation>
            <numerusform>The last good backup was made on %1, more than %n day ago. Make one now: Administration → Backups.</numerusform>
            <numerusform>The last good backup was made on %1, more than %n days ago. Make one now: Administration → Backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legalaid::ui::PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legalaid::ui::RecordsBehindDialog</name>
    <message numerus="yes">
        <source>%1 · %Ln record(s)</source>
        <translation>
            <numerusform>%1 · %Ln record</numerusform>
            <numerusform>%1 · %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln record(s)</source>
        <translation>
            <numerusform>%1 · %2 · %Ln record</numerusform>
            <numerusform>%1 · %2 · %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confidential: open a record only for follow-up. %Ln record(s).</source>
        <translation>
            <numerusform>Confidential: open a record only for follow-up. %Ln record.</numerusform>
            <numerusform>Confidential: open a record only for follow-up. %Ln records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legalaid::ui::ReferralsPage</name>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>legalaid::ui::ReportsPage</name>
    <message numerus="yes">
        <source>%n person(s) of the three categories known in %1 had no accepted case by its end. Confidential: for follow-up only.</source>
        <translation>
            <numerusform>%n person of the three categories known in %1 had no accepted case by its end. Confidential: for follow-up only.</numerusform>
            <numerusform>%n people of the three categories known in %1 had no accepted case by its end. Confidential: for follow-up only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the register (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Saved the register (%n page) to %1.</numerusform>
            <numerusform>Saved the register (%n pages) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the list of people given legal aid (%n page(s)) to %1. Keep the file confidential.</source>
        <translation>
            <numerusform>Saved the list of people given legal aid (%n page) to %1. Keep the file confidential.</numerusform>
            <numerusform>Saved the list of people given legal aid (%n pages) to %1. Keep the file confidential.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Sent %1 to the printer (%n page).</numerusform>
            <numerusform>Sent %1 to the printer (%n pages).</numerusform>
        </translation>
    </message>
</context>
</TS>
