#pragma once

#include "sotto/crypto/BackupError.h"
#include "sotto/crypto/BackupFormat.h"
#include "sotto/crypto/BackupRecord.h"
#include "sotto/crypto/SecureBytes.h"

#include <QString>

#include <tl/expected.hpp>

#include <memory>
#include <optional>

class QIODevice;

namespace sotto::crypto {

// Reads a backup record by record, one decrypted chunk in memory at a time. Never
// writes anything. A record is only handed out after the chunk holding its last byte
// authenticated, but a later chunk may still fail: callers restoring into a profile must
// stage records and commit only after next() returned std::nullopt (the verified end).
class BackupReader {
public:
  BackupReader();
  ~BackupReader();
  BackupReader(const BackupReader &) = delete;
  BackupReader &operator=(const BackupReader &) = delete;

  // Parses the header, runs the KDF with the header's parameters, checks the passphrase.
  tl::expected<void, BackupError> open(QIODevice *device, const SecureBytes &passphrase);
  tl::expected<void, BackupError> open(const QString &path, const SecureBytes &passphrase);

  // The next record; std::nullopt after the end-of-stream record, the final chunk and
  // the end of the file were all verified (the end record itself is not returned).
  tl::expected<std::optional<BackupRecord>, BackupError> next();

  // Verify mode: reads to the end and returns the records per type (wire value).
  tl::expected<BackupCounts, BackupError> verifyAll();

  // Bytes of the file consumed so far (header included): progress for verify and restore.
  [[nodiscard]] quint64 bytesRead() const;
  [[nodiscard]] BackupKdfParams kdfParams() const;
  [[nodiscard]] quint16 formatVersion() const;

private:
  struct Private;
  std::unique_ptr<Private> d;
};

} // namespace sotto::crypto
