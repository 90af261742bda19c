// How many stanzas per second the stream parser turns into element trees: a plain chat
// message and an OMEMO message as Conversations sends them (two recipient devices).
#include "sotto/xmpp/OmemoElements.h"
#include "sotto/xmpp/StreamParser.h"

#include <benchmark/benchmark.h>

using namespace sotto::xmpp;

namespace {
const QByteArray kHeader =
    "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";

QByteArray chatMessage() {
  return "<message from='alice@example.org/phone' to='bob@example.org' type='chat' id='a1b2c3'>"
         "<body>Hello Bob, are we still on for lunch tomorrow at noon?</body>"
         "<origin-id xmlns='urn:xmpp:sid:0' id='a1b2c3'/><request xmlns='urn:xmpp:receipts'/>"
         "<markable xmlns='urn:xmpp:chat-markers:0'/>"
         "<stanza-id xmlns='urn:xmpp:sid:0' by='bob@example.org' id='x8Yp2KQ4'/></message>";
}

QByteArray omemoMessage() {
  Element message(QStringLiteral("message"), QStringLiteral("jabber:client"));
  message.setAttribute(QStringLiteral("to"), QStringLiteral("bob@example.org"));
  message.setAttribute(QStringLiteral("id"), QStringLiteral("a1b2c3"));
  OmemoEnvelope envelope{1234,
                         {{5678, QByteArray(150, 'k'), true}, {91011, QByteArray(80, 'k'), false}},
                         QByteArray(12, 'i'),
                         QByteArray(60, 'p')};
  omemo::addToMessage(message, envelope, QStringLiteral("I sent you an OMEMO encrypted message."));
  return message.toXml();
}

void parse(benchmark::State &state, const QByteArray &stanza) {
  constexpr int kBatch = 1000;
  QByteArray batch;
  for (int i = 0; i < kBatch; ++i)
    batch += stanza;
  for (auto _ : state) {
    StreamParser parser;
    auto opened = parser.feed(kHeader);
    auto events = parser.feed(batch);
    if (!events || events->size() != kBatch)
      state.SkipWithError("parse failed");
    benchmark::DoNotOptimize(events);
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
  state.SetBytesProcessed(state.iterations() * batch.size());
}

void BM_ParseChatMessages(benchmark::State &state) {
  parse(state, chatMessage());
}
void BM_ParseOmemoMessages(benchmark::State &state) {
  parse(state, omemoMessage());
}

void BM_SerialiseOmemoMessage(benchmark::State &state) {
  StreamParser parser;
  (void)parser.feed(kHeader);
  const Element message = (*parser.feed(omemoMessage()))[0].element;
  for (auto _ : state)
    benchmark::DoNotOptimize(message.toXml());
  state.SetItemsProcessed(state.iterations());
}

void BM_DecodeOmemoElement(benchmark::State &state) {
  StreamParser parser;
  (void)parser.feed(kHeader);
  const Element message = (*parser.feed(omemoMessage()))[0].element;
  const Element *encrypted = message.firstChild(u"encrypted", omemo::kNs);
  for (auto _ : state)
    benchmark::DoNotOptimize(omemo::decodeEncrypted(*encrypted));
  state.SetItemsProcessed(state.iterations());
}
} // namespace

BENCHMARK(BM_ParseChatMessages);
BENCHMARK(BM_ParseOmemoMessages);
BENCHMARK(BM_SerialiseOmemoMessage);
BENCHMARK(BM_DecodeOmemoElement);
BENCHMARK_MAIN();
