// XEP-0085 chat states as the parser reads them: the five states of the XEP, and hostile
// or unclear input (two states at once, an unknown element in the namespace, the right
// name in the wrong namespace, groupchat and error messages) that must read as nothing.
#include "sotto/xmpp/ChatState.h"
#include "StanzaFromXml.h"

#include <QtTest>

using namespace sotto::xmpp;

class ChatStateTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void readsEachState_data() {
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("state");
    // XEP-0085 §5 Example 2 (composing) and its siblings.
    QTest::newRow("composing") << QByteArray("<message from='bernardo@shakespeare.lit/pda' "
                                             "to='francisco@shakespeare.lit' type='chat'>"
                                             "<composing xmlns='http://jabber.org/protocol/chatstates'/>"
                                             "</message>")
                               << int(ChatState::Composing);
    QTest::newRow("active with a body")
        << QByteArray("<message from='a@x.lit/r' type='chat'><body>Who is there?</body>"
                      "<active xmlns='http://jabber.org/protocol/chatstates'/></message>")
        << int(ChatState::Active);
    QTest::newRow("paused") << QByteArray("<message from='a@x.lit/r' type='chat'>"
                                          "<paused xmlns='http://jabber.org/protocol/chatstates'/></message>")
                            << int(ChatState::Paused);
    QTest::newRow("inactive, no type")
        << QByteArray("<message from='a@x.lit/r'>"
                      "<inactive xmlns='http://jabber.org/protocol/chatstates'/>"
                      "</message>")
        << int(ChatState::Inactive);
    QTest::newRow("gone") << QByteArray("<message from='a@x.lit/r' type='chat'>"
                                        "<gone xmlns='http://jabber.org/protocol/chatstates'/></message>")
                          << int(ChatState::Gone);
    QTest::newRow("content inside is ignored")
        << QByteArray("<message from='a@x.lit/r' type='chat'><composing "
                      "xmlns='http://jabber.org/protocol/chatstates'><x>junk</x>text</composing></message>")
        << int(ChatState::Composing);
  }
  void readsEachState() {
    QFETCH(QByteArray, xml);
    QFETCH(int, state);
    const auto parsed = ChatStates::fromStanza(test::stanzaFromXml(xml));
    QVERIFY(parsed.has_value());
    QCOMPARE(int(*parsed), state);
  }

  void unclearInputReadsAsNothing_data() {
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("no state") << QByteArray(
        "<message from='a@x.lit/r' type='chat'><body>hi</body></message>");
    QTest::newRow("two states") << QByteArray(
        "<message from='a@x.lit/r' type='chat'>"
        "<composing xmlns='http://jabber.org/protocol/chatstates'/>"
        "<paused xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QTest::newRow("same state twice")
        << QByteArray("<message from='a@x.lit/r' type='chat'>"
                      "<composing xmlns='http://jabber.org/protocol/chatstates'/>"
                      "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QTest::newRow("unknown element") << QByteArray("<message from='a@x.lit/r' type='chat'>"
                                                   "<shouting xmlns='http://jabber.org/protocol/chatstates'/>"
                                                   "</message>");
    QTest::newRow("unknown beside a known one")
        << QByteArray("<message from='a@x.lit/r' type='chat'>"
                      "<composing xmlns='http://jabber.org/protocol/chatstates'/>"
                      "<shouting xmlns='http://jabber.org/protocol/chatstates'/></message>");
    QTest::newRow("wrong namespace") << QByteArray("<message from='a@x.lit/r' type='chat'>"
                                                   "<composing xmlns='urn:example:chatstates'/></message>");
    QTest::newRow("nested deeper") << QByteArray("<message from='a@x.lit/r' type='chat'><x xmlns='urn:x'>"
                                                 "<composing xmlns='http://jabber.org/protocol/chatstates'/>"
                                                 "</x></message>");
    QTest::newRow("groupchat") << QByteArray("<message from='room@muc.x.lit/nick' type='groupchat'>"
                                             "<composing xmlns='http://jabber.org/protocol/chatstates'/>"
                                             "</message>");
    QTest::newRow("error") << QByteArray("<message from='a@x.lit/r' type='error'>"
                                         "<composing xmlns='http://jabber.org/protocol/chatstates'/>"
                                         "</message>");
    QTest::newRow("not a message") << QByteArray("<presence from='a@x.lit/r'>"
                                                 "<composing xmlns='http://jabber.org/protocol/chatstates'/>"
                                                 "</presence>");
  }
  void unclearInputReadsAsNothing() {
    QFETCH(QByteArray, xml);
    const Element stanza = test::stanzaFromXml(xml);
    QVERIFY(!stanza.name().isEmpty());
    QVERIFY(!ChatStates::fromStanza(stanza).has_value());
  }

  void writesWhatItReads() {
    for (ChatState state :
         {ChatState::Active, ChatState::Composing, ChatState::Paused, ChatState::Inactive, ChatState::Gone}) {
      Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
      message.addChild(ChatStates::element(state));
      QCOMPARE(ChatStates::fromStanza(test::stanzaFromXml(message.toXml())), std::optional<ChatState>(state));
    }
  }
};

QTEST_GUILESS_MAIN(ChatStateTest)
#include "ChatStateTest.moc"
