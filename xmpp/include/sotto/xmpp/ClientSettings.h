#pragma once

#include "sotto/xmpp/Jid.h"
#include "sotto/xmpp/StreamParser.h"

#include <QString>

namespace sotto::xmpp {

enum class TlsMode {
  Auto,      // SRV: _xmpps-client (direct TLS), then _xmpp-client, then domain:5222 (STARTTLS)
  DirectTls, // XEP-0368 on host:port
  StartTls,  // RFC 6120 STARTTLS on host:port
};

enum class SaslMechanism { Strongest, ScramSha512, ScramSha256, ScramSha1, Plain };

struct ClientSettings {
  Jid jid; // the account (bare)
  QString password;
  QString resource; // empty: the server picks one
  // Explicit endpoint, skipping SRV (tests, user override). Empty host: use SRV.
  QString host;
  quint16 port = 0;
  TlsMode tlsMode = TlsMode::Auto;
  // Lowercase hex SHA-256 of a certificate to accept even if the system CAs do not: only
  // ever set from an explicit user decision (or a loopback test server).
  QString pinnedCertificateSha256;
  SaslMechanism mechanism = SaslMechanism::Strongest;
  bool registerAccount = false; // XEP-0077 before authenticating
  bool streamManagement = true; // XEP-0198 with resumption
  bool autoReconnect = true;
  int iqTimeoutMs = 30000;
  int pingIntervalMs = 120000; // XEP-0199 to the server while idle; 0 disables
  int reconnectInitialDelayMs = 1000;
  int reconnectMaxDelayMs = 5 * 60 * 1000;
  StreamLimits limits;
};

} // namespace sotto::xmpp
