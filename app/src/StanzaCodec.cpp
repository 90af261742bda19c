#include "StanzaCodec.h"

#include "sotto/xmpp/StreamParser.h"

namespace sotto::app {

std::optional<xmpp::Element> parseStoredStanza(const QByteArray &xml) {
  // The parser reads streams: wrap the stanza in a stream header like the one it came from.
  xmpp::StreamParser parser;
  QByteArray stream = QByteArrayLiteral("<stream:stream xmlns='jabber:client' "
                                        "xmlns:stream='http://etherx.jabber.org/streams'>");
  stream += xml;
  auto events = parser.feed(stream);
  if (!events)
    return std::nullopt;
  for (auto &event : *events)
    if (event.type == xmpp::StreamParser::EventType::Stanza)
      return std::move(event.element);
  return std::nullopt;
}

} // namespace sotto::app
