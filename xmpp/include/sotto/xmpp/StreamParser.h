#pragma once

#include "sotto/xmpp/Element.h"
#include "sotto/xmpp/StreamError.h"

#include <QByteArrayView>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <tl/expected.hpp>

#include <vector>

namespace sotto::xmpp {

// Bounds on what one peer may make us hold. A stanza past any of them is a
// policy-violation, reported before the bytes are buffered any further.
struct StreamLimits {
  qsizetype maxStanzaBytes = 1024 * 1024; // Prosody's default is 256 KiB, ejabberd's 64 KiB
  int maxDepth = 32;                      // element nesting inside one stanza
  int maxAttributes = 64;                 // attributes + namespace declarations per element
};

// Incremental parser for one XMPP stream (RFC 6120 §4): bytes in, stream events out.
// It accepts only restricted XML (§11.1): a DTD, entity declaration, comment or
// processing instruction is a stream error, so no entity is ever expanded. Input must be
// UTF-8 whatever the XML declaration says. After an error the parser stays failed
// until reset(); a new stream after STARTTLS or SASL also needs reset().
class StreamParser {
public:
  enum class EventType { StreamOpened, Stanza, StreamClosed };
  struct Event {
    EventType type;
    Element element; // StreamOpened: the <stream:stream> element without children
  };

  explicit StreamParser(StreamLimits limits = {});

  tl::expected<std::vector<Event>, StreamError> feed(QByteArrayView bytes);
  void reset();
  void setLimits(const StreamLimits &limits) { limits_ = limits; }
  [[nodiscard]] bool isFailed() const { return failed_; }
  [[nodiscard]] const StreamLimits &limits() const { return limits_; }

private:
  tl::expected<void, StreamError> process(QByteArrayView chunk, std::vector<Event> &events);
  tl::expected<void, StreamError> readTokens(std::vector<Event> &events);
  tl::expected<void, StreamError> startElement(std::vector<Event> &events);
  tl::expected<void, StreamError> fail(StreamErrorCondition condition, const QString &why);

  StreamLimits limits_;
  QXmlStreamReader reader_;
  QStringDecoder decoder_;
  std::vector<Element> stack_; // the stanza being built; empty between stanzas
  qsizetype pendingBytes_ = 0; // bytes fed since the last complete top-level token
  bool opened_ = false;
  bool closed_ = false;
  bool failed_ = false;
};

} // namespace sotto::xmpp
