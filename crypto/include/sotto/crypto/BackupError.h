#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace sotto::crypto {

// Every way creating or reading a backup can fail. Each has its own sentence because the
// user's next step differs: retype the passphrase, pick another file, update Sotto, or
// fetch a fresh copy of a damaged file.
class BackupErrors {
  Q_GADGET
public:
  enum class Code {
    WrongPassphrase,    // the key check in the header does not match this passphrase
    NotABackup,         // no "SOTTOBAK" magic at the start
    NewerFormatVersion, // written by a newer Sotto (format version we do not know)
    UnsupportedKdf,     // key derivation algorithm or limits outside what we accept
    Truncated,          // the file ends before the final chunk (short read, no final tag)
    Corrupted,          // a chunk or the header fails authentication (a flipped byte)
    ReorderedOrDropped, // a chunk is out of sequence: chunks were swapped or removed
    KdfOutOfMemory,     // Argon2id could not allocate its memory
    WriteFailed,        // I/O error or disk full while writing (partial file removed)
    ReadFailed,         // the file could not be opened or read
    PassphraseTooWeak,  // a user's own passphrase below the documented rule
    RecordTooLarge,     // a record above kMaxRecordSize (writer side)
    InvalidState,       // API misuse: append before open or after finish
  };
  Q_ENUM(Code)
};

using BackupError = BackupErrors::Code;

// A translatable sentence for the UI and logs (never contains a passphrase).
QString backupErrorMessage(BackupError error);

} // namespace sotto::crypto
