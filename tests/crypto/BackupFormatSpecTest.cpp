// An independent reader written from docs/BACKUP-FORMAT.md alone, with raw libsodium and
// none of BackupReader's code: if the document and the writer drift apart, this fails.
#include "sotto/crypto/BackupWriter.h"

#include <sodium.h>

#include <QBuffer>
#include <QtEndian>
#include <QtTest>

using namespace sotto::crypto;

namespace {
const unsigned char *u(const QByteArray &a, qsizetype offset = 0) {
  return reinterpret_cast<const unsigned char *>(a.constData()) + offset;
}
} // namespace

class BackupFormatSpecTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void documentDescribesTheWriter() {
    QVERIFY(sodium_init() >= 0);
    QByteArray passphraseText = "12345-67890 12345-67890 99999-00001";
    const QByteArray normalised = "123456789012345678909999900001"; // §2
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BackupWriter writer({1, 8192}); // the smallest limits a reader accepts
    QVERIFY(writer.open(&buffer, SecureBytes::fromByteArray(passphraseText)));
    const QByteArray big(70'000, 'b'); // spans a chunk boundary
    QVERIFY(writer.append(BackupRecordType::Contact, 1, "alice@example.org"));
    QVERIFY(writer.append(BackupRecordType::Message, 2, big));
    QVERIFY(writer.append(BackupRecordType::Message, 1, "hi"));
    QVERIFY(writer.finish());
    const QByteArray file = buffer.data();

    // §1 header
    QCOMPARE(file.left(8), QByteArray("SOTTOBAK"));
    QCOMPARE(qFromBigEndian<quint16>(u(file, 8)), quint16{1});
    QCOMPARE(qFromBigEndian<quint16>(u(file, 10)), quint16{98});
    QCOMPARE(static_cast<int>(file[12]), 2);
    QCOMPARE(static_cast<int>(file[13]), 0);
    const quint32 ops = qFromBigEndian<quint32>(u(file, 14));
    const quint64 mem = qFromBigEndian<quint64>(u(file, 18));
    QCOMPARE(ops, quint32{1});
    QCOMPARE(mem, quint64{8192});
    unsigned char sum[16];
    crypto_generichash(sum, 16, u(file), 82, nullptr, 0);
    QVERIFY(std::memcmp(sum, u(file, 82), 16) == 0);

    // §2 keys
    unsigned char k[64];
    QCOMPARE(crypto_pwhash(k, 64, normalised.constData(), static_cast<std::size_t>(normalised.size()),
                           u(file, 26), ops, mem, crypto_pwhash_ALG_ARGON2ID13),
             0);
    unsigned char check[16];
    const char context[] = "SOTTOBAK key check v1";
    crypto_generichash(check, 16, reinterpret_cast<const unsigned char *>(context), 21, k + 32, 32);
    QVERIFY(std::memcmp(check, u(file, 42), 16) == 0);
    crypto_secretstream_xchacha20poly1305_state state;
    QCOMPARE(crypto_secretstream_xchacha20poly1305_init_pull(&state, u(file, 58), k), 0);

    // §3 chunks
    QByteArray plain;
    qsizetype pos = 98;
    quint32 index = 0;
    unsigned char tag = 0;
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      QVERIFY(pos + 8 <= file.size());
      QCOMPARE(qFromBigEndian<quint32>(u(file, pos)), index);
      const quint32 length = qFromBigEndian<quint32>(u(file, pos + 4));
      QVERIFY(length >= 17 && length <= 65536 + 17);
      QByteArray ad = index == 0 ? file.left(98) : QByteArray();
      ad += file.mid(pos, 8);
      QByteArray out(static_cast<qsizetype>(length - 17), '\0');
      QCOMPARE(crypto_secretstream_xchacha20poly1305_pull(
                   &state, reinterpret_cast<unsigned char *>(out.data()), nullptr, &tag, u(file, pos + 8),
                   length, u(ad), static_cast<unsigned long long>(ad.size())),
               0);
      if (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
        QCOMPARE(out.size(), 65536); // every chunk but the last is full
      plain += out;
      pos += 8 + length;
      ++index;
    }
    QCOMPARE(pos, file.size()); // nothing after the final chunk
    QCOMPARE(index, quint32{2});

    // §4 records
    struct Rec {
      quint16 type, version;
      QByteArray payload;
    };
    std::vector<Rec> recs;
    qsizetype p = 0;
    while (p < plain.size()) {
      const quint32 n = qFromBigEndian<quint32>(u(plain, p + 4));
      recs.push_back({qFromBigEndian<quint16>(u(plain, p)), qFromBigEndian<quint16>(u(plain, p + 2)),
                      plain.mid(p + 8, n)});
      p += 8 + n;
    }
    QCOMPARE(p, plain.size());
    QCOMPARE(recs.size(), std::size_t{4});
    QCOMPARE(recs[0].type, quint16{8});
    QCOMPARE(recs[0].payload, QByteArray("alice@example.org"));
    QCOMPARE(recs[1].version, quint16{2});
    QCOMPARE(recs[1].payload, big);
    QCOMPARE(recs[2].payload, QByteArray("hi"));
    // end-of-stream: 2 entries, sorted by type: contact 1, message 2
    QCOMPARE(recs[3].type, quint16{0xFFFF});
    QCOMPARE(recs[3].version, quint16{1});
    const QByteArray &end = recs[3].payload;
    QCOMPARE(end.size(), 2 + 2 * 10);
    QCOMPARE(qFromBigEndian<quint16>(u(end)), quint16{2});
    QCOMPARE(qFromBigEndian<quint16>(u(end, 2)), quint16{8});
    QCOMPARE(qFromBigEndian<quint64>(u(end, 4)), quint64{1});
    QCOMPARE(qFromBigEndian<quint16>(u(end, 12)), quint16{10});
    QCOMPARE(qFromBigEndian<quint64>(u(end, 14)), quint64{2});
    sodium_memzero(k, sizeof k);
  }
};

QTEST_GUILESS_MAIN(BackupFormatSpecTest)
#include "BackupFormatSpecTest.moc"
