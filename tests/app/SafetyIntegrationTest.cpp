// Safety tools against the real Prosody: a stranger's message becomes a request that
// tells the stranger nothing (checked on the stranger's own stream), blocking is the
// server's and shows on every device of the account, and a report carries exactly the
// messages the user chose (checked on the bytes the client wrote).
#include "AppTestSupport.h"

#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/Element.h"
#include "sotto/xmpp/Message.h"

using namespace sotto::app;
using namespace sotto::app::test;

namespace {

// A bare XMPP account (no Sotto, no OMEMO) that records every stanza it receives: the
// stranger's side of the story.
class RawAccount {
public:
  bool start(const sotto::test::XmppServer &server, const QString &prefix) {
    const QString user = uniqueUser(prefix);
    jid = user + u'@' + server.domain;
    if (!sotto::test::controlServer(server, {QStringLiteral("register"), user, QStringLiteral("pw")}))
      return false;
    sotto::xmpp::ClientSettings settings;
    settings.jid = *sotto::xmpp::Jid::parse(jid);
    settings.password = QStringLiteral("pw");
    settings.host = server.host;
    settings.port = server.directTlsPort;
    settings.tlsMode = sotto::xmpp::TlsMode::DirectTls;
    settings.pinnedCertificateSha256 = server.certificateSha256;
    QObject::connect(&client, &sotto::xmpp::Client::stanzaReceived, &client,
                     [this](const sotto::xmpp::Element &stanza) { received.append(stanza.toXml()); });
    QSignalSpy connected(&client, &sotto::xmpp::Client::connected);
    client.connectToServer(settings);
    if (!connected.wait(15000))
      return false;
    // Available, so presence subscriptions reach this session.
    client.send(sotto::xmpp::Element(QStringLiteral("presence"), QStringLiteral("jabber:client")));
    return true;
  }

  // Waits for the server to answer a ping: everything sent before has been routed.
  bool roundTrip() {
    sotto::xmpp::Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    iq.setAttribute(QStringLiteral("to"), jid.section(u'@', 1));
    iq.addChild(sotto::xmpp::Element(QStringLiteral("ping"), QStringLiteral("urn:xmpp:ping")));
    bool answered = false;
    client.sendIq(iq, &client, [&answered](const sotto::xmpp::IqResult &) { answered = true; });
    QDeadlineTimer deadline(15000);
    while (!answered && !deadline.hasExpired())
      QTest::qWait(10);
    return answered;
  }

  // A chat message that asks for a receipt and is markable, as every client sends.
  void send(const QString &to, const QString &id, const QString &text) {
    sotto::xmpp::Message message;
    message.to = *sotto::xmpp::Jid::parse(to);
    message.type = QStringLiteral("chat");
    message.id = id;
    message.body = text;
    message.receiptRequested = true;
    message.markable = true;
    client.send(message.toStanza());
  }

  // Received stanzas (serialized) that contain all the fragments.
  [[nodiscard]] int count(const QStringList &fragments) const {
    int n = 0;
    for (const QByteArray &stanza : received) {
      bool all = true;
      for (const QString &fragment : fragments)
        all = all && stanza.contains(fragment.toUtf8());
      n += all ? 1 : 0;
    }
    return n;
  }

  sotto::xmpp::Client client;
  QString jid;
  QList<QByteArray> received;
};

const QString kReceipts = QStringLiteral("urn:xmpp:receipts");
const QString kMarkers = QStringLiteral("urn:xmpp:chat-markers:0");

qint64 idOfBody(const QList<sotto::storage::Message> &messages, const QString &body) {
  for (const auto &message : messages)
    if (message.body == body)
      return message.id;
  return 0;
}

} // namespace

class SafetyIntegrationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();

private Q_SLOTS:
  void strangerBecomesARequestAndLearnsNothingUntilAccepted() {
    Peer bob;
    RawAccount stranger;
    QVERIFY(bob.start(server_, QStringLiteral("bob")));
    QVERIFY(stranger.start(server_, QStringLiteral("stranger")));
    QSignalSpy requestsChanged(bob.controller.get(), &MessagingController::conversationsChanged);

    stranger.send(bob.jid, QStringLiteral("req-1"), QStringLiteral("hello from nowhere"));
    QTRY_VERIFY_WITH_TIMEOUT(bob.controller->requests().contains(stranger.jid), 15000);
    QVERIFY(bob.controller->isRequest(stranger.jid));
    QCOMPARE(bob.history(stranger.jid).size(), 1);
    // Opening the request counts as reading it, but no marker may tell the stranger.
    QVERIFY(bob.controller->markRead(stranger.jid));

    QVERIFY(bob.controller->acceptRequest(stranger.jid));
    QVERIFY(bob.controller->requests().isEmpty());
    QVERIFY(!bob.controller->isRequest(stranger.jid));
    QTRY_VERIFY_WITH_TIMEOUT(bob.controller->contacts().contains(stranger.jid), 15000);
    // The handshake: bob asks for the stranger's presence.
    QTRY_VERIFY_WITH_TIMEOUT(stranger.count({QStringLiteral("type=\"subscribe\"")}) == 1, 15000);

    stranger.send(bob.jid, QStringLiteral("req-2"), QStringLiteral("thanks for accepting"));
    QTRY_VERIFY_WITH_TIMEOUT(stranger.count({kReceipts, QStringLiteral("req-2")}) == 1, 15000);
    // bob's stanzas reach the stranger in the order he sent them: anything about req-1
    // would have arrived before the receipt for req-2.
    QCOMPARE(stranger.count({kReceipts, QStringLiteral("req-1")}), 0);
    QCOMPARE(stranger.count({kMarkers}), 0);

    QVERIFY(bob.controller->markRead(stranger.jid));
    QTRY_VERIFY_WITH_TIMEOUT(
        stranger.count({kMarkers, QStringLiteral("displayed"), QStringLiteral("req-2")}) == 1, 15000);
    QCOMPARE(stranger.count({kMarkers, QStringLiteral("req-1")}), 0);
    QCOMPARE(bob.history(stranger.jid).size(), 2);
  }

  void requestsFromStrangersCanBeDroppedAltogether() {
    Peer bob;
    RawAccount stranger;
    QVERIFY(bob.start(server_, QStringLiteral("bob")));
    QVERIFY(stranger.start(server_, QStringLiteral("stranger")));
    QSignalSpy settingChanged(bob.controller.get(), &MessagingController::dropRequestsFromStrangersChanged);
    bob.controller->setDropRequestsFromStrangers(true);
    QCOMPARE(settingChanged.size(), 1);
    QVERIFY(bob.controller->dropRequestsFromStrangers());

    // A contact's message is the barrier: the server routed the stranger's message first
    // (the ping proves it), so bob's stream carries it before the contact's.
    RawAccount friendly;
    QVERIFY(friendly.start(server_, QStringLiteral("friend")));
    bob.controller->addContact(friendly.jid);
    QTRY_VERIFY_WITH_TIMEOUT(bob.controller->contacts().contains(friendly.jid), 15000);
    stranger.send(bob.jid, QStringLiteral("drop-1"), QStringLiteral("dropped on arrival"));
    QVERIFY(stranger.roundTrip());
    friendly.send(bob.jid, QStringLiteral("friend-1"), QStringLiteral("hello, it is me"));
    QTRY_COMPARE_WITH_TIMEOUT(bob.history(friendly.jid).size(), 1, 15000);
    QVERIFY(bob.history(stranger.jid).isEmpty());
    QVERIFY(bob.controller->requests().isEmpty());
    // A contact still gets receipts.
    QTRY_VERIFY_WITH_TIMEOUT(friendly.count({kReceipts, QStringLiteral("friend-1")}) == 1, 15000);

    bob.controller->setDropRequestsFromStrangers(false);
    stranger.send(bob.jid, QStringLiteral("drop-2"), QStringLiteral("kept as a request"));
    QTRY_VERIFY_WITH_TIMEOUT(bob.controller->requests().contains(stranger.jid), 15000);
    const auto history = bob.history(stranger.jid);
    QCOMPARE(history.size(), 1); // not the dropped one, not even from the archive
    QCOMPARE(history.first().body, QStringLiteral("kept as a request"));
    QCOMPARE(stranger.count({kReceipts}), 0);

    QVERIFY(bob.controller->deleteRequest(stranger.jid));
    QVERIFY(bob.controller->requests().isEmpty());
    QVERIFY(bob.history(stranger.jid).isEmpty());
    QVERIFY(!bob.controller->deleteRequest(stranger.jid)); // nothing left to delete
  }

  void blockingOnOneDeviceBlocksOnTheOtherAndTheServerStopsDelivery() {
    Peer bob;
    RawAccount stranger;
    QVERIFY(bob.start(server_, QStringLiteral("bob")));
    QVERIFY(stranger.start(server_, QStringLiteral("stranger")));
    // bob's second device: another profile signed in to the same account.
    QTemporaryDir secondDir;
    MessagingController second;
    QVERIFY(signInFromAnotherProfile(second, secondDir, bob.jid, server_));

    QSignalSpy blockedOnSecond(&second, &MessagingController::blockedChanged);
    bob.controller->block(stranger.jid);
    QTRY_VERIFY_WITH_TIMEOUT(second.blocked().contains(stranger.jid), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(bob.controller->isBlocked(stranger.jid), 15000);
    QVERIFY(!blockedOnSecond.isEmpty());

    // The server refuses the blocked sender's message instead of delivering it.
    stranger.send(bob.jid, QStringLiteral("blocked-1"), QStringLiteral("you cannot hear me"));
    QTRY_VERIFY_WITH_TIMEOUT(stranger.count({QStringLiteral("type=\"error\""), QStringLiteral("blocked-1"),
                                             QStringLiteral("service-unavailable")}) == 1,
                             15000);

    // Unblocked from the other device: messages flow again (as a request) and the blocked
    // one never arrives.
    second.unblock(stranger.jid);
    QTRY_VERIFY_WITH_TIMEOUT(!bob.controller->isBlocked(stranger.jid), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(second.blocked().isEmpty(), 15000);
    stranger.send(bob.jid, QStringLiteral("after-1"), QStringLiteral("hello again"));
    QTRY_VERIFY_WITH_TIMEOUT(bob.controller->requests().contains(stranger.jid), 15000);
    QCOMPARE(bob.history(stranger.jid).size(), 1);
    QCOMPARE(bob.history(stranger.jid).first().body, QStringLiteral("hello again"));
  }

  void reportCarriesExactlyTheChosenMessages() {
    Peer bob;
    RawAccount stranger;
    QVERIFY(bob.start(server_, QStringLiteral("bob")));
    QVERIFY(stranger.start(server_, QStringLiteral("stranger")));
    for (int i = 1; i <= 7; ++i)
      stranger.send(bob.jid, QStringLiteral("spam-%1").arg(i), QStringLiteral("evidence number %1").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(bob.history(stranger.jid).size(), 7, 15000);

    // Only the last five can be attached, newest first.
    const QVariantList reportable = bob.controller->reportableMessages(stranger.jid);
    QCOMPARE(reportable.size(), 5);
    QCOMPARE(reportable.first().toMap().value(QStringLiteral("body")).toString(),
             QStringLiteral("evidence number 7"));
    const auto history = bob.history(stranger.jid);
    const qint64 tooOld = idOfBody(history, QStringLiteral("evidence number 1"));
    const qint64 fifth = idOfBody(history, QStringLiteral("evidence number 5"));
    const qint64 seventh = idOfBody(history, QStringLiteral("evidence number 7"));
    QVERIFY(tooOld != 0 && fifth != 0 && seventh != 0);

    QByteArray written;
    bob.controller->setOutgoingTapForTests([&written](const QByteArray &bytes) { written += bytes; });
    QSignalSpy errors(bob.controller.get(), &MessagingController::errorOccurred);
    QVERIFY(
        !bob.controller->report(stranger.jid, MessagingController::ReportReason::Spam, {tooOld, seventh}));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::UnknownMessage);
    QVERIFY(!written.contains("urn:xmpp:reporting"));

    QSignalSpy finished(bob.controller.get(), &MessagingController::reportFinished);
    QVERIFY(bob.controller->report(stranger.jid, MessagingController::ReportReason::Spam, {seventh, fifth}));
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(0).toString(), stranger.jid);
    QVERIFY(finished.first().at(1).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(bob.controller->isBlocked(stranger.jid), 15000);

    // Exactly one report went out, with both chosen messages by archive id and text...
    QCOMPARE(written.count("urn:xmpp:reporting:1"), 1);
    QVERIFY(written.contains("urn:xmpp:reporting:spam"));
    QCOMPARE(written.count("<stanza-id"), 2);
    for (const qint64 id : {fifth, seventh}) {
      const QString stanzaId = [&] {
        for (const auto &message : history)
          if (message.id == id)
            return message.stanzaId;
        return QString();
      }();
      QVERIFY(!stanzaId.isEmpty());
      QVERIFY(written.contains(stanzaId.toUtf8()));
    }
    QVERIFY(written.contains("evidence number 5"));
    QVERIFY(written.contains("evidence number 7"));
    // ...and no other message's plain text ever left the device.
    for (int i : {1, 2, 3, 4, 6})
      QVERIFY2(!written.contains(QStringLiteral("evidence number %1").arg(i).toUtf8()),
               qPrintable(QString::number(i)));

    // The user can see what was reported and when.
    const QVariantList reports = bob.controller->reports();
    QCOMPARE(reports.size(), 1);
    const QVariantMap entry = reports.first().toMap();
    QCOMPARE(entry.value(QStringLiteral("jid")).toString(), stranger.jid);
    QCOMPARE(entry.value(QStringLiteral("reason")).toString(), QStringLiteral("spam"));
    QVERIFY(entry.value(QStringLiteral("at")).toLongLong() > 0);
    QCOMPARE(entry.value(QStringLiteral("messageIds")).toList(), (QVariantList{fifth, seventh}));
    // The blocked stranger's request left the list; the messages stay for the record.
    QTRY_VERIFY_WITH_TIMEOUT(bob.controller->requests().isEmpty(), 15000);
    QCOMPARE(bob.history(stranger.jid).size(), 7);
  }
};

SOTTO_TEST_MAIN_REQUIRING(SafetyIntegrationTest, sotto::test::xmppServer().has_value(),
                          "no XMPP test server (run through scripts/test)")
#include "SafetyIntegrationTest.moc"
