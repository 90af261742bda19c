// sotto-cli's safety commands against the real Prosody: requests, accept, report with a
// chosen message (which blocks), the block list with what was reported, unblock, block.
#include "AppTestSupport.h"
#include "CliTestSupport.h"

#include <QJsonArray>

using namespace sotto::app::test;

class SafetyCliIntegrationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  QTemporaryDir dir_;

  CliRun run(const QString &profile, const QStringList &arguments) {
    return runCli(server_, dir_, profile, arguments);
  }

private Q_SLOTS:
  void initTestCase() {
    QFile passphrase(dir_.filePath(QStringLiteral("passphrase")));
    QVERIFY(passphrase.open(QIODevice::WriteOnly));
    passphrase.write("cli test passphrase\n");
  }

  void requestsBlockingAndReports() {
    const QString erin = uniqueUser(QStringLiteral("clie")) + u'@' + server_.domain;
    const QString stranger = uniqueUser(QStringLiteral("clis")) + u'@' + server_.domain;
    for (const auto &[profile, jid] :
         {std::pair{QStringLiteral("erin"), erin}, {QStringLiteral("mallory"), stranger}})
      QCOMPARE(
          run(profile, {QStringLiteral("account"), QStringLiteral("register"), jid, QStringLiteral("pw")})
              .exitCode,
          0);
    QCOMPARE(run(QStringLiteral("mallory"), {QStringLiteral("send"), erin, QStringLiteral("buy my watches")})
                 .exitCode,
             0);

    // The stranger's message arrives (archive catch-up) as a request.
    auto requests = run(QStringLiteral("erin"), {QStringLiteral("requests")});
    QCOMPARE(requests.exitCode, 0);
    QCOMPARE(requests.lines.size(), 1);
    QCOMPARE(requests.lines.first().value(QStringLiteral("jid")).toString(), stranger);
    auto accepted = run(QStringLiteral("erin"), {QStringLiteral("accept"), stranger});
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(accepted.lines.first().value(QStringLiteral("type")).toString(), QStringLiteral("accepted"));
    QVERIFY(run(QStringLiteral("erin"), {QStringLiteral("requests")}).lines.isEmpty());
    QCOMPARE(run(QStringLiteral("erin"), {QStringLiteral("accept"), stranger}).exitCode,
             6); // no request left

    // Reported with the one message, which blocks; the list says what was reported.
    const auto history = run(QStringLiteral("erin"), {QStringLiteral("history"), stranger});
    QCOMPARE(history.lines.size(), 1);
    const qint64 messageId = history.lines.first().value(QStringLiteral("id")).toInteger();
    QCOMPARE(run(QStringLiteral("erin"),
                 {QStringLiteral("report"), stranger, QStringLiteral("--reason"), QStringLiteral("rude")})
                 .exitCode,
             1);
    QCOMPARE(run(QStringLiteral("erin"),
                 {QStringLiteral("report"), stranger, QStringLiteral("--reason"), QStringLiteral("spam"),
                  QStringLiteral("--include"), QString::number(messageId + 1000)})
                 .exitCode,
             6);
    auto reported = run(QStringLiteral("erin"),
                        {QStringLiteral("report"), stranger, QStringLiteral("--reason"),
                         QStringLiteral("spam"), QStringLiteral("--include"), QString::number(messageId)});
    QCOMPARE(reported.exitCode, 0);
    QCOMPARE(reported.lines.first().value(QStringLiteral("messages")).toArray().size(), 1);
    auto blocked = run(QStringLiteral("erin"), {QStringLiteral("blocked")});
    QCOMPARE(blocked.exitCode, 0);
    QCOMPARE(blocked.lines.size(), 1);
    QCOMPARE(blocked.lines.first().value(QStringLiteral("jid")).toString(), stranger);
    QCOMPARE(blocked.lines.first().value(QStringLiteral("reportReason")).toString(), QStringLiteral("spam"));
    QCOMPARE(blocked.lines.first().value(QStringLiteral("reportedMessages")).toInt(), 1);

    QCOMPARE(run(QStringLiteral("erin"), {QStringLiteral("unblock"), stranger}).exitCode, 0);
    QVERIFY(run(QStringLiteral("erin"), {QStringLiteral("blocked")}).lines.isEmpty());
    QCOMPARE(run(QStringLiteral("erin"), {QStringLiteral("block"), stranger}).exitCode, 0);
    QCOMPARE(run(QStringLiteral("erin"), {QStringLiteral("blocked")}).lines.size(), 1);
  }
};

SOTTO_TEST_MAIN_REQUIRING(SafetyCliIntegrationTest, sotto::test::xmppServer().has_value(),
                          "no XMPP test server (run through scripts/test)")
#include "SafetyCliIntegrationTest.moc"
