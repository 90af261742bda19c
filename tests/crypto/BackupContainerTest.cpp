#include "sotto/crypto/BackupFormat.h"
#include "sotto/crypto/BackupReader.h"
#include "sotto/crypto/BackupWriter.h"

#include <QBuffer>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtEndian>
#include <QtTest>

#include <sodium.h>

#include <csignal>
#include <sys/resource.h>

using namespace sotto::crypto;
namespace bf = sotto::crypto::backup_format;

Q_DECLARE_METATYPE(sotto::crypto::BackupError)

namespace {
const QByteArray kMarker = "SOTTO-PLAINTEXT-MARKER";

SecureBytes pass(const QByteArray &text = "correct horse battery staple") {
  QByteArray copy = text;
  return SecureBytes::fromByteArray(copy);
}

// Every record type, sizes from empty to several chunks, each payload carrying the marker.
std::vector<BackupRecord> sampleRecords() {
  std::vector<BackupRecord> records;
  QRandomGenerator rng(42);
  for (int i = 0; i < 400; ++i) {
    BackupRecord r;
    r.type = static_cast<BackupRecordType>(1 + i % 11);
    r.version = static_cast<quint16>(1 + i % 3);
    const int size = i % 50 == 0 ? 150'000 : static_cast<int>(rng.bounded(600));
    r.payload = kMarker + QByteArray::number(i);
    while (r.payload.size() < size)
      r.payload.append(static_cast<char>(rng.bounded(256)));
    records.push_back(r);
  }
  records.push_back({BackupRecordType::Message, 1, QByteArray()});                        // empty
  records.push_back({static_cast<BackupRecordType>(77), 9, kMarker + "from the future"}); // unknown
  return records;
}

QByteArray writeToBuffer(const std::vector<BackupRecord> &records) {
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  BackupWriter writer(BackupKdfParams::interactive());
  if (!writer.open(&buffer, pass()))
    return {};
  for (const auto &r : records)
    if (!writer.append(r.type, r.version, r.payload))
      return {};
  if (!writer.finish())
    return {};
  return buffer.data();
}

// Reads everything; the first error wins (also one from open()).
tl::expected<std::vector<BackupRecord>, BackupError> readAll(const QByteArray &file,
                                                             const SecureBytes &passphrase = pass()) {
  QBuffer buffer;
  buffer.setData(file);
  buffer.open(QIODevice::ReadOnly);
  BackupReader reader;
  if (auto ok = reader.open(&buffer, passphrase); !ok)
    return tl::unexpected(ok.error());
  std::vector<BackupRecord> out;
  while (true) {
    auto r = reader.next();
    if (!r)
      return tl::unexpected(r.error());
    if (!*r)
      return out;
    out.push_back(**r);
  }
}

// Chunk i spans [offsets[i], offsets[i+1]) in the file (frame header included).
std::vector<qsizetype> chunkOffsets(const QByteArray &file) {
  std::vector<qsizetype> offsets;
  qsizetype pos = static_cast<qsizetype>(bf::kHeaderSize);
  while (pos < file.size()) {
    offsets.push_back(pos);
    pos += 8 + qFromBigEndian<quint32>(file.constData() + pos + 4);
  }
  offsets.push_back(file.size());
  return offsets;
}

QByteArray chunk(const QByteArray &file, const std::vector<qsizetype> &offsets, std::size_t i) {
  return file.mid(offsets[i], offsets[i + 1] - offsets[i]);
}

bool sameRecords(const std::vector<BackupRecord> &a, const std::vector<BackupRecord> &b) {
  if (a.size() != b.size())
    return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].type != b[i].type || a[i].version != b[i].version || a[i].payload != b[i].payload)
      return false;
  return true;
}

// BLAKE2b-128 of header bytes [0, 82), as docs/BACKUP-FORMAT.md specifies.
void headerChecksum(const QByteArray &header, QByteArray &out) {
  crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 16,
                     reinterpret_cast<const unsigned char *>(header.constData()), 82, nullptr, 0);
}

QStringList filesIn(const QString &dir) {
  return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class BackupContainerTest : public QObject {
  Q_OBJECT

  std::vector<BackupRecord> records_;
  QByteArray file_; // one backup of records_, shared by the read-side tests

  void expectError(const QByteArray &file, BackupError expected) {
    const auto result = readAll(file);
    QVERIFY(!result);
    QCOMPARE(result.error(), expected);
  }

private Q_SLOTS:
  void initTestCase() {
    records_ = sampleRecords();
    file_ = writeToBuffer(records_);
    QVERIFY(!file_.isEmpty());
    QVERIFY(chunkOffsets(file_).size() >= 6); // swap/drop tests need several chunks
  }

  void roundTripEveryRecordType() {
    const auto read = readAll(file_);
    QVERIFY2(read, read ? "" : qPrintable(backupErrorMessage(read.error())));
    QVERIFY(sameRecords(*read, records_));
  }

  void verifyReportsCountsPerType() {
    QBuffer buffer;
    buffer.setData(file_);
    buffer.open(QIODevice::ReadOnly);
    BackupReader reader;
    QVERIFY(reader.open(&buffer, pass()));
    QCOMPARE(reader.kdfParams(), BackupKdfParams::interactive());
    const auto counts = reader.verifyAll();
    QVERIFY(counts);
    BackupCounts expected;
    for (const auto &r : records_)
      ++expected[static_cast<quint16>(r.type)];
    QVERIFY(*counts == expected);
    QCOMPARE(counts->at(static_cast<quint16>(BackupRecordType::Message)),
             quint64{37}); // 36 of i % 11 == 9, plus the empty one
  }

  void passphraseIsNormalisedOnRead() { QVERIFY(readAll(file_, pass("correct-horse-battery-staple"))); }

  void noPlaintextInTheFile() {
    QVERIFY(!file_.contains(kMarker));
    QVERIFY(!file_.contains("correct horse"));
  }

  void moderateIsTheDefault() {
    QCOMPARE(BackupKdfParams{}, BackupKdfParams::moderate());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BackupWriter writer; // really runs Argon2id MODERATE (256 MiB) once
    QVERIFY(writer.open(&buffer, pass()));
    QVERIFY(writer.finish());
    const QByteArray header = buffer.data().left(static_cast<qsizetype>(bf::kHeaderSize));
    QCOMPARE(qFromBigEndian<quint32>(header.constData() + 14), quint32{3});
    QCOMPARE(qFromBigEndian<quint64>(header.constData() + 18), quint64{256} * 1024 * 1024);
    QCOMPARE(header.left(8), QByteArray("SOTTOBAK"));
  }

  void wrongPassphrase() {
    const auto r = readAll(file_, pass("correct horse battery stapler"));
    QVERIFY(!r);
    QCOMPARE(r.error(), BackupError::WrongPassphrase);
  }

  void notABackup() {
    QByteArray random(4096, '\0');
    QRandomGenerator rng(7);
    for (auto &c : random)
      c = static_cast<char>(rng.bounded(256));
    expectError(random, BackupError::NotABackup);
    expectError(QByteArray(), BackupError::NotABackup);
    expectError("SQLite format 3", BackupError::NotABackup);
    // The magic followed by garbage: the header checksum catches it.
    expectError(QByteArray("SOTTOBAK\x00\x01", 10) + random.left(200), BackupError::Corrupted);
  }

  void newerFormatVersion() {
    QByteArray bumped = file_;
    qToBigEndian<quint16>(2, bumped.data() + 8);
    expectError(bumped, BackupError::NewerFormatVersion);
  }

  void unsupportedKdfInAnAuthenticHeader() {
    // A header with absurd limits but a valid checksum (as a hostile tool would write):
    // refused before any memory is allocated.
    QByteArray header = file_.left(static_cast<qsizetype>(bf::kHeaderSize));
    qToBigEndian<quint64>(quint64{1} << 40, header.data() + 18);
    QByteArray sum(16, '\0');
    headerChecksum(header, sum);
    header.replace(82, 16, sum);
    expectError(header + file_.mid(header.size()), BackupError::UnsupportedKdf);
  }

  void truncatedAtSeveralOffsets_data() {
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<BackupError>("expected");
    const auto offsets = chunkOffsets(file_);
    QTest::newRow("in magic") << qsizetype{5} << BackupError::NotABackup;
    QTest::newRow("in version") << qsizetype{9} << BackupError::Truncated;
    QTest::newRow("in header") << qsizetype{50} << BackupError::Truncated;
    QTest::newRow("header only") << qsizetype{bf::kHeaderSize} << BackupError::Truncated;
    QTest::newRow("in frame header") << offsets[0] + 5 << BackupError::Truncated;
    QTest::newRow("in first chunk") << offsets[0] + 1000 << BackupError::Truncated;
    QTest::newRow("at chunk boundary") << offsets[3] << BackupError::Truncated;
    QTest::newRow("final chunk missing") << offsets[offsets.size() - 2] << BackupError::Truncated;
    QTest::newRow("last byte") << file_.size() - 1 << BackupError::Truncated;
  }
  void truncatedAtSeveralOffsets() {
    QFETCH(qsizetype, length);
    QFETCH(BackupError, expected);
    expectError(file_.left(length), expected);
  }

  void flippedByte_data() {
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<BackupError>("expected");
    const auto offsets = chunkOffsets(file_);
    QTest::newRow("magic") << qsizetype{3} << BackupError::NotABackup;
    QTest::newRow("kdf limits") << qsizetype{16} << BackupError::Corrupted;
    QTest::newRow("salt") << qsizetype{30} << BackupError::Corrupted;
    QTest::newRow("key check") << qsizetype{45} << BackupError::Corrupted;
    QTest::newRow("stream header") << qsizetype{60} << BackupError::Corrupted;
    QTest::newRow("header checksum") << qsizetype{90} << BackupError::Corrupted;
    QTest::newRow("first chunk length") << offsets[0] + 6 << BackupError::Corrupted;
    QTest::newRow("first chunk body") << offsets[0] + 20 << BackupError::Corrupted;
    QTest::newRow("first chunk tag") << offsets[1] - 1 << BackupError::Corrupted;
    QTest::newRow("third chunk body") << offsets[2] + 30'000 << BackupError::Corrupted;
    QTest::newRow("chunk index") << offsets[2] + 3 << BackupError::ReorderedOrDropped;
    QTest::newRow("final chunk body") << offsets[offsets.size() - 2] + 10 << BackupError::Corrupted;
    QTest::newRow("last byte") << file_.size() - 1 << BackupError::Corrupted;
  }
  void flippedByte() {
    QFETCH(qsizetype, offset);
    QFETCH(BackupError, expected);
    QByteArray damaged = file_;
    damaged[offset] = static_cast<char>(damaged[offset] ^ 0x04);
    expectError(damaged, expected);
  }

  void trailingBytesAreRejected() { expectError(file_ + "x", BackupError::Corrupted); }

  void swappedChunks() {
    const auto o = chunkOffsets(file_);
    const QByteArray swapped = file_.left(o[1]) + chunk(file_, o, 2) + chunk(file_, o, 1) + file_.mid(o[3]);
    expectError(swapped, BackupError::ReorderedOrDropped);
  }

  void swappedChunksWithRewrittenIndices() {
    // Fixing up the cleartext indices does not help: they are additional data, and
    // secretstream's state chains the chunks anyway.
    const auto o = chunkOffsets(file_);
    QByteArray a = chunk(file_, o, 2);
    QByteArray b = chunk(file_, o, 1);
    qToBigEndian<quint32>(1, a.data());
    qToBigEndian<quint32>(2, b.data());
    expectError(file_.left(o[1]) + a + b + file_.mid(o[3]), BackupError::Corrupted);
  }

  void droppedChunk() {
    const auto o = chunkOffsets(file_);
    expectError(file_.left(o[2]) + file_.mid(o[3]), BackupError::ReorderedOrDropped);
    QByteArray renumbered = file_.left(o[2]);
    for (std::size_t i = 3; i + 1 < o.size(); ++i) {
      QByteArray c = chunk(file_, o, i);
      qToBigEndian<quint32>(static_cast<quint32>(i - 1), c.data());
      renumbered += c;
    }
    expectError(renumbered, BackupError::Corrupted);
  }

  void writeToPathLeavesOnlyTheFinalFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("profile.sottobackup");
    BackupWriter writer(BackupKdfParams::interactive());
    QVERIFY(writer.open(path, pass()));
    for (const auto &r : records_)
      QVERIFY(writer.append(r.type, r.version, r.payload));
    QVERIFY(!QFile::exists(path)); // nothing under the final name before finish()
    QVERIFY(writer.finish());
    QCOMPARE(filesIn(dir.path()), QStringList{"profile.sottobackup"});
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                              QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions{}); // owner-only
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kMarker));
    file.seek(0);
    const QByteArray before = file.readAll();
    const QDateTime modified = QFileInfo(path).lastModified();
    BackupReader reader;
    QVERIFY(reader.open(path, pass()));
    QVERIFY(reader.verifyAll());
    QCOMPARE(reader.bytesRead(), static_cast<quint64>(before.size())); // progress reaches 100%
    // Verifying writes nothing: same files, same bytes, same time stamp.
    QCOMPARE(filesIn(dir.path()), QStringList{"profile.sottobackup"});
    file.seek(0);
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
  }

  void missingFileIsAReadError() {
    BackupReader reader;
    const auto r = reader.open(QStringLiteral("/nonexistent-dir/b.sottobackup"), pass());
    QVERIFY(!r);
    QCOMPARE(r.error(), BackupError::ReadFailed);
  }

  void abortLeavesNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath("b.sottobackup");
    {
      BackupWriter writer(BackupKdfParams::interactive());
      QVERIFY(writer.open(path, pass()));
      QVERIFY(writer.append(BackupRecordType::Message, 1, QByteArray(200'000, 'x')));
      // (On Linux QSaveFile uses an unnamed O_TMPFILE, so no temporary name is visible.)
      QVERIFY(!QFile::exists(path));
      writer.abort();
      QVERIFY(filesIn(dir.path()).isEmpty());
      QVERIFY(!writer.append(BackupRecordType::Message, 1, "late"));
    }
    {
      BackupWriter writer(BackupKdfParams::interactive()); // destroyed without finish()
      QVERIFY(writer.open(path, pass()));
      QVERIFY(writer.append(BackupRecordType::Message, 1, QByteArray(200'000, 'x')));
    }
    QVERIFY(filesIn(dir.path()).isEmpty());
  }

  void weakPassphraseIsRefusedBeforeWriting() {
    QTemporaryDir dir;
    BackupWriter writer(BackupKdfParams::interactive());
    const auto r = writer.open(dir.filePath("b"), pass("short"));
    QVERIFY(!r);
    QCOMPARE(r.error(), BackupError::PassphraseTooWeak);
    QVERIFY(filesIn(dir.path()).isEmpty());
  }

  void unwritableLocation() {
    BackupWriter writer(BackupKdfParams::interactive());
    const auto r = writer.open(QStringLiteral("/nonexistent-dir/b.sottobackup"), pass());
    QVERIFY(!r);
    QCOMPARE(r.error(), BackupError::WriteFailed);
  }

  void diskFullOnPathRemovesTheTemporaryFile() {
    // Tests run as root, so a read-only directory would not stop us; a file size limit
    // makes write() fail with EFBIG just like a full disk fails with ENOSPC.
    QTemporaryDir dir;
    const QString path = dir.filePath("b.sottobackup");
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 300'000;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    BackupWriter writer(BackupKdfParams::interactive());
    tl::expected<void, BackupError> result = writer.open(path, pass());
    for (int i = 0; result && i < 20; ++i)
      result = writer.append(BackupRecordType::Message, 1, QByteArray(100'000, 'm'));
    if (result)
      result = writer.finish();
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);
    QVERIFY(!result);
    QCOMPARE(result.error(), BackupError::WriteFailed);
    QVERIFY(filesIn(dir.path()).isEmpty());
  }

  void diskFullOnDevice() {
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly))
      QSKIP("/dev/full is not available here");
    BackupWriter writer(BackupKdfParams::interactive());
    tl::expected<void, BackupError> result = writer.open(&full, pass());
    for (int i = 0; result && i < 10; ++i)
      result = writer.append(BackupRecordType::Message, 1, QByteArray(100'000, 'm'));
    if (result)
      result = writer.finish();
    QVERIFY(!result);
    QCOMPARE(result.error(), BackupError::WriteFailed);
  }

  void kdfOutOfMemory() {
    // libsodium maps Argon2's memory with mmap: cap this process's data segment a little
    // above what it uses now, so a 512 MiB KDF cannot get its memory but small allocations
    // still succeed.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
      QSKIP("no /proc/self/status");
    quint64 dataKiB = 0;
    for (const QByteArray &line : status.readAll().split('\n'))
      if (line.startsWith("VmData:"))
        dataKiB = line.mid(7).trimmed().split(' ').value(0).toULongLong();
    QVERIFY(dataKiB > 0);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_DATA, &saved), 0);
    rlimit limited = saved;
    limited.rlim_cur = static_cast<rlim_t>(dataKiB * 1024 + 64ULL * 1024 * 1024);
    if (limited.rlim_cur >= saved.rlim_max)
      QSKIP("data limit cannot be lowered usefully here");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BackupWriter writer({1, 512ULL * 1024 * 1024});
    QCOMPARE(setrlimit(RLIMIT_DATA, &limited), 0);
    const auto result = writer.open(&buffer, pass());
    setrlimit(RLIMIT_DATA, &saved);
    QVERIFY(!result);
    QCOMPARE(result.error(), BackupError::KdfOutOfMemory);
    QVERIFY(buffer.data().isEmpty()); // nothing written before the key exists
  }

  void memoryStaysBounded() {
    QTemporaryFile out;
    QVERIFY(out.open());
    BackupWriter writer(BackupKdfParams::interactive());
    QVERIFY(writer.open(&out, pass()));
    QByteArray payload = kMarker + QByteArray(24, 'p');
    std::size_t peakAfterFirstThousand = 0;
    for (int i = 0; i < 200'000; ++i) {
      if (!writer.append(BackupRecordType::Message, 1, payload))
        QFAIL("append failed");
      if (i == 1000)
        peakAfterFirstThousand = writer.peakBufferedBytes();
    }
    QVERIFY(writer.finish());
    QVERIFY(writer.bytesWritten() > 200'000ULL * 40);
    QCOMPARE(writer.peakBufferedBytes(), peakAfterFirstThousand); // does not grow
    QVERIFY2(writer.peakBufferedBytes() <= 2 * bf::kChunkSize + 1024,
             qPrintable(QString::number(writer.peakBufferedBytes())));

    out.seek(0);
    BackupReader reader;
    QVERIFY(reader.open(&out, pass()));
    const auto counts = reader.verifyAll();
    QVERIFY(counts);
    QCOMPARE(counts->at(static_cast<quint16>(BackupRecordType::Message)), quint64{200'000});
  }

  void tooLargeRecordIsRefusedWithoutBreakingTheBackup() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BackupWriter writer(BackupKdfParams::interactive());
    QVERIFY(writer.open(&buffer, pass()));
    const auto r = writer.append(BackupRecordType::Message, 1,
                                 QByteArray(static_cast<qsizetype>(bf::kMaxRecordSize) + 1, 'x'));
    QVERIFY(!r);
    QCOMPARE(r.error(), BackupError::RecordTooLarge);
    QVERIFY(writer.append(BackupRecordType::Setting, 1, "ok"));
    QVERIFY(writer.finish());
    const auto read = readAll(buffer.data());
    QVERIFY(read);
    QCOMPARE(read->size(), std::size_t{1});
  }

  void everyErrorHasItsOwnMessage() {
    QSet<QString> seen;
    const QMetaEnum e = QMetaEnum::fromType<BackupError>();
    for (int i = 0; i < e.keyCount(); ++i) {
      const QString text = backupErrorMessage(static_cast<BackupError>(e.value(i)));
      QVERIFY(!text.isEmpty());
      seen.insert(text);
    }
    QCOMPARE(seen.size(), e.keyCount());
  }
};

QTEST_GUILESS_MAIN(BackupContainerTest)
#include "BackupContainerTest.moc"
