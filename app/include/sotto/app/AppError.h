#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace sotto::app {

// Everything the app layer can report to the user, as one enum QML can switch on
// (AppError.NoOmemoDevice …) with a translatable sentence (MessagingController::errorText).
class AppError {
  Q_GADGET
public:
  enum class Code {
    None = 0,
    // profile and key vault
    ProfileLocked,          // another Sotto process has this profile open
    NoKeychain,             // no OS keychain: a passphrase must protect the database key
    PassphraseRequired,     // the profile is protected by a passphrase and none was given
    WrongPassphrase,        // the passphrase does not open the profile
    KeyMissingFromKeychain, // the keychain entry is gone: restore from recovery code or backup
    StorageFailed,          // the database could not be read or written
    NoProfile,              // nothing can be done before a profile is open
    // account and connection
    NoAccount,            // the profile has no account yet
    AccountExists,        // the profile already has an account (one per profile for now)
    InvalidJid,           // not a valid user@server address
    PasswordUnavailable,  // the stored XMPP password could not be read
    ServerUnreachable,    // DNS or TCP failed
    CertificateUntrusted, // the server's certificate is not trusted (and not pinned)
    TlsFailed,            // TLS could not be set up; we never continue in plain text
    AuthenticationFailed, // wrong user name or password
    UsernameTaken,        // registration: the name is taken
    RegistrationFailed,   // registration refused for another reason
    ConnectionLost,       // the session ended; reconnecting
    ProtocolError,        // the server misbehaved
    // encryption and sending
    NotConnected,        // the action needs the account online
    NoOmemoDevice,       // the contact has no OMEMO device: nothing is sent in plain text
    NoTrustedDevice,     // the contact has devices, but none is trusted
    SafetyNumberChanged, // a contact's key changed: decide about it before sending
    EncryptionFailed,    // encryption failed for every device
    UnknownMessage,      // no such message (retry of an unknown id)
    UnknownDevice,       // no such device for this contact
    // account settings
    WrongCurrentPassword,      // password change: the current password given is not the account's
    PasswordTooShort,          // password change: the new password is shorter than the minimum
    PasswordChangeRefused,     // password change: the server said no
    PasswordChangeUnsupported, // password change: the server does not offer it (XEP-0077)
  };
  Q_ENUM(Code)
};

} // namespace sotto::app
