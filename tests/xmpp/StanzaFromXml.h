#pragma once

// For the unit tests that read one stanza written out in the test: the element the stream
// parser makes of it, as it would arrive on a client stream. Empty when the text is not a
// complete element.
#include "sotto/xmpp/StreamParser.h"

#include <QByteArray>

namespace sotto::xmpp::test {

inline Element stanzaFromXml(const QByteArray &xml) {
  StreamParser parser;
  auto events = parser.feed(
      "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>" + xml);
  if (!events || events->size() < 2)
    return {};
  return (*events)[1].element;
}

} // namespace sotto::xmpp::test
