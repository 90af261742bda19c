#pragma once

#include "sotto/xmpp/Element.h"

#include <QObject>
#include <QString>

namespace sotto::xmpp {

inline constexpr QStringView kStanzaErrorNs = u"urn:ietf:params:xml:ns:xmpp-stanzas";

// RFC 6120 §8.3.3 stanza error conditions, plus the two ways an IQ can fail locally.
class StanzaErrors {
  Q_GADGET
public:
  enum class Condition {
    BadRequest,
    Conflict,
    FeatureNotImplemented,
    Forbidden,
    Gone,
    InternalServerError,
    ItemNotFound,
    JidMalformed,
    NotAcceptable,
    NotAllowed,
    NotAuthorized,
    PolicyViolation,
    RecipientUnavailable,
    Redirect,
    RegistrationRequired,
    RemoteServerNotFound,
    RemoteServerTimeout,
    ResourceConstraint,
    ServiceUnavailable,
    SubscriptionRequired,
    UndefinedCondition,
    UnexpectedRequest,
    // Local outcomes, never on the wire:
    Timeout,      // no answer within the IQ timeout
    Disconnected, // the stream ended and could not be resumed before an answer came
  };
  Q_ENUM(Condition)
  enum class Type { Auth, Cancel, Continue, Modify, Wait };
  Q_ENUM(Type)
};

using StanzaErrorCondition = StanzaErrors::Condition;
using StanzaErrorType = StanzaErrors::Type;

struct StanzaError {
  StanzaErrorCondition condition = StanzaErrorCondition::UndefinedCondition;
  StanzaErrorType type = StanzaErrorType::Cancel;
  QString text;
  Element applicationCondition; // e.g. <precondition-not-met xmlns='…pubsub#errors'/>

  [[nodiscard]] QString conditionName() const;
  // Reads the <error/> child of an error stanza (or the stanza itself).
  static StanzaError fromStanza(const Element &stanza);
  [[nodiscard]] Element toElement() const;
};

QString stanzaConditionName(StanzaErrorCondition condition);

} // namespace sotto::xmpp
