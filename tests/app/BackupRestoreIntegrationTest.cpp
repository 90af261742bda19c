// Restore on another machine: alice backs up, keeps talking with bob on her old device,
// the old device disappears, bob writes meanwhile, and the backup is restored by
// sotto-cli into a fresh profile whose key lives in a *second* keychain (its own private
// D-Bus session and gnome-keyring, as another computer would have). The restored account
// must catch up what bob sent in between and then exchange messages both ways with him —
// although its restored sessions are behind the ones the old device used after the
// backup (a message on a reused chain would be dropped by bob as a duplicate).
#include "AppTestSupport.h"

#include "sotto/app/BackupManager.h"
#include "sotto/crypto/BackupPassphrase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace sotto::app;
using namespace sotto::app::test;

namespace {

bool contains(const QList<sotto::storage::Message> &messages, const QString &body) {
  for (const auto &message : messages)
    if (message.body == body)
      return true;
  return false;
}

} // namespace

class BackupRestoreIntegrationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  QTemporaryDir dir_;
  QString keyringDir_;
  QProcessEnvironment otherMachine_;

  static int runScript(const QString &command, QByteArray *output = nullptr) {
    QProcess bash;
    bash.setWorkingDirectory(QStringLiteral(SOTTO_SOURCE_DIR));
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"), QStringLiteral("source scripts/lib/services.sh && ") + command});
    if (!bash.waitForFinished(30000))
      return -1;
    if (output)
      *output = bash.readAllStandardOutput().trimmed();
    return bash.exitCode();
  }

  struct Run {
    int exitCode = -1;
    QList<QJsonObject> lines;
    QByteArray err;
  };

  // sotto-cli on the "other machine": its own D-Bus session and keychain.
  Run cli(const QStringList &arguments) {
    QProcess process;
    process.setProcessEnvironment(otherMachine_);
    process.start(QStringLiteral(SOTTO_CLI_PATH),
                  QStringList{QStringLiteral("--json"), QStringLiteral("--profile"),
                              dir_.filePath(QStringLiteral("new")), QStringLiteral("--keychain-service"),
                              QStringLiteral("sotto-restore-test"), QStringLiteral("--server"),
                              server_.host + u':' + QString::number(server_.directTlsPort),
                              QStringLiteral("--direct-tls"), QStringLiteral("--pin-cert"),
                              server_.certificateSha256} +
                      arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
      process.kill();
      process.waitForFinished();
      return run;
    }
    run.exitCode = process.exitCode();
    run.err = process.readAllStandardError();
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
      if (!line.trimmed().isEmpty())
        run.lines.append(QJsonDocument::fromJson(line).object());
    return run;
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    keyringDir_ = dir_.filePath(QStringLiteral("other-machine"));
    QByteArray address;
    QCOMPARE(runScript(QStringLiteral("sotto_extra_keyring_start '%1'").arg(keyringDir_), &address), 0);
    QVERIFY(address.startsWith("unix:"));
    otherMachine_ = QProcessEnvironment::systemEnvironment();
    otherMachine_.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address));
    otherMachine_.insert(QStringLiteral("XDG_RUNTIME_DIR"), keyringDir_ + QStringLiteral("/runtime"));
  }

  void cleanupTestCase() { runScript(QStringLiteral("sotto_extra_keyring_stop '%1'").arg(keyringDir_)); }

  void restoredAccountTalksBothWays() {
    Peer alice;
    Peer bob;
    QVERIFY(alice.start(server_, QStringLiteral("alice")));
    QVERIFY(bob.start(server_, QStringLiteral("bob")));
    QVERIFY(sendWhenReady(*alice.controller, bob.jid, QStringLiteral("before the backup (alice)")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(contains(bob.history(alice.jid), QStringLiteral("before the backup (alice)")),
                             15000);
    QVERIFY(sendWhenReady(*bob.controller, alice.jid, QStringLiteral("before the backup (bob)")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(contains(alice.history(bob.jid), QStringLiteral("before the backup (bob)")),
                             15000);

    const QString backupPath = dir_.filePath(QStringLiteral("alice.sottobackup"));
    const auto passphrase = sotto::crypto::BackupPassphrase::generate();
    {
      BackupManager manager(*alice.controller);
      BackupManager::CreateOptions options;
      options.kdf = sotto::crypto::BackupKdfParams::interactive();
      auto created = manager.create(backupPath, passphrase, options);
      QVERIFY2(created, qPrintable(backupFailureText(created.error())));
    }
    QFile passphraseFile(dir_.filePath(QStringLiteral("backup-pass")));
    QVERIFY(passphraseFile.open(QIODevice::WriteOnly));
    passphraseFile.write(passphrase.toByteArrayUnsafe());
    passphraseFile.close();

    // Both keep talking on the old device: its sending chain moves past the backup's.
    QVERIFY(sendWhenReady(*bob.controller, alice.jid, QStringLiteral("in between, read on the old device")) !=
            0);
    QTRY_VERIFY_WITH_TIMEOUT(
        contains(alice.history(bob.jid), QStringLiteral("in between, read on the old device")), 15000);
    QVERIFY(sendWhenReady(*alice.controller, bob.jid,
                          QStringLiteral("from the old device after the backup")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        contains(bob.history(alice.jid), QStringLiteral("from the old device after the backup")), 15000);
    alice.controller.reset(); // the old computer is gone

    // Restore on the other machine: a new profile, its key in that machine's keychain.
    const Run restored =
        cli({QStringLiteral("backup"), QStringLiteral("restore"), backupPath,
             QStringLiteral("--backup-passphrase-file"), dir_.filePath(QStringLiteral("backup-pass"))});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QCOMPARE(restored.lines.first().value(QStringLiteral("account")).toString(), alice.jid);
    QVERIFY(restored.lines.first().value(QStringLiteral("passwordRestored")).toBool());
    QFile vault(dir_.filePath(QStringLiteral("new/keyvault.json")));
    QVERIFY(vault.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(vault.readAll()).object().value(QStringLiteral("protection")).toString(),
             QStringLiteral("keychain"));
    {
      // This process's keychain (the first machine's) does not hold that key.
      MessagingController here;
      ProfileOptions options;
      options.directory = dir_.filePath(QStringLiteral("new"));
      options.keychainService = QStringLiteral("sotto-restore-test");
      QSignalSpy errors(&here, &MessagingController::errorOccurred);
      QVERIFY(!here.openProfile(options));
      QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::KeyMissingFromKeychain);
    }

    // The restored device writes first: on the restored (stale) chain bob would drop it.
    const Run sent = cli({QStringLiteral("send"), bob.jid, QStringLiteral("from the restored device")});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(contains(bob.history(alice.jid), QStringLiteral("from the restored device")),
                             20000);

    // And bob reaches the restored device.
    QVERIFY(sendWhenReady(*bob.controller, alice.jid, QStringLiteral("welcome back")) != 0);
    const Run heard = cli({QStringLiteral("listen"), QStringLiteral("--count"), QStringLiteral("1"),
                           QStringLiteral("--timeout"), QStringLiteral("30")});
    QVERIFY2(heard.exitCode == 0, heard.err.constData());
    QCOMPARE(heard.lines.last().value(QStringLiteral("body")).toString(), QStringLiteral("welcome back"));

    // History: the backup, what bob wrote in between (caught up), the new exchange; no
    // undecryptable placeholders.
    const Run history = cli({QStringLiteral("history"), bob.jid});
    QCOMPARE(history.exitCode, 0);
    QStringList bodies;
    for (const QJsonObject &line : history.lines) {
      bodies << line.value(QStringLiteral("body")).toString();
      QVERIFY2(line.value(QStringLiteral("error")).toString().isEmpty(), qPrintable(bodies.last()));
    }
    for (const char *expected : {"before the backup (bob)", "in between, read on the old device",
                                 "from the restored device", "welcome back"})
      QVERIFY2(bodies.contains(QString::fromLatin1(expected)), expected);
    for (const auto &message : bob.history(alice.jid))
      QVERIFY2(message.error.isEmpty(), qPrintable(message.error));
  }
};

SOTTO_TEST_MAIN_REQUIRING(BackupRestoreIntegrationTest,
                          sotto::test::xmppServer().has_value() && sotto::test::hasSecretService(),
                          "needs the test Prosody and a Secret Service (scripts/test)")
#include "BackupRestoreIntegrationTest.moc"
