// crypto's OMEMO structs through xmpp's codec (app/src/OmemoWire): round trips with
// device ids up to 2^31−1, the forms other clients send, and hostile input that must be
// refused rather than half-read. The codec's own cases are in tests/xmpp.
#include "OmemoWire.h"

#include "sotto/xmpp/StreamParser.h"

#include <QtTest>

using namespace sotto;
using namespace sotto::app;

namespace {
xmpp::Element parse(const QByteArray &xml) {
  xmpp::StreamParser parser;
  auto events = parser.feed(
      "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>" + xml);
  if (!events || events->empty())
    return {};
  return events->back().element;
}
} // namespace

class OmemoWireTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void messageRoundTrip() {
    crypto::OmemoMessage message;
    message.senderDeviceId = 12345;
    message.iv = QByteArray(12, '\x01');
    message.keys = {{QString(), 7, QByteArray("key-for-7"), true},
                    {QString(), 2147483647, QByteArray("k2"), false}};
    message.payload = QByteArray("ciphertext");
    const auto decoded = omemo_wire::decodeMessage(omemo_wire::encodeMessage(message));
    QVERIFY(decoded);
    QCOMPARE(*decoded, message);
  }

  void keyTransportHasNoPayload() {
    crypto::OmemoMessage message;
    message.senderDeviceId = 1;
    message.iv = QByteArray(12, '\x02');
    message.keys = {{QString(), 9, QByteArray("k"), false}};
    const auto element = omemo_wire::encodeMessage(message);
    QVERIFY(!element.hasChild(u"payload"));
    QVERIFY(omemo_wire::decodeMessage(element)->isKeyTransport());
  }

  void acceptsWhatOtherClientsSend() {
    // prekey='1' (older Conversations), base64 wrapped over lines, a 16-byte IV.
    const auto element = parse("<message><encrypted xmlns='eu.siacs.conversations.axolotl'>"
                               "<header sid='42'><key prekey='1' rid='5'>YWJj\nZGVm</key>"
                               "<iv>AAAAAAAAAAAAAAAAAAAAAA==</iv></header>"
                               "<payload>cGF5</payload></encrypted></message>");
    const auto decoded = omemo_wire::decodeMessage(*element.firstChild(u"encrypted"));
    QVERIFY(decoded);
    QCOMPARE(decoded->keys.size(), 1);
    QVERIFY(decoded->keys.first().isPreKey);
    QCOMPARE(decoded->keys.first().data, QByteArray("abcdef"));
    QCOMPARE(decoded->iv.size(), 16);
  }

  void refusesHostileMessages_data() {
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("no header") << QByteArray("<encrypted xmlns='eu.siacs.conversations.axolotl'/>");
    QTest::newRow("sid zero") << QByteArray(
        "<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='0'>"
        "<iv>AA==</iv></header></encrypted>");
    QTest::newRow("sid too big") << QByteArray("<encrypted xmlns='eu.siacs.conversations.axolotl'><header "
                                               "sid='2147483648'><iv>AA==</iv></header></encrypted>");
    QTest::newRow("no iv") << QByteArray("<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='1'/>"
                                         "</encrypted>");
    QTest::newRow("bad payload") << QByteArray(
        "<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='1'>"
        "<iv>AA==</iv></header><payload>!!</payload></encrypted>");
    QTest::newRow("wrong namespace") << QByteArray("<encrypted xmlns='urn:xmpp:omemo:2'><header sid='1'>"
                                                   "<iv>AA==</iv></header></encrypted>");
  }
  void refusesHostileMessages() {
    QFETCH(QByteArray, xml);
    const auto element = parse("<message>" + xml + "</message>");
    QVERIFY(!element.children().empty());
    QVERIFY(!omemo_wire::decodeMessage(element.children().front()));
  }

  void badKeysAreSkippedNotFatal() {
    const auto element = parse("<message><encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='3'>"
                               "<key rid='-1'>AA==</key><key rid='4'>%%</key><key rid='5'>AA==</key>"
                               "<iv>AAAAAAAAAAAAAAAA</iv></header></encrypted></message>");
    const auto decoded = omemo_wire::decodeMessage(element.children().front());
    QVERIFY(decoded);
    QCOMPARE(decoded->keys.size(), 1);
    QCOMPARE(decoded->keys.first().deviceId, 5);
  }

  void deviceListDropsInvalidAndDuplicateIds() {
    const auto element =
        parse("<message><list xmlns='eu.siacs.conversations.axolotl'><device id='1'/>"
              "<device id='1'/><device id='0'/><device id='x'/><device id='99'/></list></message>");
    const auto ids = omemo_wire::decodeDeviceList(element.children().front());
    QVERIFY(ids);
    QCOMPARE(*ids, (QList<std::int32_t>{1, 99}));
    QCOMPARE(*omemo_wire::decodeDeviceList(omemo_wire::encodeDeviceList({5, 6})),
             (QList<std::int32_t>{5, 6}));
  }

  void bundleRoundTrip() {
    crypto::Bundle bundle;
    bundle.deviceId = 77;
    bundle.identityKey = QByteArray(33, '\x05');
    bundle.signedPreKeyId = 3;
    bundle.signedPreKeyPublic = QByteArray(33, '\x06');
    bundle.signedPreKeySignature = QByteArray(64, '\x07');
    bundle.preKeys = {{1, QByteArray(33, '\x08')}, {2, QByteArray(33, '\x09')}};
    const auto decoded = omemo_wire::decodeBundle(omemo_wire::encodeBundle(bundle), 77);
    QVERIFY(decoded);
    QCOMPARE(*decoded, bundle);
    xmpp::Element incomplete(QStringLiteral("bundle"), xmpp::omemo::kNs.toString());
    QVERIFY(!omemo_wire::decodeBundle(incomplete, 1));
  }
};

QTEST_GUILESS_MAIN(OmemoWireTest)
#include "OmemoWireTest.moc"
