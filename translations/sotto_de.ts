<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppError</name>
    <message>
        <source>This profile is already open in another Sotto window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available. Choose a passphrase to protect your messages on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to your messages is no longer in the system keychain. Restore it with your recovery code or a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages could not be read or saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account or sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile already belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid address. It looks like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account password could not be read from or saved to the keychain. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Sotto did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. Sotto never connects without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is already taken on this server. Try another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not allow creating the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost. Sotto reconnects by itself; unsent messages wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in a way Sotto does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact&apos;s app does not support end-to-end encryption (OMEMO), so the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this contact&apos;s devices is trusted. Review their devices before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact&apos;s safety number changed. Verify it or accept the new key before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be encrypted, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device is not known for this contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The message is damaged or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was already received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages from this device were lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no encrypted session with this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message uses a key this device no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s key signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device presented a different identity key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message uses an old protocol version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message uses an unknown protocol version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message belongs to an outdated session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message carries no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not encrypted for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal encryption error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Sotto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private messages, end-to-end encrypted. Messaging is not built into this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sotto</name>
    <message>
        <source>Sotto, a private messenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sotto-cli</name>
    <message>
        <source>Sotto&apos;s headless client, for scripts and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sotto::ui::Backend</name>
    <message>
        <source>Please enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Sotto cannot restore with a recovery code yet. Your messages are still on this computer; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code does not open this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
