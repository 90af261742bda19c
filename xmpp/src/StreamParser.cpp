#include "sotto/xmpp/StreamParser.h"

#include "sotto/xmpp/Logging.h"

namespace sotto::xmpp {

namespace {
// Input is handed to QXmlStreamReader in slices of this size so that the stanza size
// limit is checked before more than one slice past it is ever buffered.
constexpr qsizetype kSliceBytes = 16 * 1024;
} // namespace

StreamParser::StreamParser(StreamLimits limits) : limits_(limits) {
  reset();
}

void StreamParser::reset() {
  reader_.clear();
  // Qt's own defence in depth; we refuse DTDs before any expansion anyway.
  reader_.setEntityExpansionLimit(0);
  reader_.setNamespaceProcessing(true);
  decoder_ = QStringDecoder(QStringDecoder::Utf8);
  stack_.clear();
  pendingBytes_ = 0;
  opened_ = false;
  closed_ = false;
  failed_ = false;
}

tl::expected<void, StreamError> StreamParser::fail(StreamErrorCondition condition, const QString &why) {
  failed_ = true;
  stack_.clear();
  reader_.clear();
  qCDebug(lcXmpp) << "stream parser error:" << streamConditionName(condition) << why;
  return tl::unexpected(StreamError{condition, why});
}

tl::expected<std::vector<StreamParser::Event>, StreamError> StreamParser::feed(QByteArrayView bytes) {
  std::vector<Event> events;
  if (failed_)
    return tl::unexpected(
        StreamError{StreamErrorCondition::BadFormat, QStringLiteral("parser already failed")});
  for (qsizetype offset = 0; offset < bytes.size() && !closed_; offset += kSliceBytes) {
    auto result = process(bytes.sliced(offset, std::min(kSliceBytes, bytes.size() - offset)), events);
    if (!result)
      return tl::unexpected(result.error());
  }
  return events;
}

tl::expected<void, StreamError> StreamParser::process(QByteArrayView chunk, std::vector<Event> &events) {
  // Decode ourselves: the stream is UTF-8 (RFC 6120 §11.6) whatever an XML declaration
  // or a byte order mark claims, and invalid sequences are an error, not U+FFFD.
  const QString text = decoder_.decode(chunk);
  if (decoder_.hasError())
    return fail(StreamErrorCondition::UnsupportedEncoding, QStringLiteral("invalid UTF-8"));
  pendingBytes_ += chunk.size();
  if (pendingBytes_ > limits_.maxStanzaBytes)
    return fail(StreamErrorCondition::PolicyViolation, QStringLiteral("stanza too large"));
  reader_.addData(text);
  return readTokens(events);
}

tl::expected<void, StreamError> StreamParser::readTokens(std::vector<Event> &events) {
  while (!closed_) {
    const auto token = reader_.readNext();
    switch (token) {
    case QXmlStreamReader::NoToken:
    case QXmlStreamReader::Invalid:
      if (reader_.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return {}; // wait for more bytes
      return fail(reader_.error() == QXmlStreamReader::NotWellFormedError
                      ? StreamErrorCondition::NotWellFormed
                      : StreamErrorCondition::BadFormat,
                  reader_.errorString());
    case QXmlStreamReader::StartDocument:
      if (!reader_.documentEncoding().isEmpty() &&
          reader_.documentEncoding().compare(u"UTF-8", Qt::CaseInsensitive) != 0)
        return fail(StreamErrorCondition::UnsupportedEncoding, QStringLiteral("encoding is not UTF-8"));
      break;
    case QXmlStreamReader::DTD:
    case QXmlStreamReader::EntityReference:
    case QXmlStreamReader::Comment:
    case QXmlStreamReader::ProcessingInstruction:
      return fail(StreamErrorCondition::RestrictedXml, QStringLiteral("restricted XML"));
    case QXmlStreamReader::StartElement: {
      auto started = startElement(events);
      if (!started)
        return started;
      break;
    }
    case QXmlStreamReader::Characters:
      if (!stack_.empty())
        stack_.back().appendText(reader_.text());
      else if (!reader_.isWhitespace())
        return fail(StreamErrorCondition::NotWellFormed, QStringLiteral("text outside a stanza"));
      else
        pendingBytes_ = 0; // whitespace keepalive between stanzas
      break;
    case QXmlStreamReader::EndElement:
      if (stack_.empty()) {
        closed_ = true; // </stream:stream>
        events.push_back({EventType::StreamClosed, {}});
        return {};
      }
      if (stack_.size() == 1) {
        events.push_back({EventType::Stanza, std::move(stack_.back())});
        stack_.pop_back();
        pendingBytes_ = 0;
      } else {
        Element done = std::move(stack_.back());
        stack_.pop_back();
        stack_.back().addChild(std::move(done));
      }
      break;
    case QXmlStreamReader::EndDocument:
      closed_ = true;
      events.push_back({EventType::StreamClosed, {}});
      return {};
    }
  }
  return {};
}

tl::expected<void, StreamError> StreamParser::startElement(std::vector<Event> &events) {
  const auto attributes = reader_.attributes();
  const auto declarations = reader_.namespaceDeclarations();
  if (attributes.size() + declarations.size() > limits_.maxAttributes)
    return fail(StreamErrorCondition::PolicyViolation, QStringLiteral("too many attributes"));
  Element element(reader_.name().toString(), reader_.namespaceUri().toString());
  for (const auto &attribute : attributes)
    element.setAttribute(attribute.qualifiedName().toString(), attribute.value().toString());

  if (!opened_) {
    if (element.name() != u"stream" || element.xmlns() != kStreamNs)
      return fail(StreamErrorCondition::InvalidNamespace, QStringLiteral("not an XMPP stream"));
    opened_ = true;
    pendingBytes_ = 0;
    events.push_back({EventType::StreamOpened, std::move(element)});
    return {};
  }
  if (static_cast<int>(stack_.size()) >= limits_.maxDepth)
    return fail(StreamErrorCondition::PolicyViolation, QStringLiteral("stanza nested too deeply"));
  stack_.push_back(std::move(element));
  return {};
}

} // namespace sotto::xmpp
