<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cc::client</name>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Compliance-Officer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>CTO</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>CEO</translation>
    </message>
    <message>
        <source>Incident contact</source>
        <translation>Vorfall-Ansprechperson</translation>
    </message>
    <message>
        <source>Incident contact (deputy)</source>
        <translation>Vorfall-Ansprechperson (Stellvertretung)</translation>
    </message>
</context>
<context>
    <name>cc::client::Alert</name>
    <message>
        <source>Failed sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>PII read volume</source>
        <translation>PII-Lesevolumen</translation>
    </message>
    <message>
        <source>Access without a grant</source>
        <translation>Zugriff ohne Freigabe</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <source>Two addresses at once</source>
        <translation>Zwei Adressen gleichzeitig</translation>
    </message>
    <message>
        <source>Offboarded account</source>
        <translation>Ausgeschiedenes Konto</translation>
    </message>
    <message>
        <source>Unused grant</source>
        <translation>Ungenutzte Freigabe</translation>
    </message>
    <message>
        <source>Refused requests</source>
        <translation>Abgewiesene Anfragen</translation>
    </message>
    <message>
        <source>Credentials reset</source>
        <translation>Zugangsdaten zurückgesetzt</translation>
    </message>
    <message>
        <source>Privileged role given</source>
        <translation>Privilegierte Rolle vergeben</translation>
    </message>
    <message>
        <source>Audit log tampered with</source>
        <translation>Audit-Protokoll manipuliert</translation>
    </message>
</context>
<context>
    <name>cc::client::ApiClient</name>
    <message>
        <source>The server address must start with https:// (got &quot;%1&quot;).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>TLS (unknown version)</source>
        <translation>TLS (unbekannte Version)</translation>
    </message>
</context>
<context>
    <name>cc::client::ApiJob</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 does not match the fingerprint pinned for this server. It may have been replaced, or someone may be intercepting the connection.</source>
        <translation>Das Zertifikat von %1 stimmt nicht mit dem für diesen Server hinterlegten Fingerabdruck überein. Es wurde möglicherweise ersetzt, oder jemand fängt die Verbindung ab.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Could not save the server&apos;s answer: %1</source>
        <translation>Die Antwort des Servers konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>Die Antwort des Servers war zu groß.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; the console does not follow redirects.</source>
        <translation>Der Server hat die Anfrage an %1 umgeleitet; die Konsole folgt keinen Umleitungen.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Der Server antwortete mit %1 %2.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer holds no JSON object.</source>
        <translation>Die Antwort des Servers enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>cc::client::AuditVerifier</name>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>event altered</source>
        <translation>Ereignis verändert</translation>
    </message>
    <message>
        <source>event removed</source>
        <translation>Ereignis entfernt</translation>
    </message>
    <message>
        <source>chain broken (reordered or inserted)</source>
        <translation>Kette unterbrochen (umsortiert oder eingefügt)</translation>
    </message>
    <message>
        <source>log truncated</source>
        <translation>Protokoll gekürzt</translation>
    </message>
    <message>
        <source>history rewritten</source>
        <translation>Verlauf umgeschrieben</translation>
    </message>
    <message>
        <source>checkpoint mismatch</source>
        <translation>Checkpoint stimmt nicht überein</translation>
    </message>
    <message>
        <source>forged checkpoint</source>
        <translation>gefälschter Checkpoint</translation>
    </message>
    <message>
        <source>checkpoint removed</source>
        <translation>Checkpoint entfernt</translation>
    </message>
    <message>
        <source>signing key changed</source>
        <translation>Signaturschlüssel geändert</translation>
    </message>
    <message>
        <source>head mismatch</source>
        <translation>Kettenkopf stimmt nicht überein</translation>
    </message>
    <message>
        <source>cannot verify</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Verification cancelled after %1.</source>
        <translation>Prüfung nach %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the server&apos;s signing key</source>
        <translation>der Signaturschlüssel des Servers</translation>
    </message>
    <message>
        <source>The server&apos;s signing key is not a well-formed Ed25519 public key with a matching key id (algorithm &quot;%1&quot;, key id &quot;%2&quot;).</source>
        <translation>Der Signaturschlüssel des Servers ist kein gültiger öffentlicher Ed25519-Schlüssel mit passender Schlüssel-ID (Algorithmus „%1“, Schlüssel-ID „%2“).</translation>
    </message>
    <message>
        <source>The server&apos;s audit signing key changed: this console trusted key %1 when it verified the log on %2; the server now presents key %3. Checkpoints signed by a key you have not confirmed prove nothing. If the change is expected (a new master key), confirm it and verify again.</source>
        <translation>Der Audit-Signaturschlüssel des Servers hat sich geändert: Diese Konsole vertraute dem Schlüssel %1, als sie das Protokoll am %2 prüfte; der Server legt jetzt den Schlüssel %3 vor. Checkpoints, die mit einem von Ihnen nicht bestätigten Schlüssel signiert sind, beweisen nichts. Wenn die Änderung erwartet ist (ein neuer Hauptschlüssel), bestätigen Sie sie und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>the signed checkpoints</source>
        <translation>die signierten Checkpoints</translation>
    </message>
    <message>
        <source>The checkpoint at event %1 (dated %2) names signing key %3, not the server&apos;s key %4: it was not signed by this server.</source>
        <translation>Der Checkpoint bei Ereignis %1 (vom %2) nennt den Signaturschlüssel %3, nicht den Schlüssel %4 des Servers: Er wurde nicht von diesem Server signiert.</translation>
    </message>
    <message>
        <source>The checkpoint at event %1 (dated %2) has an invalid signature: it was forged or altered.</source>
        <translation>Der Checkpoint bei Ereignis %1 (vom %2) hat eine ungültige Signatur: Er wurde gefälscht oder verändert.</translation>
    </message>
    <message>
        <source>the chain&apos;s head</source>
        <translation>der Kettenkopf</translation>
    </message>
    <message>
        <source>The server&apos;s chain head is malformed (seq %1, base %2).</source>
        <translation>Der Kettenkopf des Servers ist fehlerhaft (seq %1, base %2).</translation>
    </message>
    <message>
        <source>The log was truncated: a checkpoint signed on %1 covers event %2, but the log now ends at event %3.</source>
        <translation>Das Protokoll wurde gekürzt: Ein am %1 signierter Checkpoint deckt Ereignis %2 ab, aber das Protokoll endet jetzt bei Ereignis %3.</translation>
    </message>
    <message>
        <source>The log was truncated: this console verified it up to event %1 on %2, but it now ends at event %3.</source>
        <translation>Das Protokoll wurde gekürzt: Diese Konsole hat es am %2 bis Ereignis %1 geprüft, aber es endet jetzt bei Ereignis %3.</translation>
    </message>
    <message>
        <source>The signed checkpoint at event %1, which this console saw on %2, is gone: someone removed it, perhaps to hide a rewritten history.</source>
        <translation>Der signierte Checkpoint bei Ereignis %1, den diese Konsole am %2 gesehen hat, fehlt: Jemand hat ihn entfernt, vielleicht um einen umgeschriebenen Verlauf zu verbergen.</translation>
    </message>
    <message>
        <source>Event %1 had hash %2 when this console verified it on %3; the chain&apos;s base now says %4.</source>
        <translation>Ereignis %1 hatte den Hash %2, als diese Konsole es am %3 prüfte; die Basis der Kette nennt jetzt %4.</translation>
    </message>
    <message>
        <source>The chain starts after event %1 (older events were purged), but no checkpoint signed by the server vouches for event %1&apos;s hash %2.</source>
        <translation>Die Kette beginnt nach Ereignis %1 (ältere Ereignisse wurden gelöscht), aber kein vom Server signierter Checkpoint bürgt für den Hash %2 von Ereignis %1.</translation>
    </message>
    <message>
        <source>the audit events</source>
        <translation>die Audit-Ereignisse</translation>
    </message>
    <message>
        <source>The log was truncated: it ends at event %1, but its head says %2. Events %3–%2 were removed.</source>
        <translation>Das Protokoll wurde gekürzt: Es endet bei Ereignis %1, aber sein Kettenkopf nennt %2. Die Ereignisse %3–%2 wurden entfernt.</translation>
    </message>
    <message>
        <source>The server does not send at_ms and prev_hash with event %1, so its hash cannot be recomputed. Update the store server.</source>
        <translation>Der Server sendet at_ms und prev_hash für Ereignis %1 nicht mit, daher kann dessen Hash nicht neu berechnet werden. Aktualisieren Sie den Store-Server.</translation>
    </message>
    <message>
        <source>Event %1 is missing: the log goes from event %2 to event %3. It was removed.</source>
        <translation>Ereignis %1 fehlt: Das Protokoll springt von Ereignis %2 zu Ereignis %3. Es wurde entfernt.</translation>
    </message>
    <message>
        <source>Events %1–%2 are missing: the log goes from event %3 to event %4. They were removed.</source>
        <translation>Die Ereignisse %1–%2 fehlen: Das Protokoll springt von Ereignis %3 zu Ereignis %4. Sie wurden entfernt.</translation>
    </message>
    <message>
        <source>Event %1 appears again after event %2: the log was reordered.</source>
        <translation>Ereignis %1 erscheint nach Ereignis %2 erneut: Das Protokoll wurde umsortiert.</translation>
    </message>
    <message>
        <source>Event %1 does not follow event %2: it names %3 as the previous hash, but event %2 has hash %4. Events were reordered, inserted or removed.</source>
        <translation>Ereignis %1 folgt nicht auf Ereignis %2: Es nennt %3 als vorherigen Hash, aber Ereignis %2 hat den Hash %4. Ereignisse wurden umsortiert, eingefügt oder entfernt.</translation>
    </message>
    <message>
        <source>Event %1 was altered: its content hashes to %2, but it records %3.</source>
        <translation>Ereignis %1 wurde verändert: Sein Inhalt ergibt den Hash %2, aufgezeichnet ist aber %3.</translation>
    </message>
    <message>
        <source>Event %1 does not match the checkpoint the server signed on %2: the checkpoint says %3, the event now has %4. The chain was rewritten after it was signed.</source>
        <translation>Ereignis %1 stimmt nicht mit dem Checkpoint überein, den der Server am %2 signiert hat: Der Checkpoint nennt %3, das Ereignis hat jetzt %4. Die Kette wurde nach der Signatur umgeschrieben.</translation>
    </message>
    <message>
        <source>Event %1 had hash %2 when this console verified it on %3; now %4. The history was rewritten, and the chain recomputed to hide it.</source>
        <translation>Ereignis %1 hatte den Hash %2, als diese Konsole es am %3 prüfte; jetzt %4. Der Verlauf wurde umgeschrieben und die Kette neu berechnet, um dies zu verbergen.</translation>
    </message>
    <message>
        <source>The chain&apos;s head says event %1 has hash %2, but the event has %3.</source>
        <translation>Laut Kettenkopf hat Ereignis %1 den Hash %2, das Ereignis hat aber %3.</translation>
    </message>
    <message>
        <source> The events up to %1 this console verified on %2 have since been purged by retention.</source>
        <translation> Die Ereignisse bis %1, die diese Konsole am %2 geprüft hat, wurden inzwischen gemäß Aufbewahrungsfrist gelöscht.</translation>
    </message>
    <message>
        <source>anchors damaged</source>
        <translation>Anker beschädigt</translation>
    </message>
    <message>
        <source>The server does not publish its anchors outside the database (GET /audit/anchors), without which a cut or rewritten log cannot be told from an honest one. Update the store server.</source>
        <translation>Der Server veröffentlicht seine Anker außerhalb der Datenbank nicht (GET /audit/anchors); ohne sie lässt sich ein gekürztes oder umgeschriebenes Protokoll nicht von einem ehrlichen unterscheiden. Aktualisieren Sie den Store-Server.</translation>
    </message>
    <message>
        <source>the anchors outside the database</source>
        <translation>die Anker außerhalb der Datenbank</translation>
    </message>
    <message>
        <source>The server&apos;s anchor file, its record of the log outside the database, is damaged: %1. What it no longer holds cannot be checked.</source>
        <translation>Die Ankerdatei des Servers, seine Aufzeichnung des Protokolls außerhalb der Datenbank, ist beschädigt: %1. Was sie nicht mehr enthält, kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s anchors is malformed: %2.</source>
        <translation>Zeile %1 der Anker des Servers ist fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>The server&apos;s anchors outside the database do not hold up: %1.</source>
        <translation>Die Anker des Servers außerhalb der Datenbank halten der Prüfung nicht stand: %1.</translation>
    </message>
    <message>
        <source>The log was truncated: a checkpoint the server anchored outside its database on %1 (line %2 of its anchor file) covers event %3, but the log now ends at event %4.</source>
        <translation>Das Protokoll wurde gekürzt: Ein Checkpoint, den der Server am %1 außerhalb seiner Datenbank verankert hat (Zeile %2 seiner Ankerdatei), deckt Ereignis %3 ab, aber das Protokoll endet jetzt bei Ereignis %4.</translation>
    </message>
    <message>
        <source>Event %1 changed after the break at event %2 was acknowledged on %3.</source>
        <translation>Ereignis %1 wurde verändert, nachdem der Bruch bei Ereignis %2 am %3 bestätigt wurde.</translation>
    </message>
    <message>
        <source>Event %1 does not match what the server anchored outside its database on %2 (line %3 of its anchor file): %4 there, %5 now. The chain was rewritten after that.</source>
        <translation>Ereignis %1 stimmt nicht mit dem überein, was der Server am %2 außerhalb seiner Datenbank verankert hat (Zeile %3 seiner Ankerdatei): dort %4, jetzt %5. Die Kette wurde danach umgeschrieben.</translation>
    </message>
    <message>
        <source>Intact: %1 recomputed from the base, every link checked, %2 signed checkpoint(s) verified, %3 matched the server&apos;s anchors outside its database.</source>
        <translation>Intakt: %1 ab der Basis neu berechnet, jede Verknüpfung geprüft, %2 signierte(r) Checkpoint(s) verifiziert, %3 mit den Ankern des Servers außerhalb seiner Datenbank abgeglichen.</translation>
    </message>
    <message>
        <source> Break acknowledged at event %1 on %2 by %3 (%4): %5.</source>
        <translation> Bruch bei Ereignis %1 am %2 von %3 (%4) bestätigt: %5.</translation>
    </message>
</context>
<context>
    <name>cc::client::DemoAccount</name>
    <message>
        <source>Cannot read %1: %2. Seed the store with `compliancectl demo seed` first.</source>
        <translation>%1 kann nicht gelesen werden: %2. Befüllen Sie den Store zuerst mit `compliancectl demo seed`.</translation>
    </message>
    <message>
        <source>%1 lacks a username, password or totp_secret.</source>
        <translation>In %1 fehlt ein username, password oder totp_secret.</translation>
    </message>
    <message>
        <source>%1 has no demo account &quot;%2&quot;: use one of %3.</source>
        <translation>%1 enthält kein Demo-Konto „%2“: Verwenden Sie eines von %3.</translation>
    </message>
</context>
<context>
    <name>cc::client::Incident</name>
    <message>
        <source>1 · Critical</source>
        <translation>1 · Kritisch</translation>
    </message>
    <message>
        <source>2 · High</source>
        <translation>2 · Hoch</translation>
    </message>
    <message>
        <source>3 · Medium</source>
        <translation>3 · Mittel</translation>
    </message>
    <message>
        <source>4 · Low</source>
        <translation>4 · Niedrig</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Eingestuft</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Data breach</source>
        <translation>Datenschutzverletzung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>cc::client::LocalServer</name>
    <message>
        <source>compliance-stored did not report that it was listening within %1 seconds.</source>
        <translation>compliance-stored hat nicht innerhalb von %1 Sekunden gemeldet, dass er empfangsbereit ist.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>compliance-stored exited with code %1.</source>
        <translation>compliance-stored wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>compliance-stored exited with code %1:
%2</source>
        <translation>compliance-stored wurde mit Code %1 beendet:
%2</translation>
    </message>
</context>
<context>
    <name>cc::client::Task</name>
    <message>
        <source>Access request</source>
        <translation>Zugriffsantrag</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>Asset review</source>
        <translation>Asset-Überprüfung</translation>
    </message>
    <message>
        <source>Breach notice</source>
        <translation>Meldung einer Datenschutzverletzung</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Löschanfrage</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
</context>
<context>
    <name>cc::client::Words</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Session used</source>
        <translation>Sitzung verwendet</translation>
    </message>
    <message>
        <source>Own account read</source>
        <translation>Eigenes Konto gelesen</translation>
    </message>
    <message>
        <source>Policy read</source>
        <translation>Richtlinie gelesen</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation>Konten aufgelistet</translation>
    </message>
    <message>
        <source>Account offboarded</source>
        <translation>Offboarding des Kontos</translation>
    </message>
    <message>
        <source>Departure scheduled</source>
        <translation>Austritt geplant</translation>
    </message>
    <message>
        <source>Role removed</source>
        <translation>Rolle entfernt</translation>
    </message>
    <message>
        <source>Second factor reset</source>
        <translation>Zweiter Faktor zurückgesetzt</translation>
    </message>
    <message>
        <source>Access requested</source>
        <translation>Zugriff angefordert</translation>
    </message>
    <message>
        <source>Access approved</source>
        <translation>Zugriff genehmigt</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff abgelehnt</translation>
    </message>
    <message>
        <source>Access requests listed</source>
        <translation>Zugriffsanfragen aufgelistet</translation>
    </message>
    <message>
        <source>Grant revoked</source>
        <translation>Freigabe widerrufen</translation>
    </message>
    <message>
        <source>Grant expired</source>
        <translation>Freigabe abgelaufen</translation>
    </message>
    <message>
        <source>Grants listed</source>
        <translation>Freigaben aufgelistet</translation>
    </message>
    <message>
        <source>Asset added</source>
        <translation>Asset hinzugefügt</translation>
    </message>
    <message>
        <source>Asset changed</source>
        <translation>Asset geändert</translation>
    </message>
    <message>
        <source>Asset review recorded</source>
        <translation>Asset-Überprüfung erfasst</translation>
    </message>
    <message>
        <source>Assets imported</source>
        <translation>Assets importiert</translation>
    </message>
    <message>
        <source>Assets exported</source>
        <translation>Assets exportiert</translation>
    </message>
    <message>
        <source>Assets listed</source>
        <translation>Assets aufgelistet</translation>
    </message>
    <message>
        <source>Asset read</source>
        <translation>Asset gelesen</translation>
    </message>
    <message>
        <source>Asset reviews read</source>
        <translation>Asset-Überprüfungen gelesen</translation>
    </message>
    <message>
        <source>Review reminders sent</source>
        <translation>Überprüfungserinnerungen gesendet</translation>
    </message>
    <message>
        <source>Notifications read</source>
        <translation>Benachrichtigungen gelesen</translation>
    </message>
    <message>
        <source>Notification marked read</source>
        <translation>Benachrichtigung als gelesen markiert</translation>
    </message>
    <message>
        <source>All notifications marked read</source>
        <translation>Alle Benachrichtigungen als gelesen markiert</translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation>Vorfall gemeldet</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Vorfall geändert</translation>
    </message>
    <message>
        <source>Breach notice acknowledged</source>
        <translation>Meldung der Datenschutzverletzung bestätigt</translation>
    </message>
    <message>
        <source>Response plan task changed</source>
        <translation>Aufgabe im Reaktionsplan geändert</translation>
    </message>
    <message>
        <source>Incident note added</source>
        <translation>Notiz zum Vorfall hinzugefügt</translation>
    </message>
    <message>
        <source>Incident timeline changed</source>
        <translation>Zeitverlauf des Vorfalls geändert</translation>
    </message>
    <message>
        <source>Executives notified</source>
        <translation>Führungskräfte benachrichtigt</translation>
    </message>
    <message>
        <source>Incident clock ran out</source>
        <translation>Frist des Vorfalls abgelaufen</translation>
    </message>
    <message>
        <source>Breach e-mail sent</source>
        <translation>E-Mail zur Datenschutzverletzung gesendet</translation>
    </message>
    <message>
        <source>Incidents listed</source>
        <translation>Vorfälle aufgelistet</translation>
    </message>
    <message>
        <source>Incident read</source>
        <translation>Vorfall gelesen</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>Alarm bestätigt</translation>
    </message>
    <message>
        <source>Alerts listed</source>
        <translation>Alarme aufgelistet</translation>
    </message>
    <message>
        <source>Alert read</source>
        <translation>Alarm gelesen</translation>
    </message>
    <message>
        <source>Access review started</source>
        <translation>Zugriffsüberprüfung gestartet</translation>
    </message>
    <message>
        <source>Access review decision</source>
        <translation>Entscheidung in Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>Access review completed</source>
        <translation>Zugriffsüberprüfung abgeschlossen</translation>
    </message>
    <message>
        <source>Access review reminders sent</source>
        <translation>Erinnerungen zur Zugriffsüberprüfung gesendet</translation>
    </message>
    <message>
        <source>Access review evidence read</source>
        <translation>Nachweise der Zugriffsüberprüfung gelesen</translation>
    </message>
    <message>
        <source>Access review items read</source>
        <translation>Einträge der Zugriffsüberprüfung gelesen</translation>
    </message>
    <message>
        <source>Access reviews listed</source>
        <translation>Zugriffsüberprüfungen aufgelistet</translation>
    </message>
    <message>
        <source>Access review read</source>
        <translation>Zugriffsüberprüfung gelesen</translation>
    </message>
    <message>
        <source>Order facts read</source>
        <translation>Bestelldaten gelesen</translation>
    </message>
    <message>
        <source>Buyer PII read</source>
        <translation>Käufer-PII gelesen</translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>Bestellungen importiert</translation>
    </message>
    <message>
        <source>Order totals read</source>
        <translation>Bestellsummen gelesen</translation>
    </message>
    <message>
        <source>Orders listed</source>
        <translation>Bestellungen aufgelistet</translation>
    </message>
    <message>
        <source>Retention sweep</source>
        <translation>Löschlauf</translation>
    </message>
    <message>
        <source>Retention status read</source>
        <translation>Aufbewahrungsstatus gelesen</translation>
    </message>
    <message>
        <source>Deletion request recorded</source>
        <translation>Löschanfrage erfasst</translation>
    </message>
    <message>
        <source>Deletion request fulfilled</source>
        <translation>Löschanfrage erfüllt</translation>
    </message>
    <message>
        <source>Deletion request overdue</source>
        <translation>Löschanfrage überfällig</translation>
    </message>
    <message>
        <source>Deletion request read</source>
        <translation>Löschanfrage gelesen</translation>
    </message>
    <message>
        <source>Deletion requests listed</source>
        <translation>Löschanfragen aufgelistet</translation>
    </message>
    <message>
        <source>Audit log read</source>
        <translation>Audit-Protokoll gelesen</translation>
    </message>
    <message>
        <source>Audit chain verified</source>
        <translation>Audit-Kette geprüft</translation>
    </message>
    <message>
        <source>Audit evidence exported</source>
        <translation>Audit-Nachweise exportiert</translation>
    </message>
    <message>
        <source>Audit chain head read</source>
        <translation>Kopf der Audit-Kette gelesen</translation>
    </message>
    <message>
        <source>Audit checkpoints read</source>
        <translation>Audit-Checkpoints gelesen</translation>
    </message>
    <message>
        <source>Audit signing key read</source>
        <translation>Audit-Signaturschlüssel gelesen</translation>
    </message>
    <message>
        <source>Audit checkpoint signed</source>
        <translation>Audit-Checkpoint signiert</translation>
    </message>
    <message>
        <source>Old audit events removed</source>
        <translation>Alte Audit-Ereignisse entfernt</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>Changes read</source>
        <translation>Änderungen gelesen</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsüberprüfung</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation>Amazon-Daten</translation>
    </message>
    <message>
        <source>Amazon notified</source>
        <translation>Amazon benachrichtigt</translation>
    </message>
    <message>
        <source>Amazon&apos;s reference</source>
        <translation>Referenz von Amazon</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>First kept event</source>
        <translation>Erstes behaltenes Ereignis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Checkpoints removed</source>
        <translation>Checkpoints entfernt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>CSV SHA-256</source>
        <translation>CSV-SHA-256</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation>Verzögerung (ms)</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Hours asked for</source>
        <translation>Angeforderte Stunden</translation>
    </message>
    <message>
        <source>Events removed</source>
        <translation>Ereignisse entfernt</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Fulfilled before</source>
        <translation>Erfüllt vor</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Own items only</source>
        <translation>Nur eigene Einträge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Nächste Überprüfung fällig</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <source>Reminders to officers</source>
        <translation>Erinnerungen an Compliance-Officer</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Report SHA-256</source>
        <translation>Bericht-SHA-256</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Reminders to reviewers</source>
        <translation>Erinnerungen an Prüfer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Scheduled by</source>
        <translation>Geplant von</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>With PII</source>
        <translation>Mit PII</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Role removed; Employee kept as the only role</source>
        <translation>Rolle entfernt; Mitarbeiter bleibt als einzige Rolle</translation>
    </message>
    <message>
        <source>Flagged for follow-up</source>
        <translation>Zur Nachverfolgung markiert</translation>
    </message>
    <message>
        <source>Account already offboarded</source>
        <translation>Konto bereits ausgeschieden</translation>
    </message>
    <message>
        <source>Role already removed</source>
        <translation>Rolle bereits entfernt</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Konto geändert</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Konto entsperrt</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eigenes Passwort geändert</translation>
    </message>
    <message>
        <source>Enrolment started</source>
        <translation>Registrierung gestartet</translation>
    </message>
    <message>
        <source>Enrolment completed</source>
        <translation>Registrierung abgeschlossen</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Genehmigung zurückgezogen</translation>
    </message>
    <message>
        <source>Audit anchors read</source>
        <translation>Audit-Anker gelesen</translation>
    </message>
    <message>
        <source>Audit log break acknowledged</source>
        <translation>Bruch im Audit-Protokoll bestätigt</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmigende Person</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Genehmigende Personen</translation>
    </message>
    <message>
        <source>Checkpoints set aside</source>
        <translation>Checkpoints ausgesondert</translation>
    </message>
    <message>
        <source>Code delivered by</source>
        <translation>Code übermittelt per</translation>
    </message>
    <message>
        <source>Sessions ended</source>
        <translation>Sitzungen beendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>First bad event</source>
        <translation>Erstes fehlerhaftes Ereignis</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Code issued by</source>
        <translation>Code ausgestellt von</translation>
    </message>
    <message>
        <source>Locked device tokens</source>
        <translation>Gesperrte Geräte-Tokens</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <source>Operating-system user</source>
        <translation>Betriebssystem-Benutzer</translation>
    </message>
    <message>
        <source>Last good event</source>
        <translation>Letztes intaktes Ereignis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Resumes at event</source>
        <translation>Weiter ab Ereignis</translation>
    </message>
    <message>
        <source>Device tokens revoked</source>
        <translation>Geräte-Tokens widerrufen</translation>
    </message>
    <message>
        <source>Roles added</source>
        <translation>Rollen hinzugefügt</translation>
    </message>
    <message>
        <source>Roles removed</source>
        <translation>Rollen entfernt</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>First enrolment</source>
        <translation>Erstregistrierung</translation>
    </message>
    <message>
        <source>Second-factor reset</source>
        <translation>Zurücksetzen des zweiten Faktors</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB-Stick</translation>
    </message>
    <message>
        <source>External disk</source>
        <translation>Externe Festplatte</translation>
    </message>
    <message>
        <source>Memory card</source>
        <translation>Speicherkarte</translation>
    </message>
    <message>
        <source>Optical disc</source>
        <translation>Optischer Datenträger</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>No Amazon data</source>
        <translation>Keine Amazon-Daten</translation>
    </message>
    <message>
        <source>Anonymised aggregates only</source>
        <translation>Nur anonymisierte Summen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Daily order totals read</source>
        <translation>Tägliche Bestellsummen gelesen</translation>
    </message>
    <message>
        <source>Legal hold set</source>
        <translation>Gesetzliche Aufbewahrung festgelegt</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Gesetzliche Aufbewahrung aufgehoben</translation>
    </message>
    <message>
        <source>Health checked</source>
        <translation>Erreichbarkeit geprüft</translation>
    </message>
    <message>
        <source>Alert escalated</source>
        <translation>Alarm eskaliert</translation>
    </message>
    <message>
        <source>Sessions ended from an alert</source>
        <translation>Sitzungen aus einem Alarm beendet</translation>
    </message>
    <message>
        <source>API description read</source>
        <translation>API-Beschreibung gelesen</translation>
    </message>
    <message>
        <source>API credential registered</source>
        <translation>API-Zugangsdaten erfasst</translation>
    </message>
    <message>
        <source>API credentials listed</source>
        <translation>API-Zugangsdaten aufgelistet</translation>
    </message>
    <message>
        <source>API credential changed</source>
        <translation>API-Zugangsdaten geändert</translation>
    </message>
    <message>
        <source>API credential rotation recorded</source>
        <translation>Erneuerung von API-Zugangsdaten erfasst</translation>
    </message>
    <message>
        <source>API credential retired</source>
        <translation>API-Zugangsdaten stillgelegt</translation>
    </message>
    <message>
        <source>Audit signing key rotated</source>
        <translation>Audit-Signaturschlüssel erneuert</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Kunde hinzugefügt</translation>
    </message>
    <message>
        <source>Clients listed</source>
        <translation>Kunden aufgelistet</translation>
    </message>
    <message>
        <source>Legal holds listed</source>
        <translation>Gesetzliche Aufbewahrungen aufgelistet</translation>
    </message>
    <message>
        <source>Controls listed</source>
        <translation>Kontrollen aufgelistet</translation>
    </message>
    <message>
        <source>Control history read</source>
        <translation>Verlauf einer Kontrolle gelesen</translation>
    </message>
    <message>
        <source>Control status changed</source>
        <translation>Status einer Kontrolle geändert</translation>
    </message>
    <message>
        <source>Control attested</source>
        <translation>Kontrolle bestätigt</translation>
    </message>
    <message>
        <source>Control attestations read</source>
        <translation>Bestätigungen einer Kontrolle gelesen</translation>
    </message>
    <message>
        <source>Dashboard read</source>
        <translation>Übersicht gelesen</translation>
    </message>
    <message>
        <source>Dashboard trends read</source>
        <translation>Verläufe der Übersicht gelesen</translation>
    </message>
    <message>
        <source>Incident contacts read</source>
        <translation>Kontakte für Vorfälle gelesen</translation>
    </message>
    <message>
        <source>Board report read</source>
        <translation>Bericht für die Geschäftsleitung gelesen</translation>
    </message>
    <message>
        <source>Return archive saved</source>
        <translation>Rückgabearchiv gespeichert</translation>
    </message>
    <message>
        <source>Device registered</source>
        <translation>Gerät erfasst</translation>
    </message>
    <message>
        <source>Devices listed</source>
        <translation>Geräte aufgelistet</translation>
    </message>
    <message>
        <source>Device read</source>
        <translation>Gerät gelesen</translation>
    </message>
    <message>
        <source>Device changed</source>
        <translation>Gerät geändert</translation>
    </message>
    <message>
        <source>Evidence pack exported</source>
        <translation>Nachweispaket exportiert</translation>
    </message>
    <message>
        <source>Master key rotation started</source>
        <translation>Erneuerung des Hauptschlüssels begonnen</translation>
    </message>
    <message>
        <source>Master key rotated</source>
        <translation>Hauptschlüssel erneuert</translation>
    </message>
    <message>
        <source>Notification digests sent</source>
        <translation>Benachrichtigungszusammenfassungen gesendet</translation>
    </message>
    <message>
        <source>Policy text read</source>
        <translation>Richtlinientext gelesen</translation>
    </message>
    <message>
        <source>Policy acknowledged</source>
        <translation>Richtlinie bestätigt</translation>
    </message>
    <message>
        <source>Notification preferences read</source>
        <translation>Benachrichtigungseinstellungen gelesen</translation>
    </message>
    <message>
        <source>Notification preferences changed</source>
        <translation>Benachrichtigungseinstellungen geändert</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Erinnerungen gesendet</translation>
    </message>
    <message>
        <source>Server settings reloaded</source>
        <translation>Servereinstellungen neu geladen</translation>
    </message>
    <message>
        <source>Store backed up</source>
        <translation>Datenspeicher gesichert</translation>
    </message>
    <message>
        <source>Store restored</source>
        <translation>Datenspeicher wiederhergestellt</translation>
    </message>
    <message>
        <source>Subcontractor added</source>
        <translation>Unterauftragnehmer hinzugefügt</translation>
    </message>
    <message>
        <source>Subcontractors listed</source>
        <translation>Unterauftragnehmer aufgelistet</translation>
    </message>
    <message>
        <source>Subcontractor changed</source>
        <translation>Unterauftragnehmer geändert</translation>
    </message>
    <message>
        <source>Subcontractor assessed</source>
        <translation>Unterauftragnehmer bewertet</translation>
    </message>
    <message>
        <source>Subcontractor engagement ended</source>
        <translation>Zusammenarbeit mit Unterauftragnehmer beendet</translation>
    </message>
    <message>
        <source>Own tasks read</source>
        <translation>Eigene Aufgaben gelesen</translation>
    </message>
    <message>
        <source>Vulnerability recorded</source>
        <translation>Schwachstelle erfasst</translation>
    </message>
    <message>
        <source>Vulnerabilities imported</source>
        <translation>Schwachstellen importiert</translation>
    </message>
    <message>
        <source>Vulnerabilities listed</source>
        <translation>Schwachstellen aufgelistet</translation>
    </message>
    <message>
        <source>Vulnerability read</source>
        <translation>Schwachstelle gelesen</translation>
    </message>
    <message>
        <source>Vulnerability resolved</source>
        <translation>Schwachstelle behoben</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessPage</name>
    <message>
        <source>Access to Amazon data</source>
        <translation>Zugriff auf Amazon-Daten</translation>
    </message>
    <message>
        <source>Time-bound access to Amazon Marketplace data, granted only on a reason and approved by a compliance officer.</source>
        <translation>Befristeter Zugriff auf Daten von Amazon Marketplace, nur mit Begründung erteilt und von einem Compliance-Officer genehmigt.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approve the selected access request, with a comment for the audit log</source>
        <translation>Die ausgewählte Zugriffsanfrage genehmigen, mit einem Kommentar für das Audit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Deny the selected access request, saying why</source>
        <translation>Die ausgewählte Zugriffsanfrage ablehnen, mit Begründung</translation>
    </message>
    <message>
        <source>&amp;Request access…</source>
        <translation>Zugriff an&amp;fordern…</translation>
    </message>
    <message>
        <source>Request access</source>
        <translation>Zugriff anfordern</translation>
    </message>
    <message>
        <source>Ask for time-bound access to Amazon data, with a reason</source>
        <translation>Befristeten Zugriff auf Amazon-Daten anfordern, mit Begründung</translation>
    </message>
    <message>
        <source>Access requests waiting for a decision</source>
        <translation>Zugriffsanfragen, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Grants to show</source>
        <translation>Anzuzeigende Freigaben</translation>
    </message>
    <message>
        <source>All grants, or only the active, expired or revoked ones</source>
        <translation>Alle Freigaben oder nur die aktiven, abgelaufenen oder widerrufenen</translation>
    </message>
    <message>
        <source>All grants</source>
        <translation>Alle Freigaben</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke grant</source>
        <translation>Freigabe widerrufen</translation>
    </message>
    <message>
        <source>End the selected grant now, with a reason</source>
        <translation>Die ausgewählte Freigabe sofort beenden, mit Begründung</translation>
    </message>
    <message>
        <source>Time-bound access to Amazon data, who granted it and until when</source>
        <translation>Befristeter Zugriff auf Amazon-Daten, wer ihn erteilt hat und bis wann</translation>
    </message>
    <message>
        <source>Could not load the lists: %1</source>
        <translation>Die Listen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the access policy: %1</source>
        <translation>Die Zugriffsrichtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load this list.</source>
        <translation>Diese Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nichts entspricht dem Filter.</translation>
    </message>
    <message>
        <source>No requests are waiting for a decision.</source>
        <translation>Keine Anfragen warten auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>You have no pending requests. Use “Request access…” to ask for data.</source>
        <translation>Sie haben keine offenen Anfragen. Fordern Sie Daten mit „Zugriff anfordern…“ an.</translation>
    </message>
    <message>
        <source>No grants yet.</source>
        <translation>Noch keine Freigaben.</translation>
    </message>
    <message>
        <source>Pending requests (%1%2)</source>
        <translation>Offene Anfragen (%1%2)</translation>
    </message>
    <message>
        <source>Grants (%1%2)</source>
        <translation>Freigaben (%1%2)</translation>
    </message>
    <message>
        <source>Needs the access:approve permission (compliance officers).</source>
        <translation>Erfordert die Berechtigung access:approve (Compliance-Officer).</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Die ausgewählte Anfrage genehmigen</translation>
    </message>
    <message>
        <source>Deny the selected request</source>
        <translation>Die ausgewählte Anfrage ablehnen</translation>
    </message>
    <message>
        <source>End the selected grant now</source>
        <translation>Die ausgewählte Freigabe sofort beenden</translation>
    </message>
    <message>
        <source>Ask for time-bound access to Amazon data</source>
        <translation>Befristeten Zugriff auf Amazon-Daten anfordern</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for &lt;b&gt;%2&lt;/b&gt; data of client &lt;b&gt;%3&lt;/b&gt; for %4:&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fordert Daten der Kategorie &lt;b&gt;%2&lt;/b&gt; des Kunden &lt;b&gt;%3&lt;/b&gt; für %4 an:&lt;br&gt;&lt;i&gt;%5&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Approved: %1 has access to %2 of %3 until %4.</source>
        <translation>Genehmigt: %1 hat bis %4 Zugriff auf %2 von %3.</translation>
    </message>
    <message>
        <source>Denied the request of %1 for %2 of %3.</source>
        <translation>Die Anfrage von %1 für %2 von %3 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Approve access request</source>
        <translation>Zugriffsanfrage genehmigen</translation>
    </message>
    <message>
        <source>Deny access request</source>
        <translation>Zugriffsanfrage ablehnen</translation>
    </message>
    <message>
        <source>&amp;Comment for the audit log:</source>
        <translation>&amp;Kommentar für das Audit-Protokoll:</translation>
    </message>
    <message>
        <source>&amp;Why is it denied?</source>
        <translation>&amp;Warum wird die Anfrage abgelehnt?</translation>
    </message>
    <message>
        <source>End the access of &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt; data of client &lt;b&gt;%3&lt;/b&gt; now? It would otherwise expire at %4.</source>
        <translation>Den Zugriff von &lt;b&gt;%1&lt;/b&gt; auf Daten der Kategorie &lt;b&gt;%2&lt;/b&gt; des Kunden &lt;b&gt;%3&lt;/b&gt; jetzt beenden? Andernfalls läuft er am %4 ab.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Revoked the access of %1 to %2 of %3.</source>
        <translation>Der Zugriff von %1 auf %2 von %3 wurde widerrufen.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Your request for %1 of %2 was sent for approval.</source>
        <translation>Ihre Anfrage für %1 von %2 wurde zur Genehmigung gesendet.</translation>
    </message>
    <message>
        <source>The server does not let you decide this request.</source>
        <translation>Der Server lässt Sie über diese Anfrage nicht entscheiden.</translation>
    </message>
    <message>
        <source>Approve and Deny are off: %1</source>
        <translation>„Genehmigen“ und „Ablehnen“ sind deaktiviert: %1</translation>
    </message>
    <message>
        <source>Your approval of the request of %1 is recorded (%2 of %3); it waits for another compliance officer.</source>
        <translation>Ihre Genehmigung der Anfrage von %1 ist erfasst (%2 von %3); sie wartet auf einen weiteren Compliance-Officer.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessRequestModel</name>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The requester signs in with a one-time code.</source>
        <translation>Der Antragsteller meldet sich mit einem Einmalcode an.</translation>
    </message>
    <message>
        <source>The requester has not enrolled two-factor authentication: access cannot be granted.</source>
        <translation>Der Antragsteller hat die Zwei-Faktor-Authentifizierung nicht registriert: Zugriff kann nicht erteilt werden.</translation>
    </message>
    <message>
        <source>Decided by %1: %2</source>
        <translation>Entschieden von %1: %2</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No approval yet; approvals needed from distinct compliance officers: %1.</source>
        <translation>Noch keine Genehmigung; erforderliche Genehmigungen verschiedener Compliance-Officer: %1.</translation>
    </message>
    <message>
        <source>Approved by %1 (%2) at %3%4</source>
        <translation>Genehmigt von %1 (%2) am %3%4</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Every order of client %1</source>
        <translation>Alle Bestellungen des Kunden %1</translation>
    </message>
    <message>
        <source>Only these orders of client %1: %2</source>
        <translation>Nur diese Bestellungen des Kunden %1: %2</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewItemModel</name>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>%1 of %2, until %3</source>
        <translation>%1 von %2, bis %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Grant %1, given by %2 at %3</source>
        <translation>Freigabe %1, erteilt von %2 am %3</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Grant or role</source>
        <translation>Freigabe oder Rolle</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Auswirkung</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 decided (%3 kept, %4 revoked)</source>
        <translation>%1 von %2 entschieden (%3 behalten, %4 widerrufen)</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%1 von %2 offen</translation>
    </message>
    <message>
        <source>Revoke at the deadline</source>
        <translation>Bei Fristablauf widerrufen</translation>
    </message>
    <message>
        <source>Flag at the deadline</source>
        <translation>Bei Fristablauf markieren</translation>
    </message>
    <message>
        <source>Completed at %1 by %2; evidence SHA-256 %3</source>
        <translation>Abgeschlossen am %1 von %2; Nachweis-SHA-256 %3</translation>
    </message>
    <message>
        <source>%1 not reviewed by the deadline</source>
        <translation>%1 bis zur Frist nicht überprüft</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht überprüft</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewPdf</name>
    <message>
        <source>Access review: %1</source>
        <translation>Zugriffsüberprüfung: %1</translation>
    </message>
    <message>
        <source>Campaign %1, started %2 by %3</source>
        <translation>Kampagne %1, gestartet am %2 von %3</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Status: open (interim report)</source>
        <translation>Status: offen (Zwischenbericht)</translation>
    </message>
    <message>
        <source>Completed %1 by %2</source>
        <translation>Abgeschlossen am %1 von %2</translation>
    </message>
    <message>
        <source>Items not reviewed by the deadline: %1</source>
        <translation>Bis zur Frist nicht überprüfte Einträge: %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>%1 items: %2 kept, %3 revoked, %4 not reviewed, %5 undecided</source>
        <translation>%1 Einträge: %2 behalten, %3 widerrufen, %4 nicht überprüft, %5 unentschieden</translation>
    </message>
    <message>
        <source>SHA-256 of the CSV evidence: %1</source>
        <translation>SHA-256 des CSV-Nachweises: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Grant or role</source>
        <translation>Freigabe oder Rolle</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>%1 of %2 (grant %3, given by %4, until %5)</source>
        <translation>%1 von %2 (Freigabe %3, erteilt von %4, bis %5)</translation>
    </message>
    <message>
        <source>could not write the PDF to %1</source>
        <translation>die PDF-Datei konnte nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cc::ui::AccessReviewsPage</name>
    <message>
        <source>Access reviews</source>
        <translation>Zugriffsüberprüfungen</translation>
    </message>
    <message>
        <source>At least quarterly, every grant and role is reviewed by someone other than its holder: kept or revoked, with a reason, and the evidence kept.</source>
        <translation>Mindestens vierteljährlich wird jede Freigabe und Rolle von jemand anderem als ihrem Inhaber überprüft: behalten oder widerrufen, mit Begründung, und der Nachweis wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>&amp;Start review…</source>
        <translation>Überprüfung s&amp;tarten…</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Überprüfung starten</translation>
    </message>
    <message>
        <source>Freeze every grant and role as the items of a new campaign</source>
        <translation>Alle Freigaben und Rollen als Einträge einer neuen Kampagne festschreiben</translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation>Nachweise e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Nachweise exportieren</translation>
    </message>
    <message>
        <source>Save the selected campaign&apos;s CSV evidence and a PDF of it</source>
        <translation>Den CSV-Nachweis der ausgewählten Kampagne und ein PDF davon speichern</translation>
    </message>
    <message>
        <source>Access review campaigns and their progress</source>
        <translation>Kampagnen der Zugriffsüberprüfung und ihr Fortschritt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>&amp;My items</source>
        <translation>&amp;Meine Einträge</translation>
    </message>
    <message>
        <source>My items</source>
        <translation>Meine Einträge</translation>
    </message>
    <message>
        <source>Show only the items you review</source>
        <translation>Nur die Einträge zeigen, die Sie überprüfen</translation>
    </message>
    <message>
        <source>&amp;Keep…</source>
        <translation>&amp;Behalten…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the selected access until the next review, with a reason</source>
        <translation>Den ausgewählten Zugriff bis zur nächsten Überprüfung behalten, mit Begründung</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected access now, with a reason</source>
        <translation>Den ausgewählten Zugriff sofort widerrufen, mit Begründung</translation>
    </message>
    <message>
        <source>The grants and roles under review, their reviewers and the decisions</source>
        <translation>Die überprüften Freigaben und Rollen, ihre Prüfer und die Entscheidungen</translation>
    </message>
    <message>
        <source>Could not load the access reviews: %1</source>
        <translation>Die Zugriffsüberprüfungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No access review yet.</source>
        <translation>Noch keine Zugriffsüberprüfung.</translation>
    </message>
    <message>
        <source>Select a campaign to see its items.</source>
        <translation>Wählen Sie eine Kampagne aus, um ihre Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Items of “%1” — %2 of %3 decided, closes %4</source>
        <translation>Einträge von „%1“ – %2 von %3 entschieden, endet am %4</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nichts entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Nothing for you to review here.</source>
        <translation>Hier gibt es für Sie nichts zu überprüfen.</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>Freeze every grant and role as items of a new campaign</source>
        <translation>Alle Freigaben und Rollen als Einträge einer neuen Kampagne festschreiben</translation>
    </message>
    <message>
        <source>Needs the access_reviews:manage permission (compliance officers).</source>
        <translation>Erfordert die Berechtigung access_reviews:manage (Compliance-Officer).</translation>
    </message>
    <message>
        <source>Save the campaign&apos;s CSV evidence and a PDF of it</source>
        <translation>Den CSV-Nachweis der Kampagne und ein PDF davon speichern</translation>
    </message>
    <message>
        <source>Needs the access_reviews:manage permission.</source>
        <translation>Erfordert die Berechtigung access_reviews:manage.</translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation>Wählen Sie einen Eintrag aus</translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation>Bereits entschieden</translation>
    </message>
    <message>
        <source>Nobody reviews their own access</source>
        <translation>Niemand überprüft seinen eigenen Zugriff</translation>
    </message>
    <message>
        <source>Not yours to decide, or closed</source>
        <translation>Nicht Ihre Entscheidung, oder abgeschlossen</translation>
    </message>
    <message>
        <source>Keep this access, with a reason</source>
        <translation>Diesen Zugriff behalten, mit Begründung</translation>
    </message>
    <message>
        <source>Revoke this access now, with a reason</source>
        <translation>Diesen Zugriff sofort widerrufen, mit Begründung</translation>
    </message>
    <message>
        <source>the &lt;b&gt;%1&lt;/b&gt; grant of &lt;b&gt;%2&lt;/b&gt; (%3 data of %4)</source>
        <translation>die Freigabe &lt;b&gt;%1&lt;/b&gt; von &lt;b&gt;%2&lt;/b&gt; (Daten der Kategorie %3 von %4)</translation>
    </message>
    <message>
        <source>the &lt;b&gt;%1&lt;/b&gt; role of &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>die Rolle &lt;b&gt;%1&lt;/b&gt; von &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Zugriff widerrufen</translation>
    </message>
    <message>
        <source>Keep access</source>
        <translation>Zugriff behalten</translation>
    </message>
    <message>
        <source>Revoke %1? It takes effect immediately.</source>
        <translation>%1 widerrufen? Dies wirkt sofort.</translation>
    </message>
    <message>
        <source>Keep %1 until the next review?</source>
        <translation>%1 bis zur nächsten Überprüfung behalten?</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the evidence):</source>
        <translation>&amp;Begründung (wird im Nachweis festgehalten):</translation>
    </message>
    <message>
        <source>%1: %2 of %3 — %4.</source>
        <translation>%1: %2 von %3 – %4.</translation>
    </message>
    <message>
        <source>Started “%1”: %2 items to review by %3.</source>
        <translation>„%1“ gestartet: %2 Einträge zu überprüfen bis %3.</translation>
    </message>
    <message>
        <source>Export access review evidence</source>
        <translation>Nachweise der Zugriffsüberprüfung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>Wählen Sie zuerst eine Kampagne aus.</translation>
    </message>
    <message>
        <source>Could not export the evidence: %1</source>
        <translation>Die Nachweise konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>the CSV does not match its recorded SHA-256; nothing was saved</source>
        <translation>die CSV-Datei stimmt nicht mit ihrem erfassten SHA-256 überein; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the evidence of “%1”: %2 and %3 (SHA-256 %4).</source>
        <translation>Nachweise von „%1“ gespeichert: %2 und %3 (SHA-256 %4).</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Nächster Eintrag</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächster Eintrag</translation>
    </message>
    <message>
        <source>Select the next item you still have to decide</source>
        <translation>Den nächsten Eintrag auswählen, über den Sie noch entscheiden müssen</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <source>How many of your items you have decided</source>
        <translation>Wie viele Ihrer Einträge Sie entschieden haben</translation>
    </message>
    <message>
        <source>Nothing is left for you to decide in this campaign.</source>
        <translation>In dieser Kampagne ist für Sie nichts mehr zu entscheiden.</translation>
    </message>
    <message>
        <source>No access review has items for you to review.</source>
        <translation>Keine Zugriffsüberprüfung hat Einträge, die Sie prüfen.</translation>
    </message>
    <message>
        <source>Keep the %1 selected items, with one reason</source>
        <translation>Die %1 ausgewählten Einträge behalten, mit einer Begründung</translation>
    </message>
    <message>
        <source>Revoke the %1 selected items now, with one reason</source>
        <translation>Die %1 ausgewählten Einträge jetzt widerrufen, mit einer Begründung</translation>
    </message>
    <message>
        <source>The campaign is closed</source>
        <translation>Die Kampagne ist abgeschlossen</translation>
    </message>
    <message>
        <source>Item %1 is not among your items of this campaign.</source>
        <translation>Eintrag %1 gehört nicht zu Ihren Einträgen dieser Kampagne.</translation>
    </message>
    <message>
        <source>%1 of your %2 items decided</source>
        <translation>%1 von Ihren %2 Einträgen entschieden</translation>
    </message>
    <message>
        <source>%1 of %2 items decided</source>
        <translation>%1 von %2 Einträgen entschieden</translation>
    </message>
    <message>
        <source>%1 items selected: Keep or Revoke decides those still open, with one reason.</source>
        <translation>%1 Einträge ausgewählt: Behalten oder Widerrufen entscheidet die noch offenen, mit einer Begründung.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; last signed in: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zuletzt angemeldet: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>grant last used: %1</source>
        <translation>Freigabe zuletzt genutzt: %1</translation>
    </message>
    <message>
        <source>earlier %1 grants: %2</source>
        <translation>frühere Freigaben für %1: %2</translation>
    </message>
    <message>
        <source>granted by %1 on %2, until %3</source>
        <translation>erteilt von %1 am %2, bis %3</translation>
    </message>
    <message>
        <source>Revoke these %1 items? It takes effect immediately.</source>
        <translation>Diese %1 Einträge widerrufen? Das wirkt sofort.</translation>
    </message>
    <message>
        <source>Keep these %1 items until the next review?</source>
        <translation>Diese %1 Einträge bis zur nächsten Überprüfung behalten?</translation>
    </message>
    <message>
        <source>&amp;Reason for all of them (kept in the evidence):</source>
        <translation>&amp;Begründung für alle (wird im Nachweis aufbewahrt):</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>%1: %2 items, with one reason.</source>
        <translation>%1: %2 Einträge, mit einer Begründung.</translation>
    </message>
    <message>
        <source>%1: %2 items; not decided: %3</source>
        <translation>%1: %2 Einträge; nicht entschieden: %3</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
</context>
<context>
    <name>cc::ui::AddCredentialDialog</name>
    <message>
        <source>Add API credential</source>
        <translation>API-Zugangsdaten hinzufügen</translation>
    </message>
    <message>
        <source>A key or client used to reach Amazon, with its accountable owner and where the secret is kept. Never enter the secret itself: the store refuses text that looks like one.</source>
        <translation>Ein Schlüssel oder Client für den Zugriff auf Amazon, mit verantwortlichem Eigentümer und dem Ort, an dem das Geheimnis liegt. Geben Sie nie das Geheimnis selbst ein: Der Store lehnt Text ab, der danach aussieht.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The credential&apos;s name, e.g. the LWA client it is</source>
        <translation>Der Name der Zugangsdaten, z. B. der LWA-Client</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>The username of the person accountable for it</source>
        <translation>Der Benutzername der verantwortlichen Person</translation>
    </message>
    <message>
        <source>Where it lives</source>
        <translation>Aufbewahrungsort</translation>
    </message>
    <message>
        <source>Where the secret is kept (a vault path), never the secret</source>
        <translation>Wo das Geheimnis liegt (ein Vault-Pfad), nie das Geheimnis selbst</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>What it is used for</source>
        <translation>Wofür sie verwendet werden</translation>
    </message>
    <message>
        <source>Policy default</source>
        <translation>Vorgabe der Richtlinie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Rotate every</source>
        <translation>Rotieren alle</translation>
    </message>
    <message>
        <source>Days between rotations; the policy&apos;s when left at the default</source>
        <translation>Tage zwischen Rotationen; ohne Angabe die der Richtlinie</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Zuletzt rotiert</translation>
    </message>
    <message>
        <source>When it was last rotated; not later than now</source>
        <translation>Wann sie zuletzt rotiert wurden; nicht später als jetzt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>&amp;Where it lives:</source>
        <translation>&amp;Aufbewahrungsort:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Rotate &amp;every:</source>
        <translation>&amp;Rotieren alle:</translation>
    </message>
    <message>
        <source>&amp;Last rotated:</source>
        <translation>Zu&amp;letzt rotiert:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the credential to the register</source>
        <translation>Die Zugangsdaten dem Verzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Füllen Sie dies aus.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AddSubcontractorDialog</name>
    <message>
        <source>Add subcontractor</source>
        <translation>Unterauftragnehmer hinzufügen</translation>
    </message>
    <message>
        <source>A firm that receives Amazon data from you. Each one receiving data needs a third-party risk assessment before data flows, then yearly.</source>
        <translation>Eine Firma, die von Ihnen Amazon-Daten erhält. Jede braucht eine Risikobewertung als Dritter, bevor Daten fließen, danach jährlich.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The subcontractor&apos;s name</source>
        <translation>Der Name des Unterauftragnehmers</translation>
    </message>
    <message>
        <source>Privacy or security contact</source>
        <translation>Datenschutz- oder Sicherheitskontakt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Whom to ask about its handling of the data</source>
        <translation>Wen Sie zum Umgang mit den Daten fragen</translation>
    </message>
    <message>
        <source>Amazon data received</source>
        <translation>Erhaltene Amazon-Daten</translation>
    </message>
    <message>
        <source>The kinds of Amazon data it receives; none: it receives no Amazon data</source>
        <translation>Die Arten von Amazon-Daten, die er erhält; keine: Er erhält keine Amazon-Daten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Amazon data:</source>
        <translation>Amazon-Daten:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the subcontractor to the register</source>
        <translation>Den Unterauftragnehmer dem Verzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>Enter the subcontractor&apos;s name.</source>
        <translation>Geben Sie den Namen des Unterauftragnehmers ein.</translation>
    </message>
    <message>
        <source>Enter whom to contact there.</source>
        <translation>Geben Sie an, wen Sie dort kontaktieren.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Optional, e.g. Data analyst, CTO</source>
        <translation>Optional, z. B. Datenanalyst, CTO</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>F&amp;unktion:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Amazon data access is never part of a role: the user requests it and a compliance officer approves it.</source>
        <translation>Zugriff auf Amazon-Daten ist nie Teil einer Rolle: Der Benutzer fordert ihn an, und ein Compliance-Officer genehmigt ihn.</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>Benutzer &amp;anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The name the person signs in with</source>
        <translation>Der Name, mit dem sich die Person anmeldet</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>The person&apos;s name as the console shows it</source>
        <translation>Der Name der Person, wie die Konsole ihn anzeigt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Where the person&apos;s notifications go</source>
        <translation>Wohin die Benachrichtigungen der Person gehen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>The person&apos;s job title; optional</source>
        <translation>Die Funktion der Person; optional</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Create the account with these details</source>
        <translation>Das Konto mit diesen Angaben anlegen</translation>
    </message>
    <message>
        <source>Close without creating an account</source>
        <translation>Schließen, ohne ein Konto anzulegen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close; the code is not shown again</source>
        <translation>Schließen; der Code wird nicht erneut angezeigt</translation>
    </message>
</context>
<context>
    <name>cc::ui::AddVulnerabilityDialog</name>
    <message>
        <source>Record vulnerability</source>
        <translation>Schwachstelle erfassen</translation>
    </message>
    <message>
        <source>Critical findings must be resolved within 7 days of discovery, high ones within 30; the due date follows from the severity.</source>
        <translation>Kritische Befunde müssen innerhalb von 7 Tagen nach der Entdeckung behoben werden, hohe innerhalb von 30; die Fälligkeit ergibt sich aus dem Schweregrad.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>The CVE, Debian TEMP- id or scanner rule id</source>
        <translation>Die CVE, die Debian-TEMP-Kennung oder die Regelkennung des Scanners</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>How severe the finding is; it sets the due date</source>
        <translation>Wie schwer der Befund wiegt; er bestimmt die Fälligkeit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the vulnerability is, in a sentence</source>
        <translation>Was die Schwachstelle ist, in einem Satz</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>The asset of the asset register it affects, if one fits</source>
        <translation>Das betroffene Asset des Asset-Inventars, falls eines passt</translation>
    </message>
    <message>
        <source>Package, file or service</source>
        <translation>Paket, Datei oder Dienst</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>The package, file or service affected; needed when no asset fits</source>
        <translation>Das betroffene Paket, die Datei oder der Dienst; nötig, wenn kein Asset passt</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Entdeckt</translation>
    </message>
    <message>
        <source>When the finding was discovered; not later than now</source>
        <translation>Wann der Befund entdeckt wurde; nicht später als jetzt</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Asset:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Komponente:</translation>
    </message>
    <message>
        <source>&amp;Discovered:</source>
        <translation>&amp;Entdeckt:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Add the finding to the vulnerability register</source>
        <translation>Den Befund ins Schwachstellenregister aufnehmen</translation>
    </message>
    <message>
        <source>Enter the CVE or scanner id.</source>
        <translation>Geben Sie die CVE oder die Kennung des Scanners ein.</translation>
    </message>
    <message>
        <source>Choose the asset it affects, or name the component.</source>
        <translation>Wählen Sie das betroffene Asset oder nennen Sie die Komponente.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AlertActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without doing anything</source>
        <translation>Schließen, ohne etwas zu tun</translation>
    </message>
</context>
<context>
    <name>cc::ui::AlertModel</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2: %3</source>
        <translation>Bestätigt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>cc::ui::ApiCredentialModel</name>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (nicht mehr aktiv)</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>Außer Betrieb %1</translation>
    </message>
    <message>
        <source>Overdue: it was due %1</source>
        <translation>Überfällig: Es war fällig %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Where it lives</source>
        <translation>Aufbewahrungsort</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Zuletzt rotiert</translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation>Rotation fällig</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssessSubcontractorDialog</name>
    <message>
        <source>Record assessment of %1</source>
        <translation>Bewertung von %1 erfassen</translation>
    </message>
    <message>
        <source>The outcome of the third-party risk assessment and its document (a questionnaire, a report). The store keeps the document sealed and records its SHA-256.</source>
        <translation>Das Ergebnis der Risikobewertung und ihr Dokument (ein Fragebogen, ein Bericht). Der Store bewahrt das Dokument versiegelt auf und erfasst seinen SHA-256.</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>When the assessment was made; not later than now</source>
        <translation>Wann die Bewertung erfolgte; nicht später als jetzt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What the assessment concluded</source>
        <translation>Was die Bewertung ergab</translation>
    </message>
    <message>
        <source>A person or firm</source>
        <translation>Eine Person oder Firma</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Who made the assessment</source>
        <translation>Wer die Bewertung vorgenommen hat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Conditions, findings, follow-ups</source>
        <translation>Auflagen, Befunde, Nacharbeiten</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>The assessment document&apos;s file</source>
        <translation>Die Datei des Bewertungsdokuments</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose document</source>
        <translation>Dokument auswählen</translation>
    </message>
    <message>
        <source>Pick the assessment document from disk</source>
        <translation>Das Bewertungsdokument auf der Festplatte auswählen</translation>
    </message>
    <message>
        <source>&amp;Assessed:</source>
        <translation>Be&amp;wertet:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Asse&amp;ssor:</source>
        <translation>Bewertet &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Record the assessment and upload its document</source>
        <translation>Die Bewertung erfassen und ihr Dokument hochladen</translation>
    </message>
    <message>
        <source>Assessment document</source>
        <translation>Bewertungsdokument</translation>
    </message>
    <message>
        <source>Say who made the assessment.</source>
        <translation>Geben Sie an, wer die Bewertung vorgenommen hat.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetDialog</name>
    <message>
        <source>It holds Amazon data</source>
        <translation>Es enthält Amazon-Daten</translation>
    </message>
    <message>
        <source>It holds personal data (PII)</source>
        <translation>Es enthält personenbezogene Daten (PII)</translation>
    </message>
    <message>
        <source>Change asset</source>
        <translation>Asset bearbeiten</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Asset hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A name that tells the asset apart, unique in the inventory</source>
        <translation>Ein Name, der das Asset unterscheidet, eindeutig im Inventar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What sort of asset it is</source>
        <translation>Welche Art von Asset es ist</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>The username of the active person who answers for the asset and reviews it</source>
        <translation>Der Benutzername der aktiven Person, die für das Asset verantwortlich ist und es überprüft</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Where the asset is, e.g. a data centre or an office</source>
        <translation>Wo sich das Asset befindet, z. B. ein Rechenzentrum oder ein Büro</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the asset is for</source>
        <translation>Wofür das Asset dient</translation>
    </message>
    <message>
        <source>Holds Amazon data</source>
        <translation>Enthält Amazon-Daten</translation>
    </message>
    <message>
        <source>Whether the asset holds Amazon data</source>
        <translation>Ob das Asset Amazon-Daten enthält</translation>
    </message>
    <message>
        <source>Holds PII</source>
        <translation>Enthält PII</translation>
    </message>
    <message>
        <source>Whether the asset holds personal data</source>
        <translation>Ob das Asset personenbezogene Daten enthält</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Amazon &amp;data:</source>
        <translation>Amazon-&amp;Daten:</translation>
    </message>
    <message>
        <source>&amp;PII:</source>
        <translation>&amp;PII:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save the changes to the asset</source>
        <translation>Die Änderungen am Asset speichern</translation>
    </message>
    <message>
        <source>Add the asset to the inventory</source>
        <translation>Das Asset zum Inventar hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetModel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud-Dienst</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Network device</source>
        <translation>Netzwerkgerät</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Changes required</source>
        <translation>Änderungen erforderlich</translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation>Amazon-Daten</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Fällig in %n Tag</numerusform>
            <numerusform>Fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letzte Überprüfung</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>Wechseldatenträger</translation>
    </message>
    <message>
        <source>%1 (left: reassign)</source>
        <translation>%1 (ausgeschieden: neu zuweisen)</translation>
    </message>
    <message>
        <source>%1 (%2) was offboarded: give the asset another owner with Reassign.</source>
        <translation>%1 (%2) ist ausgeschieden: Geben Sie dem Asset mit „Neu zuweisen“ eine andere verantwortliche Person.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetPicker</name>
    <message>
        <source>No asset</source>
        <translation>Kein Asset</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetReviewCalendar</name>
    <message numerus="yes">
        <source>%nd late</source>
        <translation>
            <numerusform>%n T. überfällig</numerusform>
            <numerusform>%n T. überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Überprüfung</numerusform>
            <numerusform>%n Überprüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n weitere</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetReviewDialog</name>
    <message>
        <source>Record review</source>
        <translation>Überprüfung erfassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, owned by %3.&lt;br&gt;Last review: %4 · next due: &lt;b&gt;%5&lt;/b&gt; (%6).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2, Eigentümer: %3.&lt;br&gt;Letzte Überprüfung: %4 · nächste fällig: &lt;b&gt;%5&lt;/b&gt; (%6).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation>Überprüfungs&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>What was checked; what must change (required unless confirmed).</source>
        <translation>Was geprüft wurde; was sich ändern muss (Pflicht, außer bei Bestätigung).</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>The asset will be retired: no more reviews or reminders.</source>
        <translation>Das Asset wird außer Betrieb genommen: keine weiteren Überprüfungen oder Erinnerungen.</translation>
    </message>
    <message>
        <source>The next review will be due one policy review interval after %1.</source>
        <translation>Die nächste Überprüfung ist ein Überprüfungsintervall laut Richtlinie nach dem %1 fällig.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>The day the asset was reviewed</source>
        <translation>Der Tag, an dem das Asset überprüft wurde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Whether the asset stays as it is, must change, or is retired</source>
        <translation>Ob das Asset so bleibt, geändert werden muss oder außer Betrieb genommen wird</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What was checked and what must change</source>
        <translation>Was geprüft wurde und was sich ändern muss</translation>
    </message>
    <message>
        <source>Record this review of the asset</source>
        <translation>Diese Überprüfung des Assets erfassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without recording a review</source>
        <translation>Schließen, ohne eine Überprüfung zu erfassen</translation>
    </message>
</context>
<context>
    <name>cc::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation>Asset-Inventar</translation>
    </message>
    <message>
        <source>Every asset has an owner and is reviewed every six months; owners are reminded before a review falls due.</source>
        <translation>Jedes Asset hat einen Eigentümer und wird alle sechs Monate überprüft; Eigentümer werden erinnert, bevor eine Überprüfung fällig wird.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Alle Assets</translation>
    </message>
    <message>
        <source>Show every asset</source>
        <translation>Jedes Asset zeigen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>My assets</source>
        <translation>Meine Assets</translation>
    </message>
    <message>
        <source>Show only the assets you own</source>
        <translation>Nur die Assets zeigen, deren Eigentümer Sie sind</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Assets due</source>
        <translation>Fällige Assets</translation>
    </message>
    <message>
        <source>Show only the assets whose review falls due within a month</source>
        <translation>Nur die Assets zeigen, deren Überprüfung innerhalb eines Monats fällig wird</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Overdue assets</source>
        <translation>Überfällige Assets</translation>
    </message>
    <message>
        <source>Show only the assets whose review is overdue</source>
        <translation>Nur die Assets zeigen, deren Überprüfung überfällig ist</translation>
    </message>
    <message>
        <source>Holds Amazon data</source>
        <translation>Mit Amazon-Daten</translation>
    </message>
    <message>
        <source>Assets holding Amazon data</source>
        <translation>Assets mit Amazon-Daten</translation>
    </message>
    <message>
        <source>Show only the assets that hold Amazon data</source>
        <translation>Nur die Assets zeigen, die Amazon-Daten enthalten</translation>
    </message>
    <message>
        <source>&amp;Record review…</source>
        <translation>Überprüfung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Überprüfung erfassen</translation>
    </message>
    <message>
        <source>Record a review of the selected asset</source>
        <translation>Eine Überprüfung des ausgewählten Assets erfassen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Add assets from a CSV file: every row or none</source>
        <translation>Assets aus einer CSV-Datei hinzufügen: alle Zeilen oder keine</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Save the asset inventory as a CSV file</source>
        <translation>Das Asset-Inventar als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>The asset inventory with each asset&apos;s review state</source>
        <translation>Das Asset-Inventar mit dem Überprüfungszustand jedes Assets</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Überprüfungsverlauf</translation>
    </message>
    <message>
        <source>The past reviews of the selected asset</source>
        <translation>Die bisherigen Überprüfungen des ausgewählten Assets</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Review calendar — the next six months</source>
        <translation>Überprüfungskalender – die nächsten sechs Monate</translation>
    </message>
    <message>
        <source>Review calendar</source>
        <translation>Überprüfungskalender</translation>
    </message>
    <message>
        <source>The reviews overdue and due in each of the next six months; click one to select its asset</source>
        <translation>Die überfälligen und die in jedem der nächsten sechs Monate fälligen Überprüfungen; klicken Sie auf eine, um ihr Asset auszuwählen</translation>
    </message>
    <message>
        <source>Asset #%1 is not in your list.</source>
        <translation>Asset #%1 ist nicht in Ihrer Liste.</translation>
    </message>
    <message>
        <source>Only the owner, a manager or a compliance officer may review this asset.</source>
        <translation>Nur der Eigentümer, ein Manager oder ein Compliance-Officer darf dieses Asset überprüfen.</translation>
    </message>
    <message>
        <source>Add assets from a CSV file (all rows or none)</source>
        <translation>Assets aus einer CSV-Datei hinzufügen (alle Zeilen oder keine)</translation>
    </message>
    <message>
        <source>Needs the assets:manage permission (managers).</source>
        <translation>Erfordert die Berechtigung assets:manage (Manager).</translation>
    </message>
    <message>
        <source>%1 assets · %2 · %3 · %4</source>
        <translation>%1 Assets · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n diese Woche fällig</numerusform>
            <numerusform>%n diese Woche fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n bald fällig</numerusform>
            <numerusform>%n bald fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>No asset selected</source>
        <translation>Kein Asset ausgewählt</translation>
    </message>
    <message>
        <source>Select an asset to see its details and review history.</source>
        <translation>Wählen Sie ein Asset aus, um seine Details und seinen Überprüfungsverlauf zu sehen.</translation>
    </message>
    <message>
        <source>holds Amazon data</source>
        <translation>enthält Amazon-Daten</translation>
    </message>
    <message>
        <source>holds PII</source>
        <translation>enthält PII</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>no Amazon data, no PII</source>
        <translation>keine Amazon-Daten, keine PII</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letzte Überprüfung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste fällig</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht überprüft</translation>
    </message>
    <message>
        <source>Review of %1 recorded; next review due on %2.</source>
        <translation>Überprüfung von %1 erfasst; nächste Überprüfung fällig am %2.</translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation>Assets importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n asset(s) from %1.</source>
        <translation>
            <numerusform>%n Asset aus %1 importiert.</numerusform>
            <numerusform>%n Assets aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export assets</source>
        <translation>Assets exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>%n Asset nach %1 exportiert.</numerusform>
            <numerusform>%n Assets nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>You own no assets. Assets you are made the owner of appear here.</source>
        <translation>Sie sind Eigentümer keiner Assets. Assets, deren Eigentümer Sie werden, erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>Wechseldatenträger</translation>
    </message>
    <message>
        <source>Show only removable media: the policy allows no Amazon data on them</source>
        <translation>Nur Wechseldatenträger anzeigen: Die Richtlinie erlaubt darauf keine Amazon-Daten</translation>
    </message>
    <message>
        <source>To reassign</source>
        <translation>Neu zuzuweisen</translation>
    </message>
    <message>
        <source>Assets to reassign</source>
        <translation>Neu zuzuweisende Assets</translation>
    </message>
    <message>
        <source>Show only the assets whose owner was offboarded</source>
        <translation>Nur die Assets zeigen, deren Verantwortliche ausgeschieden sind</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Retired assets</source>
        <translation>Außer Betrieb genommene Assets</translation>
    </message>
    <message>
        <source>Show only the retired assets, which the other filters leave out</source>
        <translation>Nur die außer Betrieb genommenen Assets zeigen, die die anderen Filter auslassen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation>Asset hinzufügen</translation>
    </message>
    <message>
        <source>Add an asset to the inventory</source>
        <translation>Ein Asset zum Inventar hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change asset</source>
        <translation>Asset bearbeiten</translation>
    </message>
    <message>
        <source>Change the selected asset</source>
        <translation>Das gewählte Asset bearbeiten</translation>
    </message>
    <message>
        <source>Rea&amp;ssign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Reassign asset</source>
        <translation>Asset neu zuweisen</translation>
    </message>
    <message>
        <source>Give the selected asset another owner</source>
        <translation>Dem gewählten Asset eine andere verantwortliche Person geben</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Außer &amp;Betrieb nehmen…</translation>
    </message>
    <message>
        <source>Retire asset</source>
        <translation>Asset außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>Retire the selected asset: no more reviews or reminders</source>
        <translation>Das gewählte Asset außer Betrieb nehmen: keine Überprüfungen und Erinnerungen mehr</translation>
    </message>
    <message>
        <source>No assets yet. Managers add them with “Add…” or “Import CSV…”.</source>
        <translation>Noch keine Assets. Manager fügen sie mit „Hinzufügen…“ oder „CSV importieren…“ hinzu.</translation>
    </message>
    <message>
        <source>Offboarded: reassign this asset.</source>
        <translation>Ausgeschieden: Weisen Sie dieses Asset neu zu.</translation>
    </message>
    <message>
        <source>%1 added; its first review is due on %2.</source>
        <translation>%1 hinzugefügt; die erste Überprüfung ist am %2 fällig.</translation>
    </message>
    <message>
        <source>%1 reassigned to %2.</source>
        <translation>%1 an %2 neu zugewiesen.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>Retire %1? It is no longer reviewed nor reminded of, and leaves the default view (the Retired filter still lists it).</source>
        <translation>%1 außer Betrieb nehmen? Es wird nicht mehr überprüft noch erinnert und verschwindet aus der Standardansicht (der Filter „Außer Betrieb“ zeigt es weiterhin).</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Außer &amp;Betrieb nehmen</translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation>%1 außer Betrieb genommen.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AuditAlarm</name>
    <message>
        <source>The audit log is broken at event %1: %2. Someone may have cut or rewritten it. Compliance officers and executives have been alerted; verify it on the Audit page.</source>
        <translation>Das Audit-Protokoll weist bei Ereignis %1 einen Bruch auf: %2. Möglicherweise hat jemand es gekürzt oder umgeschrieben. Compliance-Officer und Führungskräfte wurden alarmiert; prüfen Sie es auf der Seite „Audit-Protokoll“.</translation>
    </message>
    <message>
        <source>The audit log has an acknowledged break (its details could not be read: %1).</source>
        <translation>Das Audit-Protokoll weist einen bestätigten Bruch auf (die Einzelheiten konnten nicht gelesen werden: %1).</translation>
    </message>
    <message>
        <source>The audit log has an acknowledged break at event %1: %2 acknowledged it on %3 (operating-system user %4), saying “%5”. Verification reports this break and checks everything else.</source>
        <translation>Das Audit-Protokoll weist bei Ereignis %1 einen bestätigten Bruch auf: %2 hat ihn am %3 bestätigt (Betriebssystem-Benutzer %4), mit der Begründung „%5“. Die Prüfung meldet diesen Bruch und prüft alles Übrige.</translation>
    </message>
    <message>
        <source>The audit log has an acknowledged break.</source>
        <translation>Das Audit-Protokoll weist einen bestätigten Bruch auf.</translation>
    </message>
</context>
<context>
    <name>cc::ui::AuditEventModel</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>%1 in UTC</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>cc::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Every change and every read of sensitive data, newest first, in a hash chain this console verifies on its own. Filters are applied by the server.</source>
        <translation>Jede Änderung und jeder Lesezugriff auf sensible Daten, neueste zuerst, in einer Hash-Kette, die diese Konsole selbst prüft. Filter werden vom Server angewendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain not verified yet in this session.&lt;/b&gt; Verify downloads every event, recomputes its hash and checks the server&apos;s signed checkpoints, without trusting the server&apos;s own verdict.</source>
        <translation>&lt;b&gt;Kette in dieser Sitzung noch nicht geprüft.&lt;/b&gt; Die Prüfung lädt jedes Ereignis herunter, berechnet seinen Hash neu und prüft die signierten Checkpoints des Servers, ohne dem eigenen Urteil des Servers zu vertrauen.</translation>
    </message>
    <message>
        <source>%p% · %v of %m events</source>
        <translation>%p% · %v von %m Ereignissen</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Download every event and check the chain here, independently of the server</source>
        <translation>Jedes Ereignis herunterladen und die Kette hier prüfen, unabhängig vom Server</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Stop the check that is running</source>
        <translation>Die laufende Prüfung anhalten</translation>
    </message>
    <message>
        <source>Ask &amp;server to verify</source>
        <translation>Server prüfen &amp;lassen</translation>
    </message>
    <message>
        <source>Ask server to verify</source>
        <translation>Server prüfen lassen</translation>
    </message>
    <message>
        <source>The server checks its own chain; only the console&apos;s own check is independent of it</source>
        <translation>Der Server prüft seine eigene Kette; nur die Prüfung durch die Konsole ist von ihm unabhängig</translation>
    </message>
    <message>
        <source>The server checks its own chain (GET /audit/verify). Useful, but only the console&apos;s own check is independent of it.</source>
        <translation>Der Server prüft seine eigene Kette (GET /audit/verify). Nützlich, aber nur die Prüfung durch die Konsole ist von ihm unabhängig.</translation>
    </message>
    <message>
        <source>Trust new signing key…</source>
        <translation>Neuem Signaturschlüssel vertrauen…</translation>
    </message>
    <message>
        <source>Trust new signing key</source>
        <translation>Neuem Signaturschlüssel vertrauen</translation>
    </message>
    <message>
        <source>Accept the server&apos;s new audit signing key, once you know why it changed</source>
        <translation>Den neuen Audit-Signaturschlüssel des Servers annehmen, sobald Sie wissen, warum er sich geändert hat</translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation>&amp;Nachweise exportieren…</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Nachweise exportieren</translation>
    </message>
    <message>
        <source>Save the server&apos;s signed evidence file for the filter&apos;s time range</source>
        <translation>Die signierte Nachweisdatei des Servers für den Zeitraum des Filters speichern</translation>
    </message>
    <message>
        <source>Save the server&apos;s signed evidence file (JSON lines) for the time range of the filter, or the whole log when none is set</source>
        <translation>Die signierte Nachweisdatei des Servers (JSON Lines) für den Zeitraum des Filters speichern, oder das ganze Protokoll, wenn keiner gesetzt ist</translation>
    </message>
    <message>
        <source>username or system</source>
        <translation>Benutzername oder system</translation>
    </message>
    <message>
        <source>e.g. access.* or user.add</source>
        <translation>z. B. access.* oder user.add</translation>
    </message>
    <message>
        <source>e.g. access_request</source>
        <translation>z. B. access_request</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Show only successes, refusals or failures</source>
        <translation>Nur Erfolge, Verweigerungen oder Fehlschläge zeigen</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Show only events from the start time on</source>
        <translation>Nur Ereignisse ab der Startzeit zeigen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Show only events before the end time</source>
        <translation>Nur Ereignisse vor der Endzeit zeigen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>Ask the server for the events matching these filters</source>
        <translation>Den Server nach den Ereignissen fragen, die diesen Filtern entsprechen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole log again</source>
        <translation>Wieder das ganze Protokoll zeigen</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Show only the events of this username, or of system</source>
        <translation>Nur die Ereignisse dieses Benutzernamens oder von system zeigen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Show only this action, or every action starting with a prefix that ends in *</source>
        <translation>Nur diese Aktion zeigen, oder jede Aktion, die mit einem Präfix beginnt, das auf * endet</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <source>Show only events about objects of this type</source>
        <translation>Nur Ereignisse zu Objekten dieses Typs zeigen</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Show only events about the object with this id</source>
        <translation>Nur Ereignisse zum Objekt mit dieser ID zeigen</translation>
    </message>
    <message>
        <source>Start of the time range</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Show only events from this local time on</source>
        <translation>Nur Ereignisse ab dieser Ortszeit zeigen</translation>
    </message>
    <message>
        <source>End of the time range</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Show only events before this local time</source>
        <translation>Nur Ereignisse vor dieser Ortszeit zeigen</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>Ak&amp;teur:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Every event of the audit log, newest first</source>
        <translation>Jedes Ereignis des Audit-Protokolls, neueste zuerst</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Every field of the selected event</source>
        <translation>Jedes Feld des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Das Audit-Protokoll ist leer.</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Keine Ereignisse entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>The start of the time range must be before its end.</source>
        <translation>Der Beginn des Zeitraums muss vor seinem Ende liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown, newest first</source>
        <translation>
            <numerusform>%n Ereignis angezeigt, neueste zuerst</numerusform>
            <numerusform>%n Ereignisse angezeigt, neueste zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s) shown, newest first</source>
        <translation>
            <numerusform>%n passendes Ereignis angezeigt, neueste zuerst</numerusform>
            <numerusform>%n passende Ereignisse angezeigt, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source> · older events load as you scroll</source>
        <translation> · ältere Ereignisse werden beim Scrollen geladen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time in UTC</source>
        <translation>Zeit in UTC</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (Benutzer %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Detail as recorded</source>
        <translation>Detail wie aufgezeichnet</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Vorheriger Hash-Wert</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash-Wert</translation>
    </message>
    <message>
        <source>Hash check</source>
        <translation>Hash-Prüfung</translation>
    </message>
    <message>
        <source>content recomputes to the recorded hash</source>
        <translation>Inhalt ergibt den aufgezeichneten Hash</translation>
    </message>
    <message>
        <source>content does NOT hash to the recorded hash</source>
        <translation>Inhalt ergibt NICHT den aufgezeichneten Hash</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verifying…&lt;/b&gt; downloading every event from the chain&apos;s base and recomputing its hash.</source>
        <translation>&lt;b&gt;Prüfung läuft…&lt;/b&gt; Jedes Ereignis ab der Basis der Kette wird heruntergeladen und sein Hash neu berechnet.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;Intact&lt;/b&gt; — verified by this console: %2 from the base to event %3 recomputed and linked, %4 verified with key %5.</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;Intakt&lt;/b&gt; – von dieser Konsole geprüft: %2 von der Basis bis Ereignis %3 neu berechnet und verknüpft, %4 mit Schlüssel %5 verifiziert.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s)</source>
        <translation>
            <numerusform>%n signierter Checkpoint</numerusform>
            <numerusform>%n signierte Checkpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Nicht geprüft&lt;/b&gt; – %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;%3 — %4</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;%3 – %4</translation>
    </message>
    <message>
        <source> at event %1</source>
        <translation> bei Ereignis %1</translation>
    </message>
    <message>
        <source>This console has not verified this server&apos;s log before.</source>
        <translation>Diese Konsole hat das Protokoll dieses Servers noch nie geprüft.</translation>
    </message>
    <message>
        <source>Last verified by this console: %1, up to event %2 (hash %3…), signing key %4. The next check must find the same history.</source>
        <translation>Zuletzt von dieser Konsole geprüft: %1, bis Ereignis %2 (Hash %3…), Signaturschlüssel %4. Die nächste Prüfung muss denselben Verlauf vorfinden.</translation>
    </message>
    <message>
        <source>not yet trusted</source>
        <translation>noch nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Trust the new signing key?</source>
        <translation>Dem neuen Signaturschlüssel vertrauen?</translation>
    </message>
    <message>
        <source>Trust the server&apos;s new audit signing key &lt;b&gt;%1&lt;/b&gt;?&lt;p&gt;Do this only if you know why it changed (the store&apos;s master key was replaced). Someone with access to the server could otherwise sign checkpoints of a rewritten history.</source>
        <translation>Dem neuen Audit-Signaturschlüssel &lt;b&gt;%1&lt;/b&gt; des Servers vertrauen?&lt;p&gt;Tun Sie dies nur, wenn Sie wissen, warum er sich geändert hat (der Hauptschlüssel des Stores wurde ersetzt). Sonst könnte jemand mit Zugang zum Server Checkpoints eines umgeschriebenen Verlaufs signieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server is verifying its chain…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Server prüft seine Kette…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server could not verify its chain&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Der Server konnte seine Kette nicht prüfen&lt;/b&gt; – %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;Intact, says the server&lt;/b&gt; — it checked %2 up to event %3 and %4. This is the server&apos;s own verdict; use Verify chain for a check that does not trust it.</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;Intakt laut Server&lt;/b&gt; – er hat %2 bis Ereignis %3 und %4 geprüft. Dies ist das eigene Urteil des Servers; nutzen Sie „Kette prüfen“ für eine Prüfung, die ihm nicht vertraut.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;BROKEN, says the server&lt;/b&gt;%2 — %3</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;BESCHÄDIGT laut Server&lt;/b&gt;%2 – %3</translation>
    </message>
    <message>
        <source>Export audit evidence</source>
        <translation>Audit-Nachweise exportieren</translation>
    </message>
    <message>
        <source>Signed evidence (JSON lines) (*.jsonl);;All files (*)</source>
        <translation>Signierte Nachweise (JSON Lines) (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The evidence could not be exported: %1</source>
        <translation>Die Nachweise konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Evidence saved to %1 (%2 bytes). Check it with `compliancectl audit verify-export %1`.</source>
        <translation>Nachweise in %1 gespeichert (%2 Bytes). Prüfen Sie sie mit `compliancectl audit verify-export %1`.</translation>
    </message>
    <message>
        <source>Events that matched the server&apos;s anchors outside its database: %1, so the log was neither cut nor rewritten up to the newest anchor.</source>
        <translation>Ereignisse, die mit den Ankern des Servers außerhalb seiner Datenbank übereinstimmten: %1; das Protokoll wurde also bis zum neuesten Anker weder gekürzt noch umgeschrieben.</translation>
    </message>
    <message>
        <source>The server has no anchor outside its database yet: the checkpoints are the only proof against a rewritten history.</source>
        <translation>Der Server hat noch keinen Anker außerhalb seiner Datenbank: Die Checkpoints sind der einzige Nachweis gegen einen umgeschriebenen Verlauf.</translation>
    </message>
    <message>
        <source>Break acknowledged at event %1 on %2 by %3 (%4): “%5”. The events lost or altered there cannot be checked.</source>
        <translation>Bruch bei Ereignis %1 am %2 von %3 (%4) bestätigt: „%5“. Die dort verlorenen oder veränderten Ereignisse können nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Your other sessions end when the password changes; this console stays signed in.</source>
        <translation>Ihre anderen Sitzungen enden, wenn sich das Passwort ändert; diese Konsole bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>The password you sign in with now</source>
        <translation>Das Passwort, mit dem Sie sich derzeit anmelden</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>The password you choose, at least 12 characters</source>
        <translation>Das von Ihnen gewählte Passwort, mindestens 12 Zeichen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>The new password once more, so a typing mistake does not lock you out</source>
        <translation>Das neue Passwort noch einmal, damit ein Tippfehler Sie nicht aussperrt</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Wie&amp;derholung:</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>6-stelliger Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now</source>
        <translation>Der 6-stellige Code, den Ihre Authenticator-App gerade anzeigt</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;Einmalcode:</translation>
    </message>
    <message>
        <source>At least 12 characters, not containing your name or e-mail, not a dictionary word or a common password, and none of your last passwords.</source>
        <translation>Mindestens 12 Zeichen, ohne Ihren Namen oder Ihre E-Mail-Adresse, kein Wörterbuchwort oder gängiges Passwort und keines Ihrer letzten Passwörter.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Das neue Passwort festlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without changing the password</source>
        <translation>Schließen, ohne das Passwort zu ändern</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same password twice.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich: Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>cc::ui::CommentDialog</name>
    <message>
        <source>Please write a few words: they are kept in the audit log.</source>
        <translation>Bitte schreiben Sie ein paar Worte: Sie werden im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>%1, with what you wrote</source>
        <translation>%1, mit Ihrem Text</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without doing anything</source>
        <translation>Schließen, ohne etwas zu tun</translation>
    </message>
</context>
<context>
    <name>cc::ui::ConsoleLauncher</name>
    <message>
        <source>Timed out after %1 s waiting for the console to load its data.</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten darauf, dass die Konsole ihre Daten lädt.</translation>
    </message>
    <message>
        <source>The demo store %1 does not exist.</source>
        <translation>Der Demo-Store %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The demo account&apos;s totp_secret is not valid base32.</source>
        <translation>Das totp_secret des Demo-Kontos ist kein gültiges Base32.</translation>
    </message>
    <message>
        <source>Cannot find the store server at %1.</source>
        <translation>Der Store-Server wurde unter %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>The demo store server did not start.

%1</source>
        <translation>Der Demo-Store-Server ist nicht gestartet.

%1</translation>
    </message>
    <message>
        <source>The demo store server stopped.

%1</source>
        <translation>Der Demo-Store-Server wurde beendet.

%1</translation>
    </message>
    <message>
        <source>Cannot read the demo store&apos;s certificate %1.</source>
        <translation>Das Zertifikat %1 des Demo-Stores kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot compute the demo account&apos;s one-time code: %1</source>
        <translation>Der Einmalcode des Demo-Kontos kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Could not sign in to the demo store: %1</source>
        <translation>Anmeldung am Demo-Store fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>--benchmark-first-paint needs the Audit page: sign in with audit:read.</source>
        <translation>--benchmark-first-paint benötigt die Audit-Seite: Melden Sie sich mit audit:read an.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Compliance Console</source>
        <translation>Compliance Console</translation>
    </message>
</context>
<context>
    <name>cc::ui::ControlTrend</name>
    <message>
        <source>No record</source>
        <translation>Kein Eintrag</translation>
    </message>
    <message>
        <source>%1: no record</source>
        <translation>%1: kein Eintrag</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s)</source>
        <translation>
            <numerusform>%1: %n Tag</numerusform>
            <numerusform>%1: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no record: %n day(s)</source>
        <translation>
            <numerusform>kein Eintrag: %n Tag</numerusform>
            <numerusform>kein Eintrag: %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::ControlsPage</name>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Each statement of the policy as a control, judged live from the store, with the records behind it.</source>
        <translation>Jede Aussage der Richtlinie als Kontrolle, live aus dem Datenbestand bewertet, mit den Datensätzen dahinter.</translation>
    </message>
    <message>
        <source>E&amp;xport evidence pack…</source>
        <translation>Nachweispaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>Nachweispaket exportieren</translation>
    </message>
    <message>
        <source>Save the signed evidence pack of a period: report, records and audit export</source>
        <translation>Das signierte Nachweispaket eines Zeitraums speichern: Bericht, Datensätze und Audit-Export</translation>
    </message>
    <message>
        <source>The policy&apos;s controls by group, each with its status, owner and summary</source>
        <translation>Die Kontrollen der Richtlinie nach Gruppe, jeweils mit Status, Verantwortlichem und Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Policy statement</source>
        <translation>Aussage der Richtlinie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>The records behind the status; click one to open the page that lists them</source>
        <translation>Die Datensätze hinter dem Status; ein Klick öffnet die Seite, die sie auflistet</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message numerus="yes">
        <source>The control&apos;s status on each of the last %n day(s), oldest first</source>
        <translation>
            <numerusform>Der Status der Kontrolle am letzten Tag</numerusform>
            <numerusform>Der Status der Kontrolle an jedem der letzten %n Tage, älteste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Who attested this control, with which document, and until when it holds</source>
        <translation>Wer diese Kontrolle bestätigt hat, mit welchem Dokument und bis wann sie gilt</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>Bestätigt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>There is no control %1.</source>
        <translation>Es gibt keine Kontrolle %1.</translation>
    </message>
    <message>
        <source>Could not read the controls: %1</source>
        <translation>Die Kontrollen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1
Evaluated %2</source>
        <translation>%1
Bewertet %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n Kontrolle</numerusform>
            <numerusform>%n Kontrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>bewertet %1</translation>
    </message>
    <message>
        <source>Select a control to see its evidence and history.</source>
        <translation>Wählen Sie eine Kontrolle, um ihre Nachweise und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Owner: %2 · Evaluated %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Verantwortlich: %2 · Bewertet %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Attest this control with &lt;code&gt;compliancectl controls attest --data DIR --control %1 --by USER --note TEXT --document FILE&lt;/code&gt; on the server: the documents are larger than the console may send.</source>
        <translation>Bestätigen Sie diese Kontrolle auf dem Server mit &lt;code&gt;compliancectl controls attest --data DIR --control %1 --by USER --note TEXT --document FILE&lt;/code&gt;: Die Dokumente sind größer, als die Konsole senden darf.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not compliant now</source>
        <translation>Derzeit nicht erfüllt</translation>
    </message>
    <message>
        <source>Compliant now; the daily record does not show it yet</source>
        <translation>Derzeit erfüllt; die tägliche Aufzeichnung zeigt es noch nicht</translation>
    </message>
    <message numerus="yes">
        <source>Compliant since %1 (%n day(s))</source>
        <translation>
            <numerusform>Erfüllt seit %1 (%n Tag)</numerusform>
            <numerusform>Erfüllt seit %1 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the attestations: %1</source>
        <translation>Die Bestätigungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 — “%2”; document %3 (%4 bytes, SHA-256 %5)</source>
        <translation>%1 – „%2“; Dokument %3 (%4 Bytes, SHA-256 %5)</translation>
    </message>
    <message>
        <source>Not attested yet.</source>
        <translation>Noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Save evidence pack</source>
        <translation>Nachweispaket speichern</translation>
    </message>
    <message>
        <source>Evidence pack (*.zip);;All files (*)</source>
        <translation>Nachweispaket (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The evidence pack</source>
        <translation>Das Nachweispaket</translation>
    </message>
    <message>
        <source>Check it with `compliancectl evidence verify %1`.</source>
        <translation>Prüfen Sie es mit `compliancectl evidence verify %1`.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ControlsSummary</name>
    <message>
        <source>Open the &amp;Controls page</source>
        <translation>Seite &amp;Kontrollen öffnen</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Open the Controls page</source>
        <translation>Seite Kontrollen öffnen</translation>
    </message>
    <message>
        <source>Every control of the policy with its evidence and history</source>
        <translation>Jede Kontrolle der Richtlinie mit Nachweisen und Verlauf</translation>
    </message>
    <message>
        <source>Failing controls</source>
        <translation>Nicht erfüllte Kontrollen</translation>
    </message>
    <message>
        <source>The controls that fail now; open one to see its evidence</source>
        <translation>Die derzeit nicht erfüllten Kontrollen; öffnen Sie eine, um ihre Nachweise zu sehen</translation>
    </message>
    <message>
        <source>Failing control</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>What fails</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>No control fails.</source>
        <translation>Alle Kontrollen sind ohne Befund.</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s) of the policy, judged live</source>
        <translation>
            <numerusform>%n Kontrolle der Richtlinie, live bewertet</numerusform>
            <numerusform>%n Kontrollen der Richtlinie, live bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not read the controls: %1</source>
        <translation>Die Kontrollen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::CredentialsPane</name>
    <message>
        <source>API credentials</source>
        <translation>API-Zugangsdaten</translation>
    </message>
    <message>
        <source>Active credentials, only those overdue for rotation, retired ones, or all</source>
        <translation>Aktive Zugangsdaten, nur die mit überfälliger Rotation, außer Betrieb genommene oder alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rotation overdue</source>
        <translation>Rotation überfällig</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>All credentials</source>
        <translation>Alle Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Add credential…</source>
        <translation>Zugangsdaten &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Record an API key or client used to reach Amazon</source>
        <translation>Einen API-Schlüssel oder Client erfassen, mit dem Amazon erreicht wird</translation>
    </message>
    <message>
        <source>Record &amp;rotation…</source>
        <translation>&amp;Rotation erfassen…</translation>
    </message>
    <message>
        <source>Record that the credential on show was rotated</source>
        <translation>Erfassen, dass die angezeigten Zugangsdaten rotiert wurden</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Außer Be&amp;trieb nehmen…</translation>
    </message>
    <message>
        <source>Retire the credential on show: it is revoked and no longer used</source>
        <translation>Die angezeigten Zugangsdaten außer Betrieb nehmen: Sie sind widerrufen und werden nicht mehr verwendet</translation>
    </message>
    <message>
        <source>The API credential register: each one&apos;s owner, where it is kept and its rotation</source>
        <translation>Das Verzeichnis der API-Zugangsdaten: Eigentümer, Aufbewahrungsort und Rotation</translation>
    </message>
    <message>
        <source>API credential</source>
        <translation>API-Zugangsdaten</translation>
    </message>
    <message>
        <source>The selected credential and its rotation</source>
        <translation>Die ausgewählten Zugangsdaten und ihre Rotation</translation>
    </message>
    <message>
        <source>No API credentials match. Record one with “Add credential…”.</source>
        <translation>Keine API-Zugangsdaten passen. Erfassen Sie welche mit „Zugangsdaten hinzufügen…“.</translation>
    </message>
    <message>
        <source>API credential #%1 is not in the register.</source>
        <translation>API-Zugangsdaten #%1 sind nicht im Verzeichnis.</translation>
    </message>
    <message>
        <source>No credential selected</source>
        <translation>Keine Zugangsdaten ausgewählt</translation>
    </message>
    <message>
        <source>Select a credential to see its owner, where it is kept and when it is due for rotation.</source>
        <translation>Wählen Sie Zugangsdaten, um Eigentümer, Aufbewahrungsort und Fälligkeit der Rotation zu sehen.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (nicht mehr aktiv)</translation>
    </message>
    <message>
        <source>Where it lives</source>
        <translation>Aufbewahrungsort</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Rotate every</source>
        <translation>Rotieren alle</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Zuletzt rotiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation>Rotation fällig</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added; rotation due %2.</source>
        <translation>%1 hinzugefügt; Rotation fällig am %2.</translation>
    </message>
    <message>
        <source>Rotation of %1 recorded; next due %2.</source>
        <translation>Rotation von %1 erfasst; nächste fällig am %2.</translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation>%1 außer Betrieb genommen.</translation>
    </message>
</context>
<context>
    <name>cc::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>Breaches Amazon must be told of</source>
        <translation>An Amazon zu meldende Verletzungen</translation>
    </message>
    <message>
        <source>Access requests pending</source>
        <translation>Offene Zugriffsanfragen</translation>
    </message>
    <message>
        <source>Asset reviews overdue</source>
        <translation>Überfällige Asset-Überprüfungen</translation>
    </message>
    <message>
        <source>Open incidents by severity</source>
        <translation>Offene Vorfälle nach Schweregrad</translation>
    </message>
    <message>
        <source>A bar chart of the open incidents per severity</source>
        <translation>Ein Balkendiagramm der offenen Vorfälle je Schweregrad</translation>
    </message>
    <message>
        <source>Amazon notification clocks</source>
        <translation>Amazon-Meldefristen</translation>
    </message>
    <message>
        <source>Open incidents involving Amazon data and when Amazon must be told</source>
        <translation>Offene Vorfälle mit Amazon-Daten und bis wann Amazon benachrichtigt werden muss</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notify Amazon by</source>
        <translation>Amazon benachrichtigen bis</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <source>Amazon notified</source>
        <translation>Amazon benachrichtigt</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged</source>
        <translation>%1 von %2 bestätigt</translation>
    </message>
    <message>
        <source>What needs attention now, and how the last twelve months went. Each figure says whose items it counts.</source>
        <translation>Was jetzt Aufmerksamkeit braucht und wie die letzten zwölf Monate verliefen. Jede Zahl sagt, wessen Einträge sie zählt.</translation>
    </message>
    <message>
        <source>Access review items undecided</source>
        <translation>Unentschiedene Punkte von Zugriffsüberprüfungen</translation>
    </message>
    <message>
        <source>Asset reviews due soon</source>
        <translation>Bald fällige Asset-Überprüfungen</translation>
    </message>
    <message>
        <source>Breach acknowledgements awaited</source>
        <translation>Ausstehende Bestätigungen von Verletzungen</translation>
    </message>
    <message>
        <source>Open monitoring alerts</source>
        <translation>Offene Überwachungsalarme</translation>
    </message>
    <message>
        <source>Amazon deletion requests open</source>
        <translation>Offene Löschanfragen von Amazon</translation>
    </message>
    <message>
        <source>Controls failing</source>
        <translation>Nicht erfüllte Kontrollen</translation>
    </message>
    <message>
        <source>Orders holding PII</source>
        <translation>Bestellungen mit personenbezogenen Daten</translation>
    </message>
    <message>
        <source>Not a link: the page behind this figure is not one you can open.</source>
        <translation>Kein Link: Die Seite hinter dieser Zahl können Sie nicht öffnen.</translation>
    </message>
    <message>
        <source>Not a link: you see the company-wide count, but the items behind it need the %1 permission, which you do not hold.</source>
        <translation>Kein Link: Sie sehen die unternehmensweite Zahl, aber die Einträge dahinter erfordern die Berechtigung %1, die Sie nicht haben.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n months, company-wide</source>
        <translation>
            <numerusform>Der letzte %n Monat, unternehmensweit</numerusform>
            <numerusform>Die letzten %n Monate, unternehmensweit</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;board report…</source>
        <translation>&amp;Vorstandsbericht exportieren…</translation>
    </message>
    <message>
        <source>Export board report</source>
        <translation>Vorstandsbericht exportieren</translation>
    </message>
    <message>
        <source>Save these counts and trends as a PDF for the board</source>
        <translation>Diese Zahlen und Verläufe als PDF für den Vorstand speichern</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Eröffnete Vorfälle</translation>
    </message>
    <message>
        <source>Time to contain</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation>Zugriffsanfragen</translation>
    </message>
    <message>
        <source>Reviews on time</source>
        <translation>Rechtzeitige Überprüfungen</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Could not read the dashboard: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Company-wide</source>
        <translation>Unternehmensweit</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>eröffnet</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>made</source>
        <translation>gestellt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>decided in time</source>
        <translation>rechtzeitig entschieden</translation>
    </message>
    <message>
        <source>at month end</source>
        <translation>zum Monatsende</translation>
    </message>
    <message>
        <source>No open incident you can see involves Amazon data.</source>
        <translation>Kein offener Vorfall, den Sie sehen, betrifft Amazon-Daten.</translation>
    </message>
    <message>
        <source>Save board report</source>
        <translation>Vorstandsbericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The board report</source>
        <translation>Der Vorstandsbericht</translation>
    </message>
</context>
<context>
    <name>cc::ui::DeletionRequestDialog</name>
    <message>
        <source>Record Amazon&apos;s request</source>
        <translation>Anfrage von Amazon erfassen</translation>
    </message>
    <message numerus="yes">
        <source>Record a deletion or return request as Amazon sent it. It is due %n hour(s) after it was received.</source>
        <translation>
            <numerusform>Eine Lösch- oder Rückgabeanfrage so erfassen, wie Amazon sie gesendet hat. Sie ist %n Stunde nach Eingang fällig.</numerusform>
            <numerusform>Eine Lösch- oder Rückgabeanfrage so erfassen, wie Amazon sie gesendet hat. Sie ist %n Stunden nach Eingang fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amazon&apos;s reference for the request</source>
        <translation>Amazons Referenz der Anfrage</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>When Amazon&apos;s request arrived, in UTC</source>
        <translation>Wann Amazons Anfrage einging, in UTC</translation>
    </message>
    <message>
        <source>Delete the data</source>
        <translation>Daten löschen</translation>
    </message>
    <message>
        <source>Return the data, then delete it</source>
        <translation>Daten zurückgeben, dann löschen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Whether Amazon asks to delete the data or to have it returned (and then deleted)</source>
        <translation>Ob Amazon die Löschung der Daten verlangt oder ihre Rückgabe (und danach Löschung)</translation>
    </message>
    <message>
        <source>All data of a client</source>
        <translation>Alle Daten eines Kunden</translation>
    </message>
    <message>
        <source>Some orders of a client</source>
        <translation>Einige Bestellungen eines Kunden</translation>
    </message>
    <message>
        <source>One buyer&apos;s orders</source>
        <translation>Bestellungen eines Käufers</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>What the request covers</source>
        <translation>Was die Anfrage umfasst</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>The client account the request is about</source>
        <translation>Das Kundenkonto, um das es in der Anfrage geht</translation>
    </message>
    <message>
        <source>One Amazon order id per line, e.g. 114-1234567-1234567</source>
        <translation>Eine Amazon-Bestellnummer pro Zeile, z. B. 114-1234567-1234567</translation>
    </message>
    <message>
        <source>Order ids</source>
        <translation>Bestellnummern</translation>
    </message>
    <message>
        <source>The Amazon order ids the request names</source>
        <translation>Die Amazon-Bestellnummern, die die Anfrage nennt</translation>
    </message>
    <message>
        <source>Buyer e-mail</source>
        <translation>E-Mail des Käufers</translation>
    </message>
    <message>
        <source>The buyer&apos;s e-mail address: sealed at rest, erased at fulfilment</source>
        <translation>Die E-Mail-Adresse des Käufers: gespeichert versiegelt, bei Erfüllung gelöscht</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Re&amp;ceived at:</source>
        <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Order ids:</source>
        <translation>&amp;Bestellnummern:</translation>
    </message>
    <message>
        <source>&amp;Buyer e-mail:</source>
        <translation>E-Mail des &amp;Käufers:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Record the request; its countdown starts from its receipt</source>
        <translation>Die Anfrage erfassen; ihre Frist läuft ab dem Eingang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hour(s) after receipt)</source>
        <translation>
            <numerusform>%1 (%n Stunde nach Eingang)</numerusform>
            <numerusform>%1 (%n Stunden nach Eingang)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DeviceDialog</name>
    <message>
        <source>The device encrypts what it holds</source>
        <translation>Das Gerät verschlüsselt, was es speichert</translation>
    </message>
    <message>
        <source>Change device</source>
        <translation>Gerät bearbeiten</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Gerät erfassen</translation>
    </message>
    <message>
        <source>The policy allows no Amazon data on removable devices, except anonymised aggregates such as overall sales figures.</source>
        <translation>Die Richtlinie erlaubt keine Amazon-Daten auf Wechseldatenträgern, außer anonymisierten Summen wie Gesamtumsatzzahlen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What sort of device it is</source>
        <translation>Um welche Art Gerät es sich handelt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>A name that tells the device apart, unique in the register</source>
        <translation>Ein Name, der das Gerät unterscheidet, eindeutig im Register</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>The maker&apos;s serial number, if it has one</source>
        <translation>Die Seriennummer des Herstellers, falls vorhanden</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>The username of the active person who holds the device</source>
        <translation>Der Benutzername der aktiven Person, die das Gerät hat</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Whether the device encrypts what it holds</source>
        <translation>Ob das Gerät verschlüsselt, was es speichert</translation>
    </message>
    <message>
        <source>Approved use</source>
        <translation>Zulässige Nutzung</translation>
    </message>
    <message>
        <source>What the device may carry: no Amazon data, or anonymised aggregates only</source>
        <translation>Was das Gerät tragen darf: keine Amazon-Daten oder nur anonymisierte Summen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Inhaber:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Approved use:</source>
        <translation>&amp;Zulässige Nutzung:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Save the changes to the device</source>
        <translation>Die Änderungen am Gerät speichern</translation>
    </message>
    <message>
        <source>Add the device to the register</source>
        <translation>Das Gerät ins Register aufnehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
</context>
<context>
    <name>cc::ui::DeviceModel</name>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Approved use</source>
        <translation>Zulässige Nutzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cc::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Removable media and portable machines: who holds each, whether it is encrypted and what it may carry.</source>
        <translation>Wechseldatenträger und mobile Geräte: wer sie hat, ob sie verschlüsselt sind und was sie tragen dürfen.</translation>
    </message>
    <message>
        <source>Devices to show</source>
        <translation>Anzuzeigende Geräte</translation>
    </message>
    <message>
        <source>Devices in use, retired ones, or all</source>
        <translation>Geräte in Gebrauch, außer Betrieb oder alle</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>Approved use to show</source>
        <translation>Anzuzeigende Nutzung</translation>
    </message>
    <message>
        <source>Only the devices approved for one use, or any</source>
        <translation>Nur die für eine Nutzung zugelassenen Geräte, oder alle</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Jede Nutzung</translation>
    </message>
    <message>
        <source>No Amazon data</source>
        <translation>Keine Amazon-Daten</translation>
    </message>
    <message>
        <source>Aggregates only</source>
        <translation>Nur Summen</translation>
    </message>
    <message>
        <source>Encryption to show</source>
        <translation>Anzuzeigende Verschlüsselung</translation>
    </message>
    <message>
        <source>Only encrypted devices, only unencrypted ones, or any</source>
        <translation>Nur verschlüsselte, nur unverschlüsselte oder alle Geräte</translation>
    </message>
    <message>
        <source>Encrypted or not</source>
        <translation>Verschlüsselt oder nicht</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Register device…</source>
        <translation>Gerät &amp;erfassen…</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Gerät erfassen</translation>
    </message>
    <message>
        <source>Add a removable or portable device to the register</source>
        <translation>Einen Wechseldatenträger oder ein mobiles Gerät ins Register aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change device</source>
        <translation>Gerät bearbeiten</translation>
    </message>
    <message>
        <source>Change the selected device&apos;s holder, encryption or approved use</source>
        <translation>Inhaber, Verschlüsselung oder zulässige Nutzung des gewählten Geräts ändern</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Außer Betrieb &amp;nehmen…</translation>
    </message>
    <message>
        <source>Retire device</source>
        <translation>Gerät außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>Mark the selected device as no longer in use; it stays in the register</source>
        <translation>Das gewählte Gerät als nicht mehr in Gebrauch markieren; es bleibt im Register</translation>
    </message>
    <message>
        <source>The device register: holder, encryption and approved use of each device</source>
        <translation>Das Geräteregister: Inhaber, Verschlüsselung und zulässige Nutzung jedes Geräts</translation>
    </message>
    <message>
        <source>Could not load the devices: %1</source>
        <translation>Die Geräte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the devices.</source>
        <translation>Die Geräte konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nichts entspricht dem Filter.</translation>
    </message>
    <message>
        <source>No devices match. Managers register them with “Register device…”.</source>
        <translation>Keine passenden Geräte. Manager erfassen sie mit „Gerät erfassen…“.</translation>
    </message>
    <message>
        <source>Device “%1” registered.</source>
        <translation>Gerät „%1“ erfasst.</translation>
    </message>
    <message>
        <source>Device “%1” changed.</source>
        <translation>Gerät „%1“ geändert.</translation>
    </message>
    <message>
        <source>Retire “%1”? It stays in the register as no longer in use.</source>
        <translation>„%1“ außer Betrieb nehmen? Es bleibt als nicht mehr in Gebrauch im Register.</translation>
    </message>
    <message>
        <source>The device could not be retired: %1</source>
        <translation>Das Gerät konnte nicht außer Betrieb genommen werden: %1</translation>
    </message>
    <message>
        <source>Device “%1” retired.</source>
        <translation>Gerät „%1“ außer Betrieb genommen.</translation>
    </message>
</context>
<context>
    <name>cc::ui::EditUserDialog</name>
    <message>
        <source>Change %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>The person&apos;s name as the console shows it</source>
        <translation>Der Name der Person, wie die Konsole ihn anzeigt</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Where the person&apos;s notifications and codes go</source>
        <translation>Wohin die Benachrichtigungen und Codes der Person gehen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Optional, e.g. Data analyst, CTO</source>
        <translation>Optional, z. B. Datenanalyst, CTO</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>The person&apos;s job title; optional</source>
        <translation>Die Funktion der Person; optional</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>F&amp;unktion:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Nobody changes their own roles: ask another administrator.</source>
        <translation>Niemand ändert seine eigenen Rollen: Wenden Sie sich an einen anderen Administrator.</translation>
    </message>
    <message>
        <source>Whoever manages accounts does not also approve access: Admin and Compliance officer are never given together. Giving Admin, Compliance officer or Executive alerts the compliance officers and executives.</source>
        <translation>Wer Konten verwaltet, genehmigt nicht auch Zugriffe: Administrator und Compliance-Officer werden nie zusammen vergeben. Die Vergabe von Administrator, Compliance-Officer oder Führungskraft alarmiert die Compliance-Officer und Führungskräfte.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Send the changed details to the server</source>
        <translation>Die geänderten Angaben an den Server senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without changing the account</source>
        <translation>Schließen, ohne das Konto zu ändern</translation>
    </message>
    <message>
        <source>Designate them %1: one person at a time holds it</source>
        <translation>Als %1 benennen: Es hat immer nur eine Person inne</translation>
    </message>
    <message>
        <source>Designations:</source>
        <translation>Benennungen:</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <source>Who hears when their asset reviews are long overdue; empty for none</source>
        <translation>Wer benachrichtigt wird, wenn ihre Asset-Überprüfungen lange überfällig sind; leer für niemanden</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Vorgesetzte(r):</translation>
    </message>
</context>
<context>
    <name>cc::ui::EndThirdPartyDialog</name>
    <message>
        <source>End %1</source>
        <translation>%1 beenden</translation>
    </message>
    <message>
        <source>It no longer receives data from you: it leaves the assessment schedule and takes no further change.</source>
        <translation>Er erhält keine Daten mehr von Ihnen: Er fällt aus dem Bewertungsplan und nimmt keine Änderung mehr an.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>%1 außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>It is revoked and no longer used: it leaves the rotation schedule and takes no further change.</source>
        <translation>Sie sind widerrufen und werden nicht mehr verwendet: Sie fallen aus dem Rotationsplan und nehmen keine Änderung mehr an.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why, and since when</source>
        <translation>Warum und seit wann</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Retire the credential</source>
        <translation>Die Zugangsdaten außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>End the subcontractor</source>
        <translation>Den Unterauftragnehmer beenden</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Geben Sie den Grund an.</translation>
    </message>
</context>
<context>
    <name>cc::ui::EnrolmentCodePanel</name>
    <message>
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <source>The single-use code the person sets their credentials with</source>
        <translation>Der nur einmal gültige Code, mit dem die Person ihre Zugangsdaten festlegt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the enrolment code to the clipboard</source>
        <translation>Den Registrierungscode in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Whoever holds this code can enrol as the user until they do: hand it over in person; it is not shown again. The account records that you handed it over.</source>
        <translation>Wer diesen Code besitzt, kann sich als dieser Benutzer registrieren, bis die Person es selbst tut: Übergeben Sie ihn persönlich; er wird nicht erneut angezeigt. Das Konto hält fest, dass Sie ihn übergeben haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was created.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 wurde angelegt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The password of %1 was reset.&lt;/b&gt; Their sessions ended and their grants are suspended until they set a new password; they keep their authenticator app.</source>
        <translation>&lt;b&gt;Das Passwort von %1 wurde zurückgesetzt.&lt;/b&gt; Die Sitzungen der Person wurden beendet und ihre Freigaben sind ausgesetzt, bis sie ein neues Passwort festlegt; ihre Authenticator-App behält sie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The second factor of %1 was reset.&lt;/b&gt; Their sessions ended and their grants are suspended until they enrol a new authenticator with their current password.</source>
        <translation>&lt;b&gt;Der zweite Faktor von %1 wurde zurückgesetzt.&lt;/b&gt; Die Sitzungen der Person wurden beendet und ihre Freigaben sind ausgesetzt, bis sie mit ihrem aktuellen Passwort einen neuen Authenticator registriert.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Their enrolment code was e-mailed to %2. They choose &quot;I have an enrolment code&quot; when signing in, before %3.</source>
        <translation>%1&lt;br&gt;Der Registrierungscode wurde per E-Mail an %2 gesendet. Die Person wählt vor %3 bei der Anmeldung „Ich habe einen Registrierungscode“.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Give them this enrolment code. They choose &quot;I have an enrolment code&quot; when signing in, before %2; it works once.</source>
        <translation>%1&lt;br&gt;Geben Sie der Person diesen Registrierungscode. Sie wählt vor %2 bei der Anmeldung „Ich habe einen Registrierungscode“; der Code gilt nur einmal.</translation>
    </message>
</context>
<context>
    <name>cc::ui::EnrolmentForm</name>
    <message>
        <source>Your administrator gave you an enrolment code, or it came by e-mail. With it you choose your password and set up the authenticator app on your phone. The code works once.</source>
        <translation>Ihr Administrator hat Ihnen einen Registrierungscode gegeben, oder er kam per E-Mail. Damit wählen Sie Ihr Passwort und richten die Authenticator-App auf Ihrem Telefon ein. Der Code gilt nur einmal.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The user name your administrator gave you</source>
        <translation>Der Benutzername, den Ihnen Ihr Administrator gegeben hat</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <source>The single-use code you were given, with or without its dashes</source>
        <translation>Der nur einmal gültige Code, den Sie erhalten haben, mit oder ohne Bindestriche</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Registrierungs&amp;code:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>The password you choose, at least 12 characters; after a reset of your second factor, your current password</source>
        <translation>Das von Ihnen gewählte Passwort, mindestens 12 Zeichen; nach dem Zurücksetzen Ihres zweiten Faktors Ihr aktuelles Passwort</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>The same password once more, so a typing mistake does not lock you out</source>
        <translation>Dasselbe Passwort noch einmal, damit ein Tippfehler Sie nicht aussperrt</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Wie&amp;derholung:</translation>
    </message>
    <message>
        <source>At least 12 characters, not containing your name or e-mail, not a dictionary word or a common password, and not one you used before. After a reset of your second factor, type your current password here.</source>
        <translation>Mindestens 12 Zeichen, ohne Ihren Namen oder Ihre E-Mail-Adresse, kein Wörterbuchwort oder gängiges Passwort und keines, das Sie schon einmal verwendet haben. Nach dem Zurücksetzen Ihres zweiten Faktors geben Sie hier Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>QR code of your authenticator secret</source>
        <translation>QR-Code Ihres Authenticator-Geheimnisses</translation>
    </message>
    <message>
        <source>Scan it with your authenticator app; the same secret is written out beside it</source>
        <translation>Scannen Sie ihn mit Ihrer Authenticator-App; dasselbe Geheimnis steht daneben ausgeschrieben</translation>
    </message>
    <message>
        <source>Or type this key into the app (time-based, 6 digits, 30 seconds):</source>
        <translation>Oder geben Sie diesen Schlüssel in die App ein (zeitbasiert, 6 Ziffern, 30 Sekunden):</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Authenticator-Schlüssel</translation>
    </message>
    <message>
        <source>The secret your app needs, in groups of four</source>
        <translation>Das Geheimnis, das Ihre App benötigt, in Vierergruppen</translation>
    </message>
    <message>
        <source>It is shown only now: once you finish, nobody can see it again, the administrator included.</source>
        <translation>Es wird nur jetzt angezeigt: Sobald Sie abschließen, kann es niemand mehr sehen, auch der Administrator nicht.</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>6-stelliger Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now for this account</source>
        <translation>Der 6-stellige Code, den Ihre Authenticator-App gerade für dieses Konto anzeigt</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;Einmalcode:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your password is accepted.&lt;/b&gt; Now add this account to your authenticator app (for example FreeOTP, Aegis or Google Authenticator): scan the QR code, then type the code the app shows.</source>
        <translation>&lt;b&gt;Ihr Passwort wurde akzeptiert.&lt;/b&gt; Fügen Sie dieses Konto jetzt Ihrer Authenticator-App hinzu (zum Beispiel FreeOTP, Aegis oder Google Authenticator): Scannen Sie den QR-Code und geben Sie dann den Code ein, den die App anzeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your new password is accepted.&lt;/b&gt; Keep using the authenticator app you have: type the code it shows now for this account.</source>
        <translation>&lt;b&gt;Ihr neues Passwort wurde akzeptiert.&lt;/b&gt; Verwenden Sie weiterhin Ihre bisherige Authenticator-App: Geben Sie den Code ein, den sie gerade für dieses Konto anzeigt.</translation>
    </message>
</context>
<context>
    <name>cc::ui::EvidencePackDialog</name>
    <message>
        <source>Export evidence pack</source>
        <translation>Nachweispaket exportieren</translation>
    </message>
    <message>
        <source>The pack holds a PDF report, the records behind each control as CSV files, the signed audit export of the period and a signed manifest. Choose the days it covers.</source>
        <translation>Das Paket enthält einen PDF-Bericht, die Datensätze hinter jeder Kontrolle als CSV-Dateien, den signierten Audit-Export des Zeitraums und ein signiertes Manifest. Wählen Sie die Tage, die es abdeckt.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The first day the evidence pack covers</source>
        <translation>Der erste Tag, den das Nachweispaket abdeckt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The last day the evidence pack covers, included</source>
        <translation>Der letzte Tag, den das Nachweispaket abdeckt, einschließlich</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Choose where to save the evidence pack</source>
        <translation>Wählen, wo das Nachweispaket gespeichert wird</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Schließen, ohne zu exportieren</translation>
    </message>
    <message>
        <source>The first day must not be after the last.</source>
        <translation>Der erste Tag darf nicht nach dem letzten liegen.</translation>
    </message>
</context>
<context>
    <name>cc::ui::FileDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 saved to %2 (%3 bytes), SHA-256 %4.</source>
        <translation>%1 wurde unter %2 gespeichert (%3 Bytes), SHA-256 %4.</translation>
    </message>
</context>
<context>
    <name>cc::ui::GrantModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Granted by %1 at %2</source>
        <translation>Erteilt von %1 am %2</translation>
    </message>
    <message>
        <source>Revoked by %1 at %2: %3</source>
        <translation>Widerrufen von %1 am %2: %3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Granted at %1, approved by %2</source>
        <translation>Erteilt am %1, genehmigt von %2</translation>
    </message>
    <message>
        <source>%1&apos;s password or second factor was reset: the grant gives no access until they enrol again.</source>
        <translation>Passwort oder zweiter Faktor von %1 wurde zurückgesetzt: Die Freigabe gewährt keinen Zugriff, bis die Person sich erneut registriert.</translation>
    </message>
    <message>
        <source>Every order of client %1</source>
        <translation>Alle Bestellungen des Kunden %1</translation>
    </message>
    <message>
        <source>Only these orders of client %1: %2</source>
        <translation>Nur diese Bestellungen des Kunden %1: %2</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
</context>
<context>
    <name>cc::ui::ImportVulnerabilitiesDialog</name>
    <message>
        <source>Import scanner results</source>
        <translation>Scanner-Ergebnisse importieren</translation>
    </message>
    <message>
        <source>Every finding of the file is added, or none: a bad result or line is named and nothing is stored. Findings still open are not added twice.</source>
        <translation>Jeder Befund der Datei wird hinzugefügt, oder keiner: eine fehlerhafte Stelle oder Zeile wird genannt und nichts gespeichert. Noch offene Befunde werden nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 (Trivy, Grype, CodeQL, …)</source>
        <translation>SARIF 2.1.0 (Trivy, Grype, CodeQL, …)</translation>
    </message>
    <message>
        <source>debsecan</source>
        <translation>debsecan</translation>
    </message>
    <message>
        <source>debsecan --format detail</source>
        <translation>debsecan --format detail</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The scanner&apos;s output format</source>
        <translation>Das Ausgabeformat des Scanners</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The scanner&apos;s output file</source>
        <translation>Die Ausgabedatei des Scanners</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Pick the scanner&apos;s output file</source>
        <translation>Die Ausgabedatei des Scanners auswählen</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Put every finding on this asset, or none</source>
        <translation>Jeden Befund diesem Asset zuordnen, oder keinem</translation>
    </message>
    <message>
        <source>Each finding&apos;s own package or file</source>
        <translation>Paket oder Datei des jeweiligen Befunds</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Name one component for every finding instead of each finding&apos;s own</source>
        <translation>Eine Komponente für alle Befunde nennen statt der jedes Befunds</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Asset:</source>
        <translation>&amp;Asset:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Komponente:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Send the file to the store</source>
        <translation>Die Datei an den Speicher senden</translation>
    </message>
    <message>
        <source>Scanner results</source>
        <translation>Scanner-Ergebnisse</translation>
    </message>
    <message>
        <source>Scanner results (*.sarif *.json *.txt);;All files (*)</source>
        <translation>Scanner-Ergebnisse (*.sarif *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was stored: %2</source>
        <translation>%1 wurde nicht importiert, nichts wurde gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentContactPanel</name>
    <message>
        <source>Incident Management Point of Contact</source>
        <translation>Ansprechpartner für das Vorfallmanagement (IMPOC)</translation>
    </message>
    <message>
        <source>IMPOC</source>
        <translation>IMPOC</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <source>Breach notices to the IMPOC and the deputy</source>
        <translation>Meldungen von Datenschutzverletzungen an den IMPOC und die Stellvertretung</translation>
    </message>
    <message>
        <source>The last breach notices that reached the IMPOC or the deputy, and how long each took to acknowledge; late ones in red</source>
        <translation>Die letzten Meldungen von Datenschutzverletzungen an den IMPOC oder die Stellvertretung und wie lange jede Bestätigung dauerte; verspätete in Rot</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Nobody designated: an administrator designates one on the Users page.</source>
        <translation>Niemand benannt: Ein Administrator benennt jemanden auf der Seite „Benutzer“.</translation>
    </message>
    <message>
        <source>can be reached</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>not enrolled in two-factor sign-in</source>
        <translation>nicht für die Zwei-Faktor-Anmeldung registriert</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Breach notices reach them first, to be acknowledged within %1 h (the policy). Notices of the last %2 days.</source>
        <translation>Meldungen von Datenschutzverletzungen erreichen sie zuerst und sind innerhalb von %1 h zu bestätigen (Richtlinie). Meldungen der letzten %2 Tage.</translation>
    </message>
    <message>
        <source>%1 (deputy)</source>
        <translation>%1 (Stellvertretung)</translation>
    </message>
    <message>
        <source>%1 (IMPOC)</source>
        <translation>%1 (IMPOC)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>not yet, overdue</source>
        <translation>noch nicht, überfällig</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Later than the policy&apos;s %1 h</source>
        <translation>Später als die %1 h der Richtlinie</translation>
    </message>
    <message>
        <source>No breach notice reached them in the last %1 days.</source>
        <translation>In den letzten %1 Tagen hat sie keine Meldung einer Datenschutzverletzung erreicht.</translation>
    </message>
    <message>
        <source>Could not read the incident contacts: %1</source>
        <translation>Die Vorfallkontakte konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentEditDialog</name>
    <message>
        <source>Edit incident #%1</source>
        <translation>Vorfall #%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Schwere&amp;grad:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>username; empty for nobody</source>
        <translation>Benutzername; leer für niemanden</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>Amazon data is (or may be) involved</source>
        <translation>Amazon-Daten sind (möglicherweise) betroffen</translation>
    </message>
    <message>
        <source>Once set, the flag stays; add a note if it was a false alarm.</source>
        <translation>Einmal gesetzt, bleibt die Markierung; fügen Sie eine Notiz hinzu, falls es ein Fehlalarm war.</translation>
    </message>
    <message>
        <source>The CTO and the CEO are notified as soon as you save.</source>
        <translation>Der CTO und der CEO werden benachrichtigt, sobald Sie speichern.</translation>
    </message>
    <message>
        <source>Amazon notification</source>
        <translation>Benachrichtigung an Amazon</translation>
    </message>
    <message>
        <source>Amazon has been &amp;notified</source>
        <translation>Amazon wurde be&amp;nachrichtigt</translation>
    </message>
    <message>
        <source>Noti&amp;fied at:</source>
        <translation>Benachrichtigt &amp;am:</translation>
    </message>
    <message>
        <source>Amazon&apos;s case or ticket number</source>
        <translation>Fall- oder Ticketnummer von Amazon</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What happened, in a few words; required</source>
        <translation>Was passiert ist, in wenigen Worten; Pflichtfeld</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What happened and what is known so far</source>
        <translation>Was passiert ist und was bisher bekannt ist</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>How bad it is, from 1 (critical) to 4 (low)</source>
        <translation>Wie schwerwiegend es ist, von 1 (kritisch) bis 4 (niedrig)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>What kind of incident this is</source>
        <translation>Um welche Art von Vorfall es sich handelt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>The user name of whoever handles the incident; empty for nobody</source>
        <translation>Der Benutzername der Person, die den Vorfall bearbeitet; leer für niemanden</translation>
    </message>
    <message>
        <source>Amazon data involved</source>
        <translation>Amazon-Daten betroffen</translation>
    </message>
    <message>
        <source>Once ticked it stays; the CTO and CEO are told as soon as you save</source>
        <translation>Einmal angehakt, bleibt es gesetzt; CTO und CEO werden informiert, sobald Sie speichern</translation>
    </message>
    <message>
        <source>Amazon has been notified</source>
        <translation>Amazon wurde benachrichtigt</translation>
    </message>
    <message>
        <source>Tick once Amazon was told of the breach; this stops the 24-hour clock</source>
        <translation>Anhaken, sobald Amazon über die Datenschutzverletzung informiert wurde; dies stoppt die 24-Stunden-Frist</translation>
    </message>
    <message>
        <source>Notified at</source>
        <translation>Benachrichtigt am</translation>
    </message>
    <message>
        <source>When Amazon was told, in your local time</source>
        <translation>Wann Amazon informiert wurde, in Ihrer Ortszeit</translation>
    </message>
    <message>
        <source>Amazon reference</source>
        <translation>Amazon-Referenz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the changes to the incident</source>
        <translation>Die Änderungen am Vorfall speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentModel</name>
    <message>
        <source>done %1</source>
        <translation>erledigt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation>Amazon-Daten</translation>
    </message>
    <message>
        <source>Amazon notified</source>
        <translation>Amazon benachrichtigt</translation>
    </message>
    <message>
        <source>not notified</source>
        <translation>nicht benachrichtigt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Amazon must be notified by %1</source>
        <translation>Amazon muss bis %1 benachrichtigt werden</translation>
    </message>
    <message>
        <source>Containment target: %1</source>
        <translation>Ziel für die Eindämmung: %1</translation>
    </message>
    <message>
        <source>Triage target: %1</source>
        <translation>Ziel für die Einstufung: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amazon</source>
        <translation>Amazon-Daten</translation>
    </message>
    <message>
        <source>Notify Amazon</source>
        <translation>Amazon benachrichtigen</translation>
    </message>
    <message>
        <source>Next target</source>
        <translation>Nächstes Ziel</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
</context>
<context>
    <name>cc::ui::IncidentsPage</name>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Executives notified</source>
        <translation>Führungskräfte benachrichtigt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Clock overdue</source>
        <translation>Frist überschritten</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Interruptions, degradations and security events. A breach involving Amazon data notifies the CTO and CEO at once; Amazon must be told within 24 hours.</source>
        <translation>Unterbrechungen, Beeinträchtigungen und Sicherheitsereignisse. Eine Datenschutzverletzung mit Amazon-Daten benachrichtigt sofort CTO und CEO; Amazon muss innerhalb von 24 Stunden informiert werden.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Incidents to show</source>
        <translation>Anzuzeigende Vorfälle</translation>
    </message>
    <message>
        <source>Open incidents, all incidents, or those involving Amazon data</source>
        <translation>Offene Vorfälle, alle Vorfälle oder solche mit Amazon-Daten</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Alle Vorfälle</translation>
    </message>
    <message>
        <source>Involving Amazon data</source>
        <translation>Mit Amazon-Daten</translation>
    </message>
    <message>
        <source>A&amp;cknowledge</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the breach notification you received</source>
        <translation>Die erhaltene Meldung der Datenschutzverletzung bestätigen</translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Move the selected incident to its next step</source>
        <translation>Den ausgewählten Vorfall in den nächsten Schritt überführen</translation>
    </message>
    <message>
        <source>&amp;Report incident…</source>
        <translation>Vorfall &amp;melden…</translation>
    </message>
    <message>
        <source>Report incident</source>
        <translation>Vorfall melden</translation>
    </message>
    <message>
        <source>Report an interruption, a degradation of service or a security event</source>
        <translation>Eine Unterbrechung, eine Beeinträchtigung des Dienstes oder ein Sicherheitsereignis melden</translation>
    </message>
    <message>
        <source>Incidents with their severity, status and clocks</source>
        <translation>Vorfälle mit Schweregrad, Status und Fristen</translation>
    </message>
    <message>
        <source>Select an incident to see its timeline.</source>
        <translation>Wählen Sie einen Vorfall aus, um seinen Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Vorfall bearbeiten</translation>
    </message>
    <message>
        <source>Correct the incident, assign it, or record when Amazon was notified</source>
        <translation>Den Vorfall korrigieren, zuweisen oder erfassen, wann Amazon benachrichtigt wurde</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add a note to the incident&apos;s timeline</source>
        <translation>Eine Notiz zum Zeitverlauf des Vorfalls hinzufügen</translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation>Eine Notiz zum Zeitverlauf hinzufügen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Tick a task when it is done; double-click its owner to assign it (a username; empty for nobody).</source>
        <translation>Haken Sie eine Aufgabe ab, wenn sie erledigt ist; doppelklicken Sie auf „Verantwortlich“, um sie zuzuweisen (ein Benutzername; leer für niemanden).</translation>
    </message>
    <message>
        <source>Response plan</source>
        <translation>Reaktionsplan</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Vorfalldetails</translation>
    </message>
    <message>
        <source>The incident&apos;s timeline, response plan and executives</source>
        <translation>Zeitverlauf, Reaktionsplan und Führungskräfte des Vorfalls</translation>
    </message>
    <message>
        <source>What happened to the incident, when and by whom</source>
        <translation>Was mit dem Vorfall geschah, wann und durch wen</translation>
    </message>
    <message>
        <source>The response plan&apos;s tasks, who owns them and whether they are done</source>
        <translation>Die Aufgaben des Reaktionsplans, wer verantwortlich ist und ob sie erledigt sind</translation>
    </message>
    <message>
        <source>The executives told of a breach and whether they acknowledged it</source>
        <translation>Die über eine Datenschutzverletzung informierten Führungskräfte und ob sie bestätigt haben</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>Keine offenen Vorfälle.</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>Keine Vorfälle.</translation>
    </message>
    <message>
        <source>Could not read the incident: %1</source>
        <translation>Der Vorfall konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Amazon notified %1 (reference %2).</source>
        <translation>&lt;br&gt;Amazon benachrichtigt am %1 (Referenz %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amazon data involved&lt;/b&gt; — Amazon must be notified by %1 (%2).</source>
        <translation>&lt;b&gt;Amazon-Daten betroffen&lt;/b&gt; – Amazon muss bis %1 benachrichtigt werden (%2).</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;#%1 %2&lt;/h3&gt;%3 &amp;nbsp;%4 · %5 · reported by %6 · assigned to %7&lt;br&gt;Detected %8.%9&lt;p&gt;%10&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;#%1 %2&lt;/h3&gt;%3 &amp;nbsp;%4 · %5 · gemeldet von %6 · zugewiesen an %7&lt;br&gt;Erkannt am %8.%9&lt;p&gt;%10&lt;/p&gt;</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemanden</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Double-click to assign an owner (a username)</source>
        <translation>Doppelklicken, um eine verantwortliche Person zuzuweisen (ein Benutzername)</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message numerus="yes">
        <source>retrying after %n failed attempt(s)</source>
        <translation>
            <numerusform>neuer Versuch nach %n fehlgeschlagenem Versuch</numerusform>
            <numerusform>neuer Versuch nach %n fehlgeschlagenen Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <source>&amp;Mark %1…</source>
        <translation>&amp;Als %1 markieren…</translation>
    </message>
    <message>
        <source>Move the incident to its next step</source>
        <translation>Den Vorfall in den nächsten Schritt überführen</translation>
    </message>
    <message>
        <source>Needs the incidents:manage permission (incident response team).</source>
        <translation>Erfordert die Berechtigung incidents:manage (Incident-Response-Team).</translation>
    </message>
    <message>
        <source>Incident #%1 reported: %2; Amazon must be told by %3.</source>
        <translation>Vorfall #%1 gemeldet: %2; Amazon muss bis %3 informiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n executive(s) notified</source>
        <translation>
            <numerusform>%n Führungskraft benachrichtigt</numerusform>
            <numerusform>%n Führungskräfte benachrichtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident #%1 reported to the incident response team.</source>
        <translation>Vorfall #%1 wurde an das Incident-Response-Team gemeldet.</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>Vorfall wieder öffnen</translation>
    </message>
    <message>
        <source>Advance incident</source>
        <translation>Vorfall weiterführen</translation>
    </message>
    <message>
        <source>Reopen &lt;b&gt;#%1 %2&lt;/b&gt;? Say why.</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt; wieder öffnen? Bitte begründen Sie.</translation>
    </message>
    <message>
        <source>Mark &lt;b&gt;#%1 %2&lt;/b&gt; as &lt;b&gt;%3&lt;/b&gt;?</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt; als &lt;b&gt;%3&lt;/b&gt; markieren?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Note for the timeline (optional):</source>
        <translation>&amp;Notiz für den Zeitverlauf (optional):</translation>
    </message>
    <message>
        <source>Incident #%1 is now %2.</source>
        <translation>Vorfall #%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>You acknowledged the breach notification for incident #%1.</source>
        <translation>Sie haben die Meldung der Datenschutzverletzung für Vorfall #%1 bestätigt.</translation>
    </message>
    <message>
        <source>Incident #%1 updated.</source>
        <translation>Vorfall #%1 aktualisiert.</translation>
    </message>
    <message>
        <source>Add a note to the timeline of &lt;b&gt;#%1 %2&lt;/b&gt;.</source>
        <translation>Eine Notiz zum Zeitverlauf von &lt;b&gt;#%1 %2&lt;/b&gt; hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Note added to incident #%1.</source>
        <translation>Notiz zu Vorfall #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>Wieder geöffnet: %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Save the post-incident report of this incident as a PDF</source>
        <translation>Den Nachbericht dieses Vorfalls als PDF speichern</translation>
    </message>
    <message>
        <source>Save the post-incident report (timeline, response plan, executives, Amazon) as a PDF</source>
        <translation>Den Nachbericht (Verlauf, Reaktionsplan, Führungskräfte, Amazon) als PDF speichern</translation>
    </message>
    <message>
        <source>Save post-incident report</source>
        <translation>Nachbericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The report of incident %1</source>
        <translation>Der Bericht zu Vorfall %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::LeaverItemsDialog</name>
    <message>
        <source>What %1 leaves behind</source>
        <translation>Was %1 hinterlässt</translation>
    </message>
    <message>
        <source>%1 is offboarded. Their assets stay assigned to them, flagged, until a manager gives each another owner%2.</source>
        <translation>%1 ist ausgeschieden. Die Assets bleiben der Person markiert zugewiesen, bis ein Manager jedem eine andere verantwortliche Person gibt%2.</translation>
    </message>
    <message>
        <source> (Assets page, filter “To reassign”): tell the managers</source>
        <translation> (Seite Asset-Inventar, Filter „Neu zuzuweisen“): Sagen Sie es den Managern</translation>
    </message>
    <message numerus="yes">
        <source>Assets to reassign (%n)</source>
        <translation>
            <numerusform>Neu zuzuweisende Assets (%n)</numerusform>
            <numerusform>Neu zuzuweisende Assets (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>reassign…</source>
        <translation>neu zuweisen…</translation>
    </message>
    <message>
        <source>They own no asset in use.</source>
        <translation>Die Person ist für kein Asset in Betrieb verantwortlich.</translation>
    </message>
    <message>
        <source>Assets to reassign</source>
        <translation>Neu zuzuweisende Assets</translation>
    </message>
    <message>
        <source>The leaver&apos;s assets; each link opens it on the Assets page</source>
        <translation>Die Assets der ausscheidenden Person; jeder Link öffnet es auf der Asset-Seite</translation>
    </message>
    <message numerus="yes">
        <source>Requests cancelled (%n)</source>
        <translation>
            <numerusform>Stornierte Anfragen (%n)</numerusform>
            <numerusform>Stornierte Anfragen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>They had no pending access request.</source>
        <translation>Die Person hatte keine offene Zugriffsanfrage.</translation>
    </message>
    <message>
        <source>Requests cancelled</source>
        <translation>Stornierte Anfragen</translation>
    </message>
    <message>
        <source>The leaver&apos;s access requests that the offboarding cancelled</source>
        <translation>Die Zugriffsanfragen der ausscheidenden Person, die das Offboarding storniert hat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>Diese Liste schließen</translation>
    </message>
</context>
<context>
    <name>cc::ui::ListDetailPage</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load this list.</source>
        <translation>Diese Liste konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>cc::ui::LoginDialog</name>
    <message>
        <source>Sign in — Compliance Console</source>
        <translation>Anmelden – Compliance Console</translation>
    </message>
    <message>
        <source>Compliance Console</source>
        <translation>Compliance Console</translation>
    </message>
    <message>
        <source>Sign in to your organisation&apos;s compliance store</source>
        <translation>Melden Sie sich am Compliance-Store Ihrer Organisation an</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>6-stelliger Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;Einmalcode:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>The console only talks to servers over HTTPS.</source>
        <translation>Die Konsole kommuniziert mit Servern nur über HTTPS.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so the console did not sign in.</source>
        <translation>Dem Zertifikat des Servers wurde nicht vertraut, daher hat sich die Konsole nicht angemeldet.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The address of your organisation&apos;s compliance store, starting https://</source>
        <translation>Die Adresse des Compliance-Stores Ihrer Organisation, beginnend mit https://</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Your user name at the compliance store</source>
        <translation>Ihr Benutzername beim Compliance-Store</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your password; it is not shown as you type</source>
        <translation>Ihr Passwort; es wird bei der Eingabe nicht angezeigt</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now</source>
        <translation>Der 6-stellige Code, den Ihre Authenticator-App gerade anzeigt</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to the server with these details</source>
        <translation>Mit diesen Angaben am Server anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close the console without signing in</source>
        <translation>Die Konsole schließen, ohne sich anzumelden</translation>
    </message>
    <message>
        <source>I have an &amp;enrolment code</source>
        <translation>Ich habe einen &amp;Registrierungscode</translation>
    </message>
    <message>
        <source>I have an enrolment code</source>
        <translation>Ich habe einen Registrierungscode</translation>
    </message>
    <message>
        <source>Set your password and authenticator with the code your administrator gave you</source>
        <translation>Passwort und Authenticator mit dem Code festlegen, den Ihnen Ihr Administrator gegeben hat</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back one step; nothing typed is lost</source>
        <translation>Einen Schritt zurückgehen; nichts Eingegebenes geht verloren</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Set this password and show the secret for your authenticator app</source>
        <translation>Dieses Passwort festlegen und das Geheimnis für Ihre Authenticator-App anzeigen</translation>
    </message>
    <message>
        <source>&amp;Finish and sign in</source>
        <translation>&amp;Abschließen und anmelden</translation>
    </message>
    <message>
        <source>Finish and sign in</source>
        <translation>Abschließen und anmelden</translation>
    </message>
    <message>
        <source>Prove the code from your authenticator app and sign in</source>
        <translation>Den Code aus Ihrer Authenticator-App bestätigen und anmelden</translation>
    </message>
    <message>
        <source>Enrol — Compliance Console</source>
        <translation>Registrieren – Compliance Console</translation>
    </message>
    <message>
        <source>Checking the code and your password…</source>
        <translation>Code und Passwort werden geprüft…</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Die beiden Passwörter unterscheiden sich: Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>cc::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>The console&apos;s pages: Ctrl+1 to Ctrl+9 open the first nine, Ctrl+K any of them</source>
        <translation>Die Seiten der Konsole: Strg+1 bis Strg+9 öffnen die ersten neun, Strg+K jede beliebige</translation>
    </message>
    <message>
        <source>Your session has ended (%1). Restart the console to sign in again.</source>
        <translation>Ihre Sitzung wurde beendet (%1). Starten Sie die Konsole neu, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Go to page…</source>
        <translation>&amp;Gehe zu Seite…</translation>
    </message>
    <message>
        <source>&amp;Filter this page</source>
        <translation>Diese Seite &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation>Abmelden und &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Compliance Console</source>
        <translation>Ü&amp;ber Compliance Console</translation>
    </message>
    <message>
        <source>About Compliance Console</source>
        <translation>Über Compliance Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compliance Console %1&lt;/b&gt;&lt;p&gt;Runs the Amazon data protection policy: access requests, time-bound grants, accounts.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Compliance Console %1&lt;/b&gt;&lt;p&gt;Setzt die Datenschutzrichtlinie für Amazon-Daten um: Zugriffsanfragen, befristete Freigaben, Konten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo store with synthetic data — nothing here is real customer data.</source>
        <translation>Demo-Store mit synthetischen Daten – hier gibt es keine echten Kundendaten.</translation>
    </message>
    <message>
        <source>Compliance Console — %1</source>
        <translation>Compliance Console – %1</translation>
    </message>
    <message>
        <source> — DEMO</source>
        <translation> – DEMO</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>TLS: —</source>
        <translation>TLS: —</translation>
    </message>
    <message>
        <source>Protocol negotiated with the server</source>
        <translation>Mit dem Server ausgehandeltes Protokoll</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2) · %3</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt; (%2) · %3</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Press that button or field</source>
        <translation>Diese Schaltfläche bzw. dieses Feld aktivieren</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Your password was changed. Other sessions of your account that ended with it: %1.</source>
        <translation>Ihr Passwort wurde geändert. Andere Sitzungen Ihres Kontos, die dadurch beendet wurden: %1.</translation>
    </message>
    <message>
        <source>Could not read the policy: %1</source>
        <translation>Die Richtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your acknowledgement of the policy (version %1) is overdue. Read and accept it: Console → Read the policy….</source>
        <translation>Ihre Bestätigung der Richtlinie (Version %1) ist überfällig. Lesen und akzeptieren Sie sie: Konsole → Richtlinie lesen….</translation>
    </message>
    <message>
        <source>Policy version %1 accepted.</source>
        <translation>Richtlinie in Version %1 akzeptiert.</translation>
    </message>
    <message>
        <source>Read the p&amp;olicy…</source>
        <translation>Richtlinie &amp;lesen…</translation>
    </message>
    <message>
        <source>Notification &amp;e-mail…</source>
        <translation>Benachrichtigungen per &amp;E-Mail…</translation>
    </message>
    <message>
        <source>Your notification e-mail choices were saved.</source>
        <translation>Ihre Auswahl für Benachrichtigungen per E-Mail wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>cc::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>cc::ui::MonitoringPage</name>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Alerts raised as access happens: repeated failed sign-ins, unusual PII reads, access without a grant, new or shared logins, offboarded accounts and unused grants.</source>
        <translation>Alarme, die beim Zugriff ausgelöst werden: wiederholt fehlgeschlagene Anmeldungen, ungewöhnliche PII-Lesezugriffe, Zugriff ohne Freigabe, neue oder geteilte Anmeldungen, ausgeschiedene Konten und ungenutzte Freigaben.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Alerts to show</source>
        <translation>Anzuzeigende Alarme</translation>
    </message>
    <message>
        <source>Open alerts, or all alerts</source>
        <translation>Offene Alarme oder alle Alarme</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Offene Alarme</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Alle Alarme</translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Alarm bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the alert on show, with a note</source>
        <translation>Den angezeigten Alarm bestätigen, mit einer Notiz</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alerts raised by the monitoring rules</source>
        <translation>Von den Überwachungsregeln ausgelöste Alarme</translation>
    </message>
    <message>
        <source>Select an alert to see what happened.</source>
        <translation>Wählen Sie einen Alarm aus, um zu sehen, was geschehen ist.</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Keine offenen Alarme.</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Keine Alarme.</translation>
    </message>
    <message>
        <source>Could not read the alert: %1</source>
        <translation>Der Alarm konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open.&lt;/b&gt; A compliance officer acknowledges it with a note saying what was checked or done.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Offen.&lt;/b&gt; Ein Compliance-Officer bestätigt ihn mit einer Notiz dazu, was geprüft oder getan wurde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Acknowledged&lt;/b&gt; by %1 on %2:&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bestätigt&lt;/b&gt; von %1 am %2:&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &lt;b&gt;%1&lt;/b&gt; · &lt;a href=&quot;audit?actor=%2&quot;&gt;their events in the audit log&lt;/a&gt;</source>
        <translation>Betrifft &lt;b&gt;%1&lt;/b&gt; · &lt;a href=&quot;audit?actor=%2&quot;&gt;zugehörige Ereignisse im Audit-Protokoll&lt;/a&gt;</translation>
    </message>
    <message>
        <source>About &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Betrifft &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), at %1.</source>
        <translation>
            <numerusform>%n Ereignis, am %1.</numerusform>
            <numerusform>%n Ereignisse, am %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), the first at %1, the latest at %2.</source>
        <translation>
            <numerusform>%n Ereignis, das erste am %1, das letzte am %2.</numerusform>
            <numerusform>%n Ereignisse, das erste am %1, das letzte am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge &lt;b&gt;%1&lt;/b&gt;? Say what you checked or did: the note is kept with the alert and in the audit log.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; bestätigen? Beschreiben Sie, was Sie geprüft oder getan haben: Die Notiz wird beim Alarm und im Audit-Protokoll aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Alert #%1 acknowledged.</source>
        <translation>Alarm #%1 bestätigt.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>Regelfilter</translation>
    </message>
    <message>
        <source>Only one rule&apos;s alerts are shown; click to show every rule&apos;s</source>
        <translation>Nur die Alarme einer Regel werden gezeigt; klicken, um die aller Regeln zu zeigen</translation>
    </message>
    <message>
        <source>Rule: %1 ✕</source>
        <translation>Regel: %1 ✕</translation>
    </message>
    <message>
        <source>&amp;End sessions…</source>
        <translation>Sitzungen &amp;beenden…</translation>
    </message>
    <message>
        <source>End the user&apos;s sessions</source>
        <translation>Sitzungen des Benutzers beenden</translation>
    </message>
    <message>
        <source>Sign the user the alert names out of every console</source>
        <translation>Den im Alarm genannten Benutzer von jeder Konsole abmelden</translation>
    </message>
    <message>
        <source>E&amp;scalate to incident…</source>
        <translation>Zum Vorfall e&amp;skalieren…</translation>
    </message>
    <message>
        <source>Escalate to incident</source>
        <translation>Zum Vorfall eskalieren</translation>
    </message>
    <message>
        <source>Open an incident from the alert, assigned to you</source>
        <translation>Einen Vorfall aus dem Alarm eröffnen, Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Escalated to &lt;a href=&quot;incidents/%1&quot;&gt;incident #%1&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eskaliert zu &lt;a href=&quot;incidents/%1&quot;&gt;Vorfall #%1&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This alert names an address, not a user: there are no sessions to end</source>
        <translation>Dieser Alarm nennt eine Adresse, keinen Benutzer: Es gibt keine Sitzungen zu beenden</translation>
    </message>
    <message>
        <source>Already escalated to incident #%1</source>
        <translation>Bereits zu Vorfall #%1 eskaliert</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message>
        <source>End every session of &lt;b&gt;%1&lt;/b&gt;? They are signed out of every console at once and must sign in again with their password and code. The action is kept in the audit log with alert #%2.</source>
        <translation>Alle Sitzungen von &lt;b&gt;%1&lt;/b&gt; beenden? Die Person wird sofort von jeder Konsole abgemeldet und muss sich mit Passwort und Code erneut anmelden. Die Aktion wird mit Alarm #%2 im Audit-Protokoll festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended.</source>
        <translation>
            <numerusform>%n Sitzung von %1 beendet.</numerusform>
            <numerusform>%n Sitzungen von %1 beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an incident from &lt;b&gt;%1&lt;/b&gt;, assigned to you? It takes the alert&apos;s title and detail; the alert is linked to it and, if still open, acknowledged with a note naming the incident.</source>
        <translation>Einen Vorfall aus &lt;b&gt;%1&lt;/b&gt; eröffnen, Ihnen zugewiesen? Er übernimmt Titel und Details des Alarms; der Alarm wird mit ihm verknüpft und, falls noch offen, mit einer Notiz bestätigt, die den Vorfall nennt.</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Vorfall eröffnen</translation>
    </message>
    <message>
        <source>Alert #%1 escalated to incident #%2: open it from the alert&apos;s detail.</source>
        <translation>Alarm #%1 zu Vorfall #%2 eskaliert: Öffnen Sie ihn aus den Details des Alarms.</translation>
    </message>
</context>
<context>
    <name>cc::ui::NavigationBadges</name>
    <message>
        <source>%1, waiting for you: %2</source>
        <translation>%1, wartet auf Sie: %2</translation>
    </message>
</context>
<context>
    <name>cc::ui::Navigator</name>
    <message>
        <source>“%1” is not a page you can open.</source>
        <translation>„%1“ ist keine Seite, die Sie öffnen können.</translation>
    </message>
    <message>
        <source>This page cannot show “%1”.</source>
        <translation>Diese Seite kann „%1“ nicht anzeigen.</translation>
    </message>
</context>
<context>
    <name>cc::ui::NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Your notifications; opens the latest</source>
        <translation>Ihre Benachrichtigungen; öffnet die neueste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation>&lt;b&gt;Benachrichtigungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark every notification as read</source>
        <translation>Jede Benachrichtigung als gelesen markieren</translation>
    </message>
    <message>
        <source>Your latest notifications; Enter opens what one is about</source>
        <translation>Ihre neuesten Benachrichtigungen; Enter öffnet, worauf sich eine bezieht</translation>
    </message>
    <message>
        <source>Compliance Console</source>
        <translation>Compliance Console</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n neue Benachrichtigung</numerusform>
            <numerusform>%n neue Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notification(s).</source>
        <translation>
            <numerusform>Sie haben %n ungelesene Benachrichtigung.</numerusform>
            <numerusform>Sie haben %n ungelesene Benachrichtigungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n ungelesene Benachrichtigung</numerusform>
            <numerusform>%n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Keine ungelesenen Benachrichtigungen</translation>
    </message>
    <message>
        <source>No notifications. Review reminders for the assets you own appear here.</source>
        <translation>Keine Benachrichtigungen. Überprüfungserinnerungen für Ihre Assets erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>cc::ui::NotificationEmailDialog</name>
    <message>
        <source>Notification e-mail</source>
        <translation>Benachrichtigungen per E-Mail</translation>
    </message>
    <message>
        <source>Every notification is in the console&apos;s bell. Choose which also reach you by e-mail: each one as it happens, one digest a day (sent after midnight UTC), or none.</source>
        <translation>Jede Benachrichtigung finden Sie unter der Glocke der Konsole. Wählen Sie, welche Sie zusätzlich per E-Mail erreichen: jede einzeln, sobald sie eintritt, eine tägliche Zusammenfassung (nach Mitternacht UTC versandt) oder keine.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save your e-mail choices</source>
        <translation>Ihre E-Mail-Auswahl speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Access requests to decide</source>
        <translation>Zu entscheidende Zugriffsanträge</translation>
    </message>
    <message>
        <source>Decisions on my requests</source>
        <translation>Entscheidungen über meine Anträge</translation>
    </message>
    <message>
        <source>My grants ending</source>
        <translation>Ablaufende Berechtigungen</translation>
    </message>
    <message>
        <source>Amazon deletion requests due</source>
        <translation>Fällige Löschanträge von Amazon</translation>
    </message>
    <message>
        <source>Asset reviews due</source>
        <translation>Fällige Überprüfungen von Assets</translation>
    </message>
    <message>
        <source>Overdue asset reviews escalated</source>
        <translation>Eskalierte überfällige Asset-Überprüfungen</translation>
    </message>
    <message>
        <source>Access review items waiting</source>
        <translation>Offene Einträge von Zugriffsüberprüfungen</translation>
    </message>
    <message>
        <source>Access reviews due</source>
        <translation>Fällige Zugriffsüberprüfungen</translation>
    </message>
    <message>
        <source>Incident deadlines passed</source>
        <translation>Überschrittene Fristen von Vorfällen</translation>
    </message>
    <message>
        <source>Monitoring alerts</source>
        <translation>Überwachungsalarme</translation>
    </message>
    <message>
        <source>Breach notices</source>
        <translation>Meldungen von Datenschutzverletzungen</translation>
    </message>
    <message>
        <source>Audit trail alarms</source>
        <translation>Alarme des Audit-Protokolls</translation>
    </message>
    <message>
        <source>My account locked</source>
        <translation>Mein Konto gesperrt</translation>
    </message>
    <message>
        <source>My password or 2FA reset</source>
        <translation>Mein Passwort oder meine 2FA zurückgesetzt</translation>
    </message>
    <message>
        <source>Controls I own failing</source>
        <translation>Fehlschlagende Kontrollen in meiner Verantwortung</translation>
    </message>
    <message>
        <source>Could not read your choices: %1</source>
        <translation>Ihre Auswahl konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Each one</source>
        <translation>Jede einzeln</translation>
    </message>
    <message>
        <source>Daily digest</source>
        <translation>Tägliche Zusammenfassung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Whether %1 also reach you by e-mail</source>
        <translation>Ob %1 Sie auch per E-Mail erreichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Always e-mailed at once&lt;/b&gt;, whatever you choose: %1.</source>
        <translation>&lt;b&gt;Immer sofort per E-Mail&lt;/b&gt;, unabhängig von Ihrer Auswahl: %1.</translation>
    </message>
    <message>
        <source>Vulnerabilities due soon</source>
        <translation>Bald fällige Schwachstellen</translation>
    </message>
    <message>
        <source>Overdue vulnerabilities</source>
        <translation>Überfällige Schwachstellen</translation>
    </message>
    <message>
        <source>Subcontractor assessments due soon</source>
        <translation>Bald fällige Bewertungen von Unterauftragnehmern</translation>
    </message>
    <message>
        <source>Overdue subcontractor assessments</source>
        <translation>Überfällige Bewertungen von Unterauftragnehmern</translation>
    </message>
    <message>
        <source>API credential rotations due soon</source>
        <translation>Bald fällige Rotationen von API-Zugangsdaten</translation>
    </message>
    <message>
        <source>Overdue API credential rotations</source>
        <translation>Überfällige Rotationen von API-Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>cc::ui::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Amazon orders of a client, as your grants allow. Buyer PII is shown only with an orders.pii grant, and every read is audited with the grant&apos;s reason.</source>
        <translation>Amazon-Bestellungen eines Kunden, soweit Ihre Freigaben es erlauben. Käufer-PII wird nur mit einer Freigabe für orders.pii angezeigt, und jeder Lesezugriff wird mit der Begründung der Freigabe protokolliert.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Client account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>The client account whose orders to show</source>
        <translation>Das Kundenkonto, dessen Bestellungen angezeigt werden</translation>
    </message>
    <message>
        <source>Client account, e.g. Northwind Outdoor EU</source>
        <translation>Kundenkonto, z. B. Northwind Outdoor EU</translation>
    </message>
    <message>
        <source>Show PII (needs an orders.pii grant; audited)</source>
        <translation>PII anzeigen (Freigabe für orders.pii nötig; protokolliert)</translation>
    </message>
    <message>
        <source>Show PII</source>
        <translation>PII anzeigen</translation>
    </message>
    <message>
        <source>Include the buyers&apos; personal data; needs an orders.pii grant, and the read is audited</source>
        <translation>Die personenbezogenen Daten der Käufer einbeziehen; erfordert eine Freigabe für orders.pii, und der Lesezugriff wird protokolliert</translation>
    </message>
    <message>
        <source>Show orders</source>
        <translation>Bestellungen anzeigen</translation>
    </message>
    <message>
        <source>Read the client&apos;s orders from the server</source>
        <translation>Die Bestellungen des Kunden vom Server lesen</translation>
    </message>
    <message>
        <source>Export aggregates (CSV)…</source>
        <translation>Summen exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export aggregates</source>
        <translation>Summen exportieren</translation>
    </message>
    <message>
        <source>Save anonymised totals per client, marketplace and day as CSV</source>
        <translation>Anonymisierte Summen je Kunde, Marktplatz und Tag als CSV speichern</translation>
    </message>
    <message>
        <source>Anonymised totals per client, marketplace and day: the only Amazon data the console writes to a file</source>
        <translation>Anonymisierte Summen je Kunde, Marktplatz und Tag: die einzigen Amazon-Daten, die die Konsole in eine Datei schreibt</translation>
    </message>
    <message>
        <source>Amazon order</source>
        <translation>Amazon-Bestellung</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>PII</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>The client&apos;s Amazon orders</source>
        <translation>Die Amazon-Bestellungen des Kunden</translation>
    </message>
    <message>
        <source>Enter a client account you hold a grant for.</source>
        <translation>Geben Sie ein Kundenkonto ein, für das Sie eine Freigabe haben.</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>angezeigt</translation>
    </message>
    <message>
        <source>held, due %1</source>
        <translation>gespeichert, Löschung fällig am %1</translation>
    </message>
    <message>
        <source>PII shown under grant %1 — reason: %2</source>
        <translation>PII angezeigt unter Freigabe %1 – Begründung: %2</translation>
    </message>
    <message>
        <source>No active orders.pii grant for this client: PII is not shown. Request access on the Access page, with a reason.</source>
        <translation>Keine aktive Freigabe für orders.pii für diesen Kunden: PII wird nicht angezeigt. Fordern Sie auf der Seite „Zugriff“ Zugriff an, mit Begründung.</translation>
    </message>
    <message>
        <source>No orders for this client.</source>
        <translation>Keine Bestellungen für diesen Kunden.</translation>
    </message>
    <message>
        <source>Export anonymised aggregates</source>
        <translation>Anonymisierte Summen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the anonymised aggregates to %1.</source>
        <translation>Die anonymisierten Summen wurden nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>cc::ui::PageHeader</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>Show only the rows of %1 that contain this text (Ctrl+F)</source>
        <translation>Nur die Zeilen von „%1“ zeigen, die diesen Text enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>Read %1 again from the server (F5)</source>
        <translation>%1 erneut vom Server laden (F5)</translation>
    </message>
</context>
<context>
    <name>cc::ui::PageSwitcher</name>
    <message>
        <source>Go to page</source>
        <translation>Gehe zu Seite</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>Type a page name, or a link like incidents/4</source>
        <translation>Geben Sie einen Seitennamen ein oder einen Link wie incidents/4</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Type part of a page&apos;s name, or a link such as incidents/4; Enter opens it</source>
        <translation>Geben Sie einen Teil eines Seitennamens ein oder einen Link wie incidents/4; Enter öffnet ihn</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>The pages matching what you typed; Enter opens one</source>
        <translation>Die Seiten, die Ihrer Eingabe entsprechen; Enter öffnet eine davon</translation>
    </message>
</context>
<context>
    <name>cc::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase for the archive</source>
        <translation>Passphrase für das Archiv</translation>
    </message>
    <message>
        <source>&lt;p&gt;The data of request &lt;b&gt;%1&lt;/b&gt; is sealed into an archive with this passphrase (Argon2id, AES-256-GCM) before it is deleted here. Give Amazon the passphrase by another way than the archive. It is not stored anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Daten der Anfrage &lt;b&gt;%1&lt;/b&gt; werden mit dieser Passphrase in ein Archiv versiegelt (Argon2id, AES-256-GCM), bevor sie hier gelöscht werden. Geben Sie Amazon die Passphrase auf anderem Weg als das Archiv. Sie wird nirgends gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s); Amazon opens the archive with it</source>
        <translation>
            <numerusform>Mindestens %n Zeichen; Amazon öffnet das Archiv damit</numerusform>
            <numerusform>Mindestens %n Zeichen; Amazon öffnet das Archiv damit</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Choose where to save the sealed archive</source>
        <translation>Wählen, wo das versiegelte Archiv gespeichert wird</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without fulfilling the request</source>
        <translation>Schließen, ohne die Anfrage zu erfüllen</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters</source>
        <translation>%1 von mindestens %2 Zeichen</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Die Passphrasen stimmen überein.</translation>
    </message>
</context>
<context>
    <name>cc::ui::PickedFile</name>
    <message>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2; the store takes at most %3 in one request.</source>
        <translation>%1 ist %2 groß; der Speicher nimmt höchstens %3 in einer Anfrage an.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
</context>
<context>
    <name>cc::ui::PolicyDialog</name>
    <message>
        <source>I have &amp;read and accept the policy</source>
        <translation>Ich habe die Richtlinie ge&amp;lesen und akzeptiere sie</translation>
    </message>
    <message>
        <source>Policy on the handling of Amazon data</source>
        <translation>Richtlinie zum Umgang mit Amazon-Daten</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Text der Richtlinie</translation>
    </message>
    <message>
        <source>The full text of the policy, to read before accepting</source>
        <translation>Der vollständige Text der Richtlinie, vor dem Akzeptieren zu lesen</translation>
    </message>
    <message>
        <source>Accept the policy</source>
        <translation>Richtlinie akzeptieren</translation>
    </message>
    <message>
        <source>Record that you have read and accept this version of the policy</source>
        <translation>Festhalten, dass Sie diese Version der Richtlinie gelesen haben und akzeptieren</translation>
    </message>
    <message>
        <source>You accepted version %1 on %2.</source>
        <translation>Sie haben Version %1 am %2 akzeptiert.</translation>
    </message>
    <message>
        <source>You have not accepted version %1 yet.</source>
        <translation>Sie haben Version %1 noch nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Your acknowledgement is overdue since %1.</source>
        <translation>Ihre Bestätigung ist seit %1 überfällig.</translation>
    </message>
    <message>
        <source>Please read and accept it by %1.</source>
        <translation>Bitte lesen und akzeptieren Sie sie bis %1.</translation>
    </message>
    <message>
        <source>Next acknowledgement due %1.</source>
        <translation>Nächste Bestätigung fällig am %1.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Read and accept the policy another time, before it is due</source>
        <translation>Die Richtlinie ein andermal lesen und akzeptieren, vor der Frist</translation>
    </message>
    <message>
        <source>Close the policy</source>
        <translation>Die Richtlinie schließen</translation>
    </message>
    <message>
        <source>Your acknowledgement was not recorded: %1</source>
        <translation>Ihre Bestätigung wurde nicht erfasst: %1</translation>
    </message>
</context>
<context>
    <name>cc::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light, dark, or the system&apos;s colours</source>
        <translation>Hell, dunkel oder die Farben des Systems</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The console&apos;s language, from its next start</source>
        <translation>Die Sprache der Konsole, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts. Messages from the server stay in English.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Konsole. Meldungen des Servers bleiben auf Englisch.</translation>
    </message>
    <message>
        <source>Settings given on the command line (--theme, --lang) hold for this run.</source>
        <translation>Einstellungen auf der Befehlszeile (--theme, --lang) gelten für diesen Lauf.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation>Diese Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>cc::ui::ReportIncidentDialog</name>
    <message>
        <source>Report incident</source>
        <translation>Vorfall melden</translation>
    </message>
    <message>
        <source>Report an interruption, a degradation of service or a security event. The incident response team takes it from here.</source>
        <translation>Melden Sie eine Unterbrechung, eine Beeinträchtigung des Dienstes oder ein Sicherheitsereignis. Das Incident-Response-Team übernimmt ab hier.</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Was passiert ist, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What you saw, where, and what you have done so far</source>
        <translation>Was Sie gesehen haben, wo, und was Sie bisher unternommen haben</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>De&amp;tected at:</source>
        <translation>E&amp;rkannt am:</translation>
    </message>
    <message>
        <source>Amazon data is (or may be) involved</source>
        <translation>Amazon-Daten sind (möglicherweise) betroffen</translation>
    </message>
    <message>
        <source>The CTO and the CEO are notified as soon as you send this, and Amazon must be told within 24 hours of detection.</source>
        <translation>Der CTO und der CEO werden benachrichtigt, sobald Sie dies senden, und Amazon muss innerhalb von 24 Stunden nach der Erkennung informiert werden.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What happened, in a few words; required</source>
        <translation>Was passiert ist, in wenigen Worten; Pflichtfeld</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>How bad it is, from 1 (critical) to 4 (low)</source>
        <translation>Wie schwerwiegend es ist, von 1 (kritisch) bis 4 (niedrig)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>What kind of incident this is</source>
        <translation>Um welche Art von Vorfall es sich handelt</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Erkannt am</translation>
    </message>
    <message>
        <source>When the incident was noticed, in your local time</source>
        <translation>Wann der Vorfall bemerkt wurde, in Ihrer Ortszeit</translation>
    </message>
    <message>
        <source>Amazon data involved</source>
        <translation>Amazon-Daten betroffen</translation>
    </message>
    <message>
        <source>Tick when Amazon data is or may be involved: the CTO and CEO are told at once</source>
        <translation>Anhaken, wenn Amazon-Daten betroffen sind oder sein könnten: CTO und CEO werden sofort informiert</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>Report the incident to the response team</source>
        <translation>Den Vorfall an das Incident-Response-Team melden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without reporting</source>
        <translation>Schließen, ohne zu melden</translation>
    </message>
</context>
<context>
    <name>cc::ui::RequestAccessDialog</name>
    <message>
        <source>Request access to Amazon data</source>
        <translation>Zugriff auf Amazon-Daten anfordern</translation>
    </message>
    <message>
        <source>Access is granted for a limited time by a compliance officer and every use is audited. Ask only for what the task needs.</source>
        <translation>Zugriff wird von einem Compliance-Officer befristet erteilt, und jede Nutzung wird protokolliert. Fordern Sie nur an, was die Aufgabe erfordert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Data category:</source>
        <translation>&amp;Datenkategorie:</translation>
    </message>
    <message>
        <source>Client account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Why you need this data, e.g. the ticket or order you are working on</source>
        <translation>Warum Sie diese Daten benötigen, z. B. das Ticket oder die Bestellung, an der Sie arbeiten</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>At most %1 hours under the policy.</source>
        <translation>Laut Richtlinie höchstens %1 Stunden.</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>Send &amp;request</source>
        <translation>&amp;Anfrage senden</translation>
    </message>
    <message>
        <source>%1 characters; the policy asks for at least %2.</source>
        <translation>%1 Zeichen; die Richtlinie verlangt mindestens %2.</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>The server&apos;s policy lists no data categories.</source>
        <translation>Die Richtlinie des Servers nennt keine Datenkategorien.</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>The kind of data you need; categories marked with the PII sign hold personal data</source>
        <translation>Die Art der benötigten Daten; mit dem PII-Zeichen markierte Kategorien enthalten personenbezogene Daten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why you need this data; the approver reads it and it is kept in the audit log</source>
        <translation>Warum Sie diese Daten benötigen; die genehmigende Person liest es, und es wird im Audit-Protokoll festgehalten</translation>
    </message>
    <message>
        <source>Duration in hours</source>
        <translation>Dauer in Stunden</translation>
    </message>
    <message>
        <source>How long the access lasts, at most %1 hours</source>
        <translation>Wie lange der Zugriff dauert, höchstens %1 Stunden</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Send the request to the approvers</source>
        <translation>Die Anfrage an die genehmigenden Personen senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without sending a request</source>
        <translation>Schließen, ohne eine Anfrage zu senden</translation>
    </message>
    <message>
        <source>Loading the clients…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <source>The registered client account whose data the task needs</source>
        <translation>Das registrierte Kundenkonto, dessen Daten die Aufgabe braucht</translation>
    </message>
    <message>
        <source>Optional: only these orders, e.g. 123-1234567-1234567</source>
        <translation>Optional: nur diese Bestellungen, z. B. 123-1234567-1234567</translation>
    </message>
    <message>
        <source>Amazon order ids</source>
        <translation>Amazon-Bestellnummern</translation>
    </message>
    <message>
        <source>Optional: the Amazon order ids the task needs, separated by commas or spaces; leave empty for every order of the client</source>
        <translation>Optional: die Amazon-Bestellnummern, die die Aufgabe braucht, durch Kommas oder Leerzeichen getrennt; leer lassen für alle Bestellungen des Kunden</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>&amp;Bestellungen:</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Keine Kunden</translation>
    </message>
    <message>
        <source>Could not read the client accounts: %1</source>
        <translation>Die Kundenkonten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No client account is registered yet: an administrator adds them, and every client with stored orders is listed.</source>
        <translation>Es ist noch kein Kundenkonto registriert: Ein Administrator fügt sie hinzu, und jeder Kunde mit gespeicherten Bestellungen wird aufgeführt.</translation>
    </message>
    <message>
        <source>Choose the client account</source>
        <translation>Kundenkonto auswählen</translation>
    </message>
    <message>
        <source>%1 orders are listed: a request names at most %2; leave the field empty for every order of the client.</source>
        <translation>%1 Bestellungen sind angegeben: Ein Antrag nennt höchstens %2; lassen Sie das Feld für alle Bestellungen des Kunden leer.</translation>
    </message>
    <message>
        <source>“%1” is not an Amazon order id: use 1 to 64 letters, digits or dashes, e.g. 123-1234567-1234567.</source>
        <translation>„%1“ ist keine Amazon-Bestellnummer: Verwenden Sie 1 bis 64 Buchstaben, Ziffern oder Bindestriche, z. B. 123-1234567-1234567.</translation>
    </message>
    <message>
        <source>Leave empty for every order of the client</source>
        <translation>Leer lassen für alle Bestellungen des Kunden</translation>
    </message>
    <message>
        <source>Only order data can be narrowed to named orders</source>
        <translation>Nur Bestelldaten lassen sich auf bestimmte Bestellungen beschränken</translation>
    </message>
    <message>
        <source>Choose the client account whose data you need.</source>
        <translation>Wählen Sie das Kundenkonto, dessen Daten Sie brauchen.</translation>
    </message>
</context>
<context>
    <name>cc::ui::ResetCredentialsDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset second factor</source>
        <translation>Zweiten Faktor zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the password of %1? For a forgotten password: they set a new one with an enrolment code and prove the authenticator app they have.</source>
        <translation>Das Passwort von %1 zurücksetzen? Für ein vergessenes Passwort: Die Person legt mit einem Registrierungscode ein neues fest und bestätigt ihre vorhandene Authenticator-App.</translation>
    </message>
    <message>
        <source>Reset the second factor of %1? For a lost or replaced phone: their authenticator secret is deleted at once, and they enrol a new one with an enrolment code and their current password.</source>
        <translation>Den zweiten Faktor von %1 zurücksetzen? Für ein verlorenes oder ersetztes Telefon: Das Authenticator-Geheimnis der Person wird sofort gelöscht, und sie registriert mit einem Registrierungscode und ihrem aktuellen Passwort ein neues.</translation>
    </message>
    <message>
        <source>At once their sessions end and their grants are suspended until they enrol again; the compliance officers are alerted, and the reset is audited. For separation of duties it counts as a change you made to their account.</source>
        <translation>Sofort enden die Sitzungen der Person, und ihre Freigaben sind ausgesetzt, bis sie sich erneut registriert; die Compliance-Officer werden alarmiert, und das Zurücksetzen wird protokolliert. Für die Funktionstrennung gilt es als eine Änderung, die Sie an ihrem Konto vorgenommen haben.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Reset second factor</source>
        <translation>Zweiten Faktor &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset now and show the new enrolment code</source>
        <translation>Jetzt zurücksetzen und den neuen Registrierungscode anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without resetting anything</source>
        <translation>Schließen, ohne etwas zurückzusetzen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close; the code is not shown again</source>
        <translation>Schließen; der Code wird nicht erneut angezeigt</translation>
    </message>
</context>
<context>
    <name>cc::ui::ResolveVulnerabilityDialog</name>
    <message>
        <source>Resolve %1</source>
        <translation>%1 beheben</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3&lt;br&gt;Say how it was resolved and attach the evidence (a scan report, a change ticket). The store keeps the document sealed and records its SHA-256.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2: %3&lt;br&gt;Beschreiben Sie, wie sie behoben wurde, und fügen Sie den Nachweis bei (einen Scan-Bericht, ein Änderungsticket). Der Speicher verwahrt das Dokument versiegelt und vermerkt seinen SHA-256.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>How the vulnerability was resolved</source>
        <translation>Wie die Schwachstelle behoben wurde</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>The evidence document&apos;s file</source>
        <translation>Die Datei des Nachweisdokuments</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose evidence</source>
        <translation>Nachweis wählen</translation>
    </message>
    <message>
        <source>Pick the evidence document from disk</source>
        <translation>Das Nachweisdokument von der Festplatte wählen</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Behebung:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Record the resolution and upload the evidence</source>
        <translation>Die Behebung erfassen und den Nachweis hochladen</translation>
    </message>
    <message>
        <source>Evidence document</source>
        <translation>Nachweisdokument</translation>
    </message>
    <message>
        <source>Say how it was resolved.</source>
        <translation>Beschreiben Sie, wie sie behoben wurde.</translation>
    </message>
</context>
<context>
    <name>cc::ui::RetentionPage</name>
    <message>
        <source>overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Amazon PII is purged when the policy&apos;s period after fulfilment ends; Amazon&apos;s deletion and return requests count down to their due time.</source>
        <translation>Amazon-PII wird gelöscht, wenn die in der Richtlinie festgelegte Frist nach der Auftragserfüllung endet; Lösch- und Rückgabeanfragen von Amazon werden bis zu ihrer Fälligkeit heruntergezählt.</translation>
    </message>
    <message>
        <source>orders holding PII</source>
        <translation>Bestellungen mit PII</translation>
    </message>
    <message>
        <source>PII due for purge this week</source>
        <translation>Diese Woche zu löschende PII</translation>
    </message>
    <message>
        <source>overdue: kept past the policy (violation)</source>
        <translation>überfällig: über die Richtlinie hinaus aufbewahrt (Verstoß)</translation>
    </message>
    <message>
        <source>Run retention sweep</source>
        <translation>Löschlauf starten</translation>
    </message>
    <message>
        <source>Purge the PII and data keys of every order past its retention now</source>
        <translation>PII und Datenschlüssel jeder Bestellung, deren Aufbewahrungsfrist abgelaufen ist, jetzt löschen</translation>
    </message>
    <message>
        <source>PII held per client</source>
        <translation>Gespeicherte PII je Kunde</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>PII held</source>
        <translation>PII gespeichert</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Oldest PII (days)</source>
        <translation>Älteste PII (Tage)</translation>
    </message>
    <message>
        <source>Orders holding PII per client, those due this week and those overdue</source>
        <translation>Bestellungen mit PII je Kunde, die diese Woche fälligen und die überfälligen</translation>
    </message>
    <message>
        <source>No Amazon PII is held.</source>
        <translation>Es ist keine Amazon-PII gespeichert.</translation>
    </message>
    <message>
        <source>Deletion and return requests from Amazon</source>
        <translation>Lösch- und Rückgabeanfragen von Amazon</translation>
    </message>
    <message>
        <source>Fulfil…</source>
        <translation>Erfüllen…</translation>
    </message>
    <message>
        <source>Fulfil request</source>
        <translation>Anfrage erfüllen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Deletion and return requests</source>
        <translation>Lösch- und Rückgabeanfragen</translation>
    </message>
    <message>
        <source>Amazon&apos;s requests with their due time and state</source>
        <translation>Die Anfragen von Amazon mit Fälligkeit und Zustand</translation>
    </message>
    <message>
        <source>No requests from Amazon.</source>
        <translation>Keine Anfragen von Amazon.</translation>
    </message>
    <message>
        <source>No sweep has run yet.</source>
        <translation>Es wurde noch kein Löschlauf ausgeführt.</translation>
    </message>
    <message>
        <source>Last sweep %1: %2</source>
        <translation>Letzter Löschlauf am %1: %2</translation>
    </message>
    <message>
        <source>all data of %1</source>
        <translation>alle Daten von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of %1</source>
        <translation>
            <numerusform>%n Bestellung von %1</numerusform>
            <numerusform>%n Bestellungen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>one buyer&apos;s orders</source>
        <translation>die Bestellungen eines Käufers</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Delete everything in the request&apos;s scope now</source>
        <translation>Alles im Umfang der Anfrage jetzt löschen</translation>
    </message>
    <message>
        <source>Open: due %1.</source>
        <translation>Offen: fällig am %1.</translation>
    </message>
    <message>
        <source>Evidence: fulfilled %1 by %2; %3; %4; SHA-256 of the deleted ids %5%6</source>
        <translation>Nachweis: erfüllt am %1 von %2; %3; %4; SHA-256 der gelöschten IDs %5%6</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) deleted</source>
        <translation>
            <numerusform>%n Bestellung gelöscht</numerusform>
            <numerusform>%n Bestellungen gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the PII of %n order(s) deleted with its keys</source>
        <translation>
            <numerusform>die PII von %n Bestellung samt Schlüsseln gelöscht</numerusform>
            <numerusform>die PII von %n Bestellungen samt Schlüsseln gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>; archive SHA-256 %1</source>
        <translation>; Archiv-SHA-256 %1</translation>
    </message>
    <message numerus="yes">
        <source>Sweep done: the PII of %n order(s) was purged.</source>
        <translation>
            <numerusform>Löschlauf abgeschlossen: Die PII von %n Bestellung wurde gelöscht.</numerusform>
            <numerusform>Löschlauf abgeschlossen: Die PII von %n Bestellungen wurde gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfil deletion request</source>
        <translation>Löschanfrage erfüllen</translation>
    </message>
    <message>
        <source>all data of client %1</source>
        <translation>alle Daten des Kunden %1</translation>
    </message>
    <message>
        <source>the PII of the orders in its scope</source>
        <translation>die PII der Bestellungen in ihrem Umfang</translation>
    </message>
    <message>
        <source>; the client&apos;s order facts are deleted too</source>
        <translation>; die Bestelldaten des Kunden werden ebenfalls gelöscht</translation>
    </message>
    <message>
        <source>; the non-PII order facts stay for the aggregates</source>
        <translation>; die Bestelldaten ohne PII bleiben für die Summen erhalten</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Jetzt löschen</translation>
    </message>
    <message>
        <source>Request %1 fulfilled; the evidence is below.</source>
        <translation>Anfrage %1 erfüllt; der Nachweis steht unten.</translation>
    </message>
    <message>
        <source>&amp;Record request…</source>
        <translation>Anfrage &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Anfrage erfassen</translation>
    </message>
    <message>
        <source>Record a deletion or return request Amazon sent; its countdown starts at its receipt</source>
        <translation>Eine Lösch- oder Rückgabeanfrage von Amazon erfassen; die Frist läuft ab ihrem Eingang</translation>
    </message>
    <message>
        <source>Delete everything in the selected request&apos;s scope now; for a return, save the sealed archive first</source>
        <translation>Alles im Umfang der gewählten Anfrage jetzt löschen; bei einer Rückgabe zuerst das versiegelte Archiv speichern</translation>
    </message>
    <message>
        <source>Seal the data in scope into an archive with a passphrase, save it, then delete the data here</source>
        <translation>Die Daten im Umfang mit einer Passphrase in ein Archiv versiegeln, es speichern und die Daten hier dann löschen</translation>
    </message>
    <message>
        <source>Request %1 recorded; it is due %2.</source>
        <translation>Anfrage %1 erfasst; sie ist fällig am %2.</translation>
    </message>
    <message>
        <source>Fulfil return request</source>
        <translation>Rückgabeanfrage erfüllen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Amazon&apos;s request &lt;b&gt;%1&lt;/b&gt; asks to return %2. Next you choose a passphrase and where to save the archive: the server seals the data with the passphrase (the archive is never plaintext), then deletes it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Amazons Anfrage &lt;b&gt;%1&lt;/b&gt; verlangt die Rückgabe von %2. Als Nächstes wählen Sie eine Passphrase und den Speicherort des Archivs: Der Server versiegelt die Daten mit der Passphrase (das Archiv ist nie Klartext) und löscht sie dann hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Amazon&apos;s request &lt;b&gt;%1&lt;/b&gt; asks to delete %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Amazons Anfrage &lt;b&gt;%1&lt;/b&gt; verlangt die Löschung von %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The PII and its data keys are destroyed for good, so no copy or backup can be decrypted again%1. The evidence (counts, time, you, a hash of the deleted ids) is recorded and audited.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die PII und ihre Datenschlüssel werden endgültig vernichtet, sodass keine Kopie und keine Sicherung mehr entschlüsselt werden kann%1. Der Nachweis (Anzahlen, Zeitpunkt, Sie, ein Hash der gelöschten IDs) wird festgehalten und protokolliert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>Save the sealed archive</source>
        <translation>Versiegeltes Archiv speichern</translation>
    </message>
    <message>
        <source>Sealed archives (*.json)</source>
        <translation>Versiegelte Archive (*.json)</translation>
    </message>
    <message>
        <source>Nothing was fulfilled: no place to save the archive.</source>
        <translation>Nichts wurde erfüllt: kein Speicherort für das Archiv.</translation>
    </message>
    <message>
        <source>Archive not saved</source>
        <translation>Archiv nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The data is already deleted here: choose another place for its only archive.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Daten sind hier bereits gelöscht: Wählen Sie einen anderen Ort für ihr einziges Archiv.</translation>
    </message>
    <message>
        <source>Request %1 was fulfilled, but its archive was not saved.</source>
        <translation>Anfrage %1 wurde erfüllt, ihr Archiv aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>The archive of %1 was saved to %2, but the server did not accept its SHA-256 %3: %4</source>
        <translation>Das Archiv von %1 wurde unter %2 gespeichert, aber der Server hat seinen SHA-256 %3 nicht angenommen: %4</translation>
    </message>
    <message>
        <source>Request %1 fulfilled. The sealed archive is saved to %2, SHA-256 %3 (audited). Send it to Amazon, and the passphrase by another way.</source>
        <translation>Anfrage %1 erfüllt. Das versiegelte Archiv ist unter %2 gespeichert, SHA-256 %3 (protokolliert). Senden Sie es an Amazon und die Passphrase auf anderem Weg.</translation>
    </message>
    <message>
        <source>Legal holds per client</source>
        <translation>Gesetzliche Aufbewahrungspflichten je Kunde</translation>
    </message>
    <message>
        <source>&amp;Set hold…</source>
        <translation>Aufbewahrung &amp;festlegen…</translation>
    </message>
    <message>
        <source>Set legal hold</source>
        <translation>Gesetzliche Aufbewahrung festlegen</translation>
    </message>
    <message>
        <source>Keep the selected client&apos;s non-PII order facts past the retention period, with a reason and an end date</source>
        <translation>Die nicht personenbezogenen Bestelldaten des ausgewählten Kunden über die Aufbewahrungsfrist hinaus behalten, mit Begründung und Enddatum</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>Auf&amp;heben…</translation>
    </message>
    <message>
        <source>Release legal hold</source>
        <translation>Gesetzliche Aufbewahrung aufheben</translation>
    </message>
    <message>
        <source>End the selected client&apos;s legal hold; the next sweep deletes what is due</source>
        <translation>Die gesetzliche Aufbewahrung des ausgewählten Kunden beenden; der nächste Löschlauf löscht, was fällig ist</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Gesetzliche Aufbewahrung</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Each client and the legal hold that keeps its non-PII order facts, if any</source>
        <translation>Jeder Kunde und, falls vorhanden, die gesetzliche Aufbewahrung, die seine nicht personenbezogenen Bestelldaten behält</translation>
    </message>
    <message>
        <source>No clients are registered.</source>
        <translation>Es sind keine Kunden registriert.</translation>
    </message>
    <message>
        <source>Daily aggregates of deleted orders</source>
        <translation>Tägliche Summen gelöschter Bestellungen</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Anonymised orders, items and sales per client, marketplace, day and currency, kept when the order facts were deleted</source>
        <translation>Anonymisierte Bestellungen, Artikel und Umsätze je Kunde, Marktplatz, Tag und Währung, aufbewahrt beim Löschen der Bestelldaten</translation>
    </message>
    <message>
        <source>No order facts have been deleted yet.</source>
        <translation>Es wurden noch keine Bestelldaten gelöscht.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;No end date: until released</source>
        <translation>&amp;Kein Enddatum: bis zur Aufhebung</translation>
    </message>
    <message>
        <source>Keep the non-PII order facts of &lt;b&gt;%1&lt;/b&gt; past the retention period? The PII is still purged after fulfilment, and Amazon&apos;s deletion requests still apply.</source>
        <translation>Die nicht personenbezogenen Bestelldaten von &lt;b&gt;%1&lt;/b&gt; über die Aufbewahrungsfrist hinaus behalten? Die PII werden nach der Erfüllung trotzdem gelöscht, und Amazons Löschanfragen gelten weiterhin.</translation>
    </message>
    <message>
        <source>&amp;Reason (the law or proceeding that needs them):</source>
        <translation>&amp;Begründung (das Gesetz oder Verfahren, das sie erfordert):</translation>
    </message>
    <message>
        <source>Legal hold set on %1.</source>
        <translation>Gesetzliche Aufbewahrung für %1 festgelegt.</translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;Bis (UTC):</translation>
    </message>
    <message>
        <source>Set hold</source>
        <translation>Aufbewahrung festlegen</translation>
    </message>
    <message>
        <source>End the legal hold on &lt;b&gt;%1&lt;/b&gt; set by %2? The next sweep deletes its order facts older than the retention period.</source>
        <translation>Die von %2 festgelegte gesetzliche Aufbewahrung für &lt;b&gt;%1&lt;/b&gt; beenden? Der nächste Löschlauf löscht seine Bestelldaten, die älter als die Aufbewahrungsfrist sind.</translation>
    </message>
    <message>
        <source>&amp;Note for the audit log:</source>
        <translation>&amp;Notiz für das Audit-Protokoll:</translation>
    </message>
    <message>
        <source>Legal hold on %1 released.</source>
        <translation>Gesetzliche Aufbewahrung für %1 aufgehoben.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Aufheben</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) past the retention period deleted; their daily figures are kept.</source>
        <translation>
            <numerusform>%n Bestellung nach Ablauf der Aufbewahrungsfrist gelöscht; ihre Tageszahlen bleiben erhalten.</numerusform>
            <numerusform>%n Bestellungen nach Ablauf der Aufbewahrungsfrist gelöscht; ihre Tageszahlen bleiben erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::RoleChecks</name>
    <message>
        <source>Give the person the role %1</source>
        <translation>Der Person die Rolle %1 geben</translation>
    </message>
</context>
<context>
    <name>cc::ui::RotateCredentialDialog</name>
    <message>
        <source>Record rotation of %1</source>
        <translation>Rotation von %1 erfassen</translation>
    </message>
    <message numerus="yes">
        <source>Record that the secret was replaced; the next rotation falls due %n day(s) later.</source>
        <translation>
            <numerusform>Erfassen Sie, dass das Geheimnis ersetzt wurde; die nächste Rotation ist %n Tag später fällig.</numerusform>
            <numerusform>Erfassen Sie, dass das Geheimnis ersetzt wurde; die nächste Rotation ist %n Tage später fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Rotiert</translation>
    </message>
    <message>
        <source>When the secret was replaced; not later than now</source>
        <translation>Wann das Geheimnis ersetzt wurde; nicht später als jetzt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>How it was rotated, e.g. the change ticket</source>
        <translation>Wie rotiert wurde, z. B. das Change-Ticket</translation>
    </message>
    <message>
        <source>&amp;Rotated:</source>
        <translation>&amp;Rotiert:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Record the rotation</source>
        <translation>Die Rotation erfassen</translation>
    </message>
</context>
<context>
    <name>cc::ui::StartAccessReviewDialog</name>
    <message>
        <source>Start an access review</source>
        <translation>Zugriffsüberprüfung starten</translation>
    </message>
    <message>
        <source>Every active grant and every role assignment is frozen as an item now; grants and role changes made later do not alter it. Each item goes to a reviewer who is never its holder.</source>
        <translation>Jede aktive Freigabe und jede Rollenzuweisung wird jetzt als Eintrag festgeschrieben; spätere Freigaben und Rollenänderungen ändern daran nichts. Jeder Eintrag geht an einen Prüfer, der nie sein Inhaber ist.</translation>
    </message>
    <message>
        <source>Q%1 %2 access review</source>
        <translation>Zugriffsüberprüfung Q%1 %2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Set the &amp;deadline (default: the policy&apos;s duration)</source>
        <translation>&amp;Frist festlegen (Standard: die Dauer laut Richtlinie)</translation>
    </message>
    <message>
        <source>Closes &amp;at:</source>
        <translation>&amp;Endet am:</translation>
    </message>
    <message>
        <source>As the policy says</source>
        <translation>Laut Richtlinie</translation>
    </message>
    <message>
        <source>Flag them as not reviewed</source>
        <translation>Als nicht überprüft markieren</translation>
    </message>
    <message>
        <source>Revoke the access</source>
        <translation>Den Zugriff widerrufen</translation>
    </message>
    <message>
        <source>Items not reviewed by then:</source>
        <translation>Bis dahin nicht überprüfte Einträge:</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>Überprüfung &amp;starten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The campaign&apos;s name, as reviewers and the report show it</source>
        <translation>Der Name der Kampagne, wie Prüfer und Bericht ihn zeigen</translation>
    </message>
    <message>
        <source>Set the deadline</source>
        <translation>Frist festlegen</translation>
    </message>
    <message>
        <source>Choose when the review closes instead of the policy&apos;s duration</source>
        <translation>Festlegen, wann die Überprüfung endet, statt der Dauer laut Richtlinie</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>When the review closes, in your local time</source>
        <translation>Wann die Überprüfung endet, in Ihrer Ortszeit</translation>
    </message>
    <message>
        <source>Items not reviewed by then</source>
        <translation>Bis dahin nicht überprüfte Einträge</translation>
    </message>
    <message>
        <source>What happens to access nobody decided on by the deadline</source>
        <translation>Was mit Zugriffen geschieht, über die bis zur Frist niemand entschieden hat</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Überprüfung starten</translation>
    </message>
    <message>
        <source>Start the campaign: every reviewer is asked about the access they oversee</source>
        <translation>Die Kampagne starten: Jeder Prüfer wird zu den Zugriffen befragt, die er verantwortet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without starting a review</source>
        <translation>Schließen, ohne eine Überprüfung zu starten</translation>
    </message>
</context>
<context>
    <name>cc::ui::SubcontractorModel</name>
    <message>
        <source>Order facts</source>
        <translation>Bestelldaten</translation>
    </message>
    <message>
        <source>Buyer personal data</source>
        <translation>Personenbezogene Käuferdaten</translation>
    </message>
    <message>
        <source>Shipping addresses</source>
        <translation>Lieferadressen</translation>
    </message>
    <message>
        <source>Tax invoices</source>
        <translation>Steuerrechnungen</translation>
    </message>
    <message>
        <source>Financial data</source>
        <translation>Finanzdaten</translation>
    </message>
    <message>
        <source>Inventory and listings</source>
        <translation>Bestand und Angebote</translation>
    </message>
    <message>
        <source>Sales and traffic reports</source>
        <translation>Verkaufs- und Traffic-Berichte</translation>
    </message>
    <message>
        <source>No Amazon data</source>
        <translation>Keine Amazon-Daten</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Mit Auflagen genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>Overdue: it was due %1</source>
        <translation>Überfällig: Es war fällig %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Unterauftragnehmer</translation>
    </message>
    <message>
        <source>Amazon data received</source>
        <translation>Erhaltene Amazon-Daten</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Letzte Bewertung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
</context>
<context>
    <name>cc::ui::SubcontractorsPane</name>
    <message>
        <source>Subcontractors</source>
        <translation>Unterauftragnehmer</translation>
    </message>
    <message>
        <source>Active subcontractors, only those overdue for assessment, ended ones, or all</source>
        <translation>Aktive Unterauftragnehmer, nur die mit überfälliger Bewertung, beendete oder alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Assessment overdue</source>
        <translation>Bewertung überfällig</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>All subcontractors</source>
        <translation>Alle Unterauftragnehmer</translation>
    </message>
    <message>
        <source>&amp;Add subcontractor…</source>
        <translation>Unterauftragnehmer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Record a firm that receives Amazon data</source>
        <translation>Eine Firma erfassen, die Amazon-Daten erhält</translation>
    </message>
    <message>
        <source>Record &amp;assessment…</source>
        <translation>&amp;Bewertung erfassen…</translation>
    </message>
    <message>
        <source>Record the risk assessment of the subcontractor on show, with its document</source>
        <translation>Die Risikobewertung des angezeigten Unterauftragnehmers mit ihrem Dokument erfassen</translation>
    </message>
    <message>
        <source>&amp;End…</source>
        <translation>B&amp;eenden…</translation>
    </message>
    <message>
        <source>End the subcontractor on show: it no longer receives data</source>
        <translation>Den angezeigten Unterauftragnehmer beenden: Er erhält keine Daten mehr</translation>
    </message>
    <message>
        <source>The subcontractor register: the Amazon data each receives and its assessment</source>
        <translation>Das Verzeichnis der Unterauftragnehmer: die Amazon-Daten, die jeder erhält, und seine Bewertung</translation>
    </message>
    <message>
        <source>Assessment document SHA-256:</source>
        <translation>SHA-256 des Bewertungsdokuments:</translation>
    </message>
    <message>
        <source>Assessment document SHA-256</source>
        <translation>SHA-256 des Bewertungsdokuments</translation>
    </message>
    <message>
        <source>The SHA-256 the store recorded of the last assessment&apos;s document</source>
        <translation>Der SHA-256, den der Store vom Dokument der letzten Bewertung erfasst hat</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Unterauftragnehmer</translation>
    </message>
    <message>
        <source>The selected subcontractor and its assessment</source>
        <translation>Der ausgewählte Unterauftragnehmer und seine Bewertung</translation>
    </message>
    <message>
        <source>No subcontractors match. Record one with “Add subcontractor…”.</source>
        <translation>Keine Unterauftragnehmer passen. Erfassen Sie einen mit „Unterauftragnehmer hinzufügen…“.</translation>
    </message>
    <message>
        <source>Subcontractor #%1 is not in the register.</source>
        <translation>Unterauftragnehmer #%1 ist nicht im Verzeichnis.</translation>
    </message>
    <message>
        <source>No subcontractor selected</source>
        <translation>Kein Unterauftragnehmer ausgewählt</translation>
    </message>
    <message>
        <source>Select a subcontractor to see the data it receives and its last assessment.</source>
        <translation>Wählen Sie einen Unterauftragnehmer, um die Daten, die er erhält, und seine letzte Bewertung zu sehen.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Amazon data</source>
        <translation>Amazon-Daten</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Letzte Bewertung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 added; its first assessment is due now.</source>
        <translation>%1 hinzugefügt; die erste Bewertung ist jetzt fällig.</translation>
    </message>
    <message>
        <source>Assessment of %1 recorded; next due %2. Document %3, SHA-256 %4.</source>
        <translation>Bewertung von %1 erfasst; nächste fällig am %2. Dokument %3, SHA-256 %4.</translation>
    </message>
    <message>
        <source>%1 ended.</source>
        <translation>%1 beendet.</translation>
    </message>
</context>
<context>
    <name>cc::ui::TaskModel</name>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — press Enter or double-click to open it</source>
        <translation>%1 – zum Öffnen Eingabetaste drücken oder doppelklicken</translation>
    </message>
    <message>
        <source>Overdue: it was due %1</source>
        <translation>Überfällig: Es war fällig %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
</context>
<context>
    <name>cc::ui::TasksPage</name>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Everything waiting for you, soonest due first: open an item to deal with it on its own page.</source>
        <translation>Alles, was auf Sie wartet, das Dringendste zuerst: Öffnen Sie einen Eintrag, um ihn auf seiner eigenen Seite zu erledigen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the selected item on its own page</source>
        <translation>Den ausgewählten Eintrag auf seiner eigenen Seite zeigen</translation>
    </message>
    <message>
        <source>What waits for you: the kind, what to do, when it is due and since when</source>
        <translation>Was auf Sie wartet: die Art, was zu tun ist, wann es fällig ist und seit wann es wartet</translation>
    </message>
    <message>
        <source>Could not load your tasks: %1</source>
        <translation>Ihre Aufgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load your tasks.</source>
        <translation>Ihre Aufgaben konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. New requests, reviews and deadlines appear here as they arrive.</source>
        <translation>Nichts wartet auf Sie. Neue Anträge, Überprüfungen und Fristen erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <translation>Wartet auf Sie: %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>überfällig: %1</translation>
    </message>
    <message>
        <source>Select an item first</source>
        <translation>Wählen Sie zuerst einen Eintrag aus</translation>
    </message>
</context>
<context>
    <name>cc::ui::ThirdPartiesPage</name>
    <message>
        <source>Third parties</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>Subcontractors receiving Amazon data, assessed at least yearly, and the API credentials used to reach Amazon, each rotated on schedule by its owner.</source>
        <translation>Unterauftragnehmer, die Amazon-Daten erhalten, mindestens jährlich bewertet, und die API-Zugangsdaten für Amazon, jeweils von ihrem Eigentümer planmäßig rotiert.</translation>
    </message>
    <message>
        <source>&amp;Subcontractors</source>
        <translation>&amp;Unterauftragnehmer</translation>
    </message>
    <message>
        <source>API &amp;credentials</source>
        <translation>API-&amp;Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>cc::ui::ThirdPartyPane</name>
    <message>
        <source>Records to show</source>
        <translation>Anzuzeigende Einträge</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
</context>
<context>
    <name>cc::ui::Tile</name>
    <message>
        <source>%1; Enter opens where the work is</source>
        <translation>%1; Enter öffnet, wo die Arbeit wartet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cc::ui::TrendChart</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>cc::ui::TrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 has changed.&lt;/b&gt;&lt;br&gt;It does not match the fingerprint you trusted before. If the server&apos;s certificate was not renewed on purpose, someone may be intercepting the connection: cancel and ask your administrator.</source>
        <translation>&lt;b&gt;Das Zertifikat von %1 hat sich geändert.&lt;/b&gt;&lt;br&gt;Es stimmt nicht mit dem Fingerabdruck überein, dem Sie zuvor vertraut haben. Wenn das Zertifikat des Servers nicht absichtlich erneuert wurde, fängt möglicherweise jemand die Verbindung ab: Brechen Sie ab und wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 could not be verified.&lt;/b&gt;&lt;br&gt;Compare the SHA-256 fingerprint below with the one your administrator gave you. Trust it only if they are identical; the console will remember your choice for this server.</source>
        <translation>&lt;b&gt;Das Zertifikat von %1 konnte nicht überprüft werden.&lt;/b&gt;&lt;br&gt;Vergleichen Sie den SHA-256-Fingerabdruck unten mit dem, den Ihnen Ihr Administrator gegeben hat. Vertrauen Sie ihm nur, wenn beide identisch sind; die Konsole merkt sich Ihre Entscheidung für diesen Server.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Remember this certificate for this server and connect; only after the fingerprint matched the one your administrator gave you</source>
        <translation>Dieses Zertifikat für diesen Server speichern und verbinden; erst nachdem der Fingerabdruck mit dem Ihres Administrators übereinstimmt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not connect to this server</source>
        <translation>Keine Verbindung zu diesem Server herstellen</translation>
    </message>
</context>
<context>
    <name>cc::ui::UserModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1, revoked after %2</source>
        <translation>%1, widerrufen nach %2</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>scheidet aus am %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Offboarded at %1</source>
        <translation>Ausgeschieden am %1</translation>
    </message>
    <message>
        <source>Enrolment completes at the user&apos;s first sign-in with a valid code.</source>
        <translation>Die Registrierung wird bei der ersten Anmeldung des Benutzers mit einem gültigen Code abgeschlossen.</translation>
    </message>
    <message>
        <source>Access ended %1 (UTC %2); the server revoked everything at %3, %4 later.</source>
        <translation>Zugriff endete am %1 (UTC %2); der Server hat am %3 alles widerrufen, %4 später.</translation>
    </message>
    <message>
        <source>Access ends %1 (UTC %2): sign-ins and tokens are refused from then on.</source>
        <translation>Zugriff endet am %1 (UTC %2): Anmeldungen und Tokens werden ab dann abgewiesen.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Departure → revoked</source>
        <translation>Austritt → widerrufen</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: locked until %1, except on their own console. Unlock lets them sign in now.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen: gesperrt bis %1, außer an der eigenen Konsole. „Entsperren“ ermöglicht die sofortige Anmeldung.</translation>
    </message>
    <message>
        <source>%1 on %2: no sign-in and no use of their grants until they enrol with their code (it expires %3).</source>
        <translation>%1 am %2: keine Anmeldung und keine Nutzung der Freigaben, bis die Person sich mit ihrem Code registriert (er läuft am %3 ab).</translation>
    </message>
    <message>
        <source>They set their password and authenticator with the enrolment code they were given, before %1.</source>
        <translation>Die Person legt Passwort und Authenticator vor %1 mit dem erhaltenen Registrierungscode fest.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles: %1
Designated: %2</source>
        <translation>Rollen: %1
Benannt als: %2</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
</context>
<context>
    <name>cc::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Accounts, roles and two-factor enrolment. Offboarding ends every grant, session and pending request at once, or at a departure time the server enforces.</source>
        <translation>Konten, Rollen und Zwei-Faktor-Registrierung. Das Offboarding beendet jede Freigabe, Sitzung und offene Anfrage sofort oder zu einem Austrittszeitpunkt, den der Server durchsetzt.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Users to show</source>
        <translation>Anzuzeigende Benutzer</translation>
    </message>
    <message>
        <source>All users, the active ones, or the offboarded ones</source>
        <translation>Alle Benutzer, die aktiven oder die ausgeschiedenen</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Create an account; its holder enrols their second factor</source>
        <translation>Ein Konto anlegen; die Person registriert ihren zweiten Faktor selbst</translation>
    </message>
    <message>
        <source>&amp;Offboard…</source>
        <translation>&amp;Offboarding…</translation>
    </message>
    <message>
        <source>Offboard user</source>
        <translation>Offboarding des Benutzers</translation>
    </message>
    <message>
        <source>End the selected user&apos;s access now or at a departure time</source>
        <translation>Den Zugriff des ausgewählten Benutzers jetzt oder zu einem Austrittszeitpunkt beenden</translation>
    </message>
    <message>
        <source>Accounts, their roles and two-factor enrolment</source>
        <translation>Konten, ihre Rollen und Zwei-Faktor-Registrierung</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the users.</source>
        <translation>Die Benutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nichts entspricht dem Filter.</translation>
    </message>
    <message>
        <source>No users.</source>
        <translation>Keine Benutzer.</translation>
    </message>
    <message>
        <source>End the selected user&apos;s access for good</source>
        <translation>Den Zugriff des ausgewählten Benutzers endgültig beenden</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>%1 (%2) angelegt.</translation>
    </message>
    <message>
        <source>Offboard &lt;b&gt;%1&lt;/b&gt; (%2)? At the departure time the server revokes all their grants, ends their sessions and cancels their pending requests, whether or not anyone is signed in. It cannot be undone.</source>
        <translation>Offboarding von &lt;b&gt;%1&lt;/b&gt; (%2)? Zum Austrittszeitpunkt widerruft der Server alle Freigaben der Person, beendet ihre Sitzungen und storniert ihre offenen Anfragen, unabhängig davon, ob jemand angemeldet ist. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Begründung (optional):</translation>
    </message>
    <message>
        <source>Access &amp;ends at (local time; now by default):</source>
        <translation>Zugriff &amp;endet am (Ortszeit; standardmäßig jetzt):</translation>
    </message>
    <message>
        <source>Offboard</source>
        <translation>Offboarding</translation>
    </message>
    <message>
        <source>%1 leaves at %2: from then on the server refuses their sign-ins and revokes all their access.</source>
        <translation>%1 scheidet am %2 aus: Ab dann weist der Server die Anmeldungen der Person ab und widerruft ihren gesamten Zugriff.</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) revoked</source>
        <translation>
            <numerusform>%n Freigabe widerrufen</numerusform>
            <numerusform>%n Freigaben widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended</source>
        <translation>
            <numerusform>%n Sitzung beendet</numerusform>
            <numerusform>%n Sitzungen beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) cancelled</source>
        <translation>
            <numerusform>%n Anfrage storniert</numerusform>
            <numerusform>%n Anfragen storniert</numerusform>
        </translation>
    </message>
    <message>
        <source>Access ends at</source>
        <translation>Zugriff endet am</translation>
    </message>
    <message>
        <source>When the person&apos;s access ends, in your local time; now by default</source>
        <translation>Wann der Zugriff der Person endet, in Ihrer Ortszeit; standardmäßig jetzt</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s roles, title, name or e-mail</source>
        <translation>Rollen, Funktion, Name oder E-Mail des ausgewählten Benutzers ändern</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>Benutzer entsperren</translation>
    </message>
    <message>
        <source>Let the selected user sign in again now, before their lockout ends</source>
        <translation>Den ausgewählten Benutzer sofort wieder anmelden lassen, vor Ende der Sperre</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>For a forgotten password: a new enrolment code for the selected user</source>
        <translation>Bei vergessenem Passwort: ein neuer Registrierungscode für den ausgewählten Benutzer</translation>
    </message>
    <message>
        <source>Reset &amp;2FA…</source>
        <translation>&amp;2FA zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset second factor</source>
        <translation>Zweiten Faktor zurücksetzen</translation>
    </message>
    <message>
        <source>For a lost phone: the selected user enrols a new authenticator with a code</source>
        <translation>Bei verlorenem Telefon: Der ausgewählte Benutzer registriert mit einem Code einen neuen Authenticator</translation>
    </message>
    <message>
        <source>Changed %1 (%2): %3.</source>
        <translation>%1 (%2) geändert: %3.</translation>
    </message>
    <message>
        <source>Could not unlock %1: %2</source>
        <translation>%1 konnte nicht entsperrt werden: %2</translation>
    </message>
    <message>
        <source>Unlocked %1: they can sign in again now.</source>
        <translation>%1 entsperrt: Die Person kann sich jetzt wieder anmelden.</translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation>Passwort von %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Reset the second factor of %1.</source>
        <translation>Zweiter Faktor von %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Offboarded %1: %2, %3, %4, %5.</source>
        <translation>Offboarding von %1: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) to reassign</source>
        <translation>
            <numerusform>%n Asset neu zuzuweisen</numerusform>
            <numerusform>%n Assets neu zuzuweisen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::VulnerabilitiesPage</name>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Findings from scanners and people: critical ones resolved within 7 days of discovery, high ones within 30, each with its evidence.</source>
        <translation>Befunde von Scannern und Personen: kritische innerhalb von 7 Tagen nach der Entdeckung behoben, hohe innerhalb von 30, jeweils mit Nachweis.</translation>
    </message>
    <message>
        <source>Findings to show</source>
        <translation>Anzuzeigende Befunde</translation>
    </message>
    <message>
        <source>Open findings, only the overdue ones, resolved ones, or all</source>
        <translation>Offene Befunde, nur die überfälligen, behobene oder alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Severity to show</source>
        <translation>Anzuzeigender Schweregrad</translation>
    </message>
    <message>
        <source>Only the findings of one severity, or any</source>
        <translation>Nur die Befunde eines Schweregrads, oder alle</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Source to show</source>
        <translation>Anzuzeigende Quelle</translation>
    </message>
    <message>
        <source>Only the findings recorded by hand, from SARIF scanners or from debsecan, or any</source>
        <translation>Nur die von Hand erfassten Befunde, die von SARIF-Scannern oder die von debsecan, oder alle</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Jede Quelle</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>Von Hand erfasst</translation>
    </message>
    <message>
        <source>SARIF scanners</source>
        <translation>SARIF-Scanner</translation>
    </message>
    <message>
        <source>debsecan</source>
        <translation>debsecan</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Befund hinzufügen</translation>
    </message>
    <message>
        <source>Record a vulnerability found by hand</source>
        <translation>Eine von Hand gefundene Schwachstelle erfassen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import scanner results</source>
        <translation>Scanner-Ergebnisse importieren</translation>
    </message>
    <message>
        <source>Add the findings of a SARIF or debsecan file: all of them or none</source>
        <translation>Die Befunde einer SARIF- oder debsecan-Datei hinzufügen: alle oder keinen</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <source>Resolve finding</source>
        <translation>Befund beheben</translation>
    </message>
    <message>
        <source>Record how the finding on show was resolved, with an evidence document</source>
        <translation>Erfassen, wie der angezeigte Befund behoben wurde, mit einem Nachweisdokument</translation>
    </message>
    <message>
        <source>The vulnerability register: each finding&apos;s severity, due date and state</source>
        <translation>Das Schwachstellenregister: Schweregrad, Fälligkeit und Stand jedes Befunds</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>The selected finding and its resolution</source>
        <translation>Der ausgewählte Befund und seine Behebung</translation>
    </message>
    <message>
        <source>Evidence SHA-256:</source>
        <translation>SHA-256 des Nachweises:</translation>
    </message>
    <message>
        <source>Evidence SHA-256</source>
        <translation>SHA-256 des Nachweises</translation>
    </message>
    <message>
        <source>The SHA-256 the store recorded of the evidence document</source>
        <translation>Der vom Speicher vermerkte SHA-256 des Nachweisdokuments</translation>
    </message>
    <message>
        <source>No findings match. Record one with “Add…” or bring a scanner&apos;s results in with “Import…”.</source>
        <translation>Keine passenden Befunde. Erfassen Sie einen mit „Hinzufügen…“ oder übernehmen Sie die Ergebnisse eines Scanners mit „Importieren…“.</translation>
    </message>
    <message>
        <source>Vulnerability #%1 could not be shown: %2</source>
        <translation>Schwachstelle #%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>No finding selected</source>
        <translation>Kein Befund ausgewählt</translation>
    </message>
    <message>
        <source>Select a finding to see where it is, when it is due and how it was resolved.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, wo er besteht, wann er fällig ist und wie er behoben wurde.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Entdeckt</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>War fällig</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>This finding is already resolved.</source>
        <translation>Dieser Befund ist bereits behoben.</translation>
    </message>
    <message>
        <source>%1 recorded; due %2.</source>
        <translation>%1 erfasst; fällig %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s) added</source>
        <translation>
            <numerusform>%1: %n Befund hinzugefügt</numerusform>
            <numerusform>%1: %n Befunde hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already open</source>
        <translation>
            <numerusform>, %n bereits offen</numerusform>
            <numerusform>, %n bereits offen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 resolved. Evidence %2, SHA-256 %3.</source>
        <translation>%1 behoben. Nachweis %2, SHA-256 %3.</translation>
    </message>
</context>
<context>
    <name>cc::ui::VulnerabilityModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>Von Hand erfasst</translation>
    </message>
    <message>
        <source>SARIF (%1)</source>
        <translation>SARIF (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Behoben am %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue: it was due %1</source>
        <translation>Überfällig: fällig war sie %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Asset or component</source>
        <translation>Asset oder Komponente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Entdeckt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cc::ui::format</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 her</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
</context>
<context>
    <name>cc::ui::theme</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
</context>
</TS>
