// Stream negotiation of Client (RFC 6120 §5–7, XEP-0077, XEP-0198): what happens between
// the TCP connection and a usable session. Kept apart from Client.cpp, which holds the
// public API, sending, IQ routing and reconnection, so that each file stays readable.
#include "sotto/xmpp/Client.h"

#include "IqTracker.h"
#include "RegistrationForm.h"
#include "SaslAuthenticator.h"
#include "StreamManagement.h"
#include "sotto/xmpp/Logging.h"

#include <QSslSocket>

namespace sotto::xmpp {

namespace {
constexpr QStringView kTlsNs = u"urn:ietf:params:xml:ns:xmpp-tls";
constexpr QStringView kBindNs = u"urn:ietf:params:xml:ns:xmpp-bind";

using Code = ClientErrors::Code;

ClientError makeError(Code code, const QString &message) {
  return ClientError{code, message, {}, {}};
}
} // namespace

void Client::handleFeatures(const Element &features) {
  features_ = features;
  if (!socket_->isEncrypted()) {
    // Never go on without TLS: the next step would send credentials.
    if (!features.hasChild(u"starttls", kTlsNs)) {
      fail(makeError(Code::EncryptionUnavailable, QStringLiteral("the server does not offer STARTTLS")));
      return;
    }
    phase_ = Phase::StartTls;
    writeStanza(Element(QStringLiteral("starttls"), kTlsNs.toString()));
    return;
  }
  if (!authenticated_) {
    if (settings_.registerAccount && !registeredThisAttempt_) {
      startRegistration();
      return;
    }
    const Element *mechanisms = features.firstChild(u"mechanisms", kSaslNs);
    if (!mechanisms) {
      fail(makeError(Code::NoSupportedMechanism, QStringLiteral("the server offers no SASL mechanisms")));
      return;
    }
    sasl_ = std::make_unique<SaslAuthenticator>();
    auto auth = sasl_->start(*mechanisms, settings_);
    if (!auth) {
      fail(auth.error());
      return;
    }
    setState(State::Authenticating);
    phase_ = Phase::Sasl;
    writeStanza(*auth);
    return;
  }
  setState(State::Binding);
  if (sm_->canResume() && features.hasChild(u"sm", kSmNs)) {
    phase_ = Phase::Resuming;
    Element resume(QStringLiteral("resume"), kSmNs.toString());
    resume.setAttribute(QStringLiteral("previd"), sm_->resumeId());
    resume.setAttribute(QStringLiteral("h"), QString::number(sm_->inbound()));
    writeStanza(resume);
    return;
  }
  if (sm_->isEnabled()) {
    sm_->disable(); // the old session cannot be resumed here: its stanzas go again
    for (auto &stanza : sm_->takeUnacked())
      resendAfterBind_.push_back(std::move(stanza));
  }
  bindResource();
}

void Client::handleSasl(const Element &element) {
  if (element.name() == u"challenge") {
    auto response = sasl_->challenge(element);
    if (!response) {
      writeStanza(Element(QStringLiteral("abort"), kSaslNs.toString()));
      fail(response.error());
      return;
    }
    writeStanza(*response);
  } else if (element.name() == u"success") {
    auto verified = sasl_->success(element);
    if (!verified) {
      fail(verified.error());
      return;
    }
    qCDebug(lcXmpp) << "authenticated with" << sasl_->mechanism();
    sasl_.reset();
    authenticated_ = true;
    openStream();
  } else if (element.name() == u"failure") {
    fail(SaslAuthenticator::failure(element));
  }
}

void Client::startRegistration() {
  phase_ = Phase::Registering;
  Element get(QStringLiteral("iq"), QStringLiteral("jabber:client"));
  get.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
  get.addChild(Element(QStringLiteral("query"), kRegisterNs.toString()));
  sendIq(get, this, [this](const IqResult &form) {
    if (!form) {
      fail(makeError(Code::RegistrationFailed,
                     QStringLiteral("registration not available: %1").arg(form.error().conditionName())));
      return;
    }
    auto query = buildRegistration(*form, settings_.jid.local(), settings_.password);
    if (!query) {
      fail(makeError(Code::RegistrationFailed, query.error()));
      return;
    }
    Element set(QStringLiteral("iq"), QStringLiteral("jabber:client"));
    set.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    set.addChild(*query);
    sendIq(set, this, [this](const IqResult &result) {
      if (!result) {
        const bool taken = result.error().condition == StanzaErrorCondition::Conflict;
        fail(makeError(taken ? Code::RegistrationConflict : Code::RegistrationFailed,
                       QStringLiteral("registration refused: %1").arg(result.error().conditionName())));
        return;
      }
      registeredThisAttempt_ = true;
      Q_EMIT accountRegistered();
      handleFeatures(features_); // go on to SASL with the features we already have
    });
  });
}

void Client::bindResource() {
  phase_ = Phase::Binding;
  Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  Element &bind = iq.addChild(Element(QStringLiteral("bind"), kBindNs.toString()));
  if (!settings_.resource.isEmpty())
    bind.addTextChild(QStringLiteral("resource"), kBindNs.toString(), settings_.resource);
  sendIq(iq, this, [this](const IqResult &result) {
    const auto jid = result ? Jid::parse(result->childText(u"jid", kBindNs)) : std::nullopt;
    if (!jid || jid->bare() != settings_.jid.bare()) {
      fail(makeError(Code::BindFailed, QStringLiteral("resource binding failed")));
      return;
    }
    boundJid_ = *jid;
    if (settings_.streamManagement && features_.hasChild(u"sm", kSmNs))
      enableStreamManagement();
    else
      sessionEstablished(false);
  });
}

void Client::enableStreamManagement() {
  phase_ = Phase::EnablingSm;
  Element enable(QStringLiteral("enable"), kSmNs.toString());
  enable.setAttribute(QStringLiteral("resume"), QStringLiteral("true"));
  writeStanza(enable);
  // Nothing of ours goes out until <enabled/> (send() queues while not Connected), so
  // both counters can start when it arrives.
}

void Client::handleSm(const Element &element) {
  const QString name = element.name();
  if (name == u"r" && sm_->isEnabled()) {
    Element answer(QStringLiteral("a"), kSmNs.toString());
    answer.setAttribute(QStringLiteral("h"), QString::number(sm_->inbound()));
    writeStanza(answer);
  } else if (name == u"a" && sm_->isEnabled()) {
    acknowledged(element.attribute(u"h").toUInt());
  } else if (name == u"enabled" && phase_ == Phase::EnablingSm) {
    const bool resumable = element.attribute(u"resume") == u"true" || element.attribute(u"resume") == u"1";
    sm_->enable(element.attribute(u"id"), resumable);
    sessionEstablished(false);
  } else if (name == u"failed" && phase_ == Phase::EnablingSm) {
    sm_->disable();
    sessionEstablished(false);
  } else if (name == u"resumed" && phase_ == Phase::Resuming) {
    acknowledged(element.attribute(u"h").toUInt());
    sm_->prepareResend();
    const auto unacked = sm_->takeUnacked();
    phase_ = Phase::Session;
    for (const auto &stanza : unacked) {
      writeStanza(stanza);
      sm_->sent(stanza);
    }
    qCDebug(lcXmpp) << "stream resumed," << unacked.size() << "stanzas resent";
    sessionEstablished(true);
    if (!unacked.empty())
      scheduleAckRequest();
  } else if (name == u"failed" && phase_ == Phase::Resuming) {
    qCDebug(lcXmpp) << "resumption failed, binding a new session";
    if (element.hasAttribute(u"h"))
      acknowledged(element.attribute(u"h").toUInt());
    for (auto &stanza : sm_->takeUnacked())
      resendAfterBind_.push_back(std::move(stanza));
    sm_->disable();
    bindResource();
  }
}

} // namespace sotto::xmpp
