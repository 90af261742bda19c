// The stream parser is the first thing a hostile server or a man in the middle reaches:
// every malformed input must end in a clean stream error, never a crash, a hang or
// unbounded memory.
#include "sotto/xmpp/StreamParser.h"

#include <QtTest>

using namespace sotto::xmpp;

namespace {
const QByteArray kHeader = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                           "xmlns:stream='http://etherx.jabber.org/streams' from='localhost' id='s1' "
                           "version='1.0'>";

StreamErrorCondition errorOf(StreamParser &parser, const QByteArray &bytes) {
  auto result = parser.feed(bytes);
  if (result)
    return StreamErrorCondition::UndefinedCondition;
  return result.error().condition;
}
} // namespace

class StreamParserTest : public QObject {
  Q_OBJECT
private Q_SLOTS:
  void parsesStreamAndStanzas() {
    StreamParser parser;
    auto events = parser.feed(kHeader + "<message to='a@b' id='1'><body>x &amp; &lt;y&gt;</body>"
                                        "<x xmlns='urn:test'><y/></x></message></stream:stream>");
    QVERIFY(events);
    QCOMPARE(events->size(), std::size_t(3));
    QCOMPARE((*events)[0].type, StreamParser::EventType::StreamOpened);
    QCOMPARE((*events)[0].element.attribute(u"id"), QStringLiteral("s1"));
    const Element &message = (*events)[1].element;
    QCOMPARE(message.name(), QStringLiteral("message"));
    QCOMPARE(message.xmlns(), QStringLiteral("jabber:client"));
    QCOMPARE(message.childText(u"body"), QStringLiteral("x & <y>"));
    QVERIFY(message.firstChild(u"x", u"urn:test"));
    QVERIFY(message.firstChild(u"x", u"urn:test")->hasChild(u"y", u"urn:test"));
    QCOMPARE((*events)[2].type, StreamParser::EventType::StreamClosed);
  }

  void parsesByteByByte() {
    // Network reads split anywhere, also inside a multi-byte UTF-8 sequence.
    const QByteArray input = kHeader + "<message><body>grüße 😀</body></message>";
    StreamParser parser;
    std::vector<StreamParser::Event> all;
    for (char c : input) {
      auto events = parser.feed(QByteArrayView(&c, 1));
      QVERIFY(events);
      for (auto &event : *events)
        all.push_back(std::move(event));
    }
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all[1].element.childText(u"body"), QStringLiteral("grüße 😀"));
  }

  void escapesOnOutputAndRoundTrips() {
    Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
    message.setAttribute(QStringLiteral("to"), QStringLiteral("a@b\"'<>&"));
    message.addTextChild(QStringLiteral("body"), QStringLiteral("jabber:client"),
                         QStringLiteral("</body><evil/>&amp;\x01\r\n\ttext"));
    const QByteArray xml = message.toXml();
    QVERIFY(!xml.contains("<evil/>"));
    QVERIFY(!xml.contains('\x01'));
    StreamParser parser;
    auto events = parser.feed(kHeader + xml);
    QVERIFY(events);
    QCOMPARE(events->size(), std::size_t(2));
    const Element &parsed = (*events)[1].element;
    QCOMPARE(parsed.attribute(u"to"), QStringLiteral("a@b\"'<>&"));
    QCOMPARE(parsed.childText(u"body"), QStringLiteral("</body><evil/>&amp;\r\n\ttext"));
    QCOMPARE(parsed.attributes(), message.attributes());
  }

  void refusesHostileInput_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<StreamErrorCondition>("condition");
    QTest::newRow("billion laughs") << QByteArray("<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
                                                  "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;'>]>") +
                                           kHeader.mid(21) + "<message><body>&lol2;</body></message>"
                                    << StreamErrorCondition::RestrictedXml;
    QTest::newRow("external entity") << QByteArray("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM "
                                                   "'file:///etc/passwd'>]>")
                                     << StreamErrorCondition::RestrictedXml;
    QTest::newRow("undeclared entity")
        << kHeader + "<message><body>&xxe;</body></message>" << StreamErrorCondition::NotWellFormed;
    QTest::newRow("comment") << kHeader + "<!-- hi -->" << StreamErrorCondition::RestrictedXml;
    QTest::newRow("processing instruction")
        << kHeader + "<message><?evil x?></message>" << StreamErrorCondition::RestrictedXml;
    QTest::newRow("mismatched tags") << kHeader + "<message><body></message>"
                                     << StreamErrorCondition::NotWellFormed;
    QTest::newRow("invalid UTF-8") << kHeader + "<message><body>\xc3\x28</body></message>"
                                   << StreamErrorCondition::UnsupportedEncoding;
    QTest::newRow("overlong UTF-8") << kHeader + "<message><body>\xc0\xbc</body></message>"
                                    << StreamErrorCondition::UnsupportedEncoding;
    QTest::newRow("UTF-16 declaration")
        << QByteArray("<?xml version='1.0' encoding='UTF-16'?>") << StreamErrorCondition::UnsupportedEncoding;
    QTest::newRow("not a stream") << QByteArray("<html><body/></html>")
                                  << StreamErrorCondition::InvalidNamespace;
    QTest::newRow("text outside stanza")
        << kHeader + "hello<message/>" << StreamErrorCondition::NotWellFormed;
    QTest::newRow("NUL character") << kHeader + QByteArray("<message>\0</message>", 20)
                                   << StreamErrorCondition::NotWellFormed;
    QByteArray deep = kHeader;
    for (int i = 0; i < 100; ++i)
      deep += "<a>";
    QTest::newRow("too deep") << deep << StreamErrorCondition::PolicyViolation;
    QByteArray manyAttributes = kHeader + "<message";
    for (int i = 0; i < 100; ++i)
      manyAttributes += " a" + QByteArray::number(i) + "='x'";
    QTest::newRow("too many attributes") << manyAttributes + "/>" << StreamErrorCondition::PolicyViolation;
    QTest::newRow("huge attribute") << kHeader + "<message id='" + QByteArray(2 * 1024 * 1024, 'a')
                                    << StreamErrorCondition::PolicyViolation;
  }

  void refusesHostileInput() {
    QFETCH(QByteArray, input);
    QFETCH(StreamErrorCondition, condition);
    StreamParser parser;
    QCOMPARE(errorOf(parser, input), condition);
    QVERIFY(parser.isFailed());
    // A failed parser stays failed instead of resynchronising on attacker data.
    QVERIFY(!parser.feed("<message/>"));
  }

  void unclosedTagsWaitWithoutError() {
    StreamParser parser;
    auto events = parser.feed(kHeader + "<message><body>never closed");
    QVERIFY(events);
    QCOMPARE(events->size(), std::size_t(1));
    QVERIFY(!parser.isFailed());
  }

  void tenMegabyteStanzaIsRefusedEarly() {
    // Fed as the network would: in 64 KiB reads. The error must come as soon as the
    // limit is passed, not after 10 MB are buffered.
    StreamParser parser;
    QVERIFY(parser.feed(kHeader + "<message><body>"));
    const QByteArray block(64 * 1024, 'x');
    qsizetype fed = 0;
    tl::expected<std::vector<StreamParser::Event>, StreamError> result;
    while (fed < 10 * 1024 * 1024) {
      result = parser.feed(block);
      fed += block.size();
      if (!result)
        break;
    }
    QVERIFY(!result);
    QCOMPARE(result.error().condition, StreamErrorCondition::PolicyViolation);
    QVERIFY(fed <= parser.limits().maxStanzaBytes + block.size());
  }

  void limitCountsPerStanzaNotPerStream() {
    StreamLimits limits;
    limits.maxStanzaBytes = 4096;
    StreamParser parser(limits);
    QVERIFY(parser.feed(kHeader));
    const QByteArray stanza = "<message><body>" + QByteArray(1000, 'x') + "</body></message>";
    for (int i = 0; i < 100; ++i)
      QVERIFY(parser.feed(stanza + ' '));
  }

  void streamErrorElementRoundTrips() {
    StreamParser parser;
    auto events = parser.feed(kHeader + StreamError{StreamErrorCondition::PolicyViolation, {}}.toXml());
    QVERIFY(events);
    QCOMPARE(events->size(), std::size_t(2));
    const Element &error = (*events)[1].element;
    QVERIFY(error.is(u"error", kStreamNs));
    QCOMPARE(StreamError::fromElement(error).condition, StreamErrorCondition::PolicyViolation);
  }
};

QTEST_GUILESS_MAIN(StreamParserTest)
#include "StreamParserTest.moc"
