#include "sotto/crypto/SecureBytes.h"

#include <QtTest>

using sotto::crypto::SecureBytes;

class SecureBytesTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void randomSecretsDiffer() {
    const SecureBytes a = sotto::crypto::randomSecret(32);
    const SecureBytes b = sotto::crypto::randomSecret(32);
    QCOMPARE(a.size(), std::size_t{32});
    QVERIFY(!a.equals(b));
  }

  void copyAndCompare() {
    const SecureBytes a = sotto::crypto::randomSecret(16);
    SecureBytes copy = a;
    QVERIFY(copy.equals(a));
    copy.data()[0] ^= 0x01;
    QVERIFY(!copy.equals(a));
  }

  void fromByteArrayWipesTheSource() {
    QByteArray source("correct horse battery staple");
    const QByteArray expected = source;
    const SecureBytes secret = SecureBytes::fromByteArray(source);
    QVERIFY(source.isEmpty());
    QCOMPARE(secret.toByteArrayUnsafe(), expected);
  }

  void moveLeavesTheSourceEmpty() {
    SecureBytes a = sotto::crypto::randomSecret(8);
    SecureBytes b = std::move(a);
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    QCOMPARE(b.size(), std::size_t{8});
    b.clear();
    QVERIFY(b.isEmpty());
    QVERIFY(b.data() == nullptr);
  }
};

QTEST_GUILESS_MAIN(SecureBytesTest)
#include "SecureBytesTest.moc"
