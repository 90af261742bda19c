#include "BackupHeader.h"

#include <sodium.h>

#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace sotto::crypto {

namespace bf = backup_format;

namespace {
// Byte offsets of format version 1 (docs/BACKUP-FORMAT.md, "Header").
constexpr std::size_t kOffVersion = 8;
constexpr std::size_t kOffHeaderSize = 10;
constexpr std::size_t kOffKdfAlg = 12;
constexpr std::size_t kOffOps = 14;
constexpr std::size_t kOffMem = 18;
constexpr std::size_t kOffSalt = 26;
constexpr std::size_t kOffKeyCheck = 42;
constexpr std::size_t kOffStreamHeader = 58;
constexpr std::size_t kOffChecksum = 82;
static_assert(kOffChecksum + bf::kHeaderChecksumSize == bf::kHeaderSize);
static_assert(bf::kStreamHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(bf::kChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);

constexpr char kKeyCheckContext[] = "SOTTOBAK key check v1";

unsigned char *bytes(QByteArray &array, std::size_t offset) {
  return reinterpret_cast<unsigned char *>(array.data()) + offset;
}
const unsigned char *bytes(const QByteArray &array, std::size_t offset) {
  return reinterpret_cast<const unsigned char *>(array.constData()) + offset;
}

void checksum(const QByteArray &header, unsigned char *out) {
  crypto_generichash(out, bf::kHeaderChecksumSize, bytes(header, 0), kOffChecksum, nullptr, 0);
}
} // namespace

qint64 readFully(QIODevice &device, char *data, qint64 size) {
  qint64 done = 0;
  while (done < size) {
    const qint64 n = device.read(data + done, size - done);
    if (n < 0)
      return -1;
    if (n == 0 && !device.waitForReadyRead(-1))
      break; // end of file (a QFile never waits)
    done += n;
  }
  return done;
}

QByteArray BackupHeader::serialize() const {
  QByteArray out(static_cast<qsizetype>(bf::kHeaderSize), '\0');
  std::memcpy(out.data(), bf::kMagic, sizeof bf::kMagic);
  qToBigEndian<quint16>(bf::kVersion, bytes(out, kOffVersion));
  qToBigEndian<quint16>(static_cast<quint16>(bf::kHeaderSize), bytes(out, kOffHeaderSize));
  out[static_cast<qsizetype>(kOffKdfAlg)] = static_cast<char>(bf::kKdfArgon2id13);
  qToBigEndian<quint32>(kdf.opsLimit, bytes(out, kOffOps));
  qToBigEndian<quint64>(kdf.memLimit, bytes(out, kOffMem));
  std::memcpy(bytes(out, kOffSalt), salt.data(), salt.size());
  std::memcpy(bytes(out, kOffKeyCheck), keyCheck.data(), keyCheck.size());
  std::memcpy(bytes(out, kOffStreamHeader), streamHeader.data(), streamHeader.size());
  checksum(out, bytes(out, kOffChecksum));
  return out;
}

tl::expected<BackupHeader, BackupError> BackupHeader::read(QIODevice &device, QByteArray &raw) {
  raw = QByteArray(static_cast<qsizetype>(bf::kHeaderSize), '\0');
  const qint64 magic = readFully(device, raw.data(), sizeof bf::kMagic);
  if (magic < 0)
    return tl::unexpected(BackupError::ReadFailed);
  if (magic < static_cast<qint64>(sizeof bf::kMagic) ||
      std::memcmp(raw.constData(), bf::kMagic, sizeof bf::kMagic) != 0)
    return tl::unexpected(BackupError::NotABackup);

  // The version comes first on its own: a newer format may have another header layout.
  const qint64 version = readFully(device, raw.data() + kOffVersion, 2);
  if (version < 0)
    return tl::unexpected(BackupError::ReadFailed);
  if (version < 2)
    return tl::unexpected(BackupError::Truncated);
  const quint16 formatVersion = qFromBigEndian<quint16>(bytes(raw, kOffVersion));
  if (formatVersion > bf::kVersion)
    return tl::unexpected(BackupError::NewerFormatVersion);
  if (formatVersion == 0)
    return tl::unexpected(BackupError::Corrupted);

  const auto rest = static_cast<qint64>(bf::kHeaderSize - kOffHeaderSize);
  const qint64 got = readFully(device, raw.data() + kOffHeaderSize, rest);
  if (got < 0)
    return tl::unexpected(BackupError::ReadFailed);
  if (got < rest)
    return tl::unexpected(BackupError::Truncated);

  // Checked before anything else is trusted: a flipped header byte is "damaged", not a
  // wrong passphrase or unsupported parameters.
  unsigned char expected[bf::kHeaderChecksumSize];
  checksum(raw, expected);
  if (sodium_memcmp(expected, bytes(raw, kOffChecksum), sizeof expected) != 0 ||
      qFromBigEndian<quint16>(bytes(raw, kOffHeaderSize)) != bf::kHeaderSize)
    return tl::unexpected(BackupError::Corrupted);

  BackupHeader header;
  if (static_cast<quint8>(raw[static_cast<qsizetype>(kOffKdfAlg)]) != bf::kKdfArgon2id13)
    return tl::unexpected(BackupError::UnsupportedKdf);
  header.kdf.opsLimit = qFromBigEndian<quint32>(bytes(raw, kOffOps));
  header.kdf.memLimit = qFromBigEndian<quint64>(bytes(raw, kOffMem));
  if (!header.kdf.isAcceptable())
    return tl::unexpected(BackupError::UnsupportedKdf);
  std::memcpy(header.salt.data(), bytes(raw, kOffSalt), header.salt.size());
  std::memcpy(header.keyCheck.data(), bytes(raw, kOffKeyCheck), header.keyCheck.size());
  std::memcpy(header.streamHeader.data(), bytes(raw, kOffStreamHeader), header.streamHeader.size());
  return header;
}

tl::expected<BackupKeys, BackupError> BackupKeys::derive(const SecureBytes &normalisedPassphrase,
                                                         const BackupHeader &header) {
  if (sodium_init() < 0)
    return tl::unexpected(BackupError::KdfOutOfMemory);
  // 64 bytes: [0, 32) secretstream key, [32, 64) key-check key.
  SecureBytes derived(64);
  const char *password =
      normalisedPassphrase.isEmpty() ? "" : reinterpret_cast<const char *>(normalisedPassphrase.data());
  if (crypto_pwhash(derived.data(), derived.size(), password, normalisedPassphrase.size(), header.salt.data(),
                    header.kdf.opsLimit, static_cast<std::size_t>(header.kdf.memLimit),
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    return tl::unexpected(BackupError::KdfOutOfMemory); // libsodium's only failure here
  BackupKeys keys;
  keys.streamKey = SecureBytes(derived.data(), 32);
  crypto_generichash(keys.keyCheck.data(), keys.keyCheck.size(),
                     reinterpret_cast<const unsigned char *>(kKeyCheckContext), sizeof kKeyCheckContext - 1,
                     derived.data() + 32, 32);
  return keys;
}

} // namespace sotto::crypto
