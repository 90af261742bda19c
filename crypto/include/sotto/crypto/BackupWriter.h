#pragma once

#include "sotto/crypto/BackupError.h"
#include "sotto/crypto/BackupFormat.h"
#include "sotto/crypto/BackupRecord.h"
#include "sotto/crypto/SecureBytes.h"

#include <QByteArrayView>
#include <QString>

#include <tl/expected.hpp>

#include <memory>

class QIODevice;

namespace sotto::crypto {

// Streams records into an encrypted backup (docs/BACKUP-FORMAT.md). Memory stays
// bounded by about two chunks whatever the number of records, so a profile with a
// million messages is backed up without loading it. Not thread-safe; use from one
// (worker) thread.
//
// Writing to a path goes to a temporary file in the same directory which is fsynced and
// renamed into place by finish(): a crash, abort() or a failed write never leaves a
// partial file under the final name.
class BackupWriter {
public:
  explicit BackupWriter(BackupKdfParams kdf = BackupKdfParams::moderate());
  ~BackupWriter(); // aborts when finish() did not succeed
  BackupWriter(const BackupWriter &) = delete;
  BackupWriter &operator=(const BackupWriter &) = delete;

  // Derives the key (Argon2id, the slow part) and writes the header. The passphrase is
  // normalised (BackupPassphrase::normalise) and must pass isStrongEnough().
  tl::expected<void, BackupError> open(const QString &path, const SecureBytes &passphrase);
  // The caller owns the device (opened for writing) and removes what it holds on error.
  tl::expected<void, BackupError> open(QIODevice *device, const SecureBytes &passphrase);

  tl::expected<void, BackupError> append(BackupRecordType type, quint16 version, QByteArrayView payload);
  // Writes the end-of-stream record in the final chunk, flushes, fsyncs and (for a path)
  // renames into place.
  tl::expected<void, BackupError> finish();
  // Cancels: removes the temporary file. Safe to call at any time, also twice.
  void abort();

  [[nodiscard]] const BackupCounts &counts() const;
  [[nodiscard]] quint64 bytesWritten() const;
  // The most bytes the writer's own buffers ever held: the memory bound, for tests.
  [[nodiscard]] std::size_t peakBufferedBytes() const;

private:
  struct Private;
  std::unique_ptr<Private> d;
};

} // namespace sotto::crypto
