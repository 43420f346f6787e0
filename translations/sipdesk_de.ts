<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountSession</name>
    <message>
        <location filename="../models/accounts/accountsession.cpp" line="+59"/>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Profil mit dem Namen „%1“.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The open profile was removed.</source>
        <translation>Das geöffnete Profil wurde entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret of %1 could not be read: %2

Enter it again in Manage Profiles (Ctrl+Shift+P).</source>
        <translation>Das Secret von %1 konnte nicht gelesen werden: %2

Geben Sie es unter „Profile verwalten“ (Strg+Umschalt+P) erneut ein.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../views/accountswitcher.cpp" line="+20"/>
        <source>&amp;Account:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account SID or project id of the open account</source>
        <translation>Account SID oder Projekt-ID des geöffneten Kontos</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../models/api/apierror.cpp" line="+21"/>
        <source>The request was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the service. Check the network connection.</source>
        <translation>Der Dienst ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection failed (TLS): the service&apos;s certificate was not accepted. Nothing was sent.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (TLS): Das Zertifikat des Dienstes wurde nicht akzeptiert. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service did not answer in time.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service rejected the credentials. Check the account&apos;s SID or project and its secret.</source>
        <translation>Der Dienst hat die Zugangsdaten abgelehnt. Prüfen Sie die SID bzw. das Projekt des Kontos und das zugehörige Secret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials are valid but not allowed to do this (a restricted Twilio API key, or a SignalWire API token without the Voice scope).</source>
        <translation>Die Zugangsdaten sind gültig, berechtigen aber nicht zu dieser Aktion (ein eingeschränkter Twilio-API-Key oder ein SignalWire-API-Token ohne den Scope „Voice“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It no longer exists: it may have been deleted elsewhere.</source>
        <translation>Der Eintrag existiert nicht mehr: Er wurde möglicherweise an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service refused the values.</source>
        <translation>Der Dienst hat die Werte abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service refused the values: %1</source>
        <translation>Der Dienst hat die Werte abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service is limiting requests. Wait a moment and try again.</source>
        <translation>Der Dienst begrenzt die Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service had an internal problem (HTTP %1). Try again later.</source>
        <translation>Beim Dienst ist ein interner Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service sent an answer SipDesk cannot read: %1</source>
        <translation>Der Dienst hat eine Antwort gesendet, die SipDesk nicht lesen kann: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service&apos;s explanation was not read: %1.</source>
        <translation>Die Erläuterung des Dienstes wurde nicht gelesen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change may or may not have been made: refresh the list to see its state before trying again.</source>
        <translation>Die Änderung wurde möglicherweise ausgeführt: Aktualisieren Sie die Liste, um den aktuellen Stand zu sehen, bevor Sie es erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiListJob</name>
    <message>
        <location filename="../models/api/apilistjob.cpp" line="+75"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the service keeps announcing more pages</source>
        <translation>der Dienst kündigt immer weitere Seiten an</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the next page is on another host (%1)</source>
        <translation>die nächste Seite liegt auf einem anderen Host (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the next page link repeats an earlier page</source>
        <translation>der Link zur nächsten Seite wiederholt eine frühere Seite</translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <location filename="../models/api/apirequest.cpp" line="+62"/>
        <source>there is no valid address to send it to (check the account&apos;s settings)</source>
        <translation>es gibt keine gültige Zieladresse (prüfen Sie die Einstellungen des Kontos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address must not carry a user name or password</source>
        <translation>die Adresse darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>plain http:// is only allowed to this computer (the sandbox); use https://</source>
        <translation>unverschlüsseltes http:// ist nur zu diesem Computer (der Sandbox) erlaubt; verwenden Sie https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only https:// addresses are supported</source>
        <translation>nur https://-Adressen werden unterstützt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the application is shutting down</source>
        <translation>die Anwendung wird beendet</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+29"/>
        <source>Administer Twilio SIP Domains and SignalWire SIP Endpoints.</source>
        <translation>Twilio-SIP-Domains und SignalWire-SIP-Endpoints verwalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run against the built-in emulator of both APIs, with demo accounts and data. Nothing leaves this computer.</source>
        <translation>Mit dem eingebauten Emulator beider APIs arbeiten, mit Demokonten und Demodaten. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the saved credential profile with this name.</source>
        <translation>Das gespeicherte Zugangsdatenprofil mit diesem Namen öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try --help for the options.</source>
        <translation>Mit --help werden die Optionen angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--profile needs a profile name.</source>
        <translation>--profile benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sandbox opens the demo accounts; it cannot be combined with --profile.</source>
        <translation>--sandbox öffnet die Demokonten und kann nicht mit --profile kombiniert werden.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../models/profiles/connectiontest.cpp" line="+62"/>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Authenticated.</source>
        <translation>Authentifiziert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong credentials: %1</source>
        <translation>Falsche Zugangsdaten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticated, but not allowed: %1</source>
        <translation>Authentifiziert, aber nicht berechtigt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the service: %1</source>
        <translation>Der Dienst ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot reach the service: no answer within %1 seconds.</source>
        <translation>Der Dienst ist nicht erreichbar: keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <location filename="../views/profiles/connectiontestpanel.cpp" line="+51"/>
        <location line="+117"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Sign in with these values without saving them</source>
        <translation>Mit diesen Werten anmelden, ohne sie zu speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the fields above first</source>
        <translation>Füllen Sie zuerst die Felder oben aus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel &amp;test</source>
        <translation>&amp;Verbindungstest abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The address or the account changed: type the secret to test against it (the stored one only goes where it was saved for).</source>
        <translation>Die Adresse oder das Konto wurde geändert: Geben Sie das Secret ein, um damit zu testen (das gespeicherte wird nur dorthin gesendet, wofür es gespeichert wurde).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No secret is stored for this profile: type it to test.</source>
        <translation>Für dieses Profil ist kein Secret gespeichert: Geben Sie es zum Testen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored secret could not be read.</source>
        <translation>Das gespeicherte Secret konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CredentialListForm</name>
    <message>
        <location filename="../views/forms/sipauthlistform.cpp" line="+78"/>
        <source>e.g. Scranton desk phones</source>
        <translation>z. B. Tischtelefone Scranton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 characters. Shown when you map the list to a SIP domain.</source>
        <translation>Bis zu %1 Zeichen. Wird angezeigt, wenn Sie die Liste einer SIP-Domain zuordnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit Credential List — %1</source>
        <translation>Credential List bearbeiten – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Credential List</source>
        <translation>Neue Credential List</translation>
    </message>
</context>
<context>
    <name>CredentialListKind</name>
    <message>
        <location filename="../models/kinds/credentiallistkind.cpp" line="+24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name the list is known by in the Twilio Console.</source>
        <translation>Der Name, unter dem die Liste in der Twilio Console geführt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The credential list&apos;s SID (CL…), which a domain&apos;s mapping names.</source>
        <translation>Die SID der Credential List (CL…), auf die die Zuordnung einer Domain verweist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the list was last changed, in your time zone.</source>
        <translation>Zeitpunkt der letzten Änderung der Liste, in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>credential list</source>
        <translation>Credential List</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln credential list(s)</source>
        <translation>
            <numerusform>%Ln Credential List</numerusform>
            <numerusform>%Ln Credential Lists</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account has no credential lists yet. A credential list holds the usernames and passwords that SIP domains can challenge calls and registrations with.</source>
        <translation>Dieses Konto hat noch keine Credential Lists. Eine Credential List enthält die Benutzernamen und Passwörter, mit denen SIP-Domains Anrufe und Registrierungen authentifizieren können.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search friendly name or SID (Ctrl+F)</source>
        <translation>Anzeigename oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy friendly name</source>
        <translation>Anzeigename kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every SIP domain that maps it for calls or registrations loses that mapping, and its credentials go with it: a domain left without a calls mapping receives no traffic.</source>
        <translation>Jede SIP-Domain, die sie für Anrufe oder Registrierungen zugeordnet hat, verliert diese Zuordnung, und die enthaltenen Credentials werden mitgelöscht: Eine Domain ohne Zuordnung für Anrufe empfängt keinen Datenverkehr.</translation>
    </message>
    <message>
        <location filename="../models/kinds/credentiallistkind.h" line="+26"/>
        <source>Credential Lists</source>
        <translation>Credential Lists</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <location filename="../views/widgets/deleteconfirmationdialog.cpp" line="+37"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleting at the service takes effect at once and cannot be undone.</source>
        <translation>Das Löschen beim Dienst wird sofort wirksam und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete %1 from this account?</source>
        <translation>%1 aus diesem Konto löschen?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To be deleted</source>
        <translation>Zu löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be deleted:</source>
        <translation>Zu löschen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of records to delete</source>
        <translation>Anzahl der zu löschenden Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>SIP domain</source>
        <translation>SIP-Domain</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n SIP domain(s)</source>
        <translation>
            <numerusform>%n SIP-Domain</numerusform>
            <numerusform>%n SIP-Domains</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIP endpoint</source>
        <translation>SIP-Endpoint</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n SIP endpoint(s)</source>
        <translation>
            <numerusform>%n SIP-Endpoint</numerusform>
            <numerusform>%n SIP-Endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n × %1</source>
        <comment>an unknown kind of record, counted</comment>
        <translation>
            <numerusform>%n × %1</numerusform>
            <numerusform>%n × %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <location filename="../views/detailhtml.cpp" line="+43"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>DomainAuthDetail</name>
    <message>
        <location filename="../views/domainauthdetail.cpp" line="+104"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mapped lists could not be loaded: %1</source>
        <translation>Die zugeordneten Listen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the mapped lists…</source>
        <translation>Zugeordnete Listen werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls — credential lists</source>
        <translation>Anrufe – Credential Lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls — IP access control lists</source>
        <translation>Anrufe – IP Access Control Lists</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrations — credential lists</source>
        <translation>Registrierungen – Credential Lists</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>DomainAuthMappings</name>
    <message>
        <location filename="../models/api/domainauthmappings.cpp" line="+24"/>
        <source>calls, credential lists</source>
        <translation>Anrufe, Credential Lists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calls, IP access control lists</source>
        <translation>Anrufe, IP Access Control Lists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registrations, credential lists</source>
        <translation>Registrierungen, Credential Lists</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+45"/>
        <source>The account was closed.</source>
        <translation>Das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The account was closed before the answer came.</source>
        <translation>Das Konto wurde geschlossen, bevor die Antwort eintraf.</translation>
    </message>
</context>
<context>
    <name>DomainAuthSection</name>
    <message>
        <location filename="../views/forms/domainauthsection.cpp" line="+43"/>
        <source>Calls: without a checked list the domain receives no traffic. Registrations: devices cannot register without a checked credential list (only with SIP registration on).</source>
        <translation>Anrufe: Ohne ausgewählte Liste empfängt die Domain keinen Datenverkehr. Registrierungen: Geräte können sich ohne ausgewählte Credential List nicht registrieren (nur bei eingeschalteter SIP-Registrierung).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry loading the lists</source>
        <translation>Laden der Listen erneut versuchen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calls — &amp;credential lists</source>
        <translation>Anrufe – &amp;Credential Lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential lists that authenticate calls</source>
        <translation>Credential Lists, die Anrufe authentifizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls — &amp;IP access control lists</source>
        <translation>Anrufe – &amp;IP Access Control Lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP access control lists that authenticate calls</source>
        <translation>IP Access Control Lists, die Anrufe authentifizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gistrations — credential lists</source>
        <translation>&amp;Registrierungen – Credential Lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential lists that authenticate registrations</source>
        <translation>Credential Lists, die Registrierungen authentifizieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ SIP registration is on, but no credential list is checked: devices cannot register.</source>
        <translation>⚠ Die SIP-Registrierung ist eingeschaltet, aber keine Credential List ist ausgewählt: Geräte können sich nicht registrieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Nothing is checked for calls: the domain receives no traffic.</source>
        <translation>⚠ Für Anrufe ist nichts ausgewählt: Die Domain empfängt keinen Datenverkehr.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the account&apos;s credential lists and IP access control lists…</source>
        <translation>Credential Lists und IP Access Control Lists des Kontos werden geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The lists could not be loaded: %1 The domain&apos;s other fields can still be saved.</source>
        <translation>Die Listen konnten nicht geladen werden: %1 Die übrigen Felder der Domain können trotzdem gespeichert werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(this account has none)</source>
        <translation>(dieses Konto hat keine)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“%1” was not mapped (%2): %3</source>
        <translation>„%1“ wurde nicht zugeordnet (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was not unmapped (%2): %3</source>
        <translation>Die Zuordnung von „%1“ wurde nicht aufgehoben (%2): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — not saved</source>
        <translation>%1 – nicht gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The domain&apos;s mappings could not be read again: the checks show what the answers implied.</source>
        <translation>Die Zuordnungen der Domain konnten nicht erneut gelesen werden: Die Häkchen zeigen den Stand, der sich aus den Antworten ergibt.</translation>
    </message>
</context>
<context>
    <name>DomainHealth</name>
    <message>
        <location filename="../models/lists/domainhealth.cpp" line="+11"/>
        <source>Receives no traffic: nothing mapped for calls</source>
        <translation>Empfängt keinen Datenverkehr: nichts für Anrufe zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices cannot register: registration is on but no credential list is mapped for registrations</source>
        <translation>Geräte können sich nicht registrieren: Registrierung ist eingeschaltet, aber keine Credential List ist für Registrierungen zugeordnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking registrations…</source>
        <translation>Registrierungen werden geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check registrations: %1</source>
        <translation>Registrierungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registrations not checked yet</source>
        <translation>Registrierungen noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receives no traffic: nothing is mapped for calls. Map a credential list or IP ACL for calls in the domain&apos;s Authentication section.</source>
        <translation>Empfängt keinen Datenverkehr: Für Anrufe ist nichts zugeordnet. Ordnen Sie im Abschnitt „Authentifizierung“ der Domain eine Credential List oder IP-ACL für Anrufe zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Devices cannot register: registration is on but no credential list is mapped for registrations (Twilio error 32212). Map a credential list for registrations in the domain&apos;s Authentication section, or turn registration off.</source>
        <translation>Geräte können sich nicht registrieren: Die Registrierung ist eingeschaltet, aber für Registrierungen ist keine Credential List zugeordnet (Twilio-Fehler 32212). Ordnen Sie im Abschnitt „Authentifizierung“ der Domain eine Credential List für Registrierungen zu oder schalten Sie die Registrierung aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking whether a credential list is mapped for registrations…</source>
        <translation>Es wird geprüft, ob eine Credential List für Registrierungen zugeordnet ist…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check whether a credential list is mapped for registrations: %1 Refresh (F5) to check again.</source>
        <translation>Es konnte nicht geprüft werden, ob eine Credential List für Registrierungen zugeordnet ist: %1 Aktualisieren Sie (F5), um es erneut zu prüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registrations are checked for the rows on screen, and for all rows with the &quot;Cannot register&quot; filter.</source>
        <translation>Registrierungen werden für die sichtbaren Zeilen geprüft und mit dem Filter „Keine Registrierung möglich“ für alle Zeilen.</translation>
    </message>
</context>
<context>
    <name>IpAccessControlListForm</name>
    <message>
        <location filename="../views/forms/sipauthlistform.cpp" line="+12"/>
        <source>e.g. Office gateways</source>
        <translation>z. B. Büro-Gateways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 characters. Shown when you map the list to a SIP domain.</source>
        <translation>Bis zu %1 Zeichen. Wird angezeigt, wenn Sie die Liste einer SIP-Domain zuordnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit IP Access Control List — %1</source>
        <translation>IP Access Control List bearbeiten – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New IP Access Control List</source>
        <translation>Neue IP Access Control List</translation>
    </message>
</context>
<context>
    <name>IpAccessControlListKind</name>
    <message>
        <location filename="../models/kinds/ipaccesscontrollistkind.cpp" line="+24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name the list is known by in the Twilio Console.</source>
        <translation>Der Name, unter dem die Liste in der Twilio Console geführt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IP access control list&apos;s SID (AL…), which a domain&apos;s mapping names.</source>
        <translation>Die SID der IP Access Control List (AL…), auf die die Zuordnung einer Domain verweist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the list was last changed, in your time zone.</source>
        <translation>Zeitpunkt der letzten Änderung der Liste, in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>IP access control list</source>
        <translation>IP Access Control List</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln IP access control list(s)</source>
        <translation>
            <numerusform>%Ln IP Access Control List</numerusform>
            <numerusform>%Ln IP Access Control Lists</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account has no IP access control lists yet. An IP access control list holds the addresses a SIP domain accepts calls from.</source>
        <translation>Dieses Konto hat noch keine IP Access Control Lists. Eine IP Access Control List enthält die Adressen, von denen eine SIP-Domain Anrufe annimmt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search friendly name or SID (Ctrl+F)</source>
        <translation>Anzeigename oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy friendly name</source>
        <translation>Anzeigename kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every SIP domain that maps it for calls loses that mapping, and its addresses go with it: a domain left without a calls mapping receives no traffic.</source>
        <translation>Jede SIP-Domain, die sie für Anrufe zugeordnet hat, verliert diese Zuordnung, und die enthaltenen Adressen werden mitgelöscht: Eine Domain ohne Zuordnung für Anrufe empfängt keinen Datenverkehr.</translation>
    </message>
    <message>
        <location filename="../models/kinds/ipaccesscontrollistkind.h" line="+27"/>
        <source>IP Access Control Lists</source>
        <translation>IP Access Control Lists</translation>
    </message>
</context>
<context>
    <name>IpAddressForm</name>
    <message>
        <location filename="../views/forms/ipaddressform.cpp" line="+36"/>
        <source>Edit IP Address — %1</source>
        <translation>IP-Adresse bearbeiten – %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New IP Address</source>
        <translation>Neue IP-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP access control list</source>
        <translation>IP Access Control List</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Office gateway</source>
        <translation>z. B. Büro-Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.0.2.10</source>
        <translation>z. B. 192.0.2.10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4 only: Twilio takes no IPv6 addresses here.</source>
        <translation>Nur IPv4: Twilio akzeptiert hier keine IPv6-Adressen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix length</source>
        <translation>Präfixlänge</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>32 means this address only; 24 the 256 addresses of a.b.c.0 to a.b.c.255.</source>
        <translation>32 bedeutet nur diese Adresse; 24 die 256 Adressen von a.b.c.0 bis a.b.c.255.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1/32 = this address only</source>
        <translation>%1/32 = nur diese Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1/%2 = %3 addresses (%4 – %5)</source>
        <translation>%1/%2 = %3 Adressen (%4 – %5)</translation>
    </message>
</context>
<context>
    <name>IpAddressKind</name>
    <message>
        <location filename="../models/kinds/ipaddresskind.cpp" line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the address is, e.g. the office or the carrier it belongs to.</source>
        <translation>Was die Adresse ist, z. B. das Büro oder der Carrier, zu dem sie gehört.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IPv4 address, with its CIDR prefix length when it is a range (/24 is 256 addresses).</source>
        <translation>Die IPv4-Adresse, bei einem Bereich mit CIDR-Präfixlänge (/24 sind 256 Adressen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The IP address resource&apos;s SID (IP…).</source>
        <translation>Die SID der IP-Adress-Ressource (IP…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the address was last changed, in your time zone.</source>
        <translation>Zeitpunkt der letzten Änderung der Adresse, in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln IP address(es)</source>
        <translation>
            <numerusform>%Ln IP-Adresse</numerusform>
            <numerusform>%Ln IP-Adressen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This IP access control list has no addresses yet.</source>
        <translation>Diese IP Access Control List enthält noch keine Adressen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search friendly name, address or SID (Ctrl+F)</source>
        <translation>Anzeigename, Adresse oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <location filename="../models/kinds/ipaddresskind.h" line="+26"/>
        <source>IP Addresses</source>
        <translation>IP-Adressen</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../models/profiles/secretstore.cpp" line="+171"/>
        <source>System keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
</context>
<context>
    <name>ListBody</name>
    <message>
        <location filename="../views/listbody.cpp" line="+33"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ListStatus</name>
    <message>
        <location filename="../models/lists/liststatus.cpp" line="+9"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 loaded, loading more…</source>
        <translation>%1 geladen, weitere werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 loaded, then loading failed: %2 (F5 tries again)</source>
        <translation>%1 geladen, dann ist das Laden fehlgeschlagen: %2 (F5 versucht es erneut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loaded; stopped before the end (F5 loads again)</source>
        <translation>%1 geladen; vor dem Ende angehalten (F5 lädt erneut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loaded, more on the service: scroll down to load more</source>
        <translation>%1 geladen, weitere beim Dienst: Scrollen Sie nach unten, um mehr zu laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 shown of %2</source>
        <translation>%L1 angezeigt von %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+49"/>
        <source>Manage Profiles…</source>
        <translation>Profile verwalten…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No account is open.

Add a credential profile, or start SipDesk with --sandbox to try it on the built-in emulator.</source>
        <translation>Kein Konto ist geöffnet.

Legen Sie ein Zugangsdatenprofil an oder starten Sie SipDesk mit --sandbox, um es mit dem eingebauten Emulator auszuprobieren.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Shown Rows as CSV…</source>
        <translation>Angezeigte Zeilen als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop Loading</source>
        <translation>Laden an&amp;halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load Everything</source>
        <translation>Alles &amp;laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Manage Profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About SipDesk</source>
        <translation>Ü&amp;ber SipDesk</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>About SipDesk</source>
        <translation>Über SipDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SipDesk %1&lt;/h3&gt;&lt;p&gt;Administer Twilio SIP Domains and SignalWire SIP Endpoints across many accounts.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SipDesk %1&lt;/h3&gt;&lt;p&gt;Twilio-SIP-Domains und SignalWire-SIP-Endpoints über viele Konten hinweg verwalten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, ausgeführt mit Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../models/profiles/secretstore.cpp" line="+19"/>
        <source>No secret is kept for this profile in this session.</source>
        <translation>Für dieses Profil wird in dieser Sitzung kein Secret vorgehalten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../views/widgets/messagebar.cpp" line="+102"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>More information</source>
        <translation>Weitere Informationen</translation>
    </message>
</context>
<context>
    <name>OrderedCheckList</name>
    <message>
        <location filename="../views/widgets/orderedchecklist.cpp" line="+174"/>
        <source>%1 (not recognised)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The service returned this value; SipDesk does not know it.</source>
        <translation>Der Dienst hat diesen Wert geliefert; SipDesk kennt ihn nicht.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up: prefer this one more (%1)</source>
        <translation>Nach oben: diesen Eintrag stärker bevorzugen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down: prefer this one less (%1)</source>
        <translation>Nach unten: diesen Eintrag weniger bevorzugen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use whatever the project uses by default</source>
        <translation>Die Standardeinstellung des Projekts verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using the project&apos;s defaults</source>
        <translation>Standardeinstellung des Projekts wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked items are used, the first one is preferred. Space checks, %1 and %2 move.</source>
        <translation>Ausgewählte Einträge werden verwendet, der erste wird bevorzugt. Die Leertaste setzt oder entfernt das Häkchen, %1 und %2 verschieben.</translation>
    </message>
</context>
<context>
    <name>PasswordLineEdit</name>
    <message>
        <location filename="../views/widgets/passwordlineedit.cpp" line="+116"/>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../models/profiles/profile.cpp" line="+43"/>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name may be at most %1 characters long.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The color must be empty or #rrggbb (six hex digits).</source>
        <translation>Die Farbe muss leer sein oder die Form #rrggbb haben (sechs Hexadezimalziffern).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account SID %1.</source>
        <translation>Account SID %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key SID %1.</source>
        <translation>API-Key-SID %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region %1.</source>
        <translation>Region %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edge %1.</source>
        <translation>Edge %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Space %1.</source>
        <translation>Space %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project ID %1.</source>
        <translation>Projekt-ID %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base URL: %1.</source>
        <translation>Basis-URL: %1.</translation>
    </message>
</context>
<context>
    <name>ProfileColorRow</name>
    <message>
        <location filename="../views/profiles/profilecolorrow.cpp" line="+16"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>No color</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose any color</source>
        <translation>Beliebige Farbe wählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Color: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profile Color</source>
        <translation>Profilfarbe</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../views/profiles/profileeditor.cpp" line="+53"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard the edits to this profile</source>
        <translation>Die Änderungen an diesem Profil verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No profile is selected. Add one, or import what the environment or the Twilio CLI already knows.</source>
        <translation>Kein Profil ausgewählt. Legen Sie eines an oder importieren Sie, was die Umgebung oder die Twilio CLI bereits kennt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Type the secret again: the address or the account changed.</source>
        <translation>Geben Sie das Secret erneut ein: Die Adresse oder das Konto wurde geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the API token: a new profile needs its secret.</source>
        <translation>Geben Sie das API-Token ein: Ein neues Profil benötigt sein Secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the API key secret: a new profile needs its secret.</source>
        <translation>Geben Sie das API-Key-Secret ein: Ein neues Profil benötigt sein Secret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the auth token: a new profile needs its secret.</source>
        <translation>Geben Sie das Auth-Token ein: Ein neues Profil benötigt sein Secret.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot save yet:</source>
        <translation>Speichern noch nicht möglich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes to save</source>
        <translation>Keine Änderungen zu speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../views/profiles/profilefields.cpp" line="+89"/>
        <source>e.g. Acme (production)</source>
        <translation>z. B. Acme (Produktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;lor:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SignalWire</source>
        <translation>SignalWire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>example (of example.signalwire.com)</source>
        <translation>example (von example.signalwire.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spac&amp;e:</source>
        <translation>S&amp;pace:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Project ID:</source>
        <translation>Pro&amp;jekt-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;uthentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>API key</source>
        <translation>API-Key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API &amp;key SID:</source>
        <translation>API-&amp;Key-SID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Secret:</source>
        <translation>Se&amp;cret:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default (us1)</source>
        <translation>Standard (us1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio region, e.g. ie1 or au1. Leave empty for the United States.</source>
        <translation>Twilio-Region, z. B. ie1 oder au1. Für die USA leer lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio edge location, e.g. dublin or sydney.</source>
        <translation>Twilio-Edge-Standort, z. B. dublin oder sydney.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edg&amp;e:</source>
        <translation>Edge-Stand&amp;ort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advanced: use a custom &amp;base URL</source>
        <translation>Erweitert: eigene &amp;Basis-URL verwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the service&apos;s address, e.g. with a local sandbox. Plain http is allowed only to this computer.</source>
        <translation>Ersetzt die Adresse des Dienstes, z. B. durch eine lokale Sandbox. Unverschlüsseltes http ist nur zu diesem Computer erlaubt.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>A saved profile stays with its service; add a new profile for the other one.</source>
        <translation>Ein gespeichertes Profil bleibt bei seinem Dienst; legen Sie für den anderen Dienst ein neues Profil an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key secret</source>
        <translation>API-Key-Secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the stored %1</source>
        <translation>Leer lassen, um den gespeicherten Wert (%1) beizubehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <location filename="../models/profiles/profileimport.cpp" line="+223"/>
        <source>There is no Twilio CLI configuration at %1.</source>
        <translation>Unter %1 gibt es keine Twilio-CLI-Konfiguration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>%1 is larger than %2 KB and was not read.</source>
        <translation>%1 ist größer als %2 KB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The Twilio CLI configuration is larger than %1 KB and was not read.</source>
        <translation>Die Twilio-CLI-Konfiguration ist größer als %1 KB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Twilio CLI configuration is not valid JSON (%1 at byte %2).</source>
        <translation>Die Twilio-CLI-Konfiguration ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Twilio CLI configuration is not a JSON object.</source>
        <translation>Die Twilio-CLI-Konfiguration ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profiles of older Twilio CLI versions (&quot;projects&quot;) keep their secret in the system keychain and were not imported.</source>
        <translation>Profile älterer Twilio-CLI-Versionen („projects“) speichern ihr Secret im Systemschlüsselbund und wurden nicht importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Twilio CLI configuration holds no profiles.</source>
        <translation>Die Twilio-CLI-Konfiguration enthält keine Profile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Twilio CLI configuration&apos;s &quot;profiles&quot; is not an object.</source>
        <translation>„profiles“ in der Twilio-CLI-Konfiguration ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the first %1 Twilio CLI profiles were read.</source>
        <translation>Nur die ersten %1 Twilio-CLI-Profile wurden gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Twilio CLI keeps these secrets in plain text in its configuration file. SipDesk stores them in the keychain and leaves that file untouched; consider deleting it yourself.</source>
        <translation>Die Twilio CLI speichert diese Secrets im Klartext in ihrer Konfigurationsdatei. SipDesk legt sie im Schlüsselbund ab und lässt die Datei unverändert; erwägen Sie, sie selbst zu löschen.</translation>
    </message>
</context>
<context>
    <name>ProfileImportDialog</name>
    <message>
        <location filename="../views/profiles/profileimportdialog.cpp" line="+34"/>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profiles found</source>
        <translation>Gefundene Profile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing could be imported: %1</source>
        <translation>Es konnte nichts importiert werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No Twilio or SignalWire credentials were found in %1.</source>
        <translation>In %1 wurden keine Twilio- oder SignalWire-Zugangsdaten gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the profiles to save. Their secrets go to the system keychain.</source>
        <translation>Wählen Sie die zu speichernden Profile aus. Ihre Secrets werden im Systemschlüsselbund abgelegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret found: type it in the editor after importing.</source>
        <translation>Kein Secret gefunden: Geben Sie es nach dem Import im Editor ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot be imported: %1</source>
        <translation>Kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already saved as “%1”.</source>
        <translation>Bereits gespeichert als „%1“.</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <location filename="../views/profiles/profileimporter.cpp" line="+25"/>
        <source>the environment</source>
        <translation>der Umgebung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import from the Twilio CLI</source>
        <translation>Aus der Twilio CLI importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twilio CLI configuration (config.json);;JSON files (*.json);;All files (*)</source>
        <translation>Twilio-CLI-Konfiguration (config.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read from %1. That file holds the secrets in plain text; SipDesk only reads it and leaves it untouched.</source>
        <translation>Aus %1 gelesen. Diese Datei enthält die Secrets im Klartext; SipDesk liest sie nur und lässt sie unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Twilio CLI configuration</source>
        <translation>der Twilio-CLI-Konfiguration</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n Profil importiert: %1.</numerusform>
            <numerusform>%n Profile importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profile was imported.</source>
        <translation>Es wurde kein Profil importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their secrets are kept for this session only.</source>
        <translation>Ihre Secrets werden nur für diese Sitzung vorgehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a secret (type it in the editor): %1.</source>
        <translation>Ohne Secret (im Editor eingeben): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets not stored: %1</source>
        <translation>Secrets nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <location filename="../views/profiles/profilelist.cpp" line="+17"/>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SignalWire</source>
        <translation>SignalWire</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+24"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>no identifier yet</source>
        <translation>noch keine Kennung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · not saved yet</source>
        <translation>%1 · noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
%2 %3</source>
        <translation>%1
%2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ProfileListActions</name>
    <message>
        <location filename="../views/profiles/profilelistactions.cpp" line="+27"/>
        <source>New T&amp;wilio profile</source>
        <translation>Neues T&amp;wilio-Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a Twilio account (Ctrl+N)</source>
        <translation>Twilio-Konto hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Si&amp;gnalWire profile</source>
        <translation>Neues Si&amp;gnalWire-Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a SignalWire project (Ctrl+Shift+N)</source>
        <translation>SignalWire-Projekt hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the profile without its secret (Ctrl+D)</source>
        <translation>Profil ohne sein Secret kopieren (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile and its secret (Del)</source>
        <translation>Profil und sein Secret entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from env&amp;ironment</source>
        <translation>Aus &amp;Umgebung importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read TWILIO_* and SIGNALWIRE_* variables of this process</source>
        <translation>TWILIO_*- und SIGNALWIRE_*-Variablen dieses Prozesses lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Twilio &amp;CLI…</source>
        <translation>Aus Twilio-CL&amp;I importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the profiles of the Twilio CLI&apos;s config.json</source>
        <translation>Profile aus der config.json der Twilio CLI lesen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New Twilio Profile</source>
        <translation>Neues Twilio-Profil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New SignalWire Profile</source>
        <translation>Neues SignalWire-Profil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate Profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <location filename="../views/profiles/profilemanagerdialog.cpp" line="+34"/>
        <location line="+58"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this account in the main window (Enter in the list)</source>
        <translation>Dieses Konto im Hauptfenster öffnen (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pro&amp;files:</source>
        <translation>Profi&amp;le:</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of “%1”. Its secret is not copied: type it before saving.</source>
        <translation>Eine Kopie von „%1“. Das Secret wird nicht kopiert: Geben Sie es vor dem Speichern ein.</translation>
    </message>
</context>
<context>
    <name>ProfileNames</name>
    <message>
        <location filename="../models/profiles/profilenames.cpp" line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileQuestions</name>
    <message>
        <location filename="../views/profiles/profilequestions.cpp" line="+30"/>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile “%1” (%2 %3)?</source>
        <translation>Profil „%1“ (%2 %3) entfernen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its secret is removed from the keychain as well. The account itself is not changed; only SipDesk forgets it.</source>
        <translation>Sein Secret wird ebenfalls aus dem Schlüsselbund entfernt. Das Konto selbst wird nicht verändert; nur SipDesk vergisst es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the new profile</source>
        <translation>das neue Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your edits have not been saved yet.</source>
        <translation>Ihre Änderungen wurden noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They cannot be saved as they are:</source>
        <translation>So können sie nicht gespeichert werden:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No Keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available, so SipDesk cannot store the secret securely.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher kann SipDesk das Secret nicht sicher speichern.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>SipDesk can keep %n secret(s) in memory for this session only: forgotten when SipDesk quits, never written to a file. Otherwise the profile is saved without its secret.</source>
        <translation>
            <numerusform>SipDesk kann %n Secret nur für diese Sitzung im Speicher behalten: Es wird beim Beenden von SipDesk vergessen und nie in eine Datei geschrieben. Andernfalls wird das Profil ohne sein Secret gespeichert.</numerusform>
            <numerusform>SipDesk kann %n Secrets nur für diese Sitzung im Speicher behalten: Sie werden beim Beenden von SipDesk vergessen und nie in eine Datei geschrieben. Andernfalls werden die Profile ohne ihr Secret gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep for This Session Only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
</context>
<context>
    <name>ProfileRemover</name>
    <message>
        <location filename="../views/profiles/profileremover.cpp" line="+23"/>
        <source>“%1” was not removed: the keychain did not remove its secret (%2). Try again once the keychain is unlocked.</source>
        <translation>„%1“ wurde nicht entfernt: Der Schlüsselbund hat sein Secret nicht entfernt (%2). Versuchen Sie es erneut, sobald der Schlüsselbund entsperrt ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed “%1” and its secret.</source>
        <translation>„%1“ und sein Secret wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>ProfileSaver</name>
    <message>
        <location filename="../views/profiles/profilesaver.cpp" line="+32"/>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved “%1”.</source>
        <translation>„%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” was saved, but its secret was not stored: %2</source>
        <translation>„%1“ wurde gespeichert, aber sein Secret nicht: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved “%1”. Its secret is kept for this session only: SipDesk forgets it when it quits.</source>
        <translation>„%1“ wurde gespeichert. Sein Secret wird nur für diese Sitzung vorgehalten: SipDesk vergisst es beim Beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved “%1” and its secret.</source>
        <translation>„%1“ und sein Secret wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/profiles/profilestore.cpp" line="+112"/>
        <source>No secret is stored for this address and account: the stored one only goes where it was saved for.</source>
        <translation>Für diese Adresse und dieses Konto ist kein Secret gespeichert: Das gespeicherte wird nur dorthin gesendet, wofür es gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The profile has no valid id.</source>
        <translation>Das Profil hat keine gültige ID.</translation>
    </message>
</context>
<context>
    <name>RecordDetailPane</name>
    <message>
        <location filename="../views/recorddetailpane.cpp" line="+16"/>
        <source>Details of the selected record</source>
        <translation>Details des ausgewählten Eintrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a row to see every field.</source>
        <translation>Wählen Sie eine Zeile aus, um alle Felder zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n record(s) selected.</source>
        <translation>
            <numerusform>%n Eintrag ausgewählt.</numerusform>
            <numerusform>%n Einträge ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditActions</name>
    <message>
        <location filename="../views/recordeditactions.cpp" line="+25"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <location filename="../views/forms/recordediting.cpp" line="+53"/>
        <source>Select one %1 first: a new %2 goes into it.</source>
        <translation>Wählen Sie zuerst eine %1 aus: Darin wird der neue Eintrag (%2) angelegt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A change you closed before it was saved did not save: %1</source>
        <translation>Eine Änderung, deren Formular vor dem Speichern geschlossen wurde, wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Deleting %1 of %2…</source>
        <translation>Löschen: %1 von %2…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1. The connection dropped and the request was sent twice: the record may exist twice. Refresh to check.</source>
        <translation>%1 gespeichert. Die Verbindung wurde unterbrochen und die Anfrage zweimal gesendet: Der Eintrag existiert möglicherweise doppelt. Aktualisieren Sie zur Prüfung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already deleted elsewhere; removed from the list.</source>
        <translation>%1 bereits an anderer Stelle gelöscht; aus der Liste entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be deleted: %2</source>
        <translation>Löschen fehlgeschlagen für %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not attempted.</source>
        <translation>%1 nicht versucht.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../views/forms/recordform.cpp" line="+28"/>
        <source>Creating in %1</source>
        <translation>Erstellen in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing %1</source>
        <translation>Ändern in %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+214"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+214"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix these first:</source>
        <translation>Beheben Sie zuerst Folgendes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The account was closed: nothing was sent. Your edits are still here.</source>
        <translation>Das Konto wurde geschlossen: Es wurde nichts gesendet. Ihre Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (error %2).</source>
        <translation>%1 (Fehler %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the highlighted field.</source>
        <translation>Siehe das hervorgehobene Feld.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A save is still in progress. Close anyway? The change may still be applied.</source>
        <translation>Ein Speichervorgang läuft noch. Trotzdem schließen? Die Änderung wird möglicherweise dennoch übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard your unsaved changes?</source>
        <translation>Ungespeicherte Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>RecordFormFields</name>
    <message>
        <location filename="../views/forms/recordformfields.cpp" line="+138"/>
        <location line="+10"/>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused by the service.</source>
        <translation>Vom Dienst abgelehnt.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message numerus="yes">
        <location filename="../views/recordlistpage.cpp" line="+43"/>
        <source>Copied %n value(s).</source>
        <translation>
            <numerusform>%n Wert kopiert.</numerusform>
            <numerusform>%n Werte kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Liste erneut laden (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading (Esc); the rows loaded so far stay</source>
        <translation>Laden anhalten (Esc); die bisher geladenen Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select one %1 to see its %2.</source>
        <translation>Wählen Sie eine %1 aus, um ihre Einträge (%2) zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list could not be loaded.

%1</source>
        <translation>Die Liste konnte nicht geladen werden.

%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing matches the search or the filter.</source>
        <translation>Nichts entspricht der Suche oder dem Filter.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Load everything</source>
        <translation>Alles laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the shown rows as CSV…</source>
        <translation>Angezeigte Zeilen als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More exist on the service: use Load everything first to export all.</source>
        <translation>Beim Dienst gibt es weitere Einträge: Verwenden Sie zuerst „Alles laden“, um alle zu exportieren.</translation>
    </message>
</context>
<context>
    <name>RecordSearchBar</name>
    <message>
        <location filename="../views/recordsearchbar.cpp" line="+21"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../views/recordsection.cpp" line="+107"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — select one %2 above to see them</source>
        <translation>%1 – wählen Sie oben eine %2 aus, um sie zu sehen</translation>
    </message>
</context>
<context>
    <name>RegistrationMappingCheck</name>
    <message>
        <location filename="../models/lists/registrationmappingcheck.cpp" line="+124"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <location filename="../models/api/replyclassifier.cpp" line="+52"/>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the service redirected to %1, and redirects are not followed</source>
        <translation>der Dienst hat zu %1 umgeleitet, und Umleitungen werden nicht verfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected JSON but the answer is &quot;%1&quot;</source>
        <translation>JSON erwartet, aber die Antwort ist „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>malformed JSON (%1 at byte %2 of %3)</source>
        <translation>fehlerhaftes JSON (%1 bei Byte %2 von %3)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the error answer is larger than %1 MB</source>
        <translation>die Fehlerantwort ist größer als %1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1; %2, not read</source>
        <translation>HTTP %1; %2, nicht gelesen</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../models/validation/rules.cpp" line="+52"/>
        <source>must start with %1</source>
        <translation>muss mit %1 beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be %1 followed by exactly 32 hex digits (34 characters, not %2)</source>
        <translation>muss aus %1 und genau 32 Hexadezimalziffern bestehen (34 Zeichen, nicht %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>may contain only the hex digits 0-9 and a-f after %1</source>
        <translation>darf nach %1 nur die Hexadezimalziffern 0–9 und a–f enthalten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be a UUID such as 123e4567-e89b-12d3-a456-426614174000</source>
        <translation>muss eine UUID sein, z. B. 123e4567-e89b-12d3-a456-426614174000</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <location line="+31"/>
        <location line="+55"/>
        <location line="+15"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>must end with sip.twilio.com</source>
        <translation>muss auf sip.twilio.com enden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs a name before .sip.twilio.com</source>
        <translation>benötigt einen Namen vor .sip.twilio.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>may be at most %1 characters long</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>must not contain empty labels (&quot;..&quot; or a leading dot)</source>
        <translation>darf keine leeren Namensteile enthalten („..“ oder einen führenden Punkt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each part between dots may be at most %1 characters</source>
        <translation>jeder Teil zwischen Punkten darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>may contain only letters, digits and &quot;-&quot; (found &quot;%1&quot;)</source>
        <translation>darf nur Buchstaben, Ziffern und „-“ enthalten (gefunden: „%1“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parts must not start or end with &quot;-&quot;</source>
        <translation>Teile dürfen nicht mit „-“ beginnen oder enden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>may be at most %1 characters long (now %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (derzeit %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>may contain only letters, digits and -_.!~*&apos;()&amp;=+$,;?/ (found &quot;%1&quot;)</source>
        <translation>darf nur Buchstaben, Ziffern und -_.!~*&apos;()&amp;=+$,;?/ enthalten (gefunden: „%1“)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lower-case letter</source>
        <translation>einen Kleinbuchstaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an upper-case letter</source>
        <translation>einen Großbuchstaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs %1</source>
        <translation>benötigt %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be an IPv4 address such as 192.0.2.10 (four numbers 0-255, no leading zeros; IPv6 is not supported)</source>
        <translation>muss eine IPv4-Adresse sein, z. B. 192.0.2.10 (vier Zahlen von 0 bis 255, ohne führende Nullen; IPv6 wird nicht unterstützt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an absolute URL such as https://example.com/voice</source>
        <translation>muss eine absolute URL sein, z. B. https://example.com/voice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must start with http:// or https://</source>
        <translation>muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must name a host, as in https://example.com/voice</source>
        <translation>muss einen Host enthalten, wie in https://example.com/voice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be one of: %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>may contain only letters, digits and &quot;-&quot;</source>
        <translation>darf nur Buchstaben, Ziffern und „-“ enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not start or end with &quot;-&quot;</source>
        <translation>darf nicht mit „-“ beginnen oder enden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must not contain &quot;@&quot;</source>
        <translation>darf kein „@“ enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not contain spaces or other white space</source>
        <translation>darf keine Leerzeichen oder anderen Leerraum enthalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <location filename="../app/sandboxhost.cpp" line="+30"/>
        <source>Sandbox Twilio</source>
        <translation>Sandbox Twilio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sandbox SignalWire</source>
        <translation>Sandbox SignalWire</translation>
    </message>
</context>
<context>
    <name>SecretSaveFlow</name>
    <message>
        <location filename="../views/profiles/secretsaveflow.cpp" line="+53"/>
        <source>“%1”: no keychain to keep it in.</source>
        <translation>„%1“: kein Schlüsselbund zum Aufbewahren vorhanden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain refused it.</source>
        <translation>der Schlüsselbund hat es abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../models/profiles/secretstore.cpp" line="-155"/>
        <source>No secret is stored in the system keychain for this profile.</source>
        <translation>Für dieses Profil ist im Systemschlüsselbund kein Secret gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access to the system keychain was refused.</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No system keychain is available (%1). The secret can be kept for this session only.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar (%1). Das Secret kann nur für diese Sitzung vorgehalten werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>SignalWireSipEndpointsClient</name>
    <message>
        <location filename="../models/api/signalwiresipendpointsclient.cpp" line="+22"/>
        <source>the answer is not a SIP endpoint</source>
        <translation>die Antwort ist kein SIP-Endpoint</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&quot;%1&quot; is not a SIP endpoint id</source>
        <translation>„%1“ ist keine SIP-Endpoint-ID</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the answer is not a page of SIP endpoints</source>
        <translation>die Antwort ist keine Seite mit SIP-Endpoints</translation>
    </message>
</context>
<context>
    <name>SipAuthFormParts</name>
    <message>
        <location filename="../views/forms/sipauthformparts.cpp" line="+76"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SipAuthListForm</name>
    <message>
        <location filename="../views/forms/sipauthlistform.cpp" line="-72"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SID</source>
        <translation>SID</translation>
    </message>
</context>
<context>
    <name>SipCredentialForm</name>
    <message>
        <location filename="../views/forms/sipcredentialform.cpp" line="+41"/>
        <source>Change Password — %1</source>
        <translation>Passwort ändern – %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Credential</source>
        <translation>Neues Credential</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential list</source>
        <translation>Credential List</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. pam.beesly</source>
        <translation>z. B. pam.beesly</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>What the device registers or calls as. Up to %1 characters; it cannot be changed later.</source>
        <translation>Der Name, mit dem sich das Gerät registriert oder anruft. Bis zu %1 Zeichen; kann später nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A username cannot change: delete the credential and create a new one.</source>
        <translation>Ein Benutzername kann nicht geändert werden: Löschen Sie das Credential und legen Sie ein neues an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type one, or Generate</source>
        <translation>Eingeben oder „Generieren“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave empty to keep the current password</source>
        <translation>Leer lassen, um das aktuelle Passwort beizubehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in a random password of %1 letters and digits</source>
        <translation>Ein zufälliges Passwort aus %1 Buchstaben und Ziffern einsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Copy the password to the clipboard</source>
        <translation>Passwort in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least %1 characters with a digit, a lower-case and an upper-case letter.</source>
        <translation>Mindestens %1 Zeichen mit einer Ziffer, einem Klein- und einem Großbuchstaben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio never shows this password again: copy it now.</source>
        <translation>Twilio zeigt dieses Passwort nie wieder an: Kopieren Sie es jetzt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>SipCredentialKind</name>
    <message>
        <location filename="../models/kinds/sipcredentialkind.cpp" line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The username a device or caller authenticates with. Its password is never shown: Twilio does not return it.</source>
        <translation>Der Benutzername, mit dem sich ein Gerät oder Anrufer authentifiziert. Das Passwort wird nie angezeigt: Twilio gibt es nicht zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The credential&apos;s SID (CR…).</source>
        <translation>Die SID des Credentials (CR…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the credential (or its password) was last changed, in your time zone.</source>
        <translation>Zeitpunkt der letzten Änderung des Credentials (oder seines Passworts), in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>credential</source>
        <translation>Credential</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln credential(s)</source>
        <translation>
            <numerusform>%Ln Credential</numerusform>
            <numerusform>%Ln Credentials</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This credential list has no credentials yet.</source>
        <translation>Diese Credential List enthält noch keine Credentials.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search username or SID (Ctrl+F)</source>
        <translation>Benutzername oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy username</source>
        <translation>Benutzername kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <location filename="../models/kinds/sipcredentialkind.h" line="+26"/>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
</context>
<context>
    <name>SipDomainForm</name>
    <message>
        <location filename="../views/forms/sipdomainform.cpp" line="+52"/>
        <location line="+199"/>
        <source>Edit SIP Domain — %1</source>
        <translation>SIP-Domain bearbeiten – %1</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>New SIP Domain</source>
        <translation>Neue SIP-Domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Scranton Office</source>
        <translation>z. B. Büro Scranton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain name</source>
        <translation>Domainname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. scranton.sip.twilio.com</source>
        <translation>z. B. scranton.sip.twilio.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice</source>
        <translation>Sprachanrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>https://example.com/voice</source>
        <translation>https://example.com/voice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested when the voice URL fails</source>
        <translation>Wird aufgerufen, wenn die Voice-URL fehlschlägt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status callback</source>
        <translation>Status-Callback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives call status changes</source>
        <translation>Empfängt Änderungen des Anrufstatus</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Emergency calling</source>
        <translation>Notrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow emergency calls from this domain</source>
        <translation>Notrufe von dieser Domain erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency caller SID</source>
        <translation>Notruf-Anrufer-SID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PN… phone number SID</source>
        <translation>PN… SID der Telefonnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registration and security</source>
        <translation>Registrierung und Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIP registration</source>
        <translation>SIP-Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let SIP devices register with this domain</source>
        <translation>SIP-Geräten die Registrierung bei dieser Domain erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure media</source>
        <translation>Sichere Medien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Require TLS signalling and SRTP media</source>
        <translation>TLS-Signalisierung und SRTP-Medien verlangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BYOC trunk</source>
        <translation>BYOC-Trunk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYOC trunk SID</source>
        <translation>BYOC-Trunk-SID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BY… (empty: none)</source>
        <translation>BY… (leer: keiner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Service default (POST)</source>
        <translation>Standard des Dienstes (POST)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Saving the authentication: %1 of %2 changes…</source>
        <translation>Authentifizierung wird gespeichert: %1 von %2 Änderungen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The account was closed before the save finished.</source>
        <translation>Das Konto wurde geschlossen, bevor das Speichern abgeschlossen war.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The account was closed.</source>
        <translation>Das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain could not be read again: %1</source>
        <translation>Die Domain konnte nicht erneut gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SipDomainKind</name>
    <message>
        <location filename="../models/kinds/sipdomainkind.cpp" line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SIP domain</source>
        <translation>SIP-Domain</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln SIP domain(s)</source>
        <translation>
            <numerusform>%Ln SIP-Domain</numerusform>
            <numerusform>%Ln SIP-Domains</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account has no SIP domains yet.</source>
        <translation>Dieses Konto hat noch keine SIP-Domains.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search friendly name, domain name or SID (Ctrl+F)</source>
        <translation>Anzeigename, Domainname oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receives no traffic</source>
        <translation>Empfängt keinen Datenverkehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot register</source>
        <translation>Keine Registrierung möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration on</source>
        <translation>Registrierung ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration off</source>
        <translation>Registrierung aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy domain name</source>
        <translation>Domainname kopieren</translation>
    </message>
    <message>
        <location filename="../models/kinds/sipdomainkind.h" line="+39"/>
        <source>SIP Domains</source>
        <translation>SIP-Domains</translation>
    </message>
</context>
<context>
    <name>SipDomainTableModel</name>
    <message>
        <location filename="../models/lists/sipdomaintablemodel.cpp" line="+163"/>
        <source>checking registrations: %L1 of %L2 domains</source>
        <translation>Registrierungen werden geprüft: %L1 von %L2 Domains</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP ACL</source>
        <translation>IP-ACL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential list</source>
        <translation>Credential List</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain name</source>
        <translation>Domainname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls authentication</source>
        <translation>Anruf-Authentifizierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice URL</source>
        <translation>Voice-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name the account gave the domain</source>
        <translation>Der Name, den das Konto der Domain gegeben hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SIP address phones and carriers send to (…sip.twilio.com)</source>
        <translation>Die SIP-Adresse, an die Telefone und Carrier senden (…sip.twilio.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twilio&apos;s unique ID of the domain (SD…)</source>
        <translation>Die eindeutige ID der Domain bei Twilio (SD…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How calls are admitted (Twilio&apos;s auth_type): IP access control lists, credential lists, or none (then the domain receives no traffic). Registrations have mappings of their own: see Health</source>
        <translation>Wie Anrufe zugelassen werden (Twilios auth_type): IP Access Control Lists, Credential Lists oder keine (dann empfängt die Domain keinen Datenverkehr). Registrierungen haben eigene Zuordnungen: siehe Zustand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether SIP phones may register with the domain</source>
        <translation>Ob sich SIP-Telefone bei der Domain registrieren dürfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL Twilio asks what to do with an incoming call</source>
        <translation>Die URL, die Twilio fragt, was mit einem eingehenden Anruf geschehen soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether calls must use TLS and SRTP</source>
        <translation>Ob Anrufe TLS und SRTP verwenden müssen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the domain was last changed, in your time zone</source>
        <translation>Zeitpunkt der letzten Änderung der Domain, in Ihrer Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is wrong with the domain&apos;s authentication: nothing mapped for calls (it receives no traffic), or registration on with no credential list mapped for registrations (devices cannot register). Registrations are checked for the rows on screen; sort puts problems first</source>
        <translation>Was an der Authentifizierung der Domain nicht stimmt: nichts für Anrufe zugeordnet (sie empfängt keinen Datenverkehr) oder Registrierung eingeschaltet, ohne dass eine Credential List für Registrierungen zugeordnet ist (Geräte können sich nicht registrieren). Registrierungen werden für die sichtbaren Zeilen geprüft; beim Sortieren stehen Probleme oben</translation>
    </message>
</context>
<context>
    <name>SipEndpointForm</name>
    <message>
        <location filename="../views/forms/sipendpointform.cpp" line="+58"/>
        <source>Edit SIP Endpoint — %1</source>
        <translation>SIP-Endpoint bearbeiten – %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New SIP Endpoint</source>
        <translation>Neuer SIP-Endpoint</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No spaces and no @</source>
        <translation>Keine Leerzeichen und kein @</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Used by the device to register</source>
        <translation>Wird vom Gerät zur Registrierung verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to keep the current one</source>
        <translation>Leer lassen, um das aktuelle beizubehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown as the CNAM</source>
        <translation>Wird als CNAM angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send as</source>
        <translation>Senden als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A purchased or verified number, or &quot;random&quot;</source>
        <translation>Eine gekaufte oder verifizierte Nummer oder „random“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Codecs</source>
        <translation>Codecs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ciphers</source>
        <translation>Chiffren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incoming calls</source>
        <translation>Eingehende Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No handler</source>
        <translation>Keine Anrufbehandlung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call handler</source>
        <translation>Anrufbehandlung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Service default</source>
        <translation>Standard des Dienstes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not returned by the service: leave empty to keep</source>
        <translation>Vom Dienst nicht zurückgegeben: leer lassen, um den Wert beizubehalten</translation>
    </message>
</context>
<context>
    <name>SipEndpointKind</name>
    <message>
        <location filename="../models/kinds/sipendpointkind.cpp" line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SIP endpoint</source>
        <translation>SIP-Endpoint</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln SIP endpoint(s)</source>
        <translation>
            <numerusform>%Ln SIP-Endpoint</numerusform>
            <numerusform>%Ln SIP-Endpoints</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This project has no SIP endpoints yet.</source>
        <translation>Dieses Projekt hat noch keine SIP-Endpoints.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search username, caller ID or ID (Ctrl+F)</source>
        <translation>Benutzername, Anrufer-ID oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No call handler</source>
        <translation>Keine Anrufbehandlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handler: %1</source>
        <translation>Anrufbehandlung: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy username</source>
        <translation>Benutzername kopieren</translation>
    </message>
    <message>
        <location filename="../models/kinds/sipendpointkind.h" line="+41"/>
        <source>SIP Endpoints</source>
        <translation>SIP-Endpoints</translation>
    </message>
</context>
<context>
    <name>SipEndpointTableModel</name>
    <message>
        <location filename="../models/lists/sipendpointtablemodel.cpp" line="+36"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call handler</source>
        <translation>Anrufbehandlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codecs</source>
        <translation>Codecs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name the phone registers and authenticates with</source>
        <translation>Der Name, mit dem sich das Telefon registriert und authentifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller ID shown for calls from this endpoint</source>
        <translation>Die Anrufer-ID, die bei Anrufen von diesem Endpoint angezeigt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What runs on inbound calls, as SignalWire names it</source>
        <translation>Was bei eingehenden Anrufen ausgeführt wird, in der Bezeichnung von SignalWire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether media must be encrypted (SRTP): required, optional, or the project&apos;s default</source>
        <translation>Ob Medien verschlüsselt sein müssen (SRTP): erforderlich, optional oder Standard des Projekts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audio and video codecs offered, most preferred first</source>
        <translation>Die angebotenen Audio- und Video-Codecs, bevorzugte zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SignalWire&apos;s unique ID of the endpoint</source>
        <translation>Die eindeutige ID des Endpoints bei SignalWire</translation>
    </message>
</context>
<context>
    <name>TwilioClient</name>
    <message>
        <location filename="../models/api/twilioclient.cpp" line="+21"/>
        <source>the answer is not a Twilio record</source>
        <translation>die Antwort ist kein Twilio-Eintrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a SID of the form %2…: it %3</source>
        <translation>„%1“ ist keine SID der Form %2…: Sie %3</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>the answer is not a page of a Twilio list (no &quot;%1&quot; list)</source>
        <translation>die Antwort ist keine Seite einer Twilio-Liste (keine Liste „%1“)</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesQuestion</name>
    <message>
        <location filename="../views/forms/unsavedchangesquestion.cpp" line="+24"/>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+107"/>
        <source>SipDesk</source>
        <translation>SipDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved profile is named &quot;%1&quot;.
</source>
        <translation>Es gibt kein gespeichertes Profil mit dem Namen „%1“.
</translation>
    </message>
</context>
</TS>
