// `sotto-cli backup create|verify|restore` through the real binary, on real SQLCipher
// profiles: JSON output, exit codes, a bad file never creating the target profile,
// refusal of a non-empty profile without --merge, history readable after restore.
#include "BackupTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::app;
using namespace sotto::app::test;

class BackupCliTest : public QObject {
  Q_OBJECT

  struct Run {
    int exitCode = -1;
    QList<QJsonObject> out;
    QList<QJsonObject> err;
    QByteArray errText;
  };

  QTemporaryDir dir_;

  QString path(const char *name) const { return dir_.filePath(QString::fromLatin1(name)); }

  static QList<QJsonObject> jsonLines(const QByteArray &bytes) {
    QList<QJsonObject> lines;
    for (const QByteArray &line : bytes.split('\n'))
      if (!line.trimmed().isEmpty())
        lines.append(QJsonDocument::fromJson(line).object());
    return lines;
  }

  // Runs sotto-cli on a profile (empty: none) with the profile passphrase file.
  Run run(const QString &profile, const QStringList &arguments) {
    QStringList all{QStringLiteral("--json"), QStringLiteral("--passphrase-file"), path("profile-pass"),
                    QStringLiteral("--keychain-service"), QStringLiteral("sotto-backup-cli-test")};
    if (!profile.isEmpty())
      all << QStringLiteral("--profile") << profile;
    QProcess cli;
    cli.start(QStringLiteral(SOTTO_CLI_PATH), all + arguments);
    Run result;
    if (!cli.waitForFinished(50000)) {
      cli.kill();
      cli.waitForFinished();
      return result;
    }
    result.exitCode = cli.exitCode();
    result.out = jsonLines(cli.readAllStandardOutput());
    result.errText = cli.readAllStandardError();
    result.err = jsonLines(result.errText);
    return result;
  }

  QStringList backupArgs(const char *action, const QString &file,
                         const char *passphraseFile = "backup-pass") {
    return {QStringLiteral("backup"), QString::fromLatin1(action), file,
            QStringLiteral("--backup-passphrase-file"), path(passphraseFile)};
  }

  static QString errorName(const Run &run) {
    return run.err.isEmpty() ? QString() : run.err.last().value(QStringLiteral("error")).toString();
  }

private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    auto write = [this](const char *name, const QByteArray &text) {
      QFile file(path(name));
      return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    QVERIFY(write("profile-pass", "cli profile passphrase\n"));
    QVERIFY(write("backup-pass", "31415 92653 58979 32384 62643 38327\n"));
    QVERIFY(write("wrong-pass", "27182 81828 45904 52353 60287 47135\n"));
    // The source profile, in passphrase mode with the same passphrase the CLI is given.
    MessagingController source;
    const ProfileOptions options = localProfile(path("source"), QStringLiteral("cli profile passphrase"));
    QVERIFY(source.openProfile(options));
    QVERIFY(populateProfile(source, options, QStringLiteral("alice@example.org")));
  }

  void helpListsBackupCommands() {
    QProcess cli;
    cli.start(QStringLiteral(SOTTO_CLI_PATH), {QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(20000));
    const QByteArray help = cli.readAllStandardOutput();
    QVERIFY(help.contains("backup create --out FILE --backup-passphrase-file F"));
    QVERIFY(help.contains("7 backup not made"));
  }

  void createAndVerify() {
    auto created =
        run(path("source"), {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--out"),
                             path("alice.sottobackup"), QStringLiteral("--backup-passphrase-file"),
                             path("backup-pass"), QStringLiteral("--test-kdf")});
    QVERIFY2(created.exitCode == 0, created.errText.constData());
    QCOMPARE(created.out.size(), 1);
    QCOMPARE(created.out.first().value(QStringLiteral("type")).toString(), QStringLiteral("backup"));
    const QJsonObject counts = created.out.first().value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("message")).toInt(), 12);
    QCOMPARE(counts.value(QStringLiteral("account")).toInt(), 1);
    QVERIFY(QFile::exists(path("alice.sottobackup")));

    // Verify needs no profile at all.
    auto verified = run(QString(), backupArgs("verify", path("alice.sottobackup")));
    QVERIFY2(verified.exitCode == 0, verified.errText.constData());
    QCOMPARE(verified.out.first().value(QStringLiteral("type")).toString(),
             QStringLiteral("backup-verified"));
    QCOMPARE(verified.out.first().value(QStringLiteral("counts")).toObject(), counts);

    auto wrong = run(QString(), backupArgs("verify", path("alice.sottobackup"), "wrong-pass"));
    QCOMPARE(wrong.exitCode, 7);
    QCOMPARE(errorName(wrong), QStringLiteral("WrongPassphrase"));
    QVERIFY(!wrong.err.last().value(QStringLiteral("message")).toString().isEmpty());
  }

  void badFileCreatesNoProfile() {
    QFile good(path("alice.sottobackup"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QFile cut(path("cut.sottobackup"));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(good.read(good.size() - 30));
    cut.close();
    auto truncated = run(path("never"), backupArgs("restore", path("cut.sottobackup")));
    QCOMPARE(truncated.exitCode, 7);
    QCOMPARE(errorName(truncated), QStringLiteral("Truncated"));
    auto wrong = run(path("never"), backupArgs("restore", path("alice.sottobackup"), "wrong-pass"));
    QCOMPARE(errorName(wrong), QStringLiteral("WrongPassphrase"));
    auto notBackup = run(path("never"), backupArgs("restore", path("profile-pass")));
    QCOMPARE(errorName(notBackup), QStringLiteral("NotABackup"));
    QVERIFY(!QFile::exists(path("never")));
  }

  void restoreThenReadHistory() {
    auto restored = run(path("restored"), backupArgs("restore", path("alice.sottobackup")));
    QVERIFY2(restored.exitCode == 0, restored.errText.constData());
    QCOMPARE(restored.out.first().value(QStringLiteral("type")).toString(), QStringLiteral("restored"));
    QCOMPARE(restored.out.first().value(QStringLiteral("account")).toString(),
             QStringLiteral("alice@example.org"));
    QVERIFY(restored.out.first().value(QStringLiteral("passwordRestored")).toBool());

    auto history = run(path("restored"), {QStringLiteral("history"), QStringLiteral("bob@example.org")});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.out.size(), 11);
    bool sawMarker = false;
    for (const QJsonObject &message : history.out)
      sawMarker = sawMarker || message.value(QStringLiteral("body")).toString().contains(kPlaintextMarker);
    QVERIFY(sawMarker);

    // The same profile again: refused without --merge, and --merge adds nothing twice.
    auto again = run(path("restored"), backupArgs("restore", path("alice.sottobackup")));
    QCOMPARE(again.exitCode, 7);
    QCOMPARE(errorName(again), QStringLiteral("ProfileNotEmpty"));
    auto merged =
        run(path("restored"), backupArgs("restore", path("alice.sottobackup")) << QStringLiteral("--merge"));
    QVERIFY2(merged.exitCode == 0, merged.errText.constData());
    QVERIFY(merged.out.first().value(QStringLiteral("skippedExisting")).toInt() >= 12);
    auto after = run(path("restored"), {QStringLiteral("history"), QStringLiteral("bob@example.org")});
    QCOMPARE(after.out.size(), 11);
  }

  void usageErrors() {
    QCOMPARE(run(QString(), {QStringLiteral("backup")}).exitCode, 1);
    QCOMPARE(run(path("source"), {QStringLiteral("backup"), QStringLiteral("create")}).exitCode, 1);
    QCOMPARE(run(QString(), {QStringLiteral("backup"), QStringLiteral("verify"), path("alice.sottobackup")})
                 .exitCode,
             1);
  }
};

QTEST_GUILESS_MAIN(BackupCliTest)
#include "BackupCliTest.moc"
