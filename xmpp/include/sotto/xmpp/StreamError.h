#pragma once

#include "sotto/xmpp/Element.h"

#include <QObject>
#include <QString>

namespace sotto::xmpp {

// RFC 6120 §4.9.3 stream error conditions, as values the app can branch on.
class StreamErrors {
  Q_GADGET
public:
  enum class Condition {
    BadFormat,
    BadNamespacePrefix,
    Conflict,
    ConnectionTimeout,
    HostGone,
    HostUnknown,
    ImproperAddressing,
    InternalServerError,
    InvalidFrom,
    InvalidNamespace,
    InvalidXml,
    NotAuthorized,
    NotWellFormed,
    PolicyViolation,
    RemoteConnectionFailed,
    Reset,
    ResourceConstraint,
    RestrictedXml,
    SeeOtherHost,
    SystemShutdown,
    UndefinedCondition,
    UnsupportedEncoding,
    UnsupportedFeature,
    UnsupportedStanzaType,
    UnsupportedVersion,
  };
  Q_ENUM(Condition)
};

using StreamErrorCondition = StreamErrors::Condition;

inline constexpr QStringView kStreamNs = u"http://etherx.jabber.org/streams";
inline constexpr QStringView kStreamErrorNs = u"urn:ietf:params:xml:ns:xmpp-streams";

struct StreamError {
  StreamErrorCondition condition = StreamErrorCondition::UndefinedCondition;
  QString text; // for logs; never contains stanza content

  // The element name of the condition, e.g. "policy-violation".
  [[nodiscard]] QString conditionName() const;
  // <stream:error><condition xmlns=…/></stream:error> as bytes for the wire.
  [[nodiscard]] QByteArray toXml() const;
  // Reads a received <stream:error>; unknown conditions become UndefinedCondition.
  static StreamError fromElement(const Element &error);
};

QString streamConditionName(StreamErrorCondition condition);
StreamErrorCondition streamConditionFromName(QStringView name);

} // namespace sotto::xmpp
