#pragma once

#include "sotto/crypto/BackupError.h"
#include "sotto/crypto/BackupRecord.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>

namespace sotto::app {

// Every way a backup, a verify or a restore can end badly, as one enum QML can switch
// on. The first group mirrors crypto::BackupError (the file itself); the second is about
// the profile. Each has its own sentence (backupFailureText) because the user's next
// step differs.
class BackupErrors {
  Q_GADGET
public:
  enum class Code {
    None = 0,
    // the file (crypto::BackupError)
    WrongPassphrase,
    NotABackup,
    NewerFormatVersion,
    UnsupportedKdf,
    Truncated,
    Corrupted,
    ReorderedOrDropped,
    KdfOutOfMemory,
    WriteFailed,
    ReadFailed,
    PassphraseTooWeak,
    RecordTooLarge,
    // the profile
    NoProfile,         // no profile is open
    NothingToBackUp,   // the profile has no account yet
    ProfileNotEmpty,   // restore into a profile that holds data, without confirmation
    AccountMismatch,   // the profile belongs to another account than the backup
    InvalidRecord,     // an authentic record that does not fit the profile (damaged writer)
    StorageFailed,     // the profile's database could not be read or written
    Cancelled,         // the user cancelled; nothing was kept
    TargetNotWritable, // the target folder does not exist or cannot be written
    // automatic backups: the stored passphrase cannot be read (keychain locked or lost)
    PassphraseUnavailable
  };
  Q_ENUM(Code)
};

using BackupFailure = BackupErrors::Code;

// The app-level code of a container error.
BackupFailure fromContainerError(crypto::BackupError error);
// A translatable sentence (context "BackupError"); never contains a passphrase or path.
QString backupFailureText(BackupFailure failure);

// What a create, verify or restore did, for the UI and sotto-cli.
struct BackupSummary {
  QString path;
  crypto::BackupCounts counts; // records per type (wire value of crypto::BackupRecordType)
  quint64 bytes = 0;           // size of the backup file
  qint64 kdfMs = 0;            // time spent in Argon2id (shown apart in benchmarks)
  qint64 totalMs = 0;
  // Restore only.
  quint64 skippedExisting = 0;  // records already in the profile (merge into an existing one)
  bool passwordRestored = true; // false: the account password must be entered again

  [[nodiscard]] quint64 count(crypto::BackupRecordType type) const {
    auto found = counts.find(static_cast<quint16>(type));
    return found == counts.end() ? 0 : found->second;
  }
};

// An account password a restore found in the backup, to be stored where the profile
// keeps passwords (keychain or encrypted database) once the restore has committed.
struct BackupAccountPassword {
  QString jid;
  QString password;
};

// Progress of a long operation: `done` out of `total` bytes of the backup file (verify,
// restore) or records (create). Return false to cancel; the operation then ends with
// Cancelled and leaves nothing behind.
using BackupProgress = std::function<bool(quint64 done, quint64 total)>;

} // namespace sotto::app
