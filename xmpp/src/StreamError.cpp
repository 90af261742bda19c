#include "sotto/xmpp/StreamError.h"

#include <array>

namespace sotto::xmpp {

namespace {
// Same order as StreamErrors::Condition.
constexpr std::array<QStringView, 25> kNames = {
    u"bad-format",
    u"bad-namespace-prefix",
    u"conflict",
    u"connection-timeout",
    u"host-gone",
    u"host-unknown",
    u"improper-addressing",
    u"internal-server-error",
    u"invalid-from",
    u"invalid-namespace",
    u"invalid-xml",
    u"not-authorized",
    u"not-well-formed",
    u"policy-violation",
    u"remote-connection-failed",
    u"reset",
    u"resource-constraint",
    u"restricted-xml",
    u"see-other-host",
    u"system-shutdown",
    u"undefined-condition",
    u"unsupported-encoding",
    u"unsupported-feature",
    u"unsupported-stanza-type",
    u"unsupported-version",
};
} // namespace

QString streamConditionName(StreamErrorCondition condition) {
  return kNames.at(static_cast<std::size_t>(condition)).toString();
}

StreamErrorCondition streamConditionFromName(QStringView name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name)
      return static_cast<StreamErrorCondition>(i);
  }
  return StreamErrorCondition::UndefinedCondition;
}

QString StreamError::conditionName() const {
  return streamConditionName(condition);
}

QByteArray StreamError::toXml() const {
  Element error(QStringLiteral("stream:error"), kStreamNs.toString());
  error.addChild(Element(conditionName(), kStreamErrorNs.toString()));
  // The stream prefix is bound on the stream header, so no xmlns for stream:error.
  return error.toXml(kStreamNs);
}

StreamError StreamError::fromElement(const Element &error) {
  StreamError result;
  for (const auto &child : error.children()) {
    if (child.xmlns() != kStreamErrorNs)
      continue;
    if (child.name() == u"text")
      result.text = child.text().left(512);
    else
      result.condition = streamConditionFromName(child.name());
  }
  return result;
}

} // namespace sotto::xmpp
