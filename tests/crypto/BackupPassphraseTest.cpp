#include "sotto/crypto/BackupPassphrase.h"

#include <QtTest>

#include <array>

using sotto::crypto::BackupPassphrase;
using sotto::crypto::SecureBytes;

namespace {
SecureBytes bytes(const QByteArray &text) {
  QByteArray copy = text;
  return SecureBytes::fromByteArray(copy);
}
} // namespace

class BackupPassphraseTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void generatedHasSixGroupsOfFiveDigits() {
    const QByteArray text = BackupPassphrase::generate().toByteArrayUnsafe();
    QCOMPARE(text.size(), 35);
    const QList<QByteArray> groups = text.split(' ');
    QCOMPARE(groups.size(), 6);
    for (const QByteArray &group : groups) {
      QCOMPARE(group.size(), 5);
      for (const char c : group)
        QVERIFY(c >= '0' && c <= '9');
    }
    QVERIFY(BackupPassphrase::isStrongEnough(BackupPassphrase::normalise(bytes(text))));
  }

  void generatedDigitsAreRoughlyUniform() {
    // 2,000 passphrases = 60,000 digits, 6,000 expected per digit. A biased generator
    // (e.g. byte % 10 favours 0..5 by 1/25) lands far outside ±5 sigma (≈ ±370).
    std::array<int, 10> histogram{};
    for (int i = 0; i < 2000; ++i) {
      const SecureBytes p = BackupPassphrase::normalise(BackupPassphrase::generate());
      QCOMPARE(p.size(), std::size_t{30});
      for (std::size_t k = 0; k < p.size(); ++k)
        ++histogram[static_cast<std::size_t>(p.data()[k] - '0')];
    }
    for (const int count : histogram)
      QVERIFY2(count > 5630 && count < 6370, qPrintable(QString::number(count)));
  }

  void twoGeneratedDiffer() { QVERIFY(!BackupPassphrase::generate().equals(BackupPassphrase::generate())); }

  void normaliseStripsSpacesAndDashes() {
    const SecureBytes a = BackupPassphrase::normalise(bytes("12345-67890 11111\t22222\n"));
    QCOMPARE(a.toByteArrayUnsafe(), QByteArray("12345678901111122222"));
    const SecureBytes b = BackupPassphrase::normalise(bytes(" 12345 67890-11111-22222 "));
    QVERIFY(a.equals(b));
  }

  void userPassphraseRule() {
    const auto ok = [](const QByteArray &text) {
      return BackupPassphrase::isStrongEnough(BackupPassphrase::normalise(bytes(text)));
    };
    QVERIFY(!ok(""));
    QVERIFY(!ok("short pass"));
    QVERIFY(!ok("aaaaaaaaaaaaaaaaaaaaaaaa")); // long but one character
    QVERIFY(!ok("abcabcabcabcabcabcab"));     // only 3 distinct
    QVERIFY(!ok("correct horse b"));          // 13 after normalisation
    QVERIFY(ok("correct horse battery staple"));
    QVERIFY(ok("abcdefghijklmnop")); // exactly 16
    QVERIFY(!ok("abcdefghijklmno")); // 15
    // Counted in characters, not UTF-8 bytes: 15 Cyrillic letters (30 bytes) are too few.
    QVERIFY(!ok(QStringLiteral("абвгдеёжзийклмн").toUtf8()));
    QVERIFY(ok(QStringLiteral("абвгдеёжзийклмно").toUtf8()));
  }
};

QTEST_GUILESS_MAIN(BackupPassphraseTest)
#include "BackupPassphraseTest.moc"
