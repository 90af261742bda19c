#pragma once

#include "sotto/xmpp/StreamError.h"

#include <QObject>
#include <QString>

namespace sotto::xmpp {

// Why a connection attempt or a session ended, as a value the app can branch on.
class ClientErrors {
  Q_GADGET
public:
  enum class Code {
    DnsFailed,              // no address found for the domain
    ConnectionFailed,       // TCP could not connect to any candidate
    ConnectionLost,         // the socket closed or a ping went unanswered
    TlsFailed,              // handshake failed for another reason than the certificate
    CertificateUntrusted,   // see certificateSha256: the app may offer to pin it
    EncryptionUnavailable,  // the server does not offer STARTTLS: we never go on in plain text
    NoSupportedMechanism,   // no SASL mechanism we accept (or the forced one) is offered
    AuthenticationFailed,   // wrong user name or password (SASL not-authorized)
    ServerSignatureInvalid, // SCRAM: the server could not prove it knows the password
    RegistrationConflict,   // in-band registration: the user name is taken
    RegistrationFailed,     // in-band registration refused for another reason
    BindFailed,             // resource binding refused
    StreamError,            // the server (or our parser) closed the stream: see streamCondition
    ProtocolViolation,      // the server sent something that makes no sense in this state
  };
  Q_ENUM(Code)
};

struct ClientError {
  ClientErrors::Code code = ClientErrors::Code::ConnectionLost;
  QString message;           // English, for logs and as a fallback text; never secrets
  QString certificateSha256; // CertificateUntrusted: lowercase hex SHA-256 of the DER cert
  StreamErrorCondition streamCondition = StreamErrorCondition::UndefinedCondition;
};

} // namespace sotto::xmpp

Q_DECLARE_METATYPE(sotto::xmpp::ClientError)
