#include "sotto/crypto/BackupReader.h"

#include "BackupHeader.h"
#include "sotto/crypto/BackupPassphrase.h"

#include <sodium.h>

#include <QFile>
#include <QtEndian>

#include <algorithm>

namespace sotto::crypto {

namespace bf = backup_format;

struct BackupReader::Private {
  QIODevice *device = nullptr;
  std::unique_ptr<QFile> file; // set when reading from a path
  BackupHeader header;
  QByteArray headerBytes;
  crypto_secretstream_xchacha20poly1305_state state{};
  QByteArray plain; // the current chunk's plaintext
  qsizetype pos = 0;
  quint32 chunkIndex = 0;
  quint64 bytesRead = 0;
  bool open = false;
  bool finalSeen = false;
  bool done = false;
  BackupCounts counts;
  QByteArray cipher;

  ~Private() { wipe(); }

  void wipe() {
    sodium_memzero(&state, sizeof state);
    if (!plain.isEmpty())
      sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    plain.clear();
  }

  // Reads, checks and decrypts the next chunk. Every failure past the header is final.
  tl::expected<void, BackupError> loadChunk() {
    if (finalSeen) // the authenticated stream ended in the middle of a record
      return tl::unexpected(BackupError::Corrupted);
    unsigned char frame[bf::kFrameHeaderSize];
    const qint64 got = readFully(*device, reinterpret_cast<char *>(frame), sizeof frame);
    if (got < 0)
      return tl::unexpected(BackupError::ReadFailed);
    if (got < static_cast<qint64>(sizeof frame))
      return tl::unexpected(BackupError::Truncated); // no final tag before the end
    const quint32 index = qFromBigEndian<quint32>(frame);
    const quint32 length = qFromBigEndian<quint32>(frame + 4);
    // The index is authenticated below; checking it first is what tells "reordered or
    // dropped" apart from "damaged". secretstream's chaining would reject it regardless.
    if (index != chunkIndex)
      return tl::unexpected(BackupError::ReorderedOrDropped);
    if (length < bf::kChunkOverhead || length > bf::kChunkSize + bf::kChunkOverhead)
      return tl::unexpected(BackupError::Corrupted);
    cipher.resize(static_cast<qsizetype>(length));
    const qint64 body = readFully(*device, cipher.data(), length);
    if (body < 0)
      return tl::unexpected(BackupError::ReadFailed);
    if (body < static_cast<qint64>(length))
      return tl::unexpected(BackupError::Truncated);

    QByteArray ad = chunkIndex == 0 ? headerBytes : QByteArray();
    ad.append(reinterpret_cast<const char *>(frame), sizeof frame);
    sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    plain.resize(static_cast<qsizetype>(length - bf::kChunkOverhead));
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &state, reinterpret_cast<unsigned char *>(plain.data()), nullptr, &tag,
            reinterpret_cast<const unsigned char *>(cipher.constData()), length,
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size())) != 0)
      return tl::unexpected(BackupError::Corrupted);
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
      finalSeen = true;
    else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
      return tl::unexpected(BackupError::Corrupted); // we never write PUSH or REKEY
    pos = 0;
    ++chunkIndex;
    bytesRead += sizeof frame + length;
    return {};
  }

  // Copies `size` plaintext bytes, crossing chunk boundaries as needed.
  tl::expected<void, BackupError> readPlain(char *out, std::size_t size) {
    while (size > 0) {
      if (pos == plain.size()) {
        if (auto ok = loadChunk(); !ok)
          return ok;
        continue;
      }
      const auto take = std::min(size, static_cast<std::size_t>(plain.size() - pos));
      std::copy_n(plain.constData() + pos, take, out);
      pos += static_cast<qsizetype>(take);
      out += take;
      size -= take;
    }
    return {};
  }

  // The end record must repeat the counts we saw, sit in the final chunk and end the file.
  tl::expected<void, BackupError> checkEnd(const QByteArray &payload) {
    if (payload.size() < 2)
      return tl::unexpected(BackupError::Corrupted);
    const auto *p = reinterpret_cast<const unsigned char *>(payload.constData());
    const quint16 entries = qFromBigEndian<quint16>(p);
    if (payload.size() != 2 + qsizetype{entries} * 10)
      return tl::unexpected(BackupError::Corrupted);
    BackupCounts declared;
    for (quint16 i = 0; i < entries; ++i) {
      const unsigned char *entry = p + 2 + std::size_t{i} * 10;
      declared[qFromBigEndian<quint16>(entry)] = qFromBigEndian<quint64>(entry + 2);
    }
    if (declared != counts || !finalSeen || pos != plain.size())
      return tl::unexpected(BackupError::Corrupted);
    char extra = 0;
    if (device->read(&extra, 1) != 0) // trailing bytes after the final chunk
      return tl::unexpected(BackupError::Corrupted);
    return {};
  }
};

BackupReader::BackupReader() : d(std::make_unique<Private>()) {
  // Reserved once so a chunk's plaintext is never left behind in a reallocated buffer.
  d->plain.reserve(static_cast<qsizetype>(bf::kChunkSize));
}

BackupReader::~BackupReader() = default;

tl::expected<void, BackupError> BackupReader::open(const QString &path, const SecureBytes &passphrase) {
  if (d->open)
    return tl::unexpected(BackupError::InvalidState);
  auto file = std::make_unique<QFile>(path);
  if (!file->open(QIODevice::ReadOnly))
    return tl::unexpected(BackupError::ReadFailed);
  d->file = std::move(file);
  return open(d->file.get(), passphrase);
}

tl::expected<void, BackupError> BackupReader::open(QIODevice *device, const SecureBytes &passphrase) {
  if (d->open || device == nullptr)
    return tl::unexpected(BackupError::InvalidState);
  d->device = device;
  auto header = BackupHeader::read(*device, d->headerBytes);
  if (!header)
    return tl::unexpected(header.error());
  d->header = *header;
  d->bytesRead = backup_format::kHeaderSize;
  auto keys = BackupKeys::derive(BackupPassphrase::normalise(passphrase), d->header);
  if (!keys)
    return tl::unexpected(keys.error());
  if (sodium_memcmp(keys->keyCheck.data(), d->header.keyCheck.data(), keys->keyCheck.size()) != 0)
    return tl::unexpected(BackupError::WrongPassphrase);
  if (crypto_secretstream_xchacha20poly1305_init_pull(&d->state, d->header.streamHeader.data(),
                                                      keys->streamKey.data()) != 0)
    return tl::unexpected(BackupError::Corrupted);
  d->open = true;
  return {};
}

tl::expected<std::optional<BackupRecord>, BackupError> BackupReader::next() {
  if (!d->open)
    return tl::unexpected(BackupError::InvalidState);
  if (d->done)
    return std::nullopt;
  const auto failed = [this](BackupError error) {
    d->open = false; // no record after a failure: the stream's state is unusable
    d->wipe();
    return tl::unexpected(error);
  };
  unsigned char head[bf::kRecordHeaderSize];
  if (auto ok = d->readPlain(reinterpret_cast<char *>(head), sizeof head); !ok)
    return failed(ok.error());
  BackupRecord record;
  record.type = static_cast<BackupRecordType>(qFromBigEndian<quint16>(head));
  record.version = qFromBigEndian<quint16>(head + 2);
  const quint32 length = qFromBigEndian<quint32>(head + 4);
  if (length > bf::kMaxRecordSize)
    return failed(BackupError::Corrupted);
  record.payload.resize(static_cast<qsizetype>(length));
  if (auto ok = d->readPlain(record.payload.data(), length); !ok)
    return failed(ok.error());
  if (record.type == BackupRecordType::EndOfStream) {
    if (auto ok = d->checkEnd(record.payload); !ok)
      return failed(ok.error());
    d->done = true;
    d->wipe();
    return std::nullopt;
  }
  ++d->counts[static_cast<quint16>(record.type)];
  return record;
}

tl::expected<BackupCounts, BackupError> BackupReader::verifyAll() {
  while (true) {
    auto record = next();
    if (!record)
      return tl::unexpected(record.error());
    if (!*record)
      return d->counts;
  }
}

quint64 BackupReader::bytesRead() const {
  return d->bytesRead;
}

BackupKdfParams BackupReader::kdfParams() const {
  return d->header.kdf;
}

quint16 BackupReader::formatVersion() const {
  return backup_format::kVersion;
}

} // namespace sotto::crypto
