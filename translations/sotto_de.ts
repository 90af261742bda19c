<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountForm</name>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Pick an XMPP server (for example one you or a friend run, or a public one) and a user name. Your address will be name@server.</source>
        <translation>Wähle einen XMPP-Server (zum Beispiel einen, den du oder jemand aus deinem Freundeskreis betreibt, oder einen öffentlichen) und einen Benutzernamen. Deine Adresse lautet dann name@server.</translation>
    </message>
    <message>
        <source>Enter your XMPP address and password. Sotto will publish its encryption keys for this device.</source>
        <translation>Gib deine XMPP-Adresse und dein Passwort ein. Sotto veröffentlicht dann seine Verschlüsselungsschlüssel für dieses Gerät.</translation>
    </message>
    <message>
        <source>Please enter a server and a user name.</source>
        <translation>Bitte gib einen Server und einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 8 characters.</source>
        <translation>Bitte wähle ein Passwort mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Please enter your full address, like name@example.org.</source>
        <translation>Bitte gib deine vollständige Adresse ein, z. B. name@example.org.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
</context>
<context>
    <name>AccountSection</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>The password of %1 changes on the server, for all your devices. Your other devices will ask for the new one.</source>
        <translation>Das Passwort von %1 wird auf dem Server geändert, für alle deine Geräte. Deine anderen Geräte werden nach dem neuen fragen.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Verwende mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Passwort wird geändert</translation>
    </message>
    <message>
        <source>Your password is changed. Sotto keeps the new one on this computer.</source>
        <translation>Dein Passwort ist geändert. Sotto speichert das neue auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>AppError</name>
    <message>
        <source>This profile is already open in another Sotto window.</source>
        <translation>Dieses Profil ist bereits in einem anderen Sotto-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>No system keychain is available. Choose a passphrase to protect your messages on this computer.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar. Wähle eine Passphrase, um deine Nachrichten auf diesem Computer zu schützen.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile.</source>
        <translation>Gib die Passphrase ein, die dieses Profil schützt.</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile.</source>
        <translation>Mit dieser Passphrase lässt sich dieses Profil nicht öffnen.</translation>
    </message>
    <message>
        <source>The key to your messages is no longer in the system keychain. Restore it with your recovery code or a backup.</source>
        <translation>Der Schlüssel zu deinen Nachrichten ist nicht mehr im Systemschlüsselbund. Stelle ihn mit deinem Wiederherstellungscode oder einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer.</source>
        <translation>Deine Nachrichten konnten auf diesem Computer nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>Create an account or sign in first.</source>
        <translation>Erstelle zuerst ein Konto oder melde dich an.</translation>
    </message>
    <message>
        <source>This profile already belongs to another account.</source>
        <translation>Dieses Profil gehört bereits zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>That is not a valid address. It looks like name@example.org.</source>
        <translation>Das ist keine gültige Adresse. Sie sieht so aus: name@example.org.</translation>
    </message>
    <message>
        <source>The account password could not be read from or saved to the keychain. Sign in again.</source>
        <translation>Das Kontopasswort konnte nicht aus dem Schlüsselbund gelesen oder dort gespeichert werden. Melde dich erneut an.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Der Server ist nicht erreichbar. Überprüfe die Adresse und deine Verbindung.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted, so Sotto did not connect.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, deshalb hat Sotto keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. Sotto never connects without encryption.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden. Sotto verbindet sich nie ohne Verschlüsselung.</translation>
    </message>
    <message>
        <source>The address or password is wrong.</source>
        <translation>Die Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>That name is already taken on this server. Try another.</source>
        <translation>Dieser Name ist auf diesem Server bereits vergeben. Versuche einen anderen.</translation>
    </message>
    <message>
        <source>The server did not allow creating the account.</source>
        <translation>Der Server hat das Erstellen des Kontos nicht erlaubt.</translation>
    </message>
    <message>
        <source>The connection was lost. Sotto reconnects by itself; unsent messages wait.</source>
        <translation>Die Verbindung wurde unterbrochen. Sotto verbindet sich automatisch neu; nicht gesendete Nachrichten warten so lange.</translation>
    </message>
    <message>
        <source>The server answered in a way Sotto does not understand.</source>
        <translation>Der Server hat auf eine Weise geantwortet, die Sotto nicht versteht.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Du bist offline.</translation>
    </message>
    <message>
        <source>This contact's app does not support end-to-end encryption (OMEMO), so the message was not sent.</source>
        <translation>Die App dieses Kontakts unterstützt keine Ende-zu-Ende-Verschlüsselung (OMEMO), deshalb wurde die Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <source>None of this contact's devices is trusted. Review their devices before sending.</source>
        <translation>Keinem Gerät dieses Kontakts wird vertraut. Überprüfe die Geräte, bevor du sendest.</translation>
    </message>
    <message>
        <source>This contact's safety number changed. Verify it or accept the new key before sending.</source>
        <translation>Die Sicherheitsnummer dieses Kontakts hat sich geändert. Verifiziere sie oder akzeptiere den neuen Schlüssel, bevor du sendest.</translation>
    </message>
    <message>
        <source>The message could not be encrypted, so it was not sent.</source>
        <translation>Die Nachricht konnte nicht verschlüsselt werden und wurde deshalb nicht gesendet.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>Diese Nachricht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>That device is not known for this contact.</source>
        <translation>Dieses Gerät ist für diesen Kontakt nicht bekannt.</translation>
    </message>
    <message>
        <source>The current password is not right. Nothing was changed.</source>
        <translation>Das aktuelle Passwort stimmt nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new password is too short. Use at least 8 characters.</source>
        <translation>Das neue Passwort ist zu kurz. Verwende mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The server did not accept the new password. Your password is unchanged.</source>
        <translation>Der Server hat das neue Passwort nicht angenommen. Dein Passwort ist unverändert.</translation>
    </message>
    <message>
        <source>This server does not allow changing the password from an app. Your password is unchanged.</source>
        <translation>Dieser Server erlaubt es nicht, das Passwort in einer App zu ändern. Dein Passwort ist unverändert.</translation>
    </message>
</context>
<context>
    <name>BackupError</name>
    <message>
        <source>The backup passphrase is wrong.</source>
        <translation>Die Passphrase der Sicherung ist falsch.</translation>
    </message>
    <message>
        <source>This file is not a Sotto backup.</source>
        <translation>Diese Datei ist keine Sotto-Sicherung.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Sotto. Update Sotto to restore it.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von Sotto erstellt. Aktualisiere Sotto, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>This backup uses key derivation settings this version of Sotto does not accept.</source>
        <translation>Diese Sicherung verwendet Einstellungen zur Schlüsselableitung, die diese Version von Sotto nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The backup file is incomplete: it ends too early (was the copy interrupted?).</source>
        <translation>Die Sicherungsdatei ist unvollständig: Sie endet zu früh (wurde das Kopieren unterbrochen?).</translation>
    </message>
    <message>
        <source>The backup file is damaged or was modified: its contents do not authenticate.</source>
        <translation>Die Sicherungsdatei ist beschädigt oder wurde verändert: Ihr Inhalt lässt sich nicht authentifizieren.</translation>
    </message>
    <message>
        <source>The backup file is damaged: parts of it are missing or out of order.</source>
        <translation>Die Sicherungsdatei ist beschädigt: Teile fehlen oder sind in der falschen Reihenfolge.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the backup key from the passphrase.</source>
        <translation>Nicht genügend Arbeitsspeicher, um den Sicherungsschlüssel aus der Passphrase abzuleiten.</translation>
    </message>
    <message>
        <source>The backup could not be written (disk full or not writable). No partial backup was left behind.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden (Datenträger voll oder nicht beschreibbar). Es wurde keine unvollständige Sicherung zurückgelassen.</translation>
    </message>
    <message>
        <source>The backup file could not be opened or read.</source>
        <translation>Die Sicherungsdatei konnte nicht geöffnet oder gelesen werden.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least 16 characters with at least 6 different ones, or the generated passphrase.</source>
        <translation>Diese Passphrase ist zu kurz: Verwende mindestens 16 Zeichen, davon mindestens 6 verschiedene, oder die erzeugte Passphrase.</translation>
    </message>
    <message>
        <source>An item is too large to be backed up.</source>
        <translation>Ein Element ist zu groß, um gesichert zu werden.</translation>
    </message>
    <message>
        <source>Internal backup error (invalid state).</source>
        <translation>Interner Sicherungsfehler (ungültiger Zustand).</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: create an account or sign in first.</source>
        <translation>Es gibt noch nichts zu sichern: Erstelle zuerst ein Konto oder melde dich an.</translation>
    </message>
    <message>
        <source>This profile already holds an account or messages. Confirm to add what the backup has; nothing in the profile will be removed.</source>
        <translation>Dieses Profil enthält bereits ein Konto oder Nachrichten. Bestätige, um den Inhalt der Sicherung hinzuzufügen; aus dem Profil wird nichts entfernt.</translation>
    </message>
    <message>
        <source>This backup belongs to another account than this profile. Restore it into a new profile. Nothing was changed.</source>
        <translation>Diese Sicherung gehört zu einem anderen Konto als dieses Profil. Stelle sie in einem neuen Profil wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup decrypted correctly but holds data Sotto cannot use. Nothing was restored.</source>
        <translation>Die Sicherung wurde korrekt entschlüsselt, enthält aber Daten, die Sotto nicht verwenden kann. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer. Nothing was changed.</source>
        <translation>Deine Nachrichten konnten auf diesem Computer nicht gelesen oder gespeichert werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was kept.</source>
        <translation>Abgebrochen. Es ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>The backup folder does not exist or cannot be written to.</source>
        <translation>Der Sicherungsordner existiert nicht oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The saved backup passphrase could not be read: the keychain is locked or refused access. Unlock it, or turn automatic backups off and on again to set a new passphrase.</source>
        <translation>Die gespeicherte Passphrase der Sicherung konnte nicht gelesen werden: Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperre ihn oder schalte automatische Sicherungen aus und wieder ein, um eine neue Passphrase festzulegen.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>%1 Nachrichten gesichert.</translation>
    </message>
    <message>
        <source>The automatic backup failed. %1 Sotto tries again at the next start.</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen. %1 Sotto versucht es beim nächsten Start erneut.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with your account, keys, contacts and messages. It restores on another computer. Without its passphrase nobody can open it, not even you.</source>
        <translation>Eine Sicherung ist eine einzige verschlüsselte Datei mit deinem Konto, deinen Schlüsseln, Kontakten und Nachrichten. Sie lässt sich auf einem anderen Computer wiederherstellen. Ohne ihre Passphrase kann niemand sie öffnen, nicht einmal du.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Use my own passphrase</source>
        <translation>Eigene Passphrase verwenden</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Verify the last backup</source>
        <translation>Letzte Sicherung überprüfen</translation>
    </message>
    <message>
        <source>Write this passphrase down and keep it somewhere safe. Sotto shows it only now.</source>
        <translation>Schreib diese Passphrase auf und bewahre sie an einem sicheren Ort auf. Sotto zeigt sie nur jetzt an.</translation>
    </message>
    <message>
        <source>Backup passphrase: %1</source>
        <translation>Passphrase der Sicherung: %1</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ich habe sie aufgeschrieben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Type the passphrase again, from what you wrote down.</source>
        <translation>Gib die Passphrase noch einmal ein, so wie du sie aufgeschrieben hast.</translation>
    </message>
    <message>
        <source>Backup passphrase, again</source>
        <translation>Passphrase der Sicherung wiederholen</translation>
    </message>
    <message>
        <source>That is not the passphrase shown before.</source>
        <translation>Das ist nicht die Passphrase, die eben angezeigt wurde.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Start backup</source>
        <translation>Sicherung starten</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <source>Your backup passphrase</source>
        <translation>Deine Passphrase für die Sicherung</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Noch einmal dieselbe</translation>
    </message>
    <message>
        <source>Your backup passphrase, again</source>
        <translation>Deine Passphrase für die Sicherung wiederholen</translation>
    </message>
    <message>
        <source>At least 16 characters, at least 6 of them different.</source>
        <translation>Mindestens 16 Zeichen, davon mindestens 6 verschiedene.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Sicherung abbrechen</translation>
    </message>
    <message>
        <source>Last: %1 — %2</source>
        <translation>Zuletzt: %1 — %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Restore into this profile…</source>
        <translation>In dieses Profil wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore a backup into this profile</source>
        <translation>Eine Sicherung in dieses Profil wiederherstellen</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Behalten werden die letzten</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Anzahl der automatischen Sicherungen, die behalten werden</translation>
    </message>
    <message>
        <source>An automatic backup is running…</source>
        <translation>Eine automatische Sicherung läuft…</translation>
    </message>
    <message>
        <source>Last automatic backup: %1 — %2</source>
        <translation>Letzte automatische Sicherung: %1 — %2</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Noch keine automatische Sicherung.</translation>
    </message>
    <message>
        <source>Only Sotto's own automatic backup files in the folder are ever deleted, the oldest first.</source>
        <translation>Im Ordner werden immer nur Sottos eigene automatische Sicherungsdateien gelöscht, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>Automatic backups use this passphrase. Sotto keeps it on this computer so that they run without asking; you need it to restore one.</source>
        <translation>Automatische Sicherungen verwenden diese Passphrase. Sotto speichert sie auf diesem Computer, damit sie ohne Nachfrage laufen; du brauchst sie, um eine davon wiederherzustellen.</translation>
    </message>
    <message>
        <source>Restoring into this profile only adds what it is missing: messages, contacts and settings from the backup that are not here yet. Nothing in this profile is changed or deleted.</source>
        <translation>Die Wiederherstellung in dieses Profil fügt nur hinzu, was fehlt: Nachrichten, Kontakte und Einstellungen aus der Sicherung, die hier noch nicht vorhanden sind. In diesem Profil wird nichts geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <translation>Wiederherzustellende Sicherungsdatei</translation>
    </message>
    <message>
        <source>Passphrase of that backup</source>
        <translation>Passphrase dieser Sicherung</translation>
    </message>
    <message>
        <source>Add what is missing</source>
        <translation>Fehlendes hinzufügen</translation>
    </message>
</context>
<context>
    <name>BlockedContactsSection</name>
    <message>
        <source>Blocked and reported</source>
        <translation>Blockiert und gemeldet</translation>
    </message>
    <message>
        <source>Drop messages from people who are not my contacts</source>
        <translation>Nachrichten von Personen verwerfen, die nicht in meinen Kontakten sind</translation>
    </message>
    <message>
        <source>When off, their first messages wait under Requests; they get no delivery or read receipts until you accept.</source>
        <translation>Wenn ausgeschaltet, warten ihre ersten Nachrichten unter „Anfragen“; sie erhalten keine Zustell- oder Lesebestätigungen, bis du annimmst.</translation>
    </message>
    <message>
        <source>Nobody is blocked.</source>
        <translation>Niemand ist blockiert.</translation>
    </message>
    <message numerus="yes">
        <source>Reported as %1 on %2, %n message(s) attached</source>
        <translation><numerusform>Gemeldet als %1 am %2, %n Nachricht angehängt</numerusform><numerusform>Gemeldet als %1 am %2, %n Nachrichten angehängt</numerusform></translation>
    </message>
    <message>
        <source>spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>abuse</source>
        <translation>Missbrauch</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Blockierung von %1 aufheben</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Sending is not available in this version of Sotto.</source>
        <translation>Senden ist in dieser Version von Sotto nicht verfügbar.</translation>
    </message>
    <message>
        <source>Review the changed safety number before sending.</source>
        <translation>Überprüfe die geänderte Sicherheitsnummer, bevor du sendest.</translation>
    </message>
    <message>
        <source>Retrying is not available in this version of Sotto.</source>
        <translation>Erneutes Senden ist in dieser Version von Sotto nicht verfügbar.</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Ende-zu-Ende-verschlüsselt</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Sicherheitsnummer</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>Sicherheitsnummer anzeigen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>Scroll to newest, %n new message(s)</source>
        <translation><numerusform>Zur neuesten scrollen, %n neue Nachricht</numerusform><numerusform>Zur neuesten scrollen, %n neue Nachrichten</numerusform></translation>
    </message>
    <message>
        <source>Scroll to newest</source>
        <translation>Zur neuesten scrollen</translation>
    </message>
    <message>
        <source>Choose a conversation, or start a new one with Ctrl+N.</source>
        <translation>Wähle eine Unterhaltung oder beginne eine neue mit Strg+N.</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 schreibt</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write an encrypted message</source>
        <translation>Verschlüsselte Nachricht schreiben</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Eingabetaste sendet, Umschalt+Eingabetaste beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>(key not known yet)</source>
        <translation>(Schlüssel noch nicht bekannt)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>Show safety number</source>
        <translation>Sicherheitsnummer anzeigen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>No encryption devices are known for this contact yet.</source>
        <translation>Für diesen Kontakt sind noch keine Verschlüsselungsgeräte bekannt.</translation>
    </message>
    <message>
        <source>Device details are not available in this version of Sotto.</source>
        <translation>Gerätedetails sind in dieser Version von Sotto nicht verfügbar.</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Trusted (not verified)</source>
        <translation>Vertraut (nicht verifiziert)</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>Nicht vertraut</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Distrust</source>
        <translation>Nicht vertrauen</translation>
    </message>
    <message>
        <source>Distrust device %1</source>
        <translation>Gerät %1 nicht vertrauen</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Trust device %1</source>
        <translation>Gerät %1 vertrauen</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1 blockieren</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from contacts</source>
        <translation>%1 aus den Kontakten entfernen</translation>
    </message>
    <message>
        <source>Blocking and removing contacts are not available in this version of Sotto.</source>
        <translation>Das Blockieren und Entfernen von Kontakten ist in dieser Version von Sotto nicht verfügbar.</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Blockierung von %1 aufheben</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Melden …</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>%1 melden</translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation>QR-Code ausblenden</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Hide the QR code of device %1</source>
        <translation>QR-Code von Gerät %1 ausblenden</translation>
    </message>
    <message>
        <source>Show the QR code of device %1</source>
        <translation>QR-Code von Gerät %1 anzeigen</translation>
    </message>
    <message>
        <source>Device %1 of %2</source>
        <translation>Gerät %1 von %2</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation><numerusform>%1, %n ungelesene Nachricht</numerusform><numerusform>%1, %n ungelesene Nachrichten</numerusform></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <source>Wants to message you</source>
        <translation>Möchte dir schreiben</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Du: %1</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>Nachrichtenanfrage von %1 annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Decline message request from %1</source>
        <translation>Nachrichtenanfrage von %1 ablehnen</translation>
    </message>
</context>
<context>
    <name>ConversationListPane</name>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung (Strg+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Reconnecting… messages will be sent when back online</source>
        <translation>Verbindung wird wiederhergestellt … Nachrichten werden gesendet, sobald du wieder online bist</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>No conversations yet. Start one with +.</source>
        <translation>Noch keine Unterhaltungen. Beginne eine mit +.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The message is damaged or was tampered with.</source>
        <translation>Die Nachricht ist beschädigt oder wurde manipuliert.</translation>
    </message>
    <message>
        <source>The message was already received.</source>
        <translation>Die Nachricht wurde bereits empfangen.</translation>
    </message>
    <message>
        <source>Too many messages from this device were lost.</source>
        <translation>Zu viele Nachrichten von diesem Gerät sind verloren gegangen.</translation>
    </message>
    <message>
        <source>There is no encrypted session with this device.</source>
        <translation>Es gibt keine verschlüsselte Sitzung mit diesem Gerät.</translation>
    </message>
    <message>
        <source>The message uses a key this device no longer has.</source>
        <translation>Die Nachricht verwendet einen Schlüssel, den dieses Gerät nicht mehr hat.</translation>
    </message>
    <message>
        <source>A key is not valid.</source>
        <translation>Ein Schlüssel ist ungültig.</translation>
    </message>
    <message>
        <source>The device's key signature does not verify.</source>
        <translation>Die Schlüsselsignatur des Geräts lässt sich nicht bestätigen.</translation>
    </message>
    <message>
        <source>The device presented a different identity key.</source>
        <translation>Das Gerät hat einen anderen Identitätsschlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>The message uses an old protocol version.</source>
        <translation>Die Nachricht verwendet eine alte Protokollversion.</translation>
    </message>
    <message>
        <source>The message uses an unknown protocol version.</source>
        <translation>Die Nachricht verwendet eine unbekannte Protokollversion.</translation>
    </message>
    <message>
        <source>The message belongs to an outdated session.</source>
        <translation>Die Nachricht gehört zu einer veralteten Sitzung.</translation>
    </message>
    <message>
        <source>The message carries no text.</source>
        <translation>Die Nachricht enthält keinen Text.</translation>
    </message>
    <message>
        <source>The message was not encrypted for this device.</source>
        <translation>Die Nachricht wurde nicht für dieses Gerät verschlüsselt.</translation>
    </message>
    <message>
        <source>The key store could not be read or written.</source>
        <translation>Der Schlüsselspeicher konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Ungültiges Argument.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Kein Arbeitsspeicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>Internal encryption error.</source>
        <translation>Interner Verschlüsselungsfehler.</translation>
    </message>
</context>
<context>
    <name>DeliveryStateIcon</name>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>KeychainLostPage</name>
    <message>
        <source>Sotto's key is missing from your keychain</source>
        <translation>Der Schlüssel von Sotto fehlt in deinem Schlüsselbund</translation>
    </message>
    <message>
        <source>Your messages are still on this computer, encrypted, and nothing has been deleted. But the key that opens them is no longer in your system's keychain. This can happen when the keychain was reset, when you use a different desktop session or keychain program, or after the computer was reinstalled.</source>
        <translation>Deine Nachrichten sind weiterhin verschlüsselt auf diesem Computer, und nichts wurde gelöscht. Aber der Schlüssel, mit dem sie sich öffnen lassen, ist nicht mehr im Schlüsselbund deines Systems. Das kann passieren, wenn der Schlüsselbund zurückgesetzt wurde, wenn du eine andere Desktop-Sitzung oder ein anderes Schlüsselbund-Programm verwendest oder nachdem der Computer neu installiert wurde.</translation>
    </message>
    <message>
        <source>Enter the recovery code you saved when you set up Sotto. Sotto will put the key back into the keychain.</source>
        <translation>Gib den Wiederherstellungscode ein, den du beim Einrichten von Sotto gespeichert hast. Sotto legt den Schlüssel dann wieder in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>This version of Sotto cannot use a recovery code yet.</source>
        <translation>Diese Version von Sotto kann noch keinen Wiederherstellungscode verwenden.</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Schlüsselbund erneut versuchen</translation>
    </message>
    <message>
        <source>Use this after unlocking or restoring your keychain</source>
        <translation>Verwende dies, nachdem du deinen Schlüsselbund entsperrt oder wiederhergestellt hast</translation>
    </message>
    <message>
        <source>Restore with recovery code</source>
        <translation>Mit Wiederherstellungscode wiederherstellen</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of Sotto</source>
        <translation>Sprache von Sotto</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Opening your messages</source>
        <translation>Deine Nachrichten werden geöffnet</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Their address</source>
        <translation>Adresse des Kontakts</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>message could not be decrypted</source>
        <translation>Nachricht konnte nicht entschlüsselt werden</translation>
    </message>
    <message>
        <source>This message could not be decrypted. Ask the sender to send it again; their app may need to refresh its keys.</source>
        <translation>Diese Nachricht konnte nicht entschlüsselt werden. Bitte den Absender, sie erneut zu senden; möglicherweise muss seine App ihre Schlüssel aktualisieren.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Ende-zu-Ende-verschlüsselt</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>From a device you have not verified</source>
        <translation>Von einem Gerät, das du nicht verifiziert hast</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>MessageContextMenu</name>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Melden…</translation>
    </message>
    <message>
        <source>Report this message</source>
        <translation>Diese Nachricht melden</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a notification for new messages</source>
        <translation>Bei neuen Nachrichten eine Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Name and message</source>
        <translation>Name und Nachricht</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>Nur Name</translation>
    </message>
    <message>
        <source>No name or message</source>
        <translation>Weder Name noch Nachricht</translation>
    </message>
    <message>
        <source>What notifications show</source>
        <translation>Was Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <source>Notifications can be read by anyone who sees your screen, also when it is locked. A message request only ever shows “New message request”.</source>
        <translation>Benachrichtigungen kann jeder lesen, der deinen Bildschirm sieht, auch wenn er gesperrt ist. Eine Nachrichtenanfrage zeigt immer nur „Neue Nachrichtenanfrage“.</translation>
    </message>
</context>
<context>
    <name>OwnDevicesSection</name>
    <message>
        <source>In use now</source>
        <translation>Gerade in Verwendung</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Noch nicht gesehen</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Zuletzt gesehen: %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Messages to you are encrypted for each of these devices. Remove one you no longer use.</source>
        <translation>Nachrichten an dich werden für jedes dieser Geräte verschlüsselt. Entferne eines, das du nicht mehr verwendest.</translation>
    </message>
    <message>
        <source>No devices known yet.</source>
        <translation>Noch keine Geräte bekannt.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>Fingerprint not known yet</source>
        <translation>Fingerabdruck noch nicht bekannt</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove device %1</source>
        <translation>Gerät %1 entfernen</translation>
    </message>
    <message>
        <source>Remove device %1?</source>
        <translation>Gerät %1 entfernen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your contacts stop encrypting new messages to it. If that device is still signed in, it adds itself back the next time it connects; sign out there first.</source>
        <translation>Deine Kontakte verschlüsseln keine neuen Nachrichten mehr dafür. Ist das Gerät noch angemeldet, fügt es sich bei der nächsten Verbindung wieder hinzu; melde dich zuerst dort ab.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect your messages with a passphrase</source>
        <translation>Schütze deine Nachrichten mit einer Passphrase</translation>
    </message>
    <message>
        <source>Unlock Sotto</source>
        <translation>Sotto entsperren</translation>
    </message>
    <message>
        <source>Sotto keeps your messages in an encrypted database. Normally its key is kept in your system's keychain, but this computer has no keychain that Sotto can use (for example no GNOME Keyring or KWallet is running). Sotto never stores the key unprotected, so please choose a passphrase instead. You will need it every time Sotto starts.</source>
        <translation>Sotto speichert deine Nachrichten in einer verschlüsselten Datenbank. Normalerweise liegt ihr Schlüssel im Schlüsselbund deines Systems, aber dieser Computer hat keinen Schlüsselbund, den Sotto verwenden kann (zum Beispiel läuft weder GNOME Keyring noch KWallet). Sotto speichert den Schlüssel nie ungeschützt, wähle daher bitte stattdessen eine Passphrase. Du brauchst sie bei jedem Start von Sotto.</translation>
    </message>
    <message>
        <source>Your messages are protected by a passphrase. Enter it to open them.</source>
        <translation>Deine Nachrichten sind durch eine Passphrase geschützt. Gib sie ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Please use at least 8 characters; a few unusual words work well.</source>
        <translation>Bitte verwende mindestens 8 Zeichen; ein paar ungewöhnliche Wörter eignen sich gut.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Send read receipts</source>
        <translation>Lesebestätigungen senden</translation>
    </message>
    <message>
        <source>Contacts see when you have read their messages. That a message reached this computer is always confirmed.</source>
        <translation>Kontakte sehen, wann du ihre Nachrichten gelesen hast. Dass eine Nachricht diesen Computer erreicht hat, wird immer bestätigt.</translation>
    </message>
    <message>
        <source>Send typing indicators</source>
        <translation>Tippbenachrichtigungen senden</translation>
    </message>
    <message>
        <source>Contacts see when you are typing to them. Your server sees it too: typing indicators are not end-to-end encrypted.</source>
        <translation>Kontakte sehen, wenn du ihnen gerade schreibst. Dein Server sieht das auch: Tippbenachrichtigungen sind nicht Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <source>Trust new devices of my contacts until I verify them</source>
        <translation>Neuen Geräten meiner Kontakte vertrauen, bis ich sie verifiziere</translation>
    </message>
    <message>
        <source>When off, Sotto does not encrypt to a new device of a contact until you decide about it.</source>
        <translation>Wenn ausgeschaltet, verschlüsselt Sotto nicht für ein neues Gerät eines Kontakts, bis du darüber entschieden hast.</translation>
    </message>
</context>
<context>
    <name>ProfileProblemPage</name>
    <message>
        <source>Sotto cannot open your messages</source>
        <translation>Sotto kann deine Nachrichten nicht öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Save your recovery code</source>
        <translation>Speichere deinen Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If your keychain is reset or you forget your passphrase, this code is the only way to open your messages again. Write it down or store it in a password manager. Sotto will not show it again.</source>
        <translation>Wenn dein Schlüsselbund zurückgesetzt wird oder du deine Passphrase vergisst, ist dieser Code die einzige Möglichkeit, deine Nachrichten wieder zu öffnen. Schreib ihn auf oder speichere ihn in einem Passwortmanager. Sotto zeigt ihn nicht noch einmal an.</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Wiederherstellungscode: %1</translation>
    </message>
    <message>
        <source>I have saved my recovery code somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungscode sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report %1</source>
        <translation>%1 melden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Missbrauch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Messages to include (in plain text):</source>
        <translation>Mitzusendende Nachrichten (im Klartext):</translation>
    </message>
    <message>
        <source>There are no messages from %1 to include.</source>
        <translation>Es gibt keine Nachrichten von %1, die mitgesendet werden könnten.</translation>
    </message>
    <message>
        <source>Include message: %1</source>
        <translation>Nachricht mitsenden: %1</translation>
    </message>
    <message>
        <source>No message will be attached.</source>
        <translation>Es wird keine Nachricht angehängt.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked message(s) will be sent in plain text.</source>
        <translation><numerusform>%n ausgewählte Nachricht wird im Klartext gesendet.</numerusform><numerusform>%n ausgewählte Nachrichten werden im Klartext gesendet.</numerusform></translation>
    </message>
    <message>
        <source>The report goes to your server (%1) and %2 will be blocked. Nothing else leaves this device.</source>
        <translation>Die Meldung geht an deinen Server (%1) und %2 wird blockiert. Sonst verlässt nichts dieses Gerät.</translation>
    </message>
    <message>
        <source>Report and block</source>
        <translation>Melden und blockieren</translation>
    </message>
    <message>
        <source>The message you chose is older than the last five from %1; only these can be attached.</source>
        <translation>Die gewählte Nachricht ist älter als die letzten fünf von %1; nur diese können angehängt werden.</translation>
    </message>
</context>
<context>
    <name>RequestBar</name>
    <message>
        <source>Message request from %1</source>
        <translation>Nachrichtenanfrage von %1</translation>
    </message>
    <message>
        <source>This address is not in your contacts. They will not know that you have seen their message until you accept. Links and images are not opened.</source>
        <translation>Diese Adresse ist nicht in deinen Kontakten. Die Person erfährt erst, dass du ihre Nachricht gesehen hast, wenn du annimmst. Links und Bilder werden nicht geöffnet.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept message request from %1</source>
        <translation>Nachrichtenanfrage von %1 annehmen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete message request from %1</source>
        <translation>Nachrichtenanfrage von %1 löschen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1 blockieren</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Melden …</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>%1 melden</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase: the 30 digits Sotto showed you, or your own.</source>
        <translation>Wähle die Sicherungsdatei und gib ihre Passphrase ein: die 30 Ziffern, die Sotto dir angezeigt hat, oder deine eigene.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>/path/to/sotto-backup.sottobackup</source>
        <translation>/pfad/zu/sotto-backup.sottobackup</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SafetyMenuButton</name>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Block or report %1</source>
        <translation>%1 blockieren oder melden</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Melden …</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>%1 melden</translation>
    </message>
</context>
<context>
    <name>SafetyNumberBanner</name>
    <message>
        <source>Your safety number with %1 changed. This happens when they reinstall or add a device, but it could also mean someone is intercepting. Sending is paused until you review it.</source>
        <translation>Deine Sicherheitsnummer mit %1 hat sich geändert. Das passiert, wenn dein Kontakt die App neu installiert oder ein Gerät hinzufügt, es könnte aber auch bedeuten, dass jemand mitliest. Das Senden ist pausiert, bis du sie überprüft hast.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Review safety number</source>
        <translation>Sicherheitsnummer überprüfen</translation>
    </message>
</context>
<context>
    <name>SafetyNumberPage</name>
    <message>
        <source>This version of Sotto cannot record verification yet.</source>
        <translation>Diese Version von Sotto kann die Verifizierung noch nicht speichern.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Safety number with %1</source>
        <translation>Sicherheitsnummer mit %1</translation>
    </message>
    <message>
        <source>Compare these numbers with the ones %1 sees, in person or over a call you trust, or scan each other's code. If they match, nobody is reading along.</source>
        <translation>Vergleiche diese Zahlen mit denen, die %1 sieht – persönlich oder über einen Anruf, dem du vertraust –, oder scannt gegenseitig eure Codes. Wenn sie übereinstimmen, liest niemand mit.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>Die Sicherheitsnummer ist noch nicht verfügbar: Sotto braucht zuerst die Verschlüsselungsschlüssel dieses Kontakts.</translation>
    </message>
    <message>
        <source>Safety number: %1</source>
        <translation>Sicherheitsnummer: %1</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Als verifiziert markieren</translation>
    </message>
    <message>
        <source>Accept without verifying</source>
        <translation>Ohne Verifizierung akzeptieren</translation>
    </message>
    <message>
        <source>Trust the new key now and compare the numbers later</source>
        <translation>Dem neuen Schlüssel jetzt vertrauen und die Zahlen später vergleichen</translation>
    </message>
    <message>
        <source>Clear verification</source>
        <translation>Verifizierung aufheben</translation>
    </message>
    <message>
        <source>Compare by pasting their number</source>
        <translation>Durch Einfügen der Nummer des Kontakts vergleichen</translation>
    </message>
    <message>
        <source>Their safety number</source>
        <translation>Sicherheitsnummer des Kontakts</translation>
    </message>
    <message numerus="yes">
        <source>A safety number has 60 digits; this has %n.</source>
        <translation><numerusform>Eine Sicherheitsnummer hat 60 Ziffern; diese hat %n.</numerusform><numerusform>Eine Sicherheitsnummer hat 60 Ziffern; diese hat %n.</numerusform></translation>
    </message>
    <message>
        <source>The numbers match.</source>
        <translation>Die Zahlen stimmen überein.</translation>
    </message>
    <message>
        <source>The numbers do not match. Do not mark this contact as verified.</source>
        <translation>Die Zahlen stimmen nicht überein. Markiere diesen Kontakt nicht als verifiziert.</translation>
    </message>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Show the code for Sotto</source>
        <translation>Code für Sotto anzeigen</translation>
    </message>
    <message>
        <source>Other apps</source>
        <translation>Andere Apps</translation>
    </message>
    <message>
        <source>Show the code for Conversations and other OMEMO apps</source>
        <translation>Code für Conversations und andere OMEMO-Apps anzeigen</translation>
    </message>
    <message>
        <source>Conversations, Dino or Gajim on their side scans this to verify this device.</source>
        <translation>Conversations, Dino oder Gajim auf der anderen Seite scannt diesen Code, um dieses Gerät zu verifizieren.</translation>
    </message>
    <message>
        <source>Sotto on their side scans this to compare the safety number.</source>
        <translation>Sotto auf der anderen Seite scannt diesen Code, um die Sicherheitsnummer zu vergleichen.</translation>
    </message>
    <message>
        <source>Paste the 60 digits or the link they sent you</source>
        <translation>Füge die 60 Ziffern oder den Link ein, den sie dir geschickt haben</translation>
    </message>
    <message>
        <source>Check this code</source>
        <translation>Diesen Code prüfen</translation>
    </message>
    <message>
        <source>Check the pasted code</source>
        <translation>Eingefügten Code prüfen</translation>
    </message>
</context>
<context>
    <name>ScannedCodeCheck</name>
    <message>
        <source>Reading the picture…</source>
        <translation>Bild wird gelesen…</translation>
    </message>
    <message>
        <source>This version of Sotto cannot check codes yet.</source>
        <translation>Diese Version von Sotto kann noch keine Codes prüfen.</translation>
    </message>
    <message>
        <source>The keys in this code match. The devices it names are verified.</source>
        <translation>Die Schlüssel in diesem Code stimmen überein. Die darin genannten Geräte sind verifiziert.</translation>
    </message>
    <message>
        <source>This code does not match the keys Sotto has for %1, so nothing was marked as verified. Ask them to show the code again; if it still differs, compare the safety number in person before you trust this conversation.</source>
        <translation>Dieser Code passt nicht zu den Schlüsseln, die Sotto für %1 hat, daher wurde nichts als verifiziert markiert. Bitte darum, den Code erneut zu zeigen; weicht er weiterhin ab, vergleicht die Sicherheitsnummer persönlich, bevor du dieser Unterhaltung vertraust.</translation>
    </message>
    <message>
        <source>Sotto has not seen the devices in this code yet. Exchange a message with %1 first, then read the code again.</source>
        <translation>Sotto kennt die Geräte in diesem Code noch nicht. Tausche zuerst eine Nachricht mit %1 aus und lies den Code dann erneut.</translation>
    </message>
    <message>
        <source>This code belongs to %1, not to %2. Nothing was changed.</source>
        <translation>Dieser Code gehört zu %1, nicht zu %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This is an XMPP link, but not a valid verification link. Nothing was changed.</source>
        <translation>Das ist ein XMPP-Link, aber kein gültiger Verifizierungslink. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Sign in first: Sotto needs your account to check codes.</source>
        <translation>Melde dich zuerst an: Sotto braucht dein Konto, um Codes zu prüfen.</translation>
    </message>
    <message>
        <source>The codes match: nobody is reading along. You can mark %1 as verified.</source>
        <translation>Die Codes stimmen überein: Niemand liest mit. Du kannst %1 als verifiziert markieren.</translation>
    </message>
    <message>
        <source>The codes do not match. Do not mark %1 as verified. Make sure you scanned the code from their conversation with you; if the codes still differ, someone may be intercepting your messages.</source>
        <translation>Die Codes stimmen nicht überein. Markiere %1 nicht als verifiziert. Stelle sicher, dass du den Code aus ihrer Unterhaltung mit dir gescannt hast; weichen die Codes weiterhin ab, fängt möglicherweise jemand eure Nachrichten ab.</translation>
    </message>
    <message>
        <source>The safety number is not available yet: Sotto needs this contact's encryption keys first.</source>
        <translation>Die Sicherheitsnummer ist noch nicht verfügbar: Sotto braucht zuerst die Verschlüsselungsschlüssel dieses Kontakts.</translation>
    </message>
    <message>
        <source>This QR code is not a safety number or a verification link: it contains something else.</source>
        <translation>Dieser QR-Code ist weder eine Sicherheitsnummer noch ein Verifizierungslink: Er enthält etwas anderes.</translation>
    </message>
    <message>
        <source>Device %1: verified now</source>
        <translation>Gerät %1: jetzt verifiziert</translation>
    </message>
    <message>
        <source>Device %1: already verified</source>
        <translation>Gerät %1: bereits verifiziert</translation>
    </message>
    <message>
        <source>Device %1: the key does not match</source>
        <translation>Gerät %1: Der Schlüssel stimmt nicht überein</translation>
    </message>
    <message>
        <source>Device %1: not known yet</source>
        <translation>Gerät %1: noch nicht bekannt</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture.</source>
        <translation>Diese Datei konnte nicht als Bild geöffnet werden.</translation>
    </message>
    <message>
        <source>No QR code was found in this picture. Use a sharp picture that shows the whole code.</source>
        <translation>In diesem Bild wurde kein QR-Code gefunden. Verwende ein scharfes Bild, das den ganzen Code zeigt.</translation>
    </message>
    <message>
        <source>Picture of their QR code</source>
        <translation>Bild ihres QR-Codes</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Compare by their QR code</source>
        <translation>Mit ihrem QR-Code vergleichen</translation>
    </message>
    <message>
        <source>Open a picture or screenshot of the code they show (in Sotto, Conversations or another OMEMO app), or drop it here.</source>
        <translation>Öffne ein Bild oder einen Screenshot des Codes, den sie dir zeigen (in Sotto, Conversations oder einer anderen OMEMO-App), oder zieh es hierher.</translation>
    </message>
    <message>
        <source>Open picture of their QR code…</source>
        <translation>Bild ihres QR-Codes öffnen…</translation>
    </message>
    <message>
        <source>Reading the picture</source>
        <translation>Bild wird gelesen</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Als verifiziert markieren</translation>
    </message>
    <message>
        <source>Mark %1 as verified</source>
        <translation>%1 als verifiziert markieren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Fingerprint of this device: %1</source>
        <translation>Fingerabdruck dieses Geräts: %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
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
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Scan this with Conversations or another OMEMO app on your contact's phone to verify this device.</source>
        <translation>Scanne diesen Code mit Conversations oder einer anderen OMEMO-App auf dem Telefon deines Kontakts, um dieses Gerät zu verifizieren.</translation>
    </message>
</context>
<context>
    <name>VerificationQrCode</name>
    <message>
        <source>QR code to scan with the other device</source>
        <translation>QR-Code zum Scannen mit dem anderen Gerät</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Willkommen bei Sotto</translation>
    </message>
    <message>
        <source>Sotto sends every message end-to-end encrypted (OMEMO) over XMPP, so you can talk to people using Conversations, Dino, Gajim and other XMPP apps. Your messages are stored encrypted on this computer.</source>
        <translation>Sotto sendet jede Nachricht Ende-zu-Ende-verschlüsselt (OMEMO) über XMPP, sodass du mit Menschen schreiben kannst, die Conversations, Dino, Gajim und andere XMPP-Apps nutzen. Deine Nachrichten werden verschlüsselt auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Create a new account</source>
        <translation>Neues Konto erstellen</translation>
    </message>
    <message>
        <source>Registers a new address on an XMPP server you choose</source>
        <translation>Registriert eine neue Adresse auf einem XMPP-Server deiner Wahl</translation>
    </message>
    <message>
        <source>Sign in with an existing XMPP account</source>
        <translation>Mit einem bestehenden XMPP-Konto anmelden</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Brings back an account, its keys and messages from a Sotto backup file</source>
        <translation>Holt ein Konto mit seinen Schlüsseln und Nachrichten aus einer Sotto-Sicherungsdatei zurück</translation>
    </message>
</context>
<context>
    <name>sotto</name>
    <message>
        <source>Sotto, a private messenger.</source>
        <translation>Sotto, ein privater Messenger.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt;.</source>
        <translation>Das Profil in &lt;directory&gt; verwenden.</translation>
    </message>
    <message>
        <source>Connect to &lt;host:port&gt; instead of looking up the server.</source>
        <translation>Mit &lt;host:port&gt; verbinden, statt den Server nachzuschlagen.</translation>
    </message>
    <message>
        <source>Use TLS from the start (XEP-0368).</source>
        <translation>TLS von Anfang an verwenden (XEP-0368).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 &lt;fingerprint&gt;.</source>
        <translation>Dem Serverzertifikat mit diesem SHA-256-&lt;fingerprint&gt; vertrauen.</translation>
    </message>
</context>
<context>
    <name>sotto-cli</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>See above.</source>
        <translation>Siehe oben.</translation>
    </message>
    <message>
        <source>Sotto's headless client, for scripts and tests.

Commands:
  account register JID [PASSWORD]   create the account (in-band registration)
  account login JID [PASSWORD]      sign in to an existing account
  account show                      this profile's account, device and fingerprint
  contacts [add JID]                list the roster, or add a contact
  send JID TEXT                     send an OMEMO-encrypted message
  listen [--count N] [--timeout S]  print incoming messages
  history JID [--limit N]           print stored messages, oldest first
  devices [JID]                     OMEMO devices (ours without JID)
  trust JID DEVICE trusted|untrusted|verified
  safety-number JID                 the safety number with a contact
  fingerprint                       this device's OMEMO fingerprint
  requests                          message requests (strangers' first messages)
  accept JID                        accept a request: add the contact
  block JID | unblock JID           block on the server, for all your devices
  blocked                           the block list (with what you reported)
  report JID --reason spam|abuse|other [--include MESSAGE_ID...]
                                    report to your server and block; only the
                                    included messages are sent, in plain text

Backups (the backup passphrase file is not the profile's --passphrase-file):
  backup create --out FILE --backup-passphrase-file F
  backup verify FILE --backup-passphrase-file F
  backup restore FILE --backup-passphrase-file F [--merge]
                                    into --profile DIR (new, or --merge to add)

Without PASSWORD the first line of standard input is read.

Exit codes: 0 ok, 1 usage, 2 profile could not be opened or unlocked, 3 server
unreachable or credentials refused, 4 message not sent (e.g. no OMEMO device), 5
timeout, 6 no such account, contact or device, 7 backup not made, verified or restored.</source>
        <translation>Der Headless-Client von Sotto, für Skripte und Tests.

Befehle:
  account register JID [PASSWORD]   Konto erstellen (In-Band-Registrierung)
  account login JID [PASSWORD]      bei einem bestehenden Konto anmelden
  account show                      Konto, Gerät und Fingerabdruck dieses Profils
  contacts [add JID]                Kontaktliste anzeigen oder Kontakt hinzufügen
  send JID TEXT                     OMEMO-verschlüsselte Nachricht senden
  listen [--count N] [--timeout S]  eingehende Nachrichten ausgeben
  history JID [--limit N]           gespeicherte Nachrichten ausgeben, älteste zuerst
  devices [JID]                     OMEMO-Geräte (ohne JID die eigenen)
  trust JID DEVICE trusted|untrusted|verified
  safety-number JID                 die Sicherheitsnummer mit einem Kontakt
  fingerprint                       OMEMO-Fingerabdruck dieses Geräts
  requests                          Nachrichtenanfragen (erste Nachrichten von Fremden)
  accept JID                        Anfrage annehmen: den Kontakt hinzufügen
  block JID | unblock JID           auf dem Server blockieren, für alle deine Geräte
  blocked                           die Blockierliste (mit deinen Meldungen)
  report JID --reason spam|abuse|other [--include MESSAGE_ID...]
                                    an deinen Server melden und blockieren; nur die
                                    angegebenen Nachrichten werden gesendet, im Klartext

Sicherungen (die Passphrase-Datei der Sicherung ist nicht die --passphrase-file des Profils):
  backup create --out FILE --backup-passphrase-file F
  backup verify FILE --backup-passphrase-file F
  backup restore FILE --backup-passphrase-file F [--merge]
                                    in --profile DIR (neu, oder mit --merge hinzufügen)

Ohne PASSWORD wird die erste Zeile der Standardeingabe gelesen.

Exit-Codes: 0 ok, 1 falscher Aufruf, 2 Profil nicht zu öffnen oder zu entsperren,
3 Server nicht erreichbar oder Anmeldedaten abgelehnt, 4 Nachricht nicht gesendet
(z. B. kein OMEMO-Gerät), 5 Zeitüberschreitung, 6 Konto, Kontakt oder Gerät nicht vorhanden, 7 Sicherung nicht erstellt, überprüft oder wiederhergestellt.</translation>
    </message>
    <message>
        <source>account: %1
device: %2
fingerprint: %3</source>
        <translation>Konto: %1
Gerät: %2
Fingerabdruck: %3</translation>
    </message>
    <message>
        <source>usage: account register|login JID [PASSWORD] | account show</source>
        <translation>Aufruf: account register|login JID [PASSWORD] | account show</translation>
    </message>
    <message>
        <source>a password is needed (argument or first line of stdin)</source>
        <translation>Ein Passwort wird benötigt (als Argument oder erste Zeile der Standardeingabe)</translation>
    </message>
    <message>
        <source>%1 messages, %2 conversations, %3 contacts, %4 sessions</source>
        <translation>%1 Nachrichten, %2 Unterhaltungen, %3 Kontakte, %4 Sitzungen</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F
       backup verify FILE --backup-passphrase-file F
       backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>Aufruf: backup create --out FILE --backup-passphrase-file F
        backup verify FILE --backup-passphrase-file F
        backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>usage: backup create --out FILE --backup-passphrase-file F</source>
        <translation>Aufruf: backup create --out FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>cannot read the backup passphrase file (--backup-passphrase-file)</source>
        <translation>Passphrase-Datei der Sicherung kann nicht gelesen werden (--backup-passphrase-file)</translation>
    </message>
    <message>
        <source>backup written: %1 (%2, %3 bytes)</source>
        <translation>Sicherung geschrieben: %1 (%2, %3 Bytes)</translation>
    </message>
    <message>
        <source>usage: backup verify FILE --backup-passphrase-file F</source>
        <translation>Aufruf: backup verify FILE --backup-passphrase-file F</translation>
    </message>
    <message>
        <source>backup is intact: %1</source>
        <translation>Sicherung ist intakt: %1</translation>
    </message>
    <message>
        <source>usage: backup restore FILE --backup-passphrase-file F [--merge]</source>
        <translation>Aufruf: backup restore FILE --backup-passphrase-file F [--merge]</translation>
    </message>
    <message>
        <source>restored %1 into this profile (%2)</source>
        <translation>%1 in dieses Profil wiederhergestellt (%2)</translation>
    </message>
    <message>
        <source>the account password could not be stored: sign in again</source>
        <translation>Das Kontopasswort konnte nicht gespeichert werden: Melde dich erneut an</translation>
    </message>
    <message>
        <source>Profile directory (default: the user's Sotto profile).</source>
        <translation>Profilverzeichnis (Standard: das Sotto-Profil des Benutzers).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <source>File whose first line is the passphrase that protects the profile when there is no keychain.</source>
        <translation>Datei, deren erste Zeile die Passphrase ist, die das Profil schützt, wenn kein Schlüsselbund vorhanden ist.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Connect to HOST:PORT instead of looking the server up.</source>
        <translation>Mit HOST:PORT verbinden, statt den Server nachzuschlagen.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>With --server: the port speaks TLS directly (no STARTTLS).</source>
        <translation>Mit --server: Der Port spricht direkt TLS (kein STARTTLS).</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 (hex).</source>
        <translation>Das Serverzertifikat mit diesem SHA-256 (hex) akzeptieren.</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Keychain service name (tests).</source>
        <translation>Dienstname im Schlüsselbund (Tests).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>cannot read the passphrase file</source>
        <translation>Passphrase-Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--server needs HOST:PORT</source>
        <translation>--server erwartet HOST:PORT</translation>
    </message>
    <message>
        <source>me</source>
        <comment>the sender of your own messages</comment>
        <translation>ich</translation>
    </message>
    <message>
        <source>[could not decrypt: %1]</source>
        <translation>[konnte nicht entschlüsselt werden: %1]</translation>
    </message>
    <message>
        <source>[NOT ENCRYPTED]</source>
        <translation>[NICHT VERSCHLÜSSELT]</translation>
    </message>
    <message>
        <source>usage: send JID TEXT</source>
        <translation>Aufruf: send JID TEXT</translation>
    </message>
    <message>
        <source>usage: history JID [--limit N]</source>
        <translation>Aufruf: history JID [--limit N]</translation>
    </message>
    <message>
        <source>usage: requests</source>
        <translation>Aufruf: requests</translation>
    </message>
    <message>
        <source>usage: accept JID</source>
        <translation>Aufruf: accept JID</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 angenommen</translation>
    </message>
    <message>
        <source>usage: block JID</source>
        <translation>Aufruf: block JID</translation>
    </message>
    <message>
        <source>usage: unblock JID</source>
        <translation>Aufruf: unblock JID</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>%1 blockiert</translation>
    </message>
    <message>
        <source>unblocked %1</source>
        <translation>Blockierung von %1 aufgehoben</translation>
    </message>
    <message>
        <source>usage: blocked</source>
        <translation>Aufruf: blocked</translation>
    </message>
    <message numerus="yes">
        <source>(reported as %1 on %2, %n message(s) attached)</source>
        <translation><numerusform>(gemeldet als %1 am %2, %n Nachricht angehängt)</numerusform><numerusform>(gemeldet als %1 am %2, %n Nachrichten angehängt)</numerusform></translation>
    </message>
    <message>
        <source>usage: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</source>
        <translation>Aufruf: report JID --reason spam|abuse|other [--include MESSAGE_ID...]</translation>
    </message>
    <message numerus="yes">
        <source>reported %1 as %2 and blocked; %n message(s) attached</source>
        <translation><numerusform>%1 als %2 gemeldet und blockiert; %n Nachricht angehängt</numerusform><numerusform>%1 als %2 gemeldet und blockiert; %n Nachrichten angehängt</numerusform></translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(dieses Gerät)</translation>
    </message>
    <message>
        <source>usage: trust JID DEVICE trusted|untrusted|verified</source>
        <translation>Aufruf: trust JID DEVICE trusted|untrusted|verified</translation>
    </message>
    <message>
        <source>usage: safety-number JID</source>
        <translation>Aufruf: safety-number JID</translation>
    </message>
    <message>
        <source>usage: contacts add JID</source>
        <translation>Aufruf: contacts add JID</translation>
    </message>
    <message>
        <source>usage: contacts [add JID]</source>
        <translation>Aufruf: contacts [add JID]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Backend</name>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Bitte gib eine Passphrase ein.</translation>
    </message>
    <message>
        <source>This version of Sotto cannot restore with a recovery code yet. Your messages are still on this computer; nothing was deleted.</source>
        <translation>Diese Version von Sotto kann noch nicht mit einem Wiederherstellungscode wiederherstellen. Deine Nachrichten sind weiterhin auf diesem Computer; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>That recovery code does not open this profile.</source>
        <translation>Mit diesem Wiederherstellungscode lässt sich dieses Profil nicht öffnen.</translation>
    </message>
    <message>
        <source>The profile could not be opened.</source>
        <translation>Das Profil konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BackupController</name>
    <message>
        <source>Backed up %1 messages.</source>
        <translation>%1 Nachrichten gesichert.</translation>
    </message>
    <message>
        <source>The backup is intact: %1 messages, %2 conversations.</source>
        <translation>Die Sicherung ist intakt: %1 Nachrichten, %2 Unterhaltungen.</translation>
    </message>
    <message>
        <source>Restored %1 messages.</source>
        <translation>%1 Nachrichten wiederhergestellt.</translation>
    </message>
    <message>
        <source>Automatic backups are on. Sotto keeps their passphrase on this computer (in the keychain, or encrypted in the profile) so that they run without asking.</source>
        <translation>Automatische Sicherungen sind eingeschaltet. Sotto speichert ihre Passphrase auf diesem Computer (im Schlüsselbund oder verschlüsselt im Profil), damit sie ohne Nachfrage laufen.</translation>
    </message>
    <message>
        <source>Another backup is running. Try again when it has finished.</source>
        <translation>Eine andere Sicherung läuft gerade. Versuche es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Added what was missing from the backup; %1 items were already here.</source>
        <translation>Fehlendes aus der Sicherung hinzugefügt; %1 Einträge waren bereits vorhanden.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanguageController</name>
    <message>
        <source>System default (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationCenter</name>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation><numerusform>%n neue Nachricht</numerusform><numerusform>%n neue Nachrichten</numerusform></translation>
    </message>
    <message>
        <source>New message request</source>
        <translation>Neue Nachrichtenanfrage</translation>
    </message>
</context>
<context>
    <name>sotto::ui::NotificationDBus</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayIcon</name>
    <message>
        <source>No unread messages</source>
        <translation>Keine ungelesenen Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation><numerusform>%n ungelesene Nachricht</numerusform><numerusform>%n ungelesene Nachrichten</numerusform></translation>
    </message>
</context>
<context>
    <name>sotto::ui::TrayMenu</name>
    <message>
        <source>Show Sotto</source>
        <translation>Sotto anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
</TS>