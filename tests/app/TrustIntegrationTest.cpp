// Trust and damage against the real Prosody: a contact's new device stops sending until
// the user decides; a payload altered on the way becomes a visible placeholder and the
// conversation goes on.
#include "AppTestSupport.h"

#include "sotto/storage/OutboxRepository.h"
#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/Element.h"

using namespace sotto::app;
using namespace sotto::app::test;

namespace {

// A man in the middle flipping one bit of the ciphertext.
void tamperPayload(sotto::xmpp::Element &stanza) {
  sotto::xmpp::Element *encrypted = stanza.firstChild(u"encrypted");
  sotto::xmpp::Element *payload = encrypted ? encrypted->firstChild(u"payload") : nullptr;
  if (!payload)
    return;
  QByteArray data = QByteArray::fromBase64(payload->text().toLatin1());
  data[0] = static_cast<char>(data[0] ^ 0x01);
  payload->setText(QString::fromLatin1(data.toBase64()));
}

bool hasBody(const QList<sotto::storage::Message> &messages, const QString &body) {
  for (const auto &message : messages)
    if (message.body == body)
      return true;
  return false;
}

} // namespace

class TrustIntegrationTest : public QObject {
  Q_OBJECT
  sotto::test::XmppServer server_ = *sotto::test::xmppServer();

private Q_SLOTS:
  void newDeviceOfAContactBlocksUntilDecided() {
    Peer alice;
    Peer bob;
    QVERIFY(startWithFirstMessage(alice, bob, server_, QStringLiteral("one")));
    QVERIFY(hasBody(bob.history(alice.jid), QStringLiteral("one")));
    // A stranger's first message is a request; accepted, alice may subscribe to bob.
    QVERIFY(bob.controller->acceptRequest(alice.jid));
    const QString numberBefore = alice.controller->safetyNumber(bob.jid);
    QVERIFY(!numberBefore.isEmpty());
    // A roster subscription brings bob's device-list notifications to alice.
    alice.controller->addContact(bob.jid);
    QTRY_VERIFY_WITH_TIMEOUT(alice.controller->contacts().contains(bob.jid), 15000);
    // bob approved (he talks to alice): the server put alice in his roster.
    QTRY_VERIFY_WITH_TIMEOUT(bob.controller->contacts().contains(alice.jid), 15000);

    // bob's profile is gone; he signs in again from a fresh one: a new identity.
    QSignalSpy changed(alice.controller.get(), &MessagingController::safetyNumberChanged);
    const QString bobJid = bob.jid;
    const QString bobPassword = QStringLiteral("pw-") + bobJid.section(u'@', 0, 0);
    bob.controller.reset();
    QTemporaryDir newDir;
    MessagingController bob2;
    QVERIFY(bob2.openProfile(profileOptions(newDir.path(), server_)));
    bob2.signIn(bobJid, bobPassword);
    QVERIFY(waitOnline(bob2));
    QSignalSpy caughtUp(&bob2, &MessagingController::catchUpFinished);
    QVERIFY(caughtUp.wait(15000) || bob2.ownDeviceId() != 0);

    // alice learns of the new device (notification, or the read before sending) and
    // nothing goes out until she decides.
    QSignalSpy errors(alice.controller.get(), &MessagingController::errorOccurred);
    const qint64 blocked = alice.controller->send(bobJid, QStringLiteral("held back"));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 15000);
    QCOMPARE(errors.first().first().value<AppError::Code>(), AppError::Code::SafetyNumberChanged);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().first().toString(), bobJid);
    sotto::storage::OutboxRepository outbox(*alice.controller->database());
    QVERIFY(outbox.pending(alice.controller->accountId())->isEmpty());
    QVERIFY(alice.controller->safetyNumber(bobJid) != numberBefore);

    QVERIFY(alice.controller->setTrust(bobJid, bob2.ownDeviceId(), MessagingController::Trust::Verified));
    QVERIFY(alice.controller->retry(blocked));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
          sotto::storage::ConversationRepository conversations(*bob2.database());
          auto conversation = conversations.findByPeer(bob2.accountId(), alice.jid);
          if (!conversation || !conversation->has_value())
            return false;
          sotto::storage::MessageRepository messages(*bob2.database());
          return hasBody(messages.newest((*conversation)->id, 10).value_or(QList<sotto::storage::Message>()),
                         QStringLiteral("held back"));
        }(),
        20000);
  }

  void tamperedMessageBecomesAPlaceholderAndTheNextOneDecrypts() {
    Peer alice;
    Peer bob;
    QVERIFY(startWithFirstMessage(alice, bob, server_, QStringLiteral("intact")));
    QVERIFY(hasBody(bob.history(alice.jid), QStringLiteral("intact")));

    alice.controller->setOutgoingFilterForTests(tamperPayload);
    QVERIFY(alice.controller->send(bob.jid, QStringLiteral("altered")) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(bob.history(alice.jid).size(), 2, 15000);
    const auto placeholder = bob.history(alice.jid).last();
    QVERIFY(placeholder.body.isEmpty());
    QVERIFY(!placeholder.error.isEmpty());
    QCOMPARE(placeholder.state, sotto::storage::MessageState::Failed);
    QVERIFY(!hasBody(bob.history(alice.jid), QStringLiteral("altered")));

    alice.controller->setOutgoingFilterForTests({});
    QVERIFY(alice.controller->send(bob.jid, QStringLiteral("after")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(bob.history(alice.jid), QStringLiteral("after")), 15000);
  }

  void plaintextFromAPeerIsMarkedUnencrypted() {
    Peer bob;
    QVERIFY(bob.start(server_, QStringLiteral("bob")));
    const QString user = uniqueUser(QStringLiteral("plain"));
    QVERIFY(sotto::test::controlServer(server_, {QStringLiteral("register"), user, QStringLiteral("pw")}));
    sotto::xmpp::Client plain;
    sotto::xmpp::ClientSettings settings;
    settings.jid = *sotto::xmpp::Jid::parse(user + u'@' + server_.domain);
    settings.password = QStringLiteral("pw");
    settings.host = server_.host;
    settings.port = server_.directTlsPort;
    settings.tlsMode = sotto::xmpp::TlsMode::DirectTls;
    settings.pinnedCertificateSha256 = server_.certificateSha256;
    QSignalSpy connected(&plain, &sotto::xmpp::Client::connected);
    plain.connectToServer(settings);
    QVERIFY(connected.wait(15000));
    sotto::xmpp::Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
    message.setAttribute(QStringLiteral("to"), bob.jid);
    message.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    message.setAttribute(QStringLiteral("id"), QStringLiteral("plain-1"));
    message.addTextChild(QStringLiteral("body"), QStringLiteral("jabber:client"),
                         QStringLiteral("in the clear"));
    plain.send(message);
    const QString from = user + u'@' + server_.domain;
    QTRY_COMPARE_WITH_TIMEOUT(bob.history(from).size(), 1, 15000);
    QCOMPARE(bob.history(from).first().body, QStringLiteral("in the clear"));
    QVERIFY(!bob.history(from).first().encrypted);
    QVERIFY(!bob.history(from).first().trusted);
    plain.disconnectFromServer();
  }
};

SOTTO_TEST_MAIN_REQUIRING(TrustIntegrationTest, sotto::test::xmppServer().has_value(),
                          "no XMPP test server (run through scripts/test)")
#include "TrustIntegrationTest.moc"
