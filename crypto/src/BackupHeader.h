#pragma once

#include "sotto/crypto/BackupError.h"
#include "sotto/crypto/BackupFormat.h"
#include "sotto/crypto/SecureBytes.h"

#include <QByteArray>

#include <tl/expected.hpp>

#include <array>

class QIODevice;

namespace sotto::crypto {

// The fixed 98-byte header of format version 1 (layout in docs/BACKUP-FORMAT.md), and
// the key derivation bound to it. Shared by BackupWriter and BackupReader.
struct BackupHeader {
  BackupKdfParams kdf;
  std::array<unsigned char, backup_format::kSaltSize> salt{};
  std::array<unsigned char, backup_format::kKeyCheckSize> keyCheck{};
  std::array<unsigned char, backup_format::kStreamHeaderSize> streamHeader{};

  // All 98 bytes, checksum included (also the first chunk's additional data).
  [[nodiscard]] QByteArray serialize() const;
  // Reads exactly one header; `raw` receives its bytes for the additional data.
  static tl::expected<BackupHeader, BackupError> read(QIODevice &device, QByteArray &raw);
};

// Argon2id output split in two: the secretstream key and a key that only produces the
// header's key check (so a wrong passphrase is told apart from a damaged first chunk).
struct BackupKeys {
  SecureBytes streamKey;
  std::array<unsigned char, backup_format::kKeyCheckSize> keyCheck{};

  static tl::expected<BackupKeys, BackupError> derive(const SecureBytes &normalisedPassphrase,
                                                      const BackupHeader &header);
};

// Reads exactly `size` bytes; fewer only at the end of the device. -1 on a read error.
qint64 readFully(QIODevice &device, char *data, qint64 size);

} // namespace sotto::crypto
