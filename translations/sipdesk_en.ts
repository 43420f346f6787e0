<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms: the source strings use "(s)" placeholders. -->
<TS version="2.1" language="en">
<context>
    <name>PageSpecs</name>
    <message numerus="yes">
        <source>%Ln SIP domain(s)</source>
        <translation><numerusform>%Ln SIP domain</numerusform><numerusform>%Ln SIP domains</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIP endpoint(s)</source>
        <translation><numerusform>%Ln SIP endpoint</numerusform><numerusform>%Ln SIP endpoints</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message numerus="yes">
        <source>Copied %n value(s).</source>
        <translation><numerusform>Copied %n value.</numerusform><numerusform>Copied %n values.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation><numerusform>Exported %n row to %1.</numerusform><numerusform>Exported %n rows to %1.</numerusform></translation>
    </message>
</context>
</TS>
