// The OMEMO element codec against the examples of XEP-0384 v0.3 (§4.3 device list, §4.4
// bundle, §4.5 message; their "BASE64ENCODED..." placeholders replaced by real base64),
// round trips, and hostile input that must end in an error value.
#include "sotto/xmpp/OmemoElements.h"
#include "StanzaFromXml.h"

#include <QtTest>

using namespace sotto::xmpp;

namespace {
QByteArray b64(const QByteArray &raw) {
  return raw.toBase64();
}

const QByteArray kKey1 = QByteArray(48, '\x11');
const QByteArray kKey2 = QByteArray(80, '\x22');
const QByteArray kIv = QByteArray(12, '\x33');
const QByteArray kPayload = "ciphertext bytes";

QByteArray exampleMessage() {
  return "<message to='juliet@capulet.lit' from='romeo@montague.lit' id='send1'>"
         "<encrypted xmlns='eu.siacs.conversations.axolotl'>"
         "<header sid='27183'>"
         "<key rid='31415'>" +
         b64(kKey1) + "</key><key prekey=\"true\" rid='12321'>" + b64(kKey2) + "</key><iv>" + b64(kIv) +
         "</iv></header><payload>" + b64(kPayload) +
         "</payload></encrypted><store xmlns='urn:xmpp:hints'/></message>";
}
} // namespace

class OmemoElementsTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void decodesXepMessageExample() {
    const Element message = test::stanzaFromXml(exampleMessage());
    const Element *encrypted = message.firstChild(u"encrypted", omemo::kNs);
    QVERIFY(encrypted);
    auto envelope = omemo::decodeEncrypted(*encrypted);
    QVERIFY(envelope);
    QCOMPARE(envelope->senderDeviceId, 27183u);
    QCOMPARE(envelope->keys.size(), 2);
    QCOMPARE(envelope->keys[0], (OmemoKey{31415, kKey1, false}));
    QCOMPARE(envelope->keys[1], (OmemoKey{12321, kKey2, true}));
    QCOMPARE(envelope->iv, kIv);
    QCOMPARE(envelope->payload.value(), kPayload);
    // Encoding gives back the same element.
    QCOMPARE(omemo::encodeEncrypted(*envelope), *encrypted);
  }

  void acceptsPrekeyOneAndKeyTransport() {
    OmemoEnvelope envelope{7, {{9, kKey1, true}}, QByteArray(16, 'i'), std::nullopt};
    Element element = omemo::encodeEncrypted(envelope);
    QVERIFY(!element.hasChild(u"payload"));
    element.firstChild(u"header")->firstChild(u"key")->setAttribute(QStringLiteral("prekey"),
                                                                    QStringLiteral("1"));
    auto decoded = omemo::decodeEncrypted(test::stanzaFromXml(element.toXml(u"jabber:client")));
    QVERIFY(decoded);
    QCOMPARE(*decoded, envelope);
  }

  void buildsMessageWithFallbackHintsAndEme() {
    Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
    omemo::addToMessage(message, {1, {{2, kKey1, false}}, kIv, kPayload},
                        QStringLiteral("I sent you an OMEMO message"));
    const Element reparsed = test::stanzaFromXml(message.toXml());
    QVERIFY(reparsed.hasChild(u"encrypted", omemo::kNs));
    QCOMPARE(reparsed.childText(u"body"), QStringLiteral("I sent you an OMEMO message"));
    QVERIFY(reparsed.hasChild(u"store", u"urn:xmpp:hints"));
    const Element *eme = reparsed.firstChild(u"encryption", u"urn:xmpp:eme:0");
    QVERIFY(eme);
    QCOMPARE(eme->attribute(u"namespace"), omemo::kNs.toString());
    QCOMPARE(eme->attribute(u"name"), QStringLiteral("OMEMO"));
  }

  void decodesXepDeviceListExample() {
    const Element message = test::stanzaFromXml(
        "<message from='juliet@capulet.lit' to='romeo@montague.lit' type='headline' id='update_01'>"
        "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
        "<items node='eu.siacs.conversations.axolotl.devicelist'><item>"
        "<list xmlns='eu.siacs.conversations.axolotl'><device id='12345' /><device id='4223' /></list>"
        "</item></items></event></message>");
    const Element *list =
        message.firstChild(u"event")->firstChild(u"items")->firstChild(u"item")->firstChild(u"list");
    QVERIFY(list);
    auto ids = omemo::decodeDeviceList(*list);
    QVERIFY(ids);
    QCOMPARE(*ids, (QList<quint32>{12345, 4223}));
    QCOMPARE(omemo::encodeDeviceList(*ids), *list);
    QCOMPARE(omemo::bundleNode(31415), QStringLiteral("eu.siacs.conversations.axolotl.bundles:31415"));
  }

  void decodesXepBundleExample() {
    const QByteArray spk = "\x05" + QByteArray(32, 's');
    const QByteArray sig(64, 'g');
    const QByteArray ik = "\x05" + QByteArray(32, 'i');
    QByteArray xml = "<bundle xmlns='eu.siacs.conversations.axolotl'>"
                     "<signedPreKeyPublic signedPreKeyId='1'>" +
                     b64(spk) + "</signedPreKeyPublic><signedPreKeySignature>" + b64(sig) +
                     "</signedPreKeySignature><identityKey>" + b64(ik) + "</identityKey><prekeys>";
    for (int i = 1; i <= 3; ++i)
      xml += "<preKeyPublic preKeyId='" + QByteArray::number(i) + "'>" +
             b64("\x05" + QByteArray(32, char('0' + i))) + "</preKeyPublic>";
    xml += "</prekeys></bundle>";
    const Element element = test::stanzaFromXml("<x xmlns='urn:wrap'>" + xml + "</x>").children().front();
    auto bundle = omemo::decodeBundle(element);
    QVERIFY(bundle);
    QCOMPARE(bundle->signedPreKeyId, 1u);
    QCOMPARE(bundle->signedPreKeyPublic, spk);
    QCOMPARE(bundle->signedPreKeySignature, sig);
    QCOMPARE(bundle->identityKey, ik);
    QCOMPARE(bundle->preKeys.size(), 3);
    QCOMPARE(bundle->preKeys[2].id, 3u);
    QCOMPARE(omemo::encodeBundle(*bundle), element);
  }

  void refusesHostileEncrypted_data() {
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<OmemoCodecError>("error");
    const QByteArray iv = "<iv>" + b64(kIv) + "</iv>";
    const QByteArray ns = "xmlns='eu.siacs.conversations.axolotl'";
    QTest::newRow("wrong namespace") << QByteArray("<encrypted xmlns='urn:xmpp:omemo:2'/>")
                                     << OmemoCodecError::WrongElement;
    QTest::newRow("no header") << "<encrypted " + ns + "/>" << OmemoCodecError::MissingElement;
    QTest::newRow("no iv") << "<encrypted " + ns + "><header sid='1'/></encrypted>"
                           << OmemoCodecError::MissingElement;
    QTest::newRow("sid zero") << "<encrypted " + ns + "><header sid='0'>" + iv + "</header></encrypted>"
                              << OmemoCodecError::InvalidDeviceId;
    QTest::newRow("sid negative") << "<encrypted " + ns + "><header sid='-5'>" + iv + "</header></encrypted>"
                                  << OmemoCodecError::InvalidDeviceId;
    QTest::newRow("sid too large") << "<encrypted " + ns + "><header sid='4294967296'>" + iv +
                                          "</header></encrypted>"
                                   << OmemoCodecError::InvalidDeviceId;
    QTest::newRow("iv of 8 bytes") << "<encrypted " + ns + "><header sid='1'><iv>" + b64("12345678") +
                                          "</iv></header></encrypted>"
                                   << OmemoCodecError::InvalidSize;
    QByteArray many = "<encrypted " + ns + "><header sid='1'>";
    for (int i = 0; i < 1001; ++i)
      many += "<key rid='2'>AAAA</key>";
    QTest::newRow("too many keys") << many + iv + "</header></encrypted>" << OmemoCodecError::TooMany;
  }
  void refusesHostileEncrypted() {
    QFETCH(QByteArray, xml);
    QFETCH(OmemoCodecError, error);
    const Element element = test::stanzaFromXml("<x xmlns='urn:wrap'>" + xml + "</x>").children().front();
    auto decoded = omemo::decodeEncrypted(element);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error(), error);
  }

  void badKeysAreSkippedNotFatal() {
    // Junk rid, junk base64, an empty and an oversized key: only the good key remains.
    const QByteArray xml = "<x xmlns='urn:wrap'><encrypted xmlns='eu.siacs.conversations.axolotl'>"
                           "<header sid='3'><key rid='x'>AAAA</key><key rid='-1'>AAAA</key>"
                           "<key rid='4'>!!!!</key><key rid='6'></key><key rid='7'>" +
                           b64(QByteArray(100000, 'k')) + "</key><key rid='5' prekey='true'>" + b64(kKey1) +
                           "</key><iv>" + b64(kIv) + "</iv></header></encrypted></x>";
    auto decoded = omemo::decodeEncrypted(test::stanzaFromXml(xml).children().front());
    QVERIFY(decoded);
    QCOMPARE(decoded->keys, (QList<OmemoKey>{{5, kKey1, true}}));
  }

  void deviceListSkipsBadEntriesButRefusesFloods() {
    auto ids = omemo::decodeDeviceList(
        test::stanzaFromXml("<list xmlns='eu.siacs.conversations.axolotl'><device id='1'/>"
                            "<device id='zero'/><device/><device id='1'/><device id='2'/></list>"));
    QVERIFY(ids);
    QCOMPARE(*ids, (QList<quint32>{1, 2}));
    QByteArray flood = "<list xmlns='eu.siacs.conversations.axolotl'>";
    for (int i = 1; i <= 1001; ++i)
      flood += "<device id='" + QByteArray::number(i) + "'/>";
    QCOMPARE(omemo::decodeDeviceList(test::stanzaFromXml(flood + "</list>")).error(),
             OmemoCodecError::TooMany);
  }

  void bundleWithoutPrekeysIsRefused() {
    OmemoBundle bundle{QByteArray(33, 'i'), 1, QByteArray(33, 's'), QByteArray(64, 'g'), {}};
    QCOMPARE(omemo::decodeBundle(omemo::encodeBundle(bundle)).error(), OmemoCodecError::MissingElement);
    bundle.preKeys.append({5, QByteArray(33, 'p')});
    QCOMPARE(omemo::decodeBundle(omemo::encodeBundle(bundle)).value(), bundle);
  }

  void bundleSkipsMalformedPrekeys() {
    const OmemoBundle good{
        QByteArray(33, 'i'), 1, QByteArray(33, 's'), QByteArray(64, 'g'), {{5, QByteArray(33, 'p')}}};
    const auto withPrekeys = [&good](bool includeGood) {
      OmemoBundle shell = good;
      shell.preKeys.clear();
      Element element = omemo::encodeBundle(shell);
      element.removeChildren(u"prekeys", omemo::kNs);
      Element &prekeys = element.addChild(Element(QStringLiteral("prekeys"), omemo::kNs.toString()));
      const auto add = [&prekeys](const QString &id, const QString &text) {
        prekeys.addTextChild(QStringLiteral("preKeyPublic"), omemo::kNs.toString(), text)
            .setAttribute(QStringLiteral("preKeyId"), id);
      };
      add(QStringLiteral("6"), QStringLiteral("!!!!"));
      add(QStringLiteral("minus one"), QStringLiteral("AAAA"));
      if (includeGood)
        add(QStringLiteral("5"), QString::fromLatin1(good.preKeys.front().publicKey.toBase64()));
      return element;
    };
    QCOMPARE(omemo::decodeBundle(withPrekeys(true)).value(), good);
    // Only malformed prekeys: nothing to build a session with.
    QCOMPARE(omemo::decodeBundle(withPrekeys(false)).error(), OmemoCodecError::MissingElement);
  }
};

QTEST_GUILESS_MAIN(OmemoElementsTest)
#include "OmemoElementsTest.moc"
