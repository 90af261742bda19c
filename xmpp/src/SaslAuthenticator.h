#pragma once

#include "sotto/xmpp/ClientError.h"
#include "sotto/xmpp/ClientSettings.h"
#include "sotto/xmpp/Element.h"
#include "sotto/xmpp/ScramClient.h"

#include <tl/expected.hpp>

#include <memory>

namespace sotto::xmpp {

inline constexpr QStringView kSaslNs = u"urn:ietf:params:xml:ns:xmpp-sasl";

// One SASL exchange (RFC 6120 §6): picks the mechanism, produces <auth>/<response>, checks
// the outcome. Only ever used on an encrypted stream (Client checks before starting).
class SaslAuthenticator {
public:
  // From the <mechanisms/> feature; errors if nothing acceptable is offered.
  tl::expected<Element, ClientError> start(const Element &mechanisms, const ClientSettings &settings);
  tl::expected<Element, ClientError> challenge(const Element &challenge);
  tl::expected<void, ClientError> success(const Element &success);
  static ClientError failure(const Element &failure);
  [[nodiscard]] const QString &mechanism() const { return mechanism_; }
  // Names as offered, strongest first, for the mechanisms we implement.
  static QStringList supported();

private:
  QString mechanism_;
  std::unique_ptr<ScramClient> scram_;
  bool sentClientFinal_ = false;
  QByteArray serverFinal_;
};

} // namespace sotto::xmpp
