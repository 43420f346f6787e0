<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountSession</name>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Profil mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>The open profile was removed.</source>
        <translation>Das geöffnete Profil wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The secret of %1 could not be read: %2

Enter it again in Manage Profiles (Ctrl+Shift+P).</source>
        <translation>Das Secret von %1 konnte nicht gelesen werden: %2

Geben Sie es unter „Profile verwalten“ (Strg+Umschalt+P) erneut ein.</translation>
    </message>
</context>
<context>
    <name>AccountStatesModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>not searched yet</source>
        <translation>noch nicht durchsucht</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message numerus="yes">
        <source>searching… %n record(s)</source>
        <translation>
            <numerusform>sucht… %n Eintrag</numerusform>
            <numerusform>sucht… %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %n record(s), loaded %1</source>
        <translation>
            <numerusform>fertig: %n Eintrag, geladen %1</numerusform>
            <numerusform>fertig: %n Einträge, geladen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>skipped: no secret saved</source>
        <translation>übersprungen: kein Secret gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n record(s)</source>
        <translation>
            <numerusform>abgebrochen nach %n Eintrag</numerusform>
            <numerusform>abgebrochen nach %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>AccountStrip</name>
    <message>
        <source>Profile colour</source>
        <translation>Profilfarbe</translation>
    </message>
    <message>
        <source>The colour of the profile of %1 (%2)</source>
        <translation>Die Farbe des Profils von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>&amp;Account:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account SID or project id of the open account</source>
        <translation>Account SID oder Projekt-ID des geöffneten Kontos</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>The open profile is read-only: SipDesk sends no changes to this account. Manage Profiles changes that.</source>
        <translation>Das geöffnete Profil ist schreibgeschützt: SipDesk sendet keine Änderungen an dieses Konto. Unter „Profile verwalten“ lässt sich das ändern.</translation>
    </message>
</context>
<context>
    <name>Allowed</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>white space or a control character</source>
        <translation>ein Leerraum- oder Steuerzeichen</translation>
    </message>
    <message>
        <source>others</source>
        <translation>weitere</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Cannot reach the service. Check the network connection.</source>
        <translation>Der Dienst ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The secure connection failed (TLS): the service&apos;s certificate was not accepted. Nothing was sent.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (TLS): Das Zertifikat des Dienstes wurde nicht akzeptiert. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The service rejected the credentials. Check the account&apos;s SID or project and its secret.</source>
        <translation>Der Dienst hat die Zugangsdaten abgelehnt. Prüfen Sie die SID bzw. das Projekt des Kontos und das zugehörige Secret.</translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this (a restricted Twilio API key, or a SignalWire API token without the Voice scope).</source>
        <translation>Die Zugangsdaten sind gültig, berechtigen aber nicht zu dieser Aktion (ein eingeschränkter Twilio-API-Key oder ein SignalWire-API-Token ohne den Scope „Voice“).</translation>
    </message>
    <message>
        <source>It no longer exists: it may have been deleted elsewhere.</source>
        <translation>Der Eintrag existiert nicht mehr: Er wurde möglicherweise an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <source>The service refused the values.</source>
        <translation>Der Dienst hat die Werte abgelehnt.</translation>
    </message>
    <message>
        <source>The service refused the values: %1</source>
        <translation>Der Dienst hat die Werte abgelehnt: %1</translation>
    </message>
    <message>
        <source>The service is limiting requests. Wait a moment and try again.</source>
        <translation>Der Dienst begrenzt die Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service had an internal problem (HTTP %1). Try again later.</source>
        <translation>Beim Dienst ist ein interner Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The service sent an answer SipDesk cannot read: %1</source>
        <translation>Der Dienst hat eine Antwort gesendet, die SipDesk nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>The service&apos;s explanation was not read: %1.</source>
        <translation>Die Erläuterung des Dienstes wurde nicht gelesen: %1.</translation>
    </message>
    <message>
        <source>The change may or may not have been made: refresh the list to see its state before trying again.</source>
        <translation>Die Änderung wurde möglicherweise ausgeführt: Aktualisieren Sie die Liste, um den aktuellen Stand zu sehen, bevor Sie es erneut versuchen.</translation>
    </message>
    <message numerus="yes">
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
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the service keeps announcing more pages</source>
        <translation>der Dienst kündigt immer weitere Seiten an</translation>
    </message>
    <message>
        <source>the next page is on another host (%1)</source>
        <translation>die nächste Seite liegt auf einem anderen Host (%1)</translation>
    </message>
    <message>
        <source>the next page link repeats an earlier page</source>
        <translation>der Link zur nächsten Seite wiederholt eine frühere Seite</translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>there is no valid address to send it to (check the account&apos;s settings)</source>
        <translation>es gibt keine gültige Zieladresse (prüfen Sie die Einstellungen des Kontos)</translation>
    </message>
    <message>
        <source>the address must not carry a user name or password</source>
        <translation>die Adresse darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>plain http:// is only allowed to this computer (the sandbox); use https://</source>
        <translation>unverschlüsseltes http:// ist nur zu diesem Computer (der Sandbox) erlaubt; verwenden Sie https://</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>nur https://-Adressen werden unterstützt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the application is shutting down</source>
        <translation>die Anwendung wird beendet</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Administer Twilio SIP Domains and SignalWire SIP Endpoints.</source>
        <translation>Twilio-SIP-Domains und SignalWire-SIP-Endpoints verwalten.</translation>
    </message>
    <message>
        <source>Run against the built-in emulator of both APIs, with demo accounts and data. Nothing leaves this computer.</source>
        <translation>Mit dem eingebauten Emulator beider APIs arbeiten, mit Demokonten und Demodaten. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Open the saved credential profile with this name.</source>
        <translation>Das gespeicherte Zugangsdatenprofil mit diesem Namen öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Try --help for the options.</source>
        <translation>Mit --help werden die Optionen angezeigt.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <source>--sandbox opens the demo accounts; it cannot be combined with --profile.</source>
        <translation>--sandbox öffnet die Demokonten und kann nicht mit --profile kombiniert werden.</translation>
    </message>
    <message>
        <source>Show the user interface in this language (&quot;de&quot;, &quot;en&quot;) instead of the system&apos;s.</source>
        <translation>Die Oberfläche in dieser Sprache („de“, „en“) statt in der des Systems anzeigen.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>--lang needs a language code such as &quot;de&quot; or &quot;en&quot;, not &quot;%1&quot;.</source>
        <translation>--lang braucht einen Sprachcode wie „de“ oder „en“, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Authenticated.</source>
        <translation>Authentifiziert.</translation>
    </message>
    <message>
        <source>Timed out after %1 s.</source>
        <translation>Zeitüberschreitung nach %1 s.</translation>
    </message>
    <message>
        <source>Timed out after %1 s: no answer from %2.</source>
        <translation>Zeitüberschreitung nach %1 s: keine Antwort von %2.</translation>
    </message>
    <message>
        <source>Wrong credentials (HTTP 401): check the account SID or project and the secret.</source>
        <translation>Falsche Zugangsdaten (HTTP 401): Prüfen Sie die Account SID bzw. das Projekt und das Secret.</translation>
    </message>
    <message>
        <source>Authenticated, but not allowed to list SIP records (HTTP 403): a restricted Twilio API key, or a SignalWire API token without the Voice scope.</source>
        <translation>Authentifiziert, aber nicht berechtigt, SIP-Einträge aufzulisten (HTTP 403): ein eingeschränkter Twilio-API-Key oder ein SignalWire-API-Token ohne den Scope „Voice“.</translation>
    </message>
    <message>
        <source>The service cannot be reached.</source>
        <translation>Der Dienst ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Timed out: no answer from %1.</source>
        <translation>Zeitüberschreitung: keine Antwort von %1.</translation>
    </message>
    <message>
        <source>Timed out: %1 from %2.</source>
        <translation>Zeitüberschreitung bei %2: %1.</translation>
    </message>
    <message>
        <source>TLS handshake failed with %1.</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Sign in with these values without saving them</source>
        <translation>Mit diesen Werten anmelden, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>Fill in the fields above first</source>
        <translation>Füllen Sie zuerst die Felder oben aus</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>&amp;Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>The address or the account changed: type the secret to test against it (the stored one only goes where it was saved for).</source>
        <translation>Die Adresse oder das Konto wurde geändert: Geben Sie das Secret ein, um damit zu testen (das gespeicherte wird nur dorthin gesendet, wofür es gespeichert wurde).</translation>
    </message>
    <message>
        <source>No secret is stored for this profile: type it to test.</source>
        <translation>Für dieses Profil ist kein Secret gespeichert: Geben Sie es zum Testen ein.</translation>
    </message>
    <message>
        <source>The stored secret could not be read.</source>
        <translation>Das gespeicherte Secret konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 Unlock it and test again, or type the secret.</source>
        <translation>%1 Entsperren Sie ihn und testen Sie erneut, oder geben Sie das Secret ein.</translation>
    </message>
</context>
<context>
    <name>CredentialListForm</name>
    <message>
        <source>e.g. Scranton desk phones</source>
        <translation>z. B. Tischtelefone Scranton</translation>
    </message>
    <message>
        <source>Up to %1 characters. Shown when you map the list to a SIP domain.</source>
        <translation>Bis zu %1 Zeichen. Wird angezeigt, wenn Sie die Liste einer SIP-Domain zuordnen.</translation>
    </message>
    <message>
        <source>Edit Credential List — %1</source>
        <translation>Credential List bearbeiten – %1</translation>
    </message>
    <message>
        <source>New Credential List</source>
        <translation>Neue Credential List</translation>
    </message>
</context>
<context>
    <name>CredentialListKind</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>The name the list is known by in the Twilio Console.</source>
        <translation>Der Name, unter dem die Liste in der Twilio Console geführt wird.</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>The credential list&apos;s SID (CL…), which a domain&apos;s mapping names.</source>
        <translation>Die SID der Credential List (CL…), auf die die Zuordnung einer Domain verweist.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>When the list was last changed, in your time zone.</source>
        <translation>Zeitpunkt der letzten Änderung der Liste, in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <source>credential list</source>
        <translation>Credential List</translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential list(s)</source>
        <translation>
            <numerusform>%Ln Credential List</numerusform>
            <numerusform>%Ln Credential Lists</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has no credential lists yet. A credential list holds the usernames and passwords that SIP domains can challenge calls and registrations with.</source>
        <translation>Dieses Konto hat noch keine Credential Lists. Eine Credential List enthält die Benutzernamen und Passwörter, mit denen SIP-Domains Anrufe und Registrierungen authentifizieren können.</translation>
    </message>
    <message>
        <source>Search friendly name or SID (Ctrl+F)</source>
        <translation>Anzeigename oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <source>Copy friendly name</source>
        <translation>Anzeigename kopieren</translation>
    </message>
    <message>
        <source>Every SIP domain that maps it for calls or registrations loses that mapping, and its credentials go with it: a domain left without a calls mapping receives no traffic.</source>
        <translation>Jede SIP-Domain, die sie für Anrufe oder Registrierungen zugeordnet hat, verliert diese Zuordnung, und die enthaltenen Credentials werden mitgelöscht: Eine Domain ohne Zuordnung für Anrufe empfängt keinen Datenverkehr.</translation>
    </message>
    <message>
        <source>Credential Lists</source>
        <translation>Credential Lists</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Deleting at the service takes effect at once and cannot be undone.</source>
        <translation>Das Löschen beim Dienst wird sofort wirksam und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete %1 from this account?</source>
        <translation>%1 aus diesem Konto löschen?</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>To be deleted</source>
        <translation>Zu löschen</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>To be deleted:</source>
        <translation>Zu löschen:</translation>
    </message>
    <message>
        <source>Number of records to delete</source>
        <translation>Anzahl der zu löschenden Einträge</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>SIP-Domain</translation>
    </message>
    <message numerus="yes">
        <source>%n SIP domain(s)</source>
        <translation>
            <numerusform>%n SIP-Domain</numerusform>
            <numerusform>%n SIP-Domains</numerusform>
        </translation>
    </message>
    <message>
        <source>SIP endpoint</source>
        <translation>SIP-Endpoint</translation>
    </message>
    <message numerus="yes">
        <source>%n SIP endpoint(s)</source>
        <translation>
            <numerusform>%n SIP-Endpoint</numerusform>
            <numerusform>%n SIP-Endpoints</numerusform>
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
    <message>
        <source>Delete %1 from %2?</source>
        <comment>records, from a list that holds them</comment>
        <translation>%1 aus %2 löschen?</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>DomainAuthDetail</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>The mapped lists could not be loaded: %1</source>
        <translation>Die zugeordneten Listen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the mapped lists…</source>
        <translation>Zugeordnete Listen werden geladen…</translation>
    </message>
    <message>
        <source>Calls — credential lists</source>
        <translation>Anrufe – Credential Lists</translation>
    </message>
    <message>
        <source>Calls — IP access control lists</source>
        <translation>Anrufe – IP Access Control Lists</translation>
    </message>
    <message>
        <source>Registrations — credential lists</source>
        <translation>Registrierungen – Credential Lists</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>DomainAuthMappings</name>
    <message>
        <source>calls, credential lists</source>
        <translation>Anrufe, Credential Lists</translation>
    </message>
    <message>
        <source>calls, IP access control lists</source>
        <translation>Anrufe, IP Access Control Lists</translation>
    </message>
    <message>
        <source>registrations, credential lists</source>
        <translation>Registrierungen, Credential Lists</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>Das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>The account was closed before the answer came.</source>
        <translation>Das Konto wurde geschlossen, bevor die Antwort eintraf.</translation>
    </message>
</context>
<context>
    <name>DomainAuthSection</name>
    <message>
        <source>Calls: without a checked list the domain receives no traffic. Registrations: devices cannot register without a checked credential list (only with SIP registration on).</source>
        <translation>Anrufe: Ohne ausgewählte Liste empfängt die Domain keinen Datenverkehr. Registrierungen: Geräte können sich ohne ausgewählte Credential List nicht registrieren (nur bei eingeschalteter SIP-Registrierung).</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;laden</translation>
    </message>
    <message>
        <source>Retry loading the lists</source>
        <translation>Laden der Listen erneut versuchen</translation>
    </message>
    <message>
        <source>Calls — &amp;credential lists</source>
        <translation>Anrufe – &amp;Credential Lists</translation>
    </message>
    <message>
        <source>Credential lists that authenticate calls</source>
        <translation>Credential Lists, die Anrufe authentifizieren</translation>
    </message>
    <message>
        <source>Calls — &amp;IP access control lists</source>
        <translation>Anrufe – &amp;IP Access Control Lists</translation>
    </message>
    <message>
        <source>IP access control lists that authenticate calls</source>
        <translation>IP Access Control Lists, die Anrufe authentifizieren</translation>
    </message>
    <message>
        <source>Re&amp;gistrations — credential lists</source>
        <translation>&amp;Registrierungen – Credential Lists</translation>
    </message>
    <message>
        <source>Credential lists that authenticate registrations</source>
        <translation>Credential Lists, die Registrierungen authentifizieren</translation>
    </message>
    <message>
        <source>⚠ SIP registration is on, but no credential list is checked: devices cannot register.</source>
        <translation>⚠ Die SIP-Registrierung ist eingeschaltet, aber keine Credential List ist ausgewählt: Geräte können sich nicht registrieren.</translation>
    </message>
    <message>
        <source>⚠ Nothing is checked for calls: the domain receives no traffic.</source>
        <translation>⚠ Für Anrufe ist nichts ausgewählt: Die Domain empfängt keinen Datenverkehr.</translation>
    </message>
    <message>
        <source>Loading the account&apos;s credential lists and IP access control lists…</source>
        <translation>Credential Lists und IP Access Control Lists des Kontos werden geladen…</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1 The domain&apos;s other fields can still be saved.</source>
        <translation>Die Listen konnten nicht geladen werden: %1 Die übrigen Felder der Domain können trotzdem gespeichert werden.</translation>
    </message>
    <message>
        <source>(this account has none)</source>
        <translation>(dieses Konto hat keine)</translation>
    </message>
    <message>
        <source>“%1” was not mapped (%2): %3</source>
        <translation>„%1“ wurde nicht zugeordnet (%2): %3</translation>
    </message>
    <message>
        <source>“%1” was not unmapped (%2): %3</source>
        <translation>Die Zuordnung von „%1“ wurde nicht aufgehoben (%2): %3</translation>
    </message>
    <message>
        <source>%1 — not saved</source>
        <translation>%1 – nicht gespeichert</translation>
    </message>
    <message>
        <source>The domain&apos;s mappings could not be read again: the checks show what the answers implied.</source>
        <translation>Die Zuordnungen der Domain konnten nicht erneut gelesen werden: Die Häkchen zeigen den Stand, der sich aus den Antworten ergibt.</translation>
    </message>
</context>
<context>
    <name>DomainHealth</name>
    <message>
        <source>Receives no traffic: nothing mapped for calls</source>
        <translation>Empfängt keinen Datenverkehr: nichts für Anrufe zugeordnet</translation>
    </message>
    <message>
        <source>Devices cannot register: registration is on but no credential list is mapped for registrations</source>
        <translation>Geräte können sich nicht registrieren: Registrierung ist eingeschaltet, aber keine Credential List ist für Registrierungen zugeordnet</translation>
    </message>
    <message>
        <source>Checking registrations…</source>
        <translation>Registrierungen werden geprüft…</translation>
    </message>
    <message>
        <source>Could not check registrations: %1</source>
        <translation>Registrierungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Registrations not checked yet</source>
        <translation>Registrierungen noch nicht geprüft</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Receives no traffic: nothing is mapped for calls. Map a credential list or IP ACL for calls in the domain&apos;s Authentication section.</source>
        <translation>Empfängt keinen Datenverkehr: Für Anrufe ist nichts zugeordnet. Ordnen Sie im Abschnitt „Authentifizierung“ der Domain eine Credential List oder IP-ACL für Anrufe zu.</translation>
    </message>
    <message>
        <source>Devices cannot register: registration is on but no credential list is mapped for registrations (Twilio error 32212). Map a credential list for registrations in the domain&apos;s Authentication section, or turn registration off.</source>
        <translation>Geräte können sich nicht registrieren: Die Registrierung ist eingeschaltet, aber für Registrierungen ist keine Credential List zugeordnet (Twilio-Fehler 32212). Ordnen Sie im Abschnitt „Authentifizierung“ der Domain eine Credential List für Registrierungen zu oder schalten Sie die Registrierung aus.</translation>
    </message>
    <message>
        <source>Checking whether a credential list is mapped for registrations…</source>
        <translation>Es wird geprüft, ob eine Credential List für Registrierungen zugeordnet ist…</translation>
    </message>
    <message>
        <source>Could not check whether a credential list is mapped for registrations: %1 Refresh (F5) to check again.</source>
        <translation>Es konnte nicht geprüft werden, ob eine Credential List für Registrierungen zugeordnet ist: %1 Aktualisieren Sie (F5), um es erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Registrations are checked for the rows on screen, and for all rows with the &quot;Cannot register&quot; filter.</source>
        <translation>Registrierungen werden für die sichtbaren Zeilen geprüft und mit dem Filter „Keine Registrierung möglich“ für alle Zeilen.</translation>
    </message>
</context>
<context>
    <name>FindAllAccountsWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Find in All Accounts</source>
        <translation>In allen Konten suchen</translation>
    </message>
    <message>
        <source>Search all accounts</source>
        <translation>Alle Konten durchsuchen</translation>
    </message>
    <message>
        <source>Name, domain, username, address or SID</source>
        <translation>Name, Domain, Benutzername, Adresse oder SID</translation>
    </message>
    <message>
        <source>Load every account&apos;s records again</source>
        <translation>Die Einträge aller Konten neu laden</translation>
    </message>
    <message>
        <source>Stop loading the accounts</source>
        <translation>Das Laden der Konten abbrechen</translation>
    </message>
    <message>
        <source>Accounts searched</source>
        <translation>Durchsuchte Konten</translation>
    </message>
    <message>
        <source>Type to search the records of every account.</source>
        <translation>Tippen Sie, um die Einträge aller Konten zu durchsuchen.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>3 matches in 2 accounts</comment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpAccessControlListForm</name>
    <message>
        <source>e.g. Office gateways</source>
        <translation>z. B. Büro-Gateways</translation>
    </message>
    <message>
        <source>Up to %1 characters. Shown when you map the list to a SIP domain.</source>
        <translation>Bis zu %1 Zeichen. Wird angezeigt, wenn Sie die Liste einer SIP-Domain zuordnen.</translation>
    </message>
    <message>
        <source>Edit IP Access Control List — %1</source>
        <translation>IP Access Control List bearbeiten – %1</translation>
    </message>
    <message>
        <source>New IP Access Control List</source>
        <translation>Neue IP Access Control List</translation>
    </message>
</context>
<context>
    <name>IpAccessControlListKind</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>The name the list is known by in the Twilio Console.</source>
        <translation>Der Name, unter dem die Liste in der Twilio Console geführt wird.</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>The IP access control list&apos;s SID (AL…), which a domain&apos;s mapping names.</source>
        <translation>Die SID der IP Access Control List (AL…), auf die die Zuordnung einer Domain verweist.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>When the list was last changed, in your time zone.</source>
        <translation>Zeitpunkt der letzten Änderung der Liste, in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <source>IP access control list</source>
        <translation>IP Access Control List</translation>
    </message>
    <message numerus="yes">
        <source>%Ln IP access control list(s)</source>
        <translation>
            <numerusform>%Ln IP Access Control List</numerusform>
            <numerusform>%Ln IP Access Control Lists</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has no IP access control lists yet. An IP access control list holds the addresses a SIP domain accepts calls from.</source>
        <translation>Dieses Konto hat noch keine IP Access Control Lists. Eine IP Access Control List enthält die Adressen, von denen eine SIP-Domain Anrufe annimmt.</translation>
    </message>
    <message>
        <source>Search friendly name or SID (Ctrl+F)</source>
        <translation>Anzeigename oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <source>Copy friendly name</source>
        <translation>Anzeigename kopieren</translation>
    </message>
    <message>
        <source>Every SIP domain that maps it for calls loses that mapping, and its addresses go with it: a domain left without a calls mapping receives no traffic.</source>
        <translation>Jede SIP-Domain, die sie für Anrufe zugeordnet hat, verliert diese Zuordnung, und die enthaltenen Adressen werden mitgelöscht: Eine Domain ohne Zuordnung für Anrufe empfängt keinen Datenverkehr.</translation>
    </message>
    <message>
        <source>IP Access Control Lists</source>
        <translation>IP Access Control Lists</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>IpAddressForm</name>
    <message>
        <source>Edit IP Address — %1</source>
        <translation>IP-Adresse bearbeiten – %1</translation>
    </message>
    <message>
        <source>New IP Address</source>
        <translation>Neue IP-Adresse</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>IP access control list</source>
        <translation>IP Access Control List</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e.g. Office gateway</source>
        <translation>z. B. Büro-Gateway</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.10</source>
        <translation>z. B. 192.0.2.10</translation>
    </message>
    <message>
        <source>IPv4 only: Twilio takes no IPv6 addresses here.</source>
        <translation>Nur IPv4: Twilio akzeptiert hier keine IPv6-Adressen.</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Präfixlänge</translation>
    </message>
    <message>
        <source>32 means this address only; 24 the 256 addresses of a.b.c.0 to a.b.c.255.</source>
        <translation>32 bedeutet nur diese Adresse; 24 die 256 Adressen von a.b.c.0 bis a.b.c.255.</translation>
    </message>
    <message>
        <source>%1/32 = this address only</source>
        <translation>%1/32 = nur diese Adresse</translation>
    </message>
    <message>
        <source>%1/%2 = %3 addresses (%4 – %5)</source>
        <translation>%1/%2 = %3 Adressen (%4 – %5)</translation>
    </message>
</context>
<context>
    <name>IpAddressKind</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>What the address is, e.g. the office or the carrier it belongs to.</source>
        <translation>Was die Adresse ist, z. B. das Büro oder der Carrier, zu dem sie gehört.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The IPv4 address, with its CIDR prefix length when it is a range (/24 is 256 addresses).</source>
        <translation>Die IPv4-Adresse, bei einem Bereich mit CIDR-Präfixlänge (/24 sind 256 Adressen).</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>The IP address resource&apos;s SID (IP…).</source>
        <translation>Die SID der IP-Adress-Ressource (IP…).</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>When the address was last changed, in your time zone.</source>
        <translation>Zeitpunkt der letzten Änderung der Adresse, in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln IP address(es)</source>
        <translation>
            <numerusform>%Ln IP-Adresse</numerusform>
            <numerusform>%Ln IP-Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>This IP access control list has no addresses yet.</source>
        <translation>Diese IP Access Control List enthält noch keine Adressen.</translation>
    </message>
    <message>
        <source>Search friendly name, address or SID (Ctrl+F)</source>
        <translation>Anzeigename, Adresse oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <source>IP Addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>CIDR prefix length</source>
        <translation>CIDR-Präfixlänge</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>IP access control list SID</source>
        <translation>SID der IP Access Control List</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>%1: changed</source>
        <translation>%1: geändert</translation>
    </message>
</context>
<context>
    <name>JournalRecorder</name>
    <message>
        <source>The account was closed before the answer came.</source>
        <translation>Das Konto wurde geschlossen, bevor die Antwort kam.</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Eintragsart</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation>Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Remove mapping</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1: geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1: %2 entfernt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>Ergebnis unbekannt: %1</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>Journal</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Only &amp;on</source>
        <translation>Nur &amp;am</translation>
    </message>
    <message>
        <source>Only on one day</source>
        <translation>Nur an einem Tag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Einträge des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The journal file cannot be read: %1</source>
        <translation>Die Datei des Änderungsprotokolls kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) of the journal file were skipped.</source>
        <translation>
            <numerusform>%n beschädigte Zeile der Datei des Änderungsprotokolls wurde übersprungen.</numerusform>
            <numerusform>%n beschädigte Zeilen der Datei des Änderungsprotokolls wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal file cannot be written: %1. Changes are shown here until SipDesk closes.</source>
        <translation>Die Datei des Änderungsprotokolls kann nicht geschrieben werden: %1. Änderungen werden hier angezeigt, bis SipDesk beendet wird.</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Changes shown: %1</source>
        <translation>Angezeigte Änderungen: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the Journal</source>
        <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>JournalWrites</name>
    <message>
        <source>%1 (error %2)</source>
        <translation>%1 (Fehler %2)</translation>
    </message>
</context>
<context>
    <name>KeychainResult</name>
    <message>
        <source>No secret is stored in the system keychain for this profile.</source>
        <translation>Für dieses Profil ist im Systemschlüsselbund kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: it may be locked, or no keychain service is running.</source>
        <translation>Der Systemschlüsselbund ist nicht erreichbar: Er ist möglicherweise gesperrt, oder es läuft kein Schlüsselbunddienst.</translation>
    </message>
    <message>
        <source>The system keychain refused access: it may be locked, or access was declined.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert: Er ist möglicherweise gesperrt, oder der Zugriff wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The system keychain could not read the secret.</source>
        <translation>Der Systemschlüsselbund konnte das Secret nicht lesen.</translation>
    </message>
    <message>
        <source>The system keychain could not store the secret.</source>
        <translation>Der Systemschlüsselbund konnte das Secret nicht speichern.</translation>
    </message>
    <message>
        <source>The system keychain could not remove the secret.</source>
        <translation>Der Systemschlüsselbund konnte das Secret nicht entfernen.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
</context>
<context>
    <name>ListBody</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ListStatus</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 loaded, loading more…</source>
        <translation>%1 geladen, weitere werden geladen…</translation>
    </message>
    <message>
        <source>%1 loaded, then loading failed: %2 (F5 tries again)</source>
        <translation>%1 geladen, dann ist das Laden fehlgeschlagen: %2 (F5 versucht es erneut)</translation>
    </message>
    <message>
        <source>%1 loaded; stopped before the end (F5 loads again)</source>
        <translation>%1 geladen; vor dem Ende angehalten (F5 lädt erneut)</translation>
    </message>
    <message>
        <source>%1 loaded, more on the service: scroll down to load more</source>
        <translation>%1 geladen, weitere beim Dienst: Scrollen Sie nach unten, um mehr zu laden</translation>
    </message>
    <message>
        <source>%L1 shown of %2</source>
        <translation>%L1 angezeigt von %2</translation>
    </message>
</context>
<context>
    <name>LocationChoice</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Manage Profiles…</source>
        <translation>Profile verwalten…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>No account is open.

Add a credential profile, or start SipDesk with --sandbox to try it on the built-in emulator.</source>
        <translation>Kein Konto ist geöffnet.

Legen Sie ein Zugangsdatenprofil an oder starten Sie SipDesk mit --sandbox, um es mit dem eingebauten Emulator auszuprobieren.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export Shown Rows as CSV…</source>
        <translation>Angezeigte Zeilen als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Laden an&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Load Everything</source>
        <translation>Alles &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SipDesk</source>
        <translation>Ü&amp;ber SipDesk</translation>
    </message>
    <message>
        <source>About SipDesk</source>
        <translation>Über SipDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SipDesk %1&lt;/h3&gt;&lt;p&gt;Administer Twilio SIP Domains and SignalWire SIP Endpoints across many accounts.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SipDesk %1&lt;/h3&gt;&lt;p&gt;Twilio-SIP-Domains und SignalWire-SIP-Endpoints über viele Konten hinweg verwalten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, ausgeführt mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;Find in All Accounts…</source>
        <translation>In allen &amp;Konten suchen…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is kept for this profile in this session.</source>
        <translation>Für dieses Profil wird in dieser Sitzung kein Secret vorgehalten.</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Weitere Informationen</translation>
    </message>
</context>
<context>
    <name>OrderedCheckList</name>
    <message>
        <source>%1 (not recognised)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>The service returned this value; SipDesk does not know it.</source>
        <translation>Der Dienst hat diesen Wert geliefert; SipDesk kennt ihn nicht.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up: prefer this one more (%1)</source>
        <translation>Nach oben: diesen Eintrag stärker bevorzugen (%1)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down: prefer this one less (%1)</source>
        <translation>Nach unten: diesen Eintrag weniger bevorzugen (%1)</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Use whatever the project uses by default</source>
        <translation>Die Standardeinstellung des Projekts verwenden</translation>
    </message>
    <message>
        <source>Using the project&apos;s defaults</source>
        <translation>Standardeinstellung des Projekts wird verwendet</translation>
    </message>
    <message>
        <source>Checked items are used, the first one is preferred. Space checks, %1 and %2 move.</source>
        <translation>Ausgewählte Einträge werden verwendet, der erste wird bevorzugt. Die Leertaste setzt oder entfernt das Häkchen, %1 und %2 verschieben.</translation>
    </message>
</context>
<context>
    <name>PasswordLineEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>The name may be at most %1 characters long.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The color must be empty or #rrggbb (six hex digits).</source>
        <translation>Die Farbe muss leer sein oder die Form #rrggbb haben (sechs Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Account SID %1.</source>
        <translation>Account SID %1.</translation>
    </message>
    <message>
        <source>API key SID %1.</source>
        <translation>API-Key-SID %1.</translation>
    </message>
    <message>
        <source>Region %1.</source>
        <translation>Region %1.</translation>
    </message>
    <message>
        <source>Edge %1.</source>
        <translation>Edge %1.</translation>
    </message>
    <message>
        <source>Space %1.</source>
        <translation>Space %1.</translation>
    </message>
    <message>
        <source>Project ID %1.</source>
        <translation>Projekt-ID %1.</translation>
    </message>
    <message>
        <source>Base URL: %1.</source>
        <translation>Basis-URL: %1.</translation>
    </message>
</context>
<context>
    <name>ProfileColorRow</name>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>No color</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Choose any color</source>
        <translation>Beliebige Farbe wählen</translation>
    </message>
    <message>
        <source>Color: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>Profile Color</source>
        <translation>Profilfarbe</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the edits to this profile</source>
        <translation>Die Änderungen an diesem Profil verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>No profile is selected. Add one, or import what the environment or the Twilio CLI already knows.</source>
        <translation>Kein Profil ausgewählt. Legen Sie eines an oder importieren Sie, was die Umgebung oder die Twilio CLI bereits kennt.</translation>
    </message>
    <message>
        <source>Type the secret again: the address or the account changed.</source>
        <translation>Geben Sie das Secret erneut ein: Die Adresse oder das Konto wurde geändert.</translation>
    </message>
    <message>
        <source>Type the API token: a new profile needs its secret.</source>
        <translation>Geben Sie das API-Token ein: Ein neues Profil benötigt sein Secret.</translation>
    </message>
    <message>
        <source>Type the API key secret: a new profile needs its secret.</source>
        <translation>Geben Sie das API-Key-Secret ein: Ein neues Profil benötigt sein Secret.</translation>
    </message>
    <message>
        <source>Type the auth token: a new profile needs its secret.</source>
        <translation>Geben Sie das Auth-Token ein: Ein neues Profil benötigt sein Secret.</translation>
    </message>
    <message>
        <source>Cannot save yet:</source>
        <translation>Speichern noch nicht möglich:</translation>
    </message>
    <message>
        <source>No changes to save</source>
        <translation>Keine Änderungen zu speichern</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Its secret is kept for this session only: SipDesk forgets it when it quits. Type it and save to store it in the system keychain.</source>
        <translation>Sein Secret wird nur für diese Sitzung vorgehalten: SipDesk vergisst es beim Beenden. Geben Sie es ein und speichern Sie, um es im Systemschlüsselbund abzulegen.</translation>
    </message>
    <message>
        <source>No secret is stored for this profile: type it and save.</source>
        <translation>Für dieses Profil ist kein Secret gespeichert: Geben Sie es ein und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>e.g. Acme (production)</source>
        <translation>z. B. Acme (Produktion)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Co&amp;lor:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>SignalWire</source>
        <translation>SignalWire</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID:</translation>
    </message>
    <message>
        <source>example (of example.signalwire.com)</source>
        <translation>example (von example.signalwire.com)</translation>
    </message>
    <message>
        <source>Spac&amp;e:</source>
        <translation>S&amp;pace:</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>Pro&amp;jekt-ID:</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Key</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>API-&amp;Key-SID:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>Se&amp;cret:</translation>
    </message>
    <message>
        <source>Default (us1)</source>
        <translation>Standard (us1)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Edg&amp;e:</source>
        <translation>Edge-Stand&amp;ort:</translation>
    </message>
    <message>
        <source>Advanced: use a custom &amp;base URL</source>
        <translation>Erweitert: eigene &amp;Basis-URL verwenden</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Replaces the service&apos;s address, e.g. with a local sandbox. Plain http is allowed only to this computer.</source>
        <translation>Ersetzt die Adresse des Dienstes, z. B. durch eine lokale Sandbox. Unverschlüsseltes http ist nur zu diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>A saved profile stays with its service; add a new profile for the other one.</source>
        <translation>Ein gespeichertes Profil bleibt bei seinem Dienst; legen Sie für den anderen Dienst ein neues Profil an.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>API-Key-Secret</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored %1</source>
        <translation>Leer lassen, um den gespeicherten Wert (%1) beizubehalten</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>The Twilio region that processes the requests: choose one or type its id. Leave empty for the United States (us1).</source>
        <translation>Die Twilio-Region, die die Anfragen verarbeitet: Wählen Sie eine aus oder geben Sie ihre ID ein. Leer lassen für die Vereinigten Staaten (us1).</translation>
    </message>
    <message>
        <source>The Twilio edge location the requests enter by: choose one or type its id (an Interconnect edge such as ashburn-ix, too). Leave empty for Twilio&apos;s default.</source>
        <translation>Der Twilio-Edge-Standort, über den die Anfragen eintreffen: Wählen Sie einen aus oder geben Sie seine ID ein (auch einen Interconnect-Edge wie ashburn-ix). Leer lassen für den Standard von Twilio.</translation>
    </message>
    <message>
        <source>Leave empty to keep the %1 kept for this session only</source>
        <translation>Leer lassen, um den nur für diese Sitzung vorgehaltenen Wert (%1) beizubehalten</translation>
    </message>
    <message>
        <source>No %1 is stored: type it</source>
        <translation>Kein Wert (%1) gespeichert: Geben Sie ihn ein</translation>
    </message>
    <message>
        <source>Read-onl&amp;y: SipDesk will send no changes to this account</source>
        <translation>Schreibgesch&amp;ützt: SipDesk sendet keine Änderungen an dieses Konto</translation>
    </message>
    <message>
        <source>Records can be listed and viewed, but not created, changed or deleted. The switch applies at once, also to the open account.</source>
        <translation>Einträge lassen sich auflisten und ansehen, aber nicht anlegen, ändern oder löschen. Die Einstellung gilt sofort, auch für das geöffnete Konto.</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>There is no Twilio CLI configuration at %1.</source>
        <translation>Unter %1 gibt es keine Twilio-CLI-Konfiguration.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB and was not read.</source>
        <translation>%1 ist größer als %2 KB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The Twilio CLI configuration is larger than %1 KB and was not read.</source>
        <translation>Die Twilio-CLI-Konfiguration ist größer als %1 KB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The Twilio CLI configuration is not valid JSON (%1 at byte %2).</source>
        <translation>Die Twilio-CLI-Konfiguration ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The Twilio CLI configuration is not a JSON object.</source>
        <translation>Die Twilio-CLI-Konfiguration ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Profiles of older Twilio CLI versions (&quot;projects&quot;) keep their secret in the system keychain and were not imported.</source>
        <translation>Profile älterer Twilio-CLI-Versionen („projects“) speichern ihr Secret im Systemschlüsselbund und wurden nicht importiert.</translation>
    </message>
    <message>
        <source>The Twilio CLI configuration holds no profiles.</source>
        <translation>Die Twilio-CLI-Konfiguration enthält keine Profile.</translation>
    </message>
    <message>
        <source>The Twilio CLI configuration&apos;s &quot;profiles&quot; is not an object.</source>
        <translation>„profiles“ in der Twilio-CLI-Konfiguration ist kein Objekt.</translation>
    </message>
    <message>
        <source>Only the first %1 Twilio CLI profiles were read.</source>
        <translation>Nur die ersten %1 Twilio-CLI-Profile wurden gelesen.</translation>
    </message>
    <message>
        <source>The Twilio CLI keeps these secrets in plain text in its configuration file. SipDesk stores them in the keychain and leaves that file untouched; consider deleting it yourself.</source>
        <translation>Die Twilio CLI speichert diese Secrets im Klartext in ihrer Konfigurationsdatei. SipDesk legt sie im Schlüsselbund ab und lässt die Datei unverändert; erwägen Sie, sie selbst zu löschen.</translation>
    </message>
    <message>
        <source>%1 from the environment not imported: %2 is not set.</source>
        <translation>%1 aus der Umgebung nicht importiert: %2 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Twilio (environment)</source>
        <translation>Twilio (Umgebung)</translation>
    </message>
    <message>
        <source>The Twilio API key from the environment is incomplete (%1 is not set); the auth token is used instead.</source>
        <translation>Der Twilio-API-Key aus der Umgebung ist unvollständig (%1 ist nicht gesetzt); stattdessen wird das Auth-Token verwendet.</translation>
    </message>
    <message>
        <source>The Twilio account</source>
        <translation>Das Twilio-Konto</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The SignalWire project</source>
        <translation>Das SignalWire-Projekt</translation>
    </message>
    <message>
        <source>SignalWire (environment)</source>
        <translation>SignalWire (Umgebung)</translation>
    </message>
    <message>
        <source>Twilio CLI profile &quot;%1&quot; skipped: it is not an object.</source>
        <translation>Twilio-CLI-Profil „%1“ übersprungen: Es ist kein Objekt.</translation>
    </message>
    <message>
        <source>Twilio CLI profile &quot;%1&quot; skipped: a field is not text.</source>
        <translation>Twilio-CLI-Profil „%1“ übersprungen: Ein Feld ist kein Text.</translation>
    </message>
    <message>
        <source>Twilio CLI profile &quot;%1&quot; skipped: %2 missing.</source>
        <translation>Twilio-CLI-Profil „%1“ übersprungen: %2 fehlt.</translation>
    </message>
    <message>
        <source>Twilio CLI</source>
        <translation>Twilio CLI</translation>
    </message>
    <message>
        <source>twilio-cli profile &quot;%1&quot;</source>
        <translation>twilio-cli-Profil „%1“</translation>
    </message>
</context>
<context>
    <name>ProfileImportDialog</name>
    <message>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Profiles found</source>
        <translation>Gefundene Profile</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Nothing could be imported: %1</source>
        <translation>Es konnte nichts importiert werden: %1</translation>
    </message>
    <message>
        <source>No Twilio or SignalWire credentials were found in %1.</source>
        <translation>In %1 wurden keine Twilio- oder SignalWire-Zugangsdaten gefunden.</translation>
    </message>
    <message>
        <source>Tick the profiles to save. Their secrets go to the system keychain.</source>
        <translation>Wählen Sie die zu speichernden Profile aus. Ihre Secrets werden im Systemschlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>No secret found: type it in the editor after importing.</source>
        <translation>Kein Secret gefunden: Geben Sie es nach dem Import im Editor ein.</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <translation>Kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Already saved as “%1”.</source>
        <translation>Bereits gespeichert als „%1“.</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>the environment</source>
        <translation>der Umgebung</translation>
    </message>
    <message>
        <source>Import from the Twilio CLI</source>
        <translation>Aus der Twilio CLI importieren</translation>
    </message>
    <message>
        <source>Twilio CLI configuration (config.json);;JSON files (*.json);;All files (*)</source>
        <translation>Twilio-CLI-Konfiguration (config.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read from %1. That file holds the secrets in plain text; SipDesk only reads it and leaves it untouched.</source>
        <translation>Aus %1 gelesen. Diese Datei enthält die Secrets im Klartext; SipDesk liest sie nur und lässt sie unverändert.</translation>
    </message>
    <message>
        <source>the Twilio CLI configuration</source>
        <translation>der Twilio-CLI-Konfiguration</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n Profil importiert: %1.</numerusform>
            <numerusform>%n Profile importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile was imported.</source>
        <translation>Es wurde kein Profil importiert.</translation>
    </message>
    <message>
        <source>Their secrets are kept for this session only.</source>
        <translation>Ihre Secrets werden nur für diese Sitzung vorgehalten.</translation>
    </message>
    <message>
        <source>Without a secret (type it in the editor): %1.</source>
        <translation>Ohne Secret (im Editor eingeben): %1.</translation>
    </message>
    <message>
        <source>Secrets not stored: %1</source>
        <translation>Secrets nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>SignalWire</source>
        <translation>SignalWire</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>no identifier yet</source>
        <translation>noch keine Kennung</translation>
    </message>
    <message>
        <source>%1 · not saved yet</source>
        <translation>%1 · noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2 %3</source>
        <translation>%1
%2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>⚠ No secret</source>
        <translation>⚠ Kein Secret</translation>
    </message>
    <message>
        <source>No secret is stored: type it and save.</source>
        <translation>Kein Secret gespeichert: Geben Sie es ein und speichern Sie.</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>Its secret is kept for this session only.</source>
        <translation>Sein Secret wird nur für diese Sitzung vorgehalten.</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <comment>a profile SipDesk sends no changes for</comment>
        <translation>%1 · schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>ProfileListActions</name>
    <message>
        <source>New T&amp;wilio profile</source>
        <translation>Neues T&amp;wilio-Profil</translation>
    </message>
    <message>
        <source>Add a Twilio account (Ctrl+N)</source>
        <translation>Twilio-Konto hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>New Si&amp;gnalWire profile</source>
        <translation>Neues Si&amp;gnalWire-Profil</translation>
    </message>
    <message>
        <source>Add a SignalWire project (Ctrl+Shift+N)</source>
        <translation>SignalWire-Projekt hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the profile without its secret (Ctrl+D)</source>
        <translation>Profil ohne sein Secret kopieren (Strg+D)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the profile and its secret (Del)</source>
        <translation>Profil und sein Secret entfernen (Entf)</translation>
    </message>
    <message>
        <source>Import from env&amp;ironment</source>
        <translation>Aus &amp;Umgebung importieren</translation>
    </message>
    <message>
        <source>Read TWILIO_* and SIGNALWIRE_* variables of this process</source>
        <translation>TWILIO_*- und SIGNALWIRE_*-Variablen dieses Prozesses lesen</translation>
    </message>
    <message>
        <source>Import from Twilio &amp;CLI…</source>
        <translation>Aus Twilio-CL&amp;I importieren…</translation>
    </message>
    <message>
        <source>Read the profiles of the Twilio CLI&apos;s config.json</source>
        <translation>Profile aus der config.json der Twilio CLI lesen</translation>
    </message>
    <message>
        <source>New Twilio Profile</source>
        <translation>Neues Twilio-Profil</translation>
    </message>
    <message>
        <source>New SignalWire Profile</source>
        <translation>Neues SignalWire-Profil</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open this account in the main window (Enter in the list)</source>
        <translation>Dieses Konto im Hauptfenster öffnen (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <source>Pro&amp;files:</source>
        <translation>Profi&amp;le:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>A copy of “%1”. Its secret is not copied: type it before saving.</source>
        <translation>Eine Kopie von „%1“. Das Secret wird nicht kopiert: Geben Sie es vor dem Speichern ein.</translation>
    </message>
</context>
<context>
    <name>ProfileNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileQuestions</name>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1” (%2 %3)?</source>
        <translation>Profil „%1“ (%2 %3) entfernen?</translation>
    </message>
    <message>
        <source>Its secret is removed from the keychain as well. The account itself is not changed; only SipDesk forgets it.</source>
        <translation>Sein Secret wird ebenfalls aus dem Schlüsselbund entfernt. Das Konto selbst wird nicht verändert; nur SipDesk vergisst es.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>das neue Profil</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Your edits have not been saved yet.</source>
        <translation>Ihre Änderungen wurden noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>They cannot be saved as they are:</source>
        <translation>So können sie nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Keychain Refused the Secret</source>
        <translation>Schlüsselbund hat das Secret abgelehnt</translation>
    </message>
    <message>
        <source>The secret of “%1” was not stored.</source>
        <translation>Das Secret von „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused it.</source>
        <translation>Der Systemschlüsselbund hat es abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Unlock the keychain and retry, or keep %n secret(s) in memory for this session only: forgotten when SipDesk quits, never written to a file. Otherwise the profile is saved without its secret.</source>
        <translation>
            <numerusform>Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder behalten Sie %n Secret nur für diese Sitzung im Arbeitsspeicher: Es wird beim Beenden von SipDesk vergessen und nie in eine Datei geschrieben. Andernfalls wird das Profil ohne sein Secret gespeichert.</numerusform>
            <numerusform>Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder behalten Sie %n Secrets nur für diese Sitzung im Arbeitsspeicher: Sie werden beim Beenden von SipDesk vergessen und nie in eine Datei geschrieben. Andernfalls werden die Profile ohne ihre Secrets gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Keep for This Session Only</source>
        <translation>&amp;Nur für diese Sitzung behalten</translation>
    </message>
</context>
<context>
    <name>ProfileRemover</name>
    <message>
        <source>“%1” was not removed: the keychain did not remove its secret (%2). Try again once the keychain is unlocked.</source>
        <translation>„%1“ wurde nicht entfernt: Der Schlüsselbund hat sein Secret nicht entfernt (%2). Versuchen Sie es erneut, sobald der Schlüsselbund entsperrt ist.</translation>
    </message>
    <message>
        <source>Removed “%1” and its secret.</source>
        <translation>„%1“ und sein Secret wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>ProfileSaver</name>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was saved, but its secret was not stored: %2</source>
        <translation>„%1“ wurde gespeichert, aber sein Secret nicht: %2</translation>
    </message>
    <message>
        <source>Saved “%1”. Its secret is kept for this session only: SipDesk forgets it when it quits.</source>
        <translation>„%1“ wurde gespeichert. Sein Secret wird nur für diese Sitzung vorgehalten: SipDesk vergisst es beim Beenden.</translation>
    </message>
    <message>
        <source>Saved “%1” and its secret.</source>
        <translation>„%1“ und sein Secret wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>No secret is stored for this address and account: the stored one only goes where it was saved for.</source>
        <translation>Für diese Adresse und dieses Konto ist kein Secret gespeichert: Das gespeicherte wird nur dorthin gesendet, wofür es gespeichert wurde.</translation>
    </message>
    <message>
        <source>The profile has no valid id.</source>
        <translation>Das Profil hat keine gültige ID.</translation>
    </message>
</context>
<context>
    <name>RecordDetailPane</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Details des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Select a row to see every field.</source>
        <translation>Wählen Sie eine Zeile aus, um alle Felder zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) selected.</source>
        <translation>
            <numerusform>%n Eintrag ausgewählt.</numerusform>
            <numerusform>%n Einträge ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDetails</name>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Verwaltungsdaten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordEditActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: not offered, this profile is read-only (Manage Profiles changes that)</source>
        <translation>%1: nicht verfügbar, dieses Profil ist schreibgeschützt (unter „Profile verwalten“ änderbar)</translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>Select one %1 first: a new %2 goes into it.</source>
        <translation>Wählen Sie zuerst eine %1 aus: Darin wird der neue Eintrag (%2) angelegt.</translation>
    </message>
    <message>
        <source>A change you closed before it was saved did not save: %1</source>
        <translation>Eine Änderung, deren Formular vor dem Speichern geschlossen wurde, wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Deleting %1 of %2…</source>
        <translation>Löschen: %1 von %2…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1. The connection dropped and the request was sent twice: the record may exist twice. Refresh to check.</source>
        <translation>%1 gespeichert. Die Verbindung wurde unterbrochen und die Anfrage zweimal gesendet: Der Eintrag existiert möglicherweise doppelt. Aktualisieren Sie zur Prüfung.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 already deleted elsewhere; removed from the list.</source>
        <translation>%1 bereits an anderer Stelle gelöscht; aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>Löschen fehlgeschlagen für %1: %2</translation>
    </message>
    <message>
        <source>%1 not attempted.</source>
        <translation>%1 nicht versucht.</translation>
    </message>
    <message>
        <source>the %1 “%2”</source>
        <translation>der %1 „%2“</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Creating in %1</source>
        <translation>Erstellen in %1</translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation>Ändern in %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Beheben Sie zuerst Folgendes:</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The account was closed: nothing was sent. Your edits are still here.</source>
        <translation>Das Konto wurde geschlossen: Es wurde nichts gesendet. Ihre Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>%1 (error %2).</source>
        <translation>%1 (Fehler %2).</translation>
    </message>
    <message>
        <source>See the highlighted field.</source>
        <translation>Siehe das hervorgehobene Feld.</translation>
    </message>
    <message>
        <source>A save is still in progress. Close anyway? The change may still be applied.</source>
        <translation>Ein Speichervorgang läuft noch. Trotzdem schließen? Die Änderung wird möglicherweise dennoch übernommen.</translation>
    </message>
    <message>
        <source>Discard your unsaved changes?</source>
        <translation>Ungespeicherte Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>RecordFormFields</name>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused by the service.</source>
        <translation>Vom Dienst abgelehnt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a field&apos;s label and its group&apos;s title</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message numerus="yes">
        <source>Copied %n value(s).</source>
        <translation>
            <numerusform>%n Wert kopiert.</numerusform>
            <numerusform>%n Werte kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Liste erneut laden (F5)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop loading (Esc); the rows loaded so far stay</source>
        <translation>Laden anhalten (Esc); die bisher geladenen Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Select one %1 to see its %2.</source>
        <translation>Wählen Sie eine %1 aus, um ihre Einträge (%2) zu sehen.</translation>
    </message>
    <message>
        <source>The list could not be loaded.

%1</source>
        <translation>Die Liste konnte nicht geladen werden.

%1</translation>
    </message>
    <message>
        <source>Nothing matches the search or the filter.</source>
        <translation>Nichts entspricht der Suche oder dem Filter.</translation>
    </message>
    <message>
        <source>Load everything</source>
        <translation>Alles laden</translation>
    </message>
    <message>
        <source>Export the shown rows as CSV…</source>
        <translation>Angezeigte Zeilen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>More exist on the service: use Load everything first to export all.</source>
        <translation>Beim Dienst gibt es weitere Einträge: Verwenden Sie zuerst „Alles laden“, um alle zu exportieren.</translation>
    </message>
    <message>
        <source>Copy &amp;Details</source>
        <translation>&amp;Details kopieren</translation>
    </message>
    <message>
        <source>Copy the selected records as text for a ticket</source>
        <translation>Die ausgewählten Einträge als Text für ein Ticket kopieren</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the details of %n record(s).</source>
        <translation>
            <numerusform>Details von %n Eintrag kopiert.</numerusform>
            <numerusform>Details von %n Einträgen kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordSearchBar</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 — select one %2 above to see them</source>
        <translation>%1 – wählen Sie oben eine %2 aus, um sie zu sehen</translation>
    </message>
</context>
<context>
    <name>RecordTicketText</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>RegistrationMappingCheck</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
    </message>
    <message>
        <source>the service redirected to %1, and redirects are not followed</source>
        <translation>der Dienst hat zu %1 umgeleitet, und Umleitungen werden nicht verfolgt</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>expected JSON but the answer is &quot;%1&quot;</source>
        <translation>JSON erwartet, aber die Antwort ist „%1“</translation>
    </message>
    <message>
        <source>malformed JSON (%1 at byte %2 of %3)</source>
        <translation>fehlerhaftes JSON (%1 bei Byte %2 von %3)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the error answer is larger than %1 MB</source>
        <translation>die Fehlerantwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>HTTP %1; %2, not read</source>
        <translation>HTTP %1; %2, nicht gelesen</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>must start with %1</source>
        <translation>muss mit %1 beginnen</translation>
    </message>
    <message>
        <source>must be %1 followed by exactly 32 hex digits (34 characters, not %2)</source>
        <translation>muss aus %1 und genau 32 Hexadezimalziffern bestehen (34 Zeichen, nicht %2)</translation>
    </message>
    <message>
        <source>may contain only the hex digits 0-9 and a-f after %1</source>
        <translation>darf nach %1 nur die Hexadezimalziffern 0–9 und a–f enthalten</translation>
    </message>
    <message>
        <source>must be a UUID such as 123e4567-e89b-12d3-a456-426614174000</source>
        <translation>muss eine UUID sein, z. B. 123e4567-e89b-12d3-a456-426614174000</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>needs a name before .sip.twilio.com</source>
        <translation>benötigt einen Namen vor .sip.twilio.com</translation>
    </message>
    <message>
        <source>may be at most %1 characters long</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must not contain empty labels (&quot;..&quot; or a leading dot)</source>
        <translation>darf keine leeren Namensteile enthalten („..“ oder einen führenden Punkt)</translation>
    </message>
    <message>
        <source>each part between dots may be at most %1 characters</source>
        <translation>jeder Teil zwischen Punkten darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>parts must not start or end with &quot;-&quot;</source>
        <translation>Teile dürfen nicht mit „-“ beginnen oder enden</translation>
    </message>
    <message>
        <source>may be at most %1 characters long (now %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (derzeit %2)</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>a lower-case letter</source>
        <translation>einen Kleinbuchstaben</translation>
    </message>
    <message>
        <source>an upper-case letter</source>
        <translation>einen Großbuchstaben</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>benötigt %1</translation>
    </message>
    <message>
        <source>must be an IPv4 address such as 192.0.2.10 (four numbers 0-255, no leading zeros; IPv6 is not supported)</source>
        <translation>muss eine IPv4-Adresse sein, z. B. 192.0.2.10 (vier Zahlen von 0 bis 255, ohne führende Nullen; IPv6 wird nicht unterstützt)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be an absolute URL such as https://example.com/voice</source>
        <translation>muss eine absolute URL sein, z. B. https://example.com/voice</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>must name a host, as in https://example.com/voice</source>
        <translation>muss einen Host enthalten, wie in https://example.com/voice</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>must not start or end with &quot;-&quot;</source>
        <translation>darf nicht mit „-“ beginnen oder enden</translation>
    </message>
    <message>
        <source>must not contain &quot;@&quot;</source>
        <translation>darf kein „@“ enthalten</translation>
    </message>
    <message>
        <source>must not contain spaces or other white space</source>
        <translation>darf keine Leerzeichen oder anderen Leerraum enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must end with .sip.twilio.com</source>
        <translation>muss auf .sip.twilio.com enden</translation>
    </message>
    <message>
        <source>may contain only letters, digits and &quot;-&quot; (found %1)</source>
        <translation>darf nur Buchstaben, Ziffern und „-“ enthalten (gefunden: %1)</translation>
    </message>
    <message>
        <source>may contain only letters, digits and -_.!~*&apos;()&amp;=+$,;?/ (found %1)</source>
        <translation>darf nur Buchstaben, Ziffern und -_.!~*&apos;()&amp;=+$,;?/ enthalten (gefunden: %1)</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Sandbox Twilio</source>
        <translation>Sandbox Twilio</translation>
    </message>
    <message>
        <source>Sandbox SignalWire</source>
        <translation>Sandbox SignalWire</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SID / ID</source>
        <translation>SID / ID</translation>
    </message>
</context>
<context>
    <name>SecretSaveFlow</name>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>ServiceClient</name>
    <message>
        <source>This profile is read-only: SipDesk sends no changes to its account. Its profile settings can make it writable.</source>
        <translation>Dieses Profil ist schreibgeschützt: SipDesk sendet keine Änderungen an sein Konto. In den Profileinstellungen lässt sich der Schreibschutz aufheben.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>Aktion oder Taste suchen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>SignalWireCallHandlers</name>
    <message>
        <source>Relay context</source>
        <translation>Relay-Kontext</translation>
    </message>
    <message>
        <source>Context status callback URL</source>
        <translation>Status-Callback-URL des Kontexts</translation>
    </message>
    <message>
        <source>Relay topic</source>
        <translation>Relay-Topic</translation>
    </message>
    <message>
        <source>Topic status callback URL</source>
        <translation>Status-Callback-URL des Topics</translation>
    </message>
    <message>
        <source>Relay application</source>
        <translation>Relay-Anwendung</translation>
    </message>
    <message>
        <source>Relay connector</source>
        <translation>Relay-Connector</translation>
    </message>
    <message>
        <source>Relay script (SWML)</source>
        <translation>Relay-Skript (SWML)</translation>
    </message>
    <message>
        <source>SWML script URL</source>
        <translation>SWML-Skript-URL</translation>
    </message>
    <message>
        <source>LaML webhooks</source>
        <translation>LaML-Webhooks</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>Anfragemethode</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>Fallback-URL</translation>
    </message>
    <message>
        <source>Fallback method</source>
        <translation>Fallback-Methode</translation>
    </message>
    <message>
        <source>Status callback URL</source>
        <translation>Status-Callback-URL</translation>
    </message>
    <message>
        <source>Status callback method</source>
        <translation>Status-Callback-Methode</translation>
    </message>
    <message>
        <source>LaML application</source>
        <translation>LaML-Anwendung</translation>
    </message>
    <message>
        <source>LaML application ID</source>
        <translation>LaML-Anwendungs-ID</translation>
    </message>
    <message>
        <source>Dialogflow</source>
        <translation>Dialogflow</translation>
    </message>
    <message>
        <source>Dialogflow agent ID</source>
        <translation>Dialogflow-Agent-ID</translation>
    </message>
    <message>
        <source>Video room</source>
        <translation>Videoraum</translation>
    </message>
    <message>
        <source>Video room ID</source>
        <translation>Videoraum-ID</translation>
    </message>
    <message>
        <source>Call flow</source>
        <translation>Call Flow</translation>
    </message>
    <message>
        <source>Call flow ID</source>
        <translation>Call-Flow-ID</translation>
    </message>
    <message>
        <source>Call flow version</source>
        <translation>Call-Flow-Version</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>KI-Agent</translation>
    </message>
    <message>
        <source>AI agent ID</source>
        <translation>KI-Agent-ID</translation>
    </message>
</context>
<context>
    <name>SignalWireSipEndpointsClient</name>
    <message>
        <source>the answer is not a SIP endpoint</source>
        <translation>die Antwort ist kein SIP-Endpoint</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SIP endpoint id</source>
        <translation>„%1“ ist keine SIP-Endpoint-ID</translation>
    </message>
    <message>
        <source>the answer is not a page of SIP endpoints</source>
        <translation>die Antwort ist keine Seite mit SIP-Endpoints</translation>
    </message>
</context>
<context>
    <name>SignalWireVocabulary</name>
    <message>
        <source>Project default</source>
        <translation>Projektstandard</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>A random number of the project (random)</source>
        <translation>Eine zufällige Nummer des Projekts (random)</translation>
    </message>
</context>
<context>
    <name>SipAuthFormParts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>SipAuthListForm</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
</context>
<context>
    <name>SipCredentialForm</name>
    <message>
        <source>Change Password — %1</source>
        <translation>Passwort ändern – %1</translation>
    </message>
    <message>
        <source>New Credential</source>
        <translation>Neues Credential</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Credential list</source>
        <translation>Credential List</translation>
    </message>
    <message>
        <source>e.g. pam.beesly</source>
        <translation>z. B. pam.beesly</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>What the device registers or calls as. Up to %1 characters; it cannot be changed later.</source>
        <translation>Der Name, mit dem sich das Gerät registriert oder anruft. Bis zu %1 Zeichen; kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>A username cannot change: delete the credential and create a new one.</source>
        <translation>Ein Benutzername kann nicht geändert werden: Löschen Sie das Credential und legen Sie ein neues an.</translation>
    </message>
    <message>
        <source>Type one, or Generate</source>
        <translation>Eingeben oder „Generieren“</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation>Leer lassen, um das aktuelle Passwort beizubehalten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Fill in a random password of %1 letters and digits</source>
        <translation>Ein zufälliges Passwort aus %1 Buchstaben und Ziffern einsetzen</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the password to the clipboard</source>
        <translation>Passwort in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>At least %1 characters with a digit, a lower-case and an upper-case letter.</source>
        <translation>Mindestens %1 Zeichen mit einer Ziffer, einem Klein- und einem Großbuchstaben.</translation>
    </message>
    <message>
        <source>Twilio never shows this password again: copy it now.</source>
        <translation>Twilio zeigt dieses Passwort nie wieder an: Kopieren Sie es jetzt.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>SipCredentialKind</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The username a device or caller authenticates with. Its password is never shown: Twilio does not return it.</source>
        <translation>Der Benutzername, mit dem sich ein Gerät oder Anrufer authentifiziert. Das Passwort wird nie angezeigt: Twilio gibt es nicht zurück.</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>The credential&apos;s SID (CR…).</source>
        <translation>Die SID des Credentials (CR…).</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>When the credential (or its password) was last changed, in your time zone.</source>
        <translation>Zeitpunkt der letzten Änderung des Credentials (oder seines Passworts), in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>Credential</translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s)</source>
        <translation>
            <numerusform>%Ln Credential</numerusform>
            <numerusform>%Ln Credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>This credential list has no credentials yet.</source>
        <translation>Diese Credential List enthält noch keine Credentials.</translation>
    </message>
    <message>
        <source>Search username or SID (Ctrl+F)</source>
        <translation>Benutzername oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Copy username</source>
        <translation>Benutzername kopieren</translation>
    </message>
    <message>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Credential list SID</source>
        <translation>SID der Credential List</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>SipDomainForm</name>
    <message>
        <source>Edit SIP Domain — %1</source>
        <translation>SIP-Domain bearbeiten – %1</translation>
    </message>
    <message>
        <source>New SIP Domain</source>
        <translation>Neue SIP-Domain</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e.g. Scranton Office</source>
        <translation>z. B. Büro Scranton</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domainname</translation>
    </message>
    <message>
        <source>e.g. scranton.sip.twilio.com</source>
        <translation>z. B. scranton.sip.twilio.com</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprachanrufe</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://example.com/voice</source>
        <translation>https://example.com/voice</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Requested when the voice URL fails</source>
        <translation>Wird aufgerufen, wenn die Voice-URL fehlschlägt</translation>
    </message>
    <message>
        <source>Status callback</source>
        <translation>Status-Callback</translation>
    </message>
    <message>
        <source>Receives call status changes</source>
        <translation>Empfängt Änderungen des Anrufstatus</translation>
    </message>
    <message>
        <source>Emergency calling</source>
        <translation>Notrufe</translation>
    </message>
    <message>
        <source>Allow emergency calls from this domain</source>
        <translation>Notrufe von dieser Domain erlauben</translation>
    </message>
    <message>
        <source>Emergency caller SID</source>
        <translation>Notruf-Anrufer-SID</translation>
    </message>
    <message>
        <source>PN… phone number SID</source>
        <translation>PN… SID der Telefonnummer</translation>
    </message>
    <message>
        <source>Registration and security</source>
        <translation>Registrierung und Sicherheit</translation>
    </message>
    <message>
        <source>SIP registration</source>
        <translation>SIP-Registrierung</translation>
    </message>
    <message>
        <source>Let SIP devices register with this domain</source>
        <translation>SIP-Geräten die Registrierung bei dieser Domain erlauben</translation>
    </message>
    <message>
        <source>Secure media</source>
        <translation>Sichere Medien</translation>
    </message>
    <message>
        <source>Require TLS signalling and SRTP media</source>
        <translation>TLS-Signalisierung und SRTP-Medien verlangen</translation>
    </message>
    <message>
        <source>BYOC trunk</source>
        <translation>BYOC-Trunk</translation>
    </message>
    <message>
        <source>BYOC trunk SID</source>
        <translation>BYOC-Trunk-SID</translation>
    </message>
    <message>
        <source>BY… (empty: none)</source>
        <translation>BY… (leer: keiner)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Service default (POST)</source>
        <translation>Standard des Dienstes (POST)</translation>
    </message>
    <message>
        <source>Saving the authentication: %1 of %2 changes…</source>
        <translation>Authentifizierung wird gespeichert: %1 von %2 Änderungen…</translation>
    </message>
    <message>
        <source>The account was closed before the save finished.</source>
        <translation>Das Konto wurde geschlossen, bevor das Speichern abgeschlossen war.</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>Das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <source>The domain could not be read again: %1</source>
        <translation>Die Domain konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>Voice URL</source>
        <translation>Voice-URL</translation>
    </message>
    <message>
        <source>Voice method</source>
        <translation>Voice-Methode</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>Fallback-URL</translation>
    </message>
    <message>
        <source>Fallback method</source>
        <translation>Fallback-Methode</translation>
    </message>
    <message>
        <source>Status callback URL</source>
        <translation>Status-Callback-URL</translation>
    </message>
    <message>
        <source>Status callback method</source>
        <translation>Status-Callback-Methode</translation>
    </message>
    <message>
        <source>Add .sip.twilio.com</source>
        <translation>.sip.twilio.com anhängen</translation>
    </message>
    <message>
        <source>Change the name to %1</source>
        <translation>Namen in %1 ändern</translation>
    </message>
</context>
<context>
    <name>SipDomainKind</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>SIP-Domain</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIP domain(s)</source>
        <translation>
            <numerusform>%Ln SIP-Domain</numerusform>
            <numerusform>%Ln SIP-Domains</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has no SIP domains yet.</source>
        <translation>Dieses Konto hat noch keine SIP-Domains.</translation>
    </message>
    <message>
        <source>Search friendly name, domain name or SID (Ctrl+F)</source>
        <translation>Anzeigename, Domainname oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Receives no traffic</source>
        <translation>Empfängt keinen Datenverkehr</translation>
    </message>
    <message>
        <source>Cannot register</source>
        <translation>Keine Registrierung möglich</translation>
    </message>
    <message>
        <source>Registration on</source>
        <translation>Registrierung ein</translation>
    </message>
    <message>
        <source>Registration off</source>
        <translation>Registrierung aus</translation>
    </message>
    <message>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <source>Copy domain name</source>
        <translation>Domainname kopieren</translation>
    </message>
    <message>
        <source>SIP Domains</source>
        <translation>SIP-Domains</translation>
    </message>
    <message>
        <source>Service default (POST)</source>
        <translation>Standard des Dienstes (POST)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domainname</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Calls authentication</source>
        <translation>Anruf-Authentifizierung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprachanrufe</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Status callback</source>
        <translation>Status-Callback</translation>
    </message>
    <message>
        <source>Emergency calling</source>
        <translation>Notrufe</translation>
    </message>
    <message>
        <source>Emergency caller SID</source>
        <translation>Notruf-Anrufer-SID</translation>
    </message>
    <message>
        <source>Registration and security</source>
        <translation>Registrierung und Sicherheit</translation>
    </message>
    <message>
        <source>SIP registration</source>
        <translation>SIP-Registrierung</translation>
    </message>
    <message>
        <source>Secure media</source>
        <translation>Sichere Medien</translation>
    </message>
    <message>
        <source>BYOC trunk</source>
        <translation>BYOC-Trunk</translation>
    </message>
    <message>
        <source>BYOC trunk SID</source>
        <translation>BYOC-Trunk-SID</translation>
    </message>
</context>
<context>
    <name>SipDomainTableModel</name>
    <message>
        <source>checking registrations: %L1 of %L2 domains</source>
        <translation>Registrierungen werden geprüft: %L1 von %L2 Domains</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Credential list</source>
        <translation>Credential List</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Domainname</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Calls authentication</source>
        <translation>Anruf-Authentifizierung</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Voice URL</source>
        <translation>Voice-URL</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The name the account gave the domain</source>
        <translation>Der Name, den das Konto der Domain gegeben hat</translation>
    </message>
    <message>
        <source>The SIP address phones and carriers send to (…sip.twilio.com)</source>
        <translation>Die SIP-Adresse, an die Telefone und Carrier senden (…sip.twilio.com)</translation>
    </message>
    <message>
        <source>Twilio&apos;s unique ID of the domain (SD…)</source>
        <translation>Die eindeutige ID der Domain bei Twilio (SD…)</translation>
    </message>
    <message>
        <source>How calls are admitted (Twilio&apos;s auth_type): IP access control lists, credential lists, or none (then the domain receives no traffic). Registrations have mappings of their own: see Health</source>
        <translation>Wie Anrufe zugelassen werden (Twilios auth_type): IP Access Control Lists, Credential Lists oder keine (dann empfängt die Domain keinen Datenverkehr). Registrierungen haben eigene Zuordnungen: siehe Zustand</translation>
    </message>
    <message>
        <source>Whether SIP phones may register with the domain</source>
        <translation>Ob sich SIP-Telefone bei der Domain registrieren dürfen</translation>
    </message>
    <message>
        <source>The URL Twilio asks what to do with an incoming call</source>
        <translation>Die URL, die Twilio fragt, was mit einem eingehenden Anruf geschehen soll</translation>
    </message>
    <message>
        <source>Whether calls must use TLS and SRTP</source>
        <translation>Ob Anrufe TLS und SRTP verwenden müssen</translation>
    </message>
    <message>
        <source>When the domain was last changed, in your time zone</source>
        <translation>Zeitpunkt der letzten Änderung der Domain, in Ihrer Zeitzone</translation>
    </message>
    <message>
        <source>What is wrong with the domain&apos;s authentication: nothing mapped for calls (it receives no traffic), or registration on with no credential list mapped for registrations (devices cannot register). Registrations are checked for the rows on screen; sort puts problems first</source>
        <translation>Was an der Authentifizierung der Domain nicht stimmt: nichts für Anrufe zugeordnet (sie empfängt keinen Datenverkehr) oder Registrierung eingeschaltet, ohne dass eine Credential List für Registrierungen zugeordnet ist (Geräte können sich nicht registrieren). Registrierungen werden für die sichtbaren Zeilen geprüft; beim Sortieren stehen Probleme oben</translation>
    </message>
    <message>
        <source>IP access control list</source>
        <translation>IP Access Control List</translation>
    </message>
</context>
<context>
    <name>SipEndpointForm</name>
    <message>
        <source>Edit SIP Endpoint — %1</source>
        <translation>SIP-Endpoint bearbeiten – %1</translation>
    </message>
    <message>
        <source>New SIP Endpoint</source>
        <translation>Neuer SIP-Endpoint</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>No spaces and no @</source>
        <translation>Keine Leerzeichen und kein @</translation>
    </message>
    <message>
        <source>Used by the device to register</source>
        <translation>Wird vom Gerät zur Registrierung verwendet</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Leer lassen, um das aktuelle beizubehalten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <source>Shown as the CNAM</source>
        <translation>Wird als CNAM angezeigt</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Senden als</translation>
    </message>
    <message>
        <source>A purchased or verified number, or &quot;random&quot;</source>
        <translation>Eine gekaufte oder verifizierte Nummer oder „random“</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>Codecs</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Chiffren</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Eingehende Anrufe</translation>
    </message>
    <message>
        <source>No handler</source>
        <translation>Keine Anrufbehandlung</translation>
    </message>
    <message>
        <source>Call handler</source>
        <translation>Anrufbehandlung</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>Standard des Dienstes</translation>
    </message>
    <message>
        <source>Not returned by the service: leave empty to keep</source>
        <translation>Vom Dienst nicht zurückgegeben: leer lassen, um den Wert beizubehalten</translation>
    </message>
</context>
<context>
    <name>SipEndpointKind</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SIP endpoint</source>
        <translation>SIP-Endpoint</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIP endpoint(s)</source>
        <translation>
            <numerusform>%Ln SIP-Endpoint</numerusform>
            <numerusform>%Ln SIP-Endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no SIP endpoints yet.</source>
        <translation>Dieses Projekt hat noch keine SIP-Endpoints.</translation>
    </message>
    <message>
        <source>Search username, caller ID or ID (Ctrl+F)</source>
        <translation>Benutzername, Anrufer-ID oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>No call handler</source>
        <translation>Keine Anrufbehandlung</translation>
    </message>
    <message>
        <source>Handler: %1</source>
        <translation>Anrufbehandlung: %1</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy username</source>
        <translation>Benutzername kopieren</translation>
    </message>
    <message>
        <source>SIP Endpoints</source>
        <translation>SIP-Endpoints</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Eingehende Anrufe</translation>
    </message>
    <message>
        <source>Call handler</source>
        <translation>Anrufbehandlung</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Senden als</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>Codecs</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Chiffren</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Verwaltungsdaten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>SipEndpointTableModel</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <source>Call handler</source>
        <translation>Anrufbehandlung</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>Codecs</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The name the phone registers and authenticates with</source>
        <translation>Der Name, mit dem sich das Telefon registriert und authentifiziert</translation>
    </message>
    <message>
        <source>The caller ID shown for calls from this endpoint</source>
        <translation>Die Anrufer-ID, die bei Anrufen von diesem Endpoint angezeigt wird</translation>
    </message>
    <message>
        <source>What runs on inbound calls, as SignalWire names it</source>
        <translation>Was bei eingehenden Anrufen ausgeführt wird, in der Bezeichnung von SignalWire</translation>
    </message>
    <message>
        <source>Whether media must be encrypted (SRTP): required, optional, or the project&apos;s default</source>
        <translation>Ob Medien verschlüsselt sein müssen (SRTP): erforderlich, optional oder Standard des Projekts</translation>
    </message>
    <message>
        <source>The audio and video codecs offered, most preferred first</source>
        <translation>Die angebotenen Audio- und Video-Codecs, bevorzugte zuerst</translation>
    </message>
    <message>
        <source>SignalWire&apos;s unique ID of the endpoint</source>
        <translation>Die eindeutige ID des Endpoints bei SignalWire</translation>
    </message>
    <message>
        <source>No handler</source>
        <translation>Keine Anrufbehandlung</translation>
    </message>
</context>
<context>
    <name>TwilioClient</name>
    <message>
        <source>the answer is not a Twilio record</source>
        <translation>die Antwort ist kein Twilio-Eintrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SID of the form %2…: it %3</source>
        <translation>„%1“ ist keine SID der Form %2…: Sie %3</translation>
    </message>
    <message>
        <source>the answer is not a page of a Twilio list (no &quot;%1&quot; list)</source>
        <translation>die Antwort ist keine Seite einer Twilio-Liste (keine Liste „%1“)</translation>
    </message>
</context>
<context>
    <name>TwilioLocations</name>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>US East Coast (Virginia)</source>
        <translation>US-Ostküste (Virginia)</translation>
    </message>
    <message>
        <source>US West Coast (Oregon)</source>
        <translation>US-Westküste (Oregon)</translation>
    </message>
    <message>
        <source>Germany (Frankfurt)</source>
        <translation>Deutschland (Frankfurt)</translation>
    </message>
    <message>
        <source>Brazil (São Paulo)</source>
        <translation>Brasilien (São Paulo)</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Australia (Sydney)</source>
        <translation>Australien (Sydney)</translation>
    </message>
    <message>
        <source>Japan (Tokyo)</source>
        <translation>Japan (Tokio)</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesQuestion</name>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SipDesk</source>
        <translation>SipDesk</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>No saved profile is named &quot;%1&quot;.
</source>
        <translation>Es gibt kein gespeichertes Profil mit dem Namen „%1“.
</translation>
    </message>
</context>
</TS>
