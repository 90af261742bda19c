// Settings › Privacy against the real Prosody, checked on the bytes the client wrote:
// typing indicators (XEP-0085) reach a contact and show there; with the switches off no
// chat state and no "displayed" marker leaves the client (delivery receipts still do);
// a message request and a blocked contact never get a chat state.
#include "AppTestSupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sotto::app;
using namespace sotto::app::test;
namespace storage = sotto::storage;

namespace {

bool hasMessage(const Peer &peer, const QString &from, const QString &text) {
  for (const auto &message : peer.history(from))
    if (message.body == text)
      return true;
  return false;
}

storage::MessageState stateOf(const Peer &peer, qint64 id) {
  storage::MessageRepository messages(*peer.controller->database());
  auto message = messages.find(id);
  return message && message->has_value() ? (*message)->state : storage::MessageState::Failed;
}

const QByteArray kChatStates = "http://jabber.org/protocol/chatstates";

// Message stanzas in what a client wrote that go to `jid` and carry a chat state.
int chatStatesTo(const QByteArray &written, const QString &jid) {
  int count = 0;
  qsizetype at = 0;
  while ((at = written.indexOf("<message", at)) >= 0) {
    const qsizetype end = written.indexOf("</message>", at);
    const QByteArray stanza = written.mid(at, end < 0 ? -1 : end - at);
    if (stanza.contains(jid.toUtf8()) && stanza.contains(kChatStates))
      ++count;
    at += 8;
  }
  return count;
}

} // namespace

class PrivacyIntegrationTest : public QObject {
  Q_OBJECT

  sotto::test::XmppServer server_ = *sotto::test::xmppServer();
  Peer alice_;
  Peer bob_;
  QByteArray written_; // what alice's client wrote since the last clear

  // Alice sends bob a message and waits until bob has it: whatever alice's client wrote
  // before has been written by then (one stream, in order).
  void sentinel(const QString &text) {
    QVERIFY(alice_.controller->send(bob_.jid, text) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(hasMessage(bob_, alice_.jid, text), 15000);
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(alice_.start(server_, QStringLiteral("alice")));
    QVERIFY(bob_.start(server_, QStringLiteral("bob")));
    // Alice writes first (a request on bob's side), bob accepts: contacts both ways.
    QVERIFY(sendWhenReady(*alice_.controller, bob_.jid, QStringLiteral("hi bob")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(bob_.controller->isRequest(alice_.jid), 15000);
    QVERIFY(bob_.controller->acceptRequest(alice_.jid));
    QVERIFY(sendWhenReady(*bob_.controller, alice_.jid, QStringLiteral("hi alice")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(hasMessage(alice_, bob_.jid, QStringLiteral("hi alice")), 15000);
    alice_.controller->setOutgoingTapForTests([this](const QByteArray &chunk) { written_ += chunk; });
  }

  void switchesArePersistedAndOnByDefault() {
    QVERIFY(alice_.controller->sendReadReceipts());
    QVERIFY(alice_.controller->sendTypingIndicators());
    QSignalSpy changed(alice_.controller.get(), &MessagingController::privacyChanged);
    alice_.controller->setSendTypingIndicators(false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(alice_.controller->profileSetting(QStringLiteral("privacy.typingIndicators")),
             QStringLiteral("0"));
    alice_.controller->setSendTypingIndicators(true);
    QVERIFY(alice_.controller->sendTypingIndicators());
  }

  void typingShowsAtTheContact() {
    written_.clear();
    QSignalSpy typing(bob_.controller.get(), &MessagingController::typingChanged);
    alice_.controller->composerChanged(bob_.jid, true);
    QTRY_VERIFY_WITH_TIMEOUT(bob_.controller->isTyping(alice_.jid), 15000);
    QCOMPARE(typing.first().first().toString(), alice_.jid);
    QVERIFY(written_.contains("<composing"));
    QCOMPARE(chatStatesTo(written_, bob_.jid), 1); // the check the tests below rely on sees it
    // More keystrokes within the interval add nothing on the wire.
    const int composing = int(written_.count("<composing"));
    alice_.controller->composerChanged(bob_.jid, true);
    alice_.controller->composerChanged(bob_.jid, true);
    QCOMPARE(int(written_.count("<composing")), composing);
    // The message itself says "active": bob sees the typing end.
    sentinel(QStringLiteral("typed and sent"));
    QTRY_VERIFY_WITH_TIMEOUT(!bob_.controller->isTyping(alice_.jid), 15000);
    QVERIFY(written_.contains("<active"));
  }

  void switchesOffSendNothing() {
    alice_.controller->setSendTypingIndicators(false);
    alice_.controller->setSendReadReceipts(false);
    written_.clear();
    const qint64 fromBob = bob_.controller->send(alice_.jid, QStringLiteral("did you read this?"));
    QVERIFY(fromBob != 0);
    QTRY_VERIFY_WITH_TIMEOUT(hasMessage(alice_, bob_.jid, QStringLiteral("did you read this?")), 15000);
    alice_.controller->composerChanged(bob_.jid, true);
    QVERIFY(alice_.controller->markRead(bob_.jid));
    alice_.controller->composerChanged(bob_.jid, false);
    sentinel(QStringLiteral("quietly"));
    QVERIFY2(!written_.contains(kChatStates), written_.constData());
    QVERIFY(!written_.contains("<displayed"));
    // The delivery receipt still goes: bob's message is delivered, not read.
    QVERIFY(written_.contains("urn:xmpp:receipts"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(bob_, fromBob), storage::MessageState::Delivered, 15000);

    // Read receipts on again: the same markRead tells bob (the control for the above).
    alice_.controller->setSendReadReceipts(true);
    QVERIFY(alice_.controller->markRead(bob_.jid));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(bob_, fromBob), storage::MessageState::Read, 15000);
    QVERIFY(written_.contains("<displayed"));
    alice_.controller->setSendTypingIndicators(true);
  }

  void requestsAndBlockedContactsGetNoChatStates() {
    Peer carol;
    QVERIFY(carol.start(server_, QStringLiteral("carol")));
    QVERIFY(sendWhenReady(*carol.controller, alice_.jid, QStringLiteral("hello, stranger here")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(alice_.controller->isRequest(carol.jid), 15000);
    written_.clear();
    alice_.controller->composerChanged(carol.jid, true);
    QVERIFY(alice_.controller->markRead(carol.jid));
    sentinel(QStringLiteral("after typing to a request"));
    QCOMPARE(chatStatesTo(written_, carol.jid), 0);
    QVERIFY(!carol.controller->isTyping(alice_.jid));

    // Accepted, then blocked: still nothing.
    QVERIFY(alice_.controller->acceptRequest(carol.jid));
    alice_.controller->block(carol.jid);
    QTRY_VERIFY_WITH_TIMEOUT(alice_.controller->isBlocked(carol.jid), 15000);
    written_.clear();
    alice_.controller->composerChanged(carol.jid, true);
    sentinel(QStringLiteral("after typing to a blocked contact"));
    QCOMPARE(chatStatesTo(written_, carol.jid), 0);
    QVERIFY(!written_.contains("<composing"));
  }
};

SOTTO_TEST_MAIN_REQUIRING(PrivacyIntegrationTest, sotto::test::xmppServer().has_value(),
                          "needs the test Prosody (scripts/test)")
#include "PrivacyIntegrationTest.moc"
