#include "sotto/xmpp/StanzaError.h"

#include <array>

namespace sotto::xmpp {

namespace {
constexpr std::array<QStringView, 24> kNames = {
    u"bad-request",
    u"conflict",
    u"feature-not-implemented",
    u"forbidden",
    u"gone",
    u"internal-server-error",
    u"item-not-found",
    u"jid-malformed",
    u"not-acceptable",
    u"not-allowed",
    u"not-authorized",
    u"policy-violation",
    u"recipient-unavailable",
    u"redirect",
    u"registration-required",
    u"remote-server-not-found",
    u"remote-server-timeout",
    u"resource-constraint",
    u"service-unavailable",
    u"subscription-required",
    u"undefined-condition",
    u"unexpected-request",
    u"timeout",
    u"disconnected",
};
constexpr std::array<QStringView, 5> kTypes = {u"auth", u"cancel", u"continue", u"modify", u"wait"};
constexpr std::size_t kWireConditions = 22; // the local ones are never parsed from the wire
} // namespace

QString stanzaConditionName(StanzaErrorCondition condition) {
  return kNames.at(static_cast<std::size_t>(condition)).toString();
}

QString StanzaError::conditionName() const {
  return stanzaConditionName(condition);
}

StanzaError StanzaError::fromStanza(const Element &stanza) {
  const Element *error = stanza.name() == u"error" ? &stanza : stanza.firstChild(u"error");
  StanzaError result;
  if (!error)
    return result;
  const QString type = error->attribute(u"type");
  for (std::size_t i = 0; i < kTypes.size(); ++i) {
    if (kTypes[i] == type)
      result.type = static_cast<StanzaErrorType>(i);
  }
  for (const auto &child : error->children()) {
    if (child.xmlns() != kStanzaErrorNs) {
      result.applicationCondition = child;
      continue;
    }
    if (child.name() == u"text") {
      result.text = child.text().left(1024);
      continue;
    }
    for (std::size_t i = 0; i < kWireConditions; ++i) {
      if (kNames[i] == child.name())
        result.condition = static_cast<StanzaErrorCondition>(i);
    }
  }
  return result;
}

Element StanzaError::toElement() const {
  Element error(QStringLiteral("error"), QStringLiteral("jabber:client"));
  error.setAttribute(QStringLiteral("type"), kTypes.at(static_cast<std::size_t>(type)).toString());
  const auto wire = static_cast<std::size_t>(condition) < kWireConditions
                        ? condition
                        : StanzaErrorCondition::UndefinedCondition;
  error.addChild(Element(stanzaConditionName(wire), kStanzaErrorNs.toString()));
  if (!applicationCondition.isNull())
    error.addChild(applicationCondition);
  return error;
}

} // namespace sotto::xmpp
