#include "sotto/app/BackupResult.h"

#include <QCoreApplication>

namespace sotto::app {

BackupFailure fromContainerError(crypto::BackupError error) {
  using E = crypto::BackupError;
  switch (error) {
  case E::WrongPassphrase:
    return BackupFailure::WrongPassphrase;
  case E::NotABackup:
    return BackupFailure::NotABackup;
  case E::NewerFormatVersion:
    return BackupFailure::NewerFormatVersion;
  case E::UnsupportedKdf:
    return BackupFailure::UnsupportedKdf;
  case E::Truncated:
    return BackupFailure::Truncated;
  case E::Corrupted:
  case E::InvalidState:
    return BackupFailure::Corrupted;
  case E::ReorderedOrDropped:
    return BackupFailure::ReorderedOrDropped;
  case E::KdfOutOfMemory:
    return BackupFailure::KdfOutOfMemory;
  case E::WriteFailed:
    return BackupFailure::WriteFailed;
  case E::ReadFailed:
    return BackupFailure::ReadFailed;
  case E::PassphraseTooWeak:
    return BackupFailure::PassphraseTooWeak;
  case E::RecordTooLarge:
    return BackupFailure::RecordTooLarge;
  }
  return BackupFailure::Corrupted;
}

// The file's own problems keep crypto's sentences (one catalogue, context "BackupError");
// the profile's get theirs here.
QString backupFailureText(BackupFailure failure) {
  using E = crypto::BackupError;
  const char *text = nullptr;
  switch (failure) {
  case BackupFailure::None:
    return {};
  case BackupFailure::WrongPassphrase:
    return crypto::backupErrorMessage(E::WrongPassphrase);
  case BackupFailure::NotABackup:
    return crypto::backupErrorMessage(E::NotABackup);
  case BackupFailure::NewerFormatVersion:
    return crypto::backupErrorMessage(E::NewerFormatVersion);
  case BackupFailure::UnsupportedKdf:
    return crypto::backupErrorMessage(E::UnsupportedKdf);
  case BackupFailure::Truncated:
    return crypto::backupErrorMessage(E::Truncated);
  case BackupFailure::Corrupted:
    return crypto::backupErrorMessage(E::Corrupted);
  case BackupFailure::ReorderedOrDropped:
    return crypto::backupErrorMessage(E::ReorderedOrDropped);
  case BackupFailure::KdfOutOfMemory:
    return crypto::backupErrorMessage(E::KdfOutOfMemory);
  case BackupFailure::WriteFailed:
    return crypto::backupErrorMessage(E::WriteFailed);
  case BackupFailure::ReadFailed:
    return crypto::backupErrorMessage(E::ReadFailed);
  case BackupFailure::PassphraseTooWeak:
    return crypto::backupErrorMessage(E::PassphraseTooWeak);
  case BackupFailure::RecordTooLarge:
    return crypto::backupErrorMessage(E::RecordTooLarge);
  case BackupFailure::NoProfile:
    text = QT_TRANSLATE_NOOP("BackupError", "No profile is open.");
    break;
  case BackupFailure::NothingToBackUp:
    text = QT_TRANSLATE_NOOP("BackupError",
                             "There is nothing to back up yet: create an account or sign in first.");
    break;
  case BackupFailure::ProfileNotEmpty:
    text =
        QT_TRANSLATE_NOOP("BackupError", "This profile already holds an account or messages. Confirm to add "
                                         "what the backup has; nothing in the profile will be removed.");
    break;
  case BackupFailure::AccountMismatch:
    text =
        QT_TRANSLATE_NOOP("BackupError", "This backup belongs to another account than this profile. Restore "
                                         "it into a new profile. Nothing was changed.");
    break;
  case BackupFailure::InvalidRecord:
    text = QT_TRANSLATE_NOOP("BackupError", "The backup decrypted correctly but holds data Sotto cannot use. "
                                            "Nothing was restored.");
    break;
  case BackupFailure::StorageFailed:
    text =
        QT_TRANSLATE_NOOP("BackupError", "Your messages could not be read or saved on this computer. Nothing "
                                         "was changed.");
    break;
  case BackupFailure::Cancelled:
    text = QT_TRANSLATE_NOOP("BackupError", "Cancelled. Nothing was kept.");
    break;
  case BackupFailure::TargetNotWritable:
    text = QT_TRANSLATE_NOOP("BackupError", "The backup folder does not exist or cannot be written to.");
    break;
  case BackupFailure::PassphraseUnavailable:
    text = QT_TRANSLATE_NOOP(
        "BackupError", "The saved backup passphrase could not be read: the keychain is locked or refused "
                       "access. Unlock it, or turn automatic backups off and on again to set a new "
                       "passphrase.");
    break;
  }
  return QCoreApplication::translate("BackupError", text);
}

} // namespace sotto::app
