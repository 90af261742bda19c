#include "sotto/crypto/BackupWriter.h"

#include "BackupHeader.h"
#include "sotto/crypto/BackupPassphrase.h"
#include "sotto/crypto/Logging.h"

#include <sodium.h>

#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sotto::crypto {

namespace bf = backup_format;

struct BackupWriter::Private {
  BackupKdfParams kdf;
  QIODevice *device = nullptr;
  std::unique_ptr<QSaveFile> file; // set when writing to a path
  QString finalPath;
  crypto_secretstream_xchacha20poly1305_state state{};
  QByteArray header; // the first chunk's additional data
  QByteArray plain;  // pending plaintext, at most one chunk
  QByteArray cipher; // frame header + ciphertext of one chunk, reused
  quint32 chunkIndex = 0;
  bool open = false;
  bool finished = false;
  BackupCounts counts;
  quint64 bytesWritten = 0;
  std::size_t peak = 0;

  ~Private() { wipe(); }

  void wipe() {
    sodium_memzero(&state, sizeof state);
    if (!plain.isEmpty())
      sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    plain.clear();
  }

  void notePeak() { peak = std::max(peak, static_cast<std::size_t>(plain.capacity() + cipher.capacity())); }

  tl::expected<void, BackupError> writeRaw(const QByteArray &bytes) {
    if (device->write(bytes) != bytes.size())
      return tl::unexpected(BackupError::WriteFailed);
    bytesWritten += static_cast<quint64>(bytes.size());
    return {};
  }

  // Encrypts the pending plaintext as the next chunk. The frame header (index and
  // length) is additional data, so a reader can trust the index it reports.
  tl::expected<void, BackupError> flushChunk(unsigned char tag) {
    const auto ciphertextSize = static_cast<quint32>(plain.size()) + bf::kChunkOverhead;
    cipher.resize(static_cast<qsizetype>(bf::kFrameHeaderSize + ciphertextSize));
    auto *out = reinterpret_cast<unsigned char *>(cipher.data());
    qToBigEndian<quint32>(chunkIndex, out);
    qToBigEndian<quint32>(ciphertextSize, out + 4);
    QByteArray ad = chunkIndex == 0 ? header : QByteArray();
    ad.append(cipher.constData(), bf::kFrameHeaderSize);
    crypto_secretstream_xchacha20poly1305_push(&state, out + bf::kFrameHeaderSize, nullptr,
                                               reinterpret_cast<const unsigned char *>(plain.constData()),
                                               static_cast<unsigned long long>(plain.size()),
                                               reinterpret_cast<const unsigned char *>(ad.constData()),
                                               static_cast<unsigned long long>(ad.size()), tag);
    notePeak();
    sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    plain.resize(0); // keeps the capacity: no reallocation per chunk
    ++chunkIndex;
    return writeRaw(cipher);
  }

  tl::expected<void, BackupError> appendBytes(const char *data, std::size_t size) {
    while (size > 0) {
      const std::size_t room = bf::kChunkSize - static_cast<std::size_t>(plain.size());
      const std::size_t take = std::min(room, size);
      plain.append(data, static_cast<qsizetype>(take));
      notePeak();
      data += take;
      size -= take;
      if (static_cast<std::size_t>(plain.size()) == bf::kChunkSize) {
        if (auto ok = flushChunk(crypto_secretstream_xchacha20poly1305_TAG_MESSAGE); !ok)
          return ok;
      }
    }
    return {};
  }

  tl::expected<void, BackupError> appendRecord(quint16 type, quint16 version, QByteArrayView payload) {
    unsigned char head[bf::kRecordHeaderSize];
    qToBigEndian<quint16>(type, head);
    qToBigEndian<quint16>(version, head + 2);
    qToBigEndian<quint32>(static_cast<quint32>(payload.size()), head + 4);
    if (auto ok = appendBytes(reinterpret_cast<const char *>(head), sizeof head); !ok)
      return ok;
    return appendBytes(payload.data(), static_cast<std::size_t>(payload.size()));
  }

  // A failed write must not leave a backup-looking file: drop the temporary file.
  tl::expected<void, BackupError> fail(BackupError error) {
    abortWrite();
    return tl::unexpected(error);
  }

  void abortWrite() {
    if (file) {
      file->cancelWriting();
      file.reset(); // QSaveFile removes its uncommitted temporary file
    }
    device = nullptr;
    open = false;
    wipe();
  }
};

BackupWriter::BackupWriter(BackupKdfParams kdf) : d(std::make_unique<Private>()) {
  d->kdf = kdf;
  d->plain.reserve(static_cast<qsizetype>(bf::kChunkSize));
  d->cipher.reserve(static_cast<qsizetype>(bf::kChunkSize + bf::kChunkOverhead + bf::kFrameHeaderSize));
}

BackupWriter::~BackupWriter() {
  if (!d->finished)
    abort();
}

tl::expected<void, BackupError> BackupWriter::open(const QString &path, const SecureBytes &passphrase) {
  if (d->open || d->finished)
    return tl::unexpected(BackupError::InvalidState);
  // QSaveFile writes "<name>.XXXXXX" in the same directory, so the final rename stays on
  // one filesystem and is atomic.
  auto file = std::make_unique<QSaveFile>(path);
  if (!file->open(QIODevice::WriteOnly)) {
    qCWarning(lcCrypto) << "backup: cannot create a temporary file next to" << path << file->errorString();
    return tl::unexpected(BackupError::WriteFailed);
  }
  // Owner-only, like the profile itself: the file is encrypted, but a world-readable copy
  // invites offline guessing on shared machines.
  if (!file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
    qCWarning(lcCrypto) << "backup: could not restrict the file's permissions";
  d->file = std::move(file);
  d->finalPath = path;
  return open(d->file.get(), passphrase);
}

tl::expected<void, BackupError> BackupWriter::open(QIODevice *device, const SecureBytes &passphrase) {
  if (d->open || d->finished || device == nullptr)
    return tl::unexpected(BackupError::InvalidState);
  d->device = device;
  if (!d->kdf.isAcceptable())
    return d->fail(BackupError::UnsupportedKdf);
  const SecureBytes normalised = BackupPassphrase::normalise(passphrase);
  if (!BackupPassphrase::isStrongEnough(normalised))
    return d->fail(BackupError::PassphraseTooWeak);

  BackupHeader header;
  header.kdf = d->kdf;
  const SecureBytes salt = randomSecret(header.salt.size());
  std::copy_n(salt.data(), salt.size(), header.salt.begin());
  auto keys = BackupKeys::derive(normalised, header);
  if (!keys)
    return d->fail(keys.error());
  header.keyCheck = keys->keyCheck;
  crypto_secretstream_xchacha20poly1305_init_push(&d->state, header.streamHeader.data(),
                                                  keys->streamKey.data());
  d->header = header.serialize();
  d->open = true;
  if (auto ok = d->writeRaw(d->header); !ok)
    return d->fail(ok.error());
  return {};
}

tl::expected<void, BackupError> BackupWriter::append(BackupRecordType type, quint16 version,
                                                     QByteArrayView payload) {
  if (!d->open || type == BackupRecordType::EndOfStream)
    return tl::unexpected(BackupError::InvalidState);
  if (static_cast<std::size_t>(payload.size()) > bf::kMaxRecordSize)
    return tl::unexpected(BackupError::RecordTooLarge); // the backup itself stays usable
  if (auto ok = d->appendRecord(static_cast<quint16>(type), version, payload); !ok)
    return d->fail(ok.error());
  ++d->counts[static_cast<quint16>(type)];
  return {};
}

tl::expected<void, BackupError> BackupWriter::finish() {
  if (!d->open)
    return tl::unexpected(BackupError::InvalidState);
  // End-of-stream payload: u16 entry count, then per type u16 type + u64 count.
  QByteArray end(static_cast<qsizetype>(2 + d->counts.size() * 10), '\0');
  auto *p = reinterpret_cast<unsigned char *>(end.data());
  qToBigEndian<quint16>(static_cast<quint16>(d->counts.size()), p);
  p += 2;
  for (const auto &[type, count] : d->counts) {
    qToBigEndian<quint16>(type, p);
    qToBigEndian<quint64>(count, p + 2);
    p += 10;
  }
  if (auto ok = d->appendRecord(static_cast<quint16>(BackupRecordType::EndOfStream), 1, end); !ok)
    return d->fail(ok.error());
  if (auto ok = d->flushChunk(crypto_secretstream_xchacha20poly1305_TAG_FINAL); !ok)
    return d->fail(ok.error());

  if (auto *fileDevice = qobject_cast<QFileDevice *>(d->device)) {
    if (!fileDevice->flush()) // buffered errors (ENOSPC) surface here
      return d->fail(BackupError::WriteFailed);
#ifdef Q_OS_UNIX
    // Data on disk before the rename makes it visible under the final name.
    if (d->file && ::fsync(d->file->handle()) != 0)
      return d->fail(BackupError::WriteFailed);
#endif
  }
  if (d->file) {
    if (!d->file->commit()) {
      qCWarning(lcCrypto) << "backup: could not commit" << d->file->errorString();
      return d->fail(BackupError::WriteFailed);
    }
    d->file.reset();
#ifdef Q_OS_UNIX
    // And the rename itself on disk: fsync the directory entry.
    const QByteArray dir = QFile::encodeName(QFileInfo(d->finalPath).absolutePath());
    if (const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY); fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
#endif
  }
  d->open = false;
  d->finished = true;
  d->device = nullptr;
  d->wipe();
  return {};
}

void BackupWriter::abort() {
  d->abortWrite();
}

const BackupCounts &BackupWriter::counts() const {
  return d->counts;
}

quint64 BackupWriter::bytesWritten() const {
  return d->bytesWritten;
}

std::size_t BackupWriter::peakBufferedBytes() const {
  return d->peak;
}

} // namespace sotto::crypto
