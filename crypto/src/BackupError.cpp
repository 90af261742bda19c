#include "sotto/crypto/BackupError.h"

#include <QCoreApplication>

namespace sotto::crypto {

QString backupErrorMessage(BackupError error) {
  const char *text = nullptr;
  switch (error) {
  case BackupError::WrongPassphrase:
    text = QT_TRANSLATE_NOOP("BackupError", "The backup passphrase is wrong.");
    break;
  case BackupError::NotABackup:
    text = QT_TRANSLATE_NOOP("BackupError", "This file is not a Sotto backup.");
    break;
  case BackupError::NewerFormatVersion:
    text = QT_TRANSLATE_NOOP("BackupError", "This backup was made by a newer version of Sotto. Update Sotto "
                                            "to restore it.");
    break;
  case BackupError::UnsupportedKdf:
    text = QT_TRANSLATE_NOOP("BackupError", "This backup uses key derivation settings this version of Sotto "
                                            "does not accept.");
    break;
  case BackupError::Truncated:
    text = QT_TRANSLATE_NOOP("BackupError", "The backup file is incomplete: it ends too early (was the copy "
                                            "interrupted?).");
    break;
  case BackupError::Corrupted:
    text = QT_TRANSLATE_NOOP("BackupError", "The backup file is damaged or was modified: its contents do not "
                                            "authenticate.");
    break;
  case BackupError::ReorderedOrDropped:
    text = QT_TRANSLATE_NOOP("BackupError", "The backup file is damaged: parts of it are missing or out of "
                                            "order.");
    break;
  case BackupError::KdfOutOfMemory:
    text =
        QT_TRANSLATE_NOOP("BackupError", "Not enough memory to derive the backup key from the passphrase.");
    break;
  case BackupError::WriteFailed:
    text = QT_TRANSLATE_NOOP("BackupError", "The backup could not be written (disk full or not writable). No "
                                            "partial backup was left behind.");
    break;
  case BackupError::ReadFailed:
    text = QT_TRANSLATE_NOOP("BackupError", "The backup file could not be opened or read.");
    break;
  case BackupError::PassphraseTooWeak:
    text =
        QT_TRANSLATE_NOOP("BackupError", "This passphrase is too short: use at least 16 characters with at "
                                         "least 6 different ones, or the generated passphrase.");
    break;
  case BackupError::RecordTooLarge:
    text = QT_TRANSLATE_NOOP("BackupError", "An item is too large to be backed up.");
    break;
  case BackupError::InvalidState:
    text = QT_TRANSLATE_NOOP("BackupError", "Internal backup error (invalid state).");
    break;
  }
  return QCoreApplication::translate("BackupError", text);
}

} // namespace sotto::crypto
