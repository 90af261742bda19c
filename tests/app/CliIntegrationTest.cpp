// sotto-cli as scripts use it: two processes, two profiles, JSON lines, exit codes.
#include "AppTestSupport.h"
#include "CliTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace sotto::app::test;

class CliIntegrationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  QTemporaryDir dir_;

  using Run = CliRun;
  Run run(const QString &profile, const QStringList &arguments, int timeoutMs = 60000) {
    return runCli(server_, dir_, profile, arguments, timeoutMs);
  }

private Q_SLOTS:
  void initTestCase() {
    QFile passphrase(dir_.filePath(QStringLiteral("passphrase")));
    QVERIFY(passphrase.open(QIODevice::WriteOnly));
    passphrase.write("cli test passphrase\n");
  }

  void helpDocumentsExitCodes() {
    QProcess cli;
    cli.start(QStringLiteral(SOTTO_CLI_PATH), {QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(30000));
    const QString help = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY(help.contains(QStringLiteral("Exit codes")));
    QVERIFY(help.contains(QStringLiteral("safety-number")));
  }

  void twoProcessesTalk() {
    const QString alice = uniqueUser(QStringLiteral("clia")) + u'@' + server_.domain;
    const QString bob = uniqueUser(QStringLiteral("clib")) + u'@' + server_.domain;
    auto registered = run(QStringLiteral("alice"), {QStringLiteral("account"), QStringLiteral("register"),
                                                    alice, QStringLiteral("pw-a")});
    QCOMPARE(registered.exitCode, 0);
    QCOMPARE(registered.lines.first().value(QStringLiteral("jid")).toString(), alice);
    QVERIFY(registered.lines.first().value(QStringLiteral("deviceId")).toInt() > 0);
    QCOMPARE(run(QStringLiteral("bob"),
                 {QStringLiteral("account"), QStringLiteral("register"), bob, QStringLiteral("pw-b")})
                 .exitCode,
             0);

    auto sent = run(QStringLiteral("alice"), {QStringLiteral("send"), bob, QStringLiteral("hello over cli")});
    QCOMPARE(sent.exitCode, 0);
    QCOMPARE(sent.lines.first().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));

    // bob was offline: the message comes from the archive.
    auto heard =
        run(QStringLiteral("bob"), {QStringLiteral("listen"), QStringLiteral("--count"), QStringLiteral("1"),
                                    QStringLiteral("--timeout"), QStringLiteral("20")});
    QCOMPARE(heard.exitCode, 0);
    QCOMPARE(heard.lines.size(), 1);
    QCOMPARE(heard.lines.first().value(QStringLiteral("body")).toString(), QStringLiteral("hello over cli"));
    QCOMPARE(heard.lines.first().value(QStringLiteral("from")).toString(), alice);
    QVERIFY(heard.lines.first().value(QStringLiteral("encrypted")).toBool());

    auto history = run(QStringLiteral("bob"), {QStringLiteral("history"), alice});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.lines.size(), 1);

    auto bobNumber = run(QStringLiteral("bob"), {QStringLiteral("safety-number"), alice});
    auto aliceNumber = run(QStringLiteral("alice"), {QStringLiteral("safety-number"), bob});
    QCOMPARE(bobNumber.exitCode, 0);
    QCOMPARE(aliceNumber.exitCode, 0);
    QCOMPARE(bobNumber.lines.first().value(QStringLiteral("safetyNumber")),
             aliceNumber.lines.first().value(QStringLiteral("safetyNumber")));

    auto devices = run(QStringLiteral("bob"), {QStringLiteral("devices"), alice});
    QCOMPARE(devices.lines.size(), 1);
    const int aliceDevice = devices.lines.first().value(QStringLiteral("deviceId")).toInt();
    QCOMPARE(aliceDevice, registered.lines.first().value(QStringLiteral("deviceId")).toInt());
    QCOMPARE(run(QStringLiteral("bob"),
                 {QStringLiteral("trust"), alice, QString::number(aliceDevice), QStringLiteral("verified")})
                 .exitCode,
             0);
    devices = run(QStringLiteral("bob"), {QStringLiteral("devices"), alice});
    QCOMPARE(devices.lines.first().value(QStringLiteral("trust")).toString(), QStringLiteral("verified"));
    QCOMPARE(run(QStringLiteral("bob"),
                 {QStringLiteral("trust"), alice, QStringLiteral("12345"), QStringLiteral("verified")})
                 .exitCode,
             6);
  }

  void sendingToAnAccountWithoutOmemoFails() {
    const QString carol = uniqueUser(QStringLiteral("clic")) + u'@' + server_.domain;
    QCOMPARE(run(QStringLiteral("carol"),
                 {QStringLiteral("account"), QStringLiteral("register"), carol, QStringLiteral("pw-c")})
                 .exitCode,
             0);
    const QString plain = uniqueUser(QStringLiteral("plain"));
    QVERIFY(sotto::test::controlServer(server_, {QStringLiteral("register"), plain, QStringLiteral("x")}));
    QCOMPARE(run(QStringLiteral("carol"),
                 {QStringLiteral("send"), plain + u'@' + server_.domain, QStringLiteral("secret")})
                 .exitCode,
             4);
    QCOMPARE(run(QStringLiteral("carol"), {QStringLiteral("bogus")}).exitCode, 1);
  }
};

SOTTO_TEST_MAIN_REQUIRING(CliIntegrationTest, sotto::test::xmppServer().has_value(),
                          "no XMPP test server (run through scripts/test)")
#include "CliIntegrationTest.moc"
