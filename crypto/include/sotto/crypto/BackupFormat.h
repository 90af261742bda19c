#pragma once

#include <QtGlobal>

#include <cstddef>

namespace sotto::crypto {

// Constants of docs/BACKUP-FORMAT.md (format version 1). Kept in one place so writer,
// reader and documentation cannot drift apart.
namespace backup_format {
inline constexpr char kMagic[8] = {'S', 'O', 'T', 'T', 'O', 'B', 'A', 'K'};
inline constexpr quint16 kVersion = 1;
inline constexpr std::size_t kHeaderSize = 98;
inline constexpr std::size_t kSaltSize = 16;
inline constexpr std::size_t kKeyCheckSize = 16;
inline constexpr std::size_t kStreamHeaderSize = 24; // crypto_secretstream_xchacha20poly1305_HEADERBYTES
inline constexpr std::size_t kHeaderChecksumSize = 16;
inline constexpr std::size_t kFrameHeaderSize = 8;   // u32 chunk index + u32 ciphertext length
inline constexpr std::size_t kChunkSize = 64 * 1024; // plaintext bytes per chunk (max)
inline constexpr std::size_t kChunkOverhead = 17;    // crypto_secretstream_xchacha20poly1305_ABYTES
inline constexpr std::size_t kRecordHeaderSize = 8;  // u16 type, u16 version, u32 length
// Bounds the reader's memory per record; messages and keys are far below it.
inline constexpr std::size_t kMaxRecordSize = 16 * 1024 * 1024;
inline constexpr quint8 kKdfArgon2id13 = 2; // crypto_pwhash_ALG_ARGON2ID13
} // namespace backup_format

// Argon2id limits as stored in the header. The writer defaults to libsodium's MODERATE
// (3 passes, 256 MiB): a backup file may sit on a cloud drive for years, so offline
// guessing must be expensive. Tests pass interactive() to stay fast.
struct BackupKdfParams {
  quint32 opsLimit = 3;
  quint64 memLimit = 256ULL * 1024 * 1024;

  static BackupKdfParams moderate() { return {3, 256ULL * 1024 * 1024}; }
  static BackupKdfParams interactive() { return {2, 64ULL * 1024 * 1024}; }
  // What a reader accepts: enough for SENSITIVE (1 GiB) but no more, so a hostile file
  // cannot make us allocate arbitrary memory before anything is authenticated.
  [[nodiscard]] bool isAcceptable() const {
    return opsLimit >= 1 && opsLimit <= 64 && memLimit >= 8192 && memLimit <= (1ULL << 30);
  }
  friend bool operator==(const BackupKdfParams &, const BackupKdfParams &) = default;
};

} // namespace sotto::crypto
