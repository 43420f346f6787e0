<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountStatesModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>searching… %n record(s)</source>
        <translation>
            <numerusform>searching… %n record</numerusform>
            <numerusform>searching… %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %n record(s), loaded %1</source>
        <translation>
            <numerusform>done: %n record, loaded %1</numerusform>
            <numerusform>done: %n records, loaded %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n record(s)</source>
        <translation>
            <numerusform>cancelled after %n record</numerusform>
            <numerusform>cancelled after %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialListKind</name>
    <message numerus="yes">
        <source>%Ln credential list(s)</source>
        <translation>
            <numerusform>%Ln credential list</numerusform>
            <numerusform>%Ln credential lists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message numerus="yes">
        <source>%n SIP domain(s)</source>
        <translation>
            <numerusform>%n SIP domain</numerusform>
            <numerusform>%n SIP domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIP endpoint(s)</source>
        <translation>
            <numerusform>%n SIP endpoint</numerusform>
            <numerusform>%n SIP endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n × %1</source>
        <comment>an unknown kind of record, counted</comment>
        <translation>
            <numerusform>%n × %1</numerusform>
            <numerusform>%n × %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindAllAccountsWindow</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpAccessControlListKind</name>
    <message numerus="yes">
        <source>%Ln IP access control list(s)</source>
        <translation>
            <numerusform>%Ln IP access control list</numerusform>
            <numerusform>%Ln IP access control lists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpAddressKind</name>
    <message numerus="yes">
        <source>%Ln IP address(es)</source>
        <translation>
            <numerusform>%Ln IP address</numerusform>
            <numerusform>%Ln IP addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message numerus="yes">
        <source>%n damaged line(s) of the journal file were skipped.</source>
        <translation>
            <numerusform>%n damaged line of the journal file was skipped.</numerusform>
            <numerusform>%n damaged lines of the journal file were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>Imported %n profile: %1.</numerusform>
            <numerusform>Imported %n profiles: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileQuestions</name>
    <message numerus="yes">
        <source>Unlock the keychain and retry, or keep %n secret(s) in memory for this session only: forgotten when SipDesk quits, never written to a file. Otherwise the profile is saved without its secret.</source>
        <translation>
            <numerusform>Unlock the keychain and retry, or keep the secret in memory for this session only: forgotten when SipDesk quits, never written to a file. Otherwise the profile is saved without its secret.</numerusform>
            <numerusform>Unlock the keychain and retry, or keep the %n secrets in memory for this session only: forgotten when SipDesk quits, never written to a file. Otherwise the profiles are saved without their secrets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDetailPane</name>
    <message numerus="yes">
        <source>%n record(s) selected.</source>
        <translation>
            <numerusform>%n record selected.</numerusform>
            <numerusform>%n records selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message numerus="yes">
        <source>Copied %n value(s).</source>
        <translation>
            <numerusform>Copied %n value.</numerusform>
            <numerusform>Copied %n values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the details of %n record(s).</source>
        <translation>
            <numerusform>Copied the details of %n record.</numerusform>
            <numerusform>Copied the details of %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SipCredentialKind</name>
    <message numerus="yes">
        <source>%Ln credential(s)</source>
        <translation>
            <numerusform>%Ln credential</numerusform>
            <numerusform>%Ln credentials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SipDomainKind</name>
    <message numerus="yes">
        <source>%Ln SIP domain(s)</source>
        <translation>
            <numerusform>%Ln SIP domain</numerusform>
            <numerusform>%Ln SIP domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SipEndpointKind</name>
    <message numerus="yes">
        <source>%Ln SIP endpoint(s)</source>
        <translation>
            <numerusform>%Ln SIP endpoint</numerusform>
            <numerusform>%Ln SIP endpoints</numerusform>
        </translation>
    </message>
</context>
</TS>
