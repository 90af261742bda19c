// libFuzzer target over what a server can send us: the stream parser and the OMEMO element
// codec (fed in pieces whose
// sizes come from the input, so that every split point is tried) and, for every stanza
// it yields, the decoders that run on received stanzas. Each stanza must also survive
// serialise → parse unchanged in structure, or our own output could break a stream.
#include "sotto/xmpp/Message.h"
#include "sotto/xmpp/OmemoElements.h"
#include "sotto/xmpp/StanzaError.h"
#include "sotto/xmpp/StreamParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace sotto::xmpp;

namespace {
const QByteArray kHeader =
    "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";

// Every decoder that runs on received elements, wherever they sit in the stanza.
void decodeAll(const Element &element, int depth = 0) {
  (void)omemo::decodeEncrypted(element);
  (void)omemo::decodeDeviceList(element);
  (void)omemo::decodeBundle(element);
  if (depth < 4) {
    for (const auto &child : element.children())
      decodeAll(child, depth + 1);
  }
}

void exercise(const Element &stanza) {
  (void)Message::fromStanza(stanza);
  (void)StanzaError::fromStanza(stanza);
  decodeAll(stanza);
  // A successfully decoded OMEMO element must encode back to something that decodes the same.
  if (const Element *encrypted = stanza.firstChild(u"encrypted", omemo::kNs)) {
    if (auto envelope = omemo::decodeEncrypted(*encrypted)) {
      if (omemo::decodeEncrypted(omemo::encodeEncrypted(*envelope)) != envelope)
        std::abort();
    }
  }
  StreamParser reparser;
  auto again = reparser.feed(kHeader + stanza.toXml());
  if (!again || again->size() != 2)
    std::abort(); // our own serialisation must always parse back
  if ((*again)[1].element.name() != stanza.name() ||
      (*again)[1].element.children().size() != stanza.children().size())
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  if (size == 0)
    return 0;
  // The first byte picks the size of the pieces the rest is fed in (1…256 bytes).
  const std::size_t piece = static_cast<std::size_t>(data[0]) + 1;
  StreamLimits limits;
  limits.maxStanzaBytes = 64 * 1024;
  StreamParser parser(limits);
  for (std::size_t offset = 1; offset < size; offset += piece) {
    const auto length = std::min(piece, size - offset);
    auto events = parser.feed(
        QByteArrayView(reinterpret_cast<const char *>(data + offset), static_cast<qsizetype>(length)));
    if (!events)
      return 0;
    for (const auto &event : *events) {
      if (event.type == StreamParser::EventType::Stanza)
        exercise(event.element);
    }
  }
  return 0;
}
