#include "SaslAuthenticator.h"

namespace sotto::xmpp {

namespace {

QString mechanismName(SaslMechanism mechanism) {
  switch (mechanism) {
  case SaslMechanism::ScramSha512:
    return QStringLiteral("SCRAM-SHA-512");
  case SaslMechanism::ScramSha256:
    return QStringLiteral("SCRAM-SHA-256");
  case SaslMechanism::ScramSha1:
    return QStringLiteral("SCRAM-SHA-1");
  case SaslMechanism::Plain:
    return QStringLiteral("PLAIN");
  case SaslMechanism::Strongest:
    break;
  }
  return {};
}

ClientError error(ClientErrors::Code code, const QString &message) {
  return ClientError{code, message, {}, {}};
}

Element saslElement(const QString &name, const QByteArray &data) {
  Element element(name, kSaslNs.toString());
  // An empty response is "=" (RFC 6120 §6.4.2), not an empty element.
  element.setText(data.isEmpty() ? QStringLiteral("=") : QString::fromLatin1(data.toBase64()));
  return element;
}

QByteArray decode(const Element &element) {
  const QString text = element.text().trimmed();
  if (text == u"=")
    return {};
  return QByteArray::fromBase64(text.toLatin1());
}

} // namespace

QStringList SaslAuthenticator::supported() {
  return {QStringLiteral("SCRAM-SHA-512"), QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-1"),
          QStringLiteral("PLAIN")};
}

tl::expected<Element, ClientError> SaslAuthenticator::start(const Element &mechanisms,
                                                            const ClientSettings &settings) {
  QStringList offered;
  for (const Element *mechanism : mechanisms.childrenNamed(u"mechanism", kSaslNs))
    offered.append(mechanism->text().trimmed());
  mechanism_.clear();
  if (settings.mechanism != SaslMechanism::Strongest) {
    if (offered.contains(mechanismName(settings.mechanism)))
      mechanism_ = mechanismName(settings.mechanism);
  } else {
    for (const QString &candidate : supported()) {
      if (offered.contains(candidate)) {
        mechanism_ = candidate;
        break;
      }
    }
  }
  if (mechanism_.isEmpty())
    return tl::unexpected(error(ClientErrors::Code::NoSupportedMechanism,
                                QStringLiteral("server offers no acceptable SASL mechanism (%1)")
                                    .arg(offered.join(QStringLiteral(", ")))));

  Element auth = saslElement(QStringLiteral("auth"), {});
  auth.setAttribute(QStringLiteral("mechanism"), mechanism_);
  const QString user = settings.jid.local();
  if (mechanism_ == u"PLAIN") {
    QByteArray message = '\0' + user.toUtf8() + '\0' + settings.password.toUtf8();
    auth.setText(QString::fromLatin1(message.toBase64()));
    message.fill('\0');
    return auth;
  }
  const auto algorithm = mechanism_ == u"SCRAM-SHA-512"   ? QCryptographicHash::Sha512
                         : mechanism_ == u"SCRAM-SHA-256" ? QCryptographicHash::Sha256
                                                          : QCryptographicHash::Sha1;
  scram_ = std::make_unique<ScramClient>(algorithm, user, settings.password);
  auth.setText(QString::fromLatin1(scram_->clientFirstMessage().toBase64()));
  return auth;
}

tl::expected<Element, ClientError> SaslAuthenticator::challenge(const Element &challenge) {
  if (!scram_)
    return tl::unexpected(
        error(ClientErrors::Code::ProtocolViolation, QStringLiteral("unexpected SASL challenge")));
  const QByteArray data = decode(challenge);
  if (sentClientFinal_) {
    // Some servers send server-final as a challenge and an empty <success/>.
    serverFinal_ = data;
    return saslElement(QStringLiteral("response"), {});
  }
  auto final = scram_->respond(data);
  if (!final)
    return tl::unexpected(error(ClientErrors::Code::ProtocolViolation, final.error()));
  sentClientFinal_ = true;
  return saslElement(QStringLiteral("response"), *final);
}

tl::expected<void, ClientError> SaslAuthenticator::success(const Element &success) {
  if (!scram_)
    return {};
  const QByteArray data = decode(success);
  if (!scram_->verifyServerFinal(data.isEmpty() ? serverFinal_ : data))
    return tl::unexpected(error(ClientErrors::Code::ServerSignatureInvalid,
                                QStringLiteral("the server did not prove knowledge of the password")));
  return {};
}

ClientError SaslAuthenticator::failure(const Element &failure) {
  QString condition;
  for (const auto &child : failure.children()) {
    if (child.name() != u"text")
      condition = child.name();
  }
  if (condition == u"not-authorized" || condition == u"credentials-expired" ||
      condition == u"account-disabled")
    return error(ClientErrors::Code::AuthenticationFailed,
                 QStringLiteral("authentication failed: %1").arg(condition));
  return error(ClientErrors::Code::AuthenticationFailed, QStringLiteral("SASL failure: %1").arg(condition));
}

} // namespace sotto::xmpp
