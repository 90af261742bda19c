// QtKeychain against the real Secret Service (gnome-keyring on the private D-Bus session
// that scripts/test starts): a secret goes in, comes back unchanged, and is gone after
// deletion.
#include "TestEnvironment.h"

#include <QSignalSpy>
#include <QtTest>
#include <qt6keychain/keychain.h>

namespace {

const QString kService = QStringLiteral("Sotto-test");

// Runs a keychain job to completion on the event loop and returns its error.
QKeychain::Error runJob(QKeychain::Job &job) {
  job.setAutoDelete(false);
  QSignalSpy finished(&job, &QKeychain::Job::finished);
  job.start();
  if (finished.isEmpty() && !finished.wait(20000))
    return QKeychain::OtherError;
  return job.error();
}

} // namespace

class KeychainTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void writeReadDelete() {
    const QString key = QStringLiteral("profile-%1").arg(QCoreApplication::applicationPid());
    const QByteArray secret =
        QByteArray::fromHex("00ff10203040506070809a0b0c0d0e0f00ff10203040506070809a0b0c0d0e0f");

    QKeychain::WritePasswordJob write(kService);
    write.setKey(key);
    write.setBinaryData(secret);
    QCOMPARE(runJob(write), QKeychain::NoError);

    QKeychain::ReadPasswordJob read(kService);
    read.setKey(key);
    QCOMPARE(runJob(read), QKeychain::NoError);
    QCOMPARE(read.binaryData(), secret);

    QKeychain::DeletePasswordJob remove(kService);
    remove.setKey(key);
    QCOMPARE(runJob(remove), QKeychain::NoError);

    QKeychain::ReadPasswordJob readAgain(kService);
    readAgain.setKey(key);
    QCOMPARE(runJob(readAgain), QKeychain::EntryNotFound);
  }
};

SOTTO_TEST_MAIN_REQUIRING(KeychainTest, sotto::test::hasSecretService(),
                          "no private Secret Service: run through scripts/test")
#include "KeychainTest.moc"
