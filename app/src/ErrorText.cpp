#include "sotto/app/MessagingController.h"

#include <QCoreApplication>

namespace sotto::app {

// Sentences the user reads: say what happened and what to do, never blame, never a code.
QString MessagingController::errorText(AppError::Code error) {
  const char *text = nullptr;
  switch (error) {
  case AppError::Code::None:
    return {};
  case AppError::Code::ProfileLocked:
    text = QT_TRANSLATE_NOOP("AppError", "This profile is already open in another Sotto window.");
    break;
  case AppError::Code::NoKeychain:
    text = QT_TRANSLATE_NOOP("AppError", "No system keychain is available. Choose a passphrase to protect "
                                         "your messages on this computer.");
    break;
  case AppError::Code::PassphraseRequired:
    text = QT_TRANSLATE_NOOP("AppError", "Enter the passphrase that protects this profile.");
    break;
  case AppError::Code::WrongPassphrase:
    text = QT_TRANSLATE_NOOP("AppError", "That passphrase does not open this profile.");
    break;
  case AppError::Code::KeyMissingFromKeychain:
    text = QT_TRANSLATE_NOOP("AppError", "The key to your messages is no longer in the system keychain. "
                                         "Restore it with your recovery code or a backup.");
    break;
  case AppError::Code::StorageFailed:
    text = QT_TRANSLATE_NOOP("AppError", "Your messages could not be read or saved on this computer.");
    break;
  case AppError::Code::NoProfile:
    text = QT_TRANSLATE_NOOP("AppError", "No profile is open.");
    break;
  case AppError::Code::NoAccount:
    text = QT_TRANSLATE_NOOP("AppError", "Create an account or sign in first.");
    break;
  case AppError::Code::AccountExists:
    text = QT_TRANSLATE_NOOP("AppError", "This profile already belongs to another account.");
    break;
  case AppError::Code::InvalidJid:
    text = QT_TRANSLATE_NOOP("AppError", "That is not a valid address. It looks like name@example.org.");
    break;
  case AppError::Code::PasswordUnavailable:
    text = QT_TRANSLATE_NOOP("AppError", "The account password could not be read from or saved to the "
                                         "keychain. Sign in again.");
    break;
  case AppError::Code::ServerUnreachable:
    text = QT_TRANSLATE_NOOP("AppError", "The server cannot be reached. Check the address and your "
                                         "connection.");
    break;
  case AppError::Code::CertificateUntrusted:
    text = QT_TRANSLATE_NOOP("AppError", "The server's certificate is not trusted, so Sotto did not "
                                         "connect.");
    break;
  case AppError::Code::TlsFailed:
    text = QT_TRANSLATE_NOOP("AppError", "A secure connection to the server could not be made. Sotto never "
                                         "connects without encryption.");
    break;
  case AppError::Code::AuthenticationFailed:
    text = QT_TRANSLATE_NOOP("AppError", "The address or password is wrong.");
    break;
  case AppError::Code::UsernameTaken:
    text = QT_TRANSLATE_NOOP("AppError", "That name is already taken on this server. Try another.");
    break;
  case AppError::Code::RegistrationFailed:
    text = QT_TRANSLATE_NOOP("AppError", "The server did not allow creating the account.");
    break;
  case AppError::Code::ConnectionLost:
    text = QT_TRANSLATE_NOOP("AppError", "The connection was lost. Sotto reconnects by itself; unsent "
                                         "messages wait.");
    break;
  case AppError::Code::ProtocolError:
    text = QT_TRANSLATE_NOOP("AppError", "The server answered in a way Sotto does not understand.");
    break;
  case AppError::Code::NotConnected:
    text = QT_TRANSLATE_NOOP("AppError", "You are offline.");
    break;
  case AppError::Code::NoOmemoDevice:
    text = QT_TRANSLATE_NOOP("AppError", "This contact's app does not support end-to-end encryption "
                                         "(OMEMO), so the message was not sent.");
    break;
  case AppError::Code::NoTrustedDevice:
    text = QT_TRANSLATE_NOOP("AppError", "None of this contact's devices is trusted. Review their devices "
                                         "before sending.");
    break;
  case AppError::Code::SafetyNumberChanged:
    text = QT_TRANSLATE_NOOP("AppError", "This contact's safety number changed. Verify it or accept the "
                                         "new key before sending.");
    break;
  case AppError::Code::EncryptionFailed:
    text = QT_TRANSLATE_NOOP("AppError", "The message could not be encrypted, so it was not sent.");
    break;
  case AppError::Code::UnknownMessage:
    text = QT_TRANSLATE_NOOP("AppError", "That message no longer exists.");
    break;
  case AppError::Code::UnknownDevice:
    text = QT_TRANSLATE_NOOP("AppError", "That device is not known for this contact.");
    break;
  case AppError::Code::WrongCurrentPassword:
    text = QT_TRANSLATE_NOOP("AppError", "The current password is not right. Nothing was changed.");
    break;
  case AppError::Code::PasswordTooShort:
    text = QT_TRANSLATE_NOOP("AppError", "The new password is too short. Use at least 8 characters.");
    break;
  case AppError::Code::PasswordChangeRefused:
    text = QT_TRANSLATE_NOOP("AppError", "The server did not accept the new password. Your password is "
                                         "unchanged.");
    break;
  case AppError::Code::PasswordChangeUnsupported:
    text = QT_TRANSLATE_NOOP("AppError", "This server does not allow changing the password from an app. "
                                         "Your password is unchanged.");
    break;
  }
  return QCoreApplication::translate("AppError", text);
}

} // namespace sotto::app
