#include "sotto/xmpp/Client.h"

#include "EndpointResolver.h"
#include "IqTracker.h"
#include "SaslAuthenticator.h"
#include "StreamManagement.h"
#include "sotto/xmpp/Logging.h"

#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>

namespace sotto::xmpp {

namespace {
constexpr QStringView kTlsNs = u"urn:ietf:params:xml:ns:xmpp-tls";
constexpr QStringView kPingNs = u"urn:xmpp:ping";
constexpr std::size_t kMaxQueued = 10000;
constexpr std::size_t kAckEveryStanzas = 50;
constexpr int kAckDelayMs = 1000;

using Code = ClientErrors::Code;

ClientError makeError(Code code, const QString &message) {
  return ClientError{code, message, {}, {}};
}

bool isStanza(const Element &element) {
  return element.xmlns() == u"jabber:client" &&
         (element.name() == u"message" || element.name() == u"presence" || element.name() == u"iq");
}
} // namespace

Client::Client(QObject *parent)
    : QObject(parent), resolver_(std::make_unique<EndpointResolver>()), iqs_(std::make_unique<IqTracker>()),
      sm_(std::make_unique<StreamManagement>()) {
  qRegisterMetaType<ClientError>();
  idPrefix_ = QString::number(QRandomGenerator::system()->generate64(), 36);
  reconnectTimer_.setSingleShot(true);
  connect(&reconnectTimer_, &QTimer::timeout, this, &Client::startConnecting);
  connect(&pingTimer_, &QTimer::timeout, this, &Client::sendPing);
  ackTimer_.setSingleShot(true);
  connect(&ackTimer_, &QTimer::timeout, this, [this] {
    if (sm_->isEnabled() && state_ == State::Connected && sm_->unackedCount() > 0)
      writeStanza(Element(QStringLiteral("r"), kSmNs.toString()));
  });
  connect(resolver_.get(), &EndpointResolver::resolved, this, [this](const QList<Endpoint> &endpoints) {
    endpoints_ = endpoints;
    tryNextEndpoint();
  });
}

Client::~Client() {
  if (socket_) {
    socket_->disconnect(this);
    socket_->abort();
  }
  iqs_->failAll(StanzaErrorCondition::Disconnected);
}

bool Client::isStreamManagementEnabled() const {
  return sm_->isEnabled();
}

QString Client::nextId() {
  return idPrefix_ + u'-' + QString::number(++idCounter_);
}

void Client::setState(State state) {
  if (state_ == state)
    return;
  state_ = state;
  Q_EMIT stateChanged(state);
}

void Client::connectToServer(const ClientSettings &settings) {
  settings_ = settings;
  settings_.jid = settings.jid.bare();
  userDisconnect_ = false;
  reconnectAttempt_ = 0;
  registeredThisAttempt_ = false;
  boundJid_ = {};
  sm_->disable();
  sm_->takeUnacked();
  dropSocket();
  startConnecting();
}

void Client::startConnecting() {
  setState(State::Connecting);
  endpoints_.clear();
  if (!settings_.host.isEmpty()) {
    const bool direct = settings_.tlsMode == TlsMode::DirectTls;
    const quint16 port = settings_.port != 0 ? settings_.port : quint16(direct ? 5223 : 5222);
    endpoints_.append({settings_.host, port, direct});
    tryNextEndpoint();
    return;
  }
  resolver_->resolve(settings_.jid.domain());
}

void Client::tryNextEndpoint() {
  if (settings_.tlsMode == TlsMode::StartTls)
    endpoints_.removeIf([](const Endpoint &endpoint) { return endpoint.directTls; });
  if (endpoints_.isEmpty()) {
    connectionLost(
        makeError(Code::ConnectionFailed, QStringLiteral("could not connect to any server address")));
    return;
  }
  currentEndpoint_ = std::make_unique<Endpoint>(endpoints_.takeFirst());
  dropSocket();
  phase_ = Phase::Idle;
  authenticated_ = false;
  sessionReached_ = false;
  untrustedFingerprint_.clear();
  features_ = {};

  auto *socket = new QSslSocket(this);
  socket_ = socket;
  const quint64 generation = ++socketGeneration_;
  QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
  tls.setProtocol(QSsl::TlsV1_2OrLater);
  socket->setSslConfiguration(tls);
  socket->setPeerVerifyName(settings_.jid.domain());
  connect(socket, &QSslSocket::connected, this, [this, socket, generation] {
    // Stanzas are small and interactive: without TCP_NODELAY, Nagle and delayed ACKs
    // add ~40 ms to a message followed by its <r/>.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (generation == socketGeneration_ && !currentEndpoint_->directTls)
      openStream();
  });
  connect(socket, &QSslSocket::encrypted, this, [this, generation] {
    if (generation == socketGeneration_)
      openStream();
  });
  connect(socket, &QSslSocket::readyRead, this, [this, generation] {
    if (generation == socketGeneration_)
      onReadyRead();
  });
  connect(socket, &QSslSocket::sslErrors, this, &Client::onSslErrors);
  connect(socket, &QSslSocket::disconnected, this, [this, generation] {
    if (generation == socketGeneration_)
      onSocketGone();
  });
  connect(socket, &QSslSocket::errorOccurred, this, [this, generation](QAbstractSocket::SocketError) {
    if (generation == socketGeneration_)
      onSocketGone();
  });
  qCDebug(lcXmpp) << "connecting to" << currentEndpoint_->host << currentEndpoint_->port
                  << (currentEndpoint_->directTls ? "direct TLS" : "STARTTLS");
  if (currentEndpoint_->directTls)
    socket->connectToHostEncrypted(currentEndpoint_->host, currentEndpoint_->port, settings_.jid.domain());
  else
    socket->connectToHost(currentEndpoint_->host, currentEndpoint_->port);
}

void Client::onSslErrors(const QList<QSslError> &errors) {
  if (!socket_)
    return;
  QSslCertificate certificate = socket_->peerCertificate();
  if (certificate.isNull() && !errors.isEmpty())
    certificate = errors.first().certificate();
  const QString fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
  if (!settings_.pinnedCertificateSha256.isEmpty() &&
      fingerprint.compare(settings_.pinnedCertificateSha256, Qt::CaseInsensitive) == 0) {
    socket_->ignoreSslErrors(errors);
    return;
  }
  // Not ignored: the handshake fails and onSocketGone reports the fingerprint.
  untrustedFingerprint_ = fingerprint;
}

void Client::openStream() {
  parser_.setLimits(settings_.limits);
  parser_.reset();
  phase_ = Phase::Stream;
  QString header = QStringLiteral("<?xml version='1.0'?><stream:stream to='%1' version='1.0' xml:lang='en' "
                                  "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'")
                       .arg(escapeXmlAttribute(settings_.jid.domain()));
  // RFC 6120 §4.7.1: announce who we are, but only once nobody else can read it.
  if (socket_ && socket_->isEncrypted())
    header += QStringLiteral(" from='%1'").arg(escapeXmlAttribute(settings_.jid.bareString()));
  writeRaw(header.toUtf8() + '>');
}

void Client::writeRaw(const QByteArray &bytes) {
  if (socket_ && socket_->state() == QAbstractSocket::ConnectedState) {
    if (outgoingTap_)
      outgoingTap_(bytes);
    socket_->write(bytes);
  }
}

void Client::writeStanza(const Element &stanza) {
  writeRaw(stanza.toXml());
}

void Client::onReadyRead() {
  const quint64 generation = socketGeneration_;
  const QByteArray data = socket_->readAll();
  auto events = parser_.feed(data);
  if (!events) {
    writeRaw(events.error().toXml() + "</stream:stream>");
    ClientError error =
        makeError(Code::StreamError, QStringLiteral("invalid data from the server: %1 (%2)")
                                         .arg(events.error().conditionName(), events.error().text));
    error.streamCondition = events.error().condition;
    connectionLost(error);
    return;
  }
  for (const auto &event : *events) {
    if (generation != socketGeneration_)
      return; // a handler replaced or dropped the socket
    switch (event.type) {
    case StreamParser::EventType::StreamOpened:
      break;
    case StreamParser::EventType::Stanza:
      handleTopLevel(event.element);
      break;
    case StreamParser::EventType::StreamClosed:
      writeRaw("</stream:stream>");
      connectionLost(makeError(Code::ConnectionLost, QStringLiteral("the server closed the stream")));
      return;
    }
  }
}

void Client::handleTopLevel(const Element &element) {
  if (element.xmlns() == kStreamNs) {
    if (element.name() == u"features") {
      handleFeatures(element);
    } else if (element.name() == u"error") {
      const StreamError streamError = StreamError::fromElement(element);
      ClientError error =
          makeError(Code::StreamError, QStringLiteral("stream error: %1").arg(streamError.conditionName()));
      error.streamCondition = streamError.condition;
      writeRaw("</stream:stream>");
      connectionLost(error);
    }
  } else if (element.xmlns() == kTlsNs && phase_ == Phase::StartTls) {
    if (element.name() != u"proceed") {
      fail(makeError(Code::TlsFailed, QStringLiteral("the server refused STARTTLS")));
      return;
    }
    socket_->startClientEncryption();
  } else if (element.xmlns() == kSaslNs && phase_ == Phase::Sasl) {
    handleSasl(element);
  } else if (element.xmlns() == kSmNs) {
    handleSm(element);
  } else if (isStanza(element) && (authenticated_ || phase_ == Phase::Registering)) {
    if (sm_->isEnabled())
      sm_->countInbound();
    if (element.name() == u"iq")
      handleIq(element);
    else if (phase_ == Phase::Session || phase_ == Phase::EnablingSm)
      Q_EMIT stanzaReceived(element);
  } else {
    qCDebug(lcXmpp) << "ignoring unexpected element" << element.name() << element.xmlns();
  }
}

void Client::acknowledged(quint32 handled) {
  for (const auto &stanza : sm_->acknowledge(handled))
    Q_EMIT stanzaAcknowledged(stanza);
}

void Client::sessionEstablished(bool resumed) {
  phase_ = Phase::Session;
  sessionReached_ = true;
  reconnectAttempt_ = 0;
  setState(State::Connected);
  if (settings_.pingIntervalMs > 0)
    pingTimer_.start(settings_.pingIntervalMs);
  if (!resumed) {
    // Pending IQs of a lost session will never be answered unless resent.
    flushQueued(std::exchange(resendAfterBind_, {}));
  }
  flushQueued(std::exchange(queued_, {}));
  Q_EMIT connected(resumed);
}

void Client::flushQueued(std::deque<Element> stanzas) {
  for (auto &stanza : stanzas)
    send(std::move(stanza));
}

void Client::send(Element stanza) {
  if (state_ != State::Connected) {
    if (queued_.size() >= kMaxQueued)
      queued_.pop_front();
    queued_.push_back(std::move(stanza));
    return;
  }
  writeStanza(stanza);
  if (sm_->isEnabled()) {
    sm_->sent(stanza);
    scheduleAckRequest();
  }
}

void Client::scheduleAckRequest() {
  // Ask for an ack soon, not at once: an immediate <r/> makes the server answer with a
  // tiny <a/> that our side ACKs only after the delayed-ACK timeout, and a server without
  // TCP_NODELAY then holds the next stanza to us behind it (~40 ms per message). A burst
  // still gets its ack promptly through the count.
  if (sm_->unackedCount() >= kAckEveryStanzas) {
    ackTimer_.stop();
    writeStanza(Element(QStringLiteral("r"), kSmNs.toString()));
    return;
  }
  if (!ackTimer_.isActive())
    ackTimer_.start(kAckDelayMs);
}

void Client::sendIq(Element iq, QObject *context, IqCallback callback, int timeoutMs) {
  if (iq.attribute(u"id").isEmpty())
    iq.setAttribute(QStringLiteral("id"), nextId());
  iqs_->track(iq.attribute(u"id"), iq.attribute(u"to"), context, std::move(callback),
              timeoutMs > 0 ? timeoutMs : settings_.iqTimeoutMs);
  // Negotiation IQs (registration, bind) go straight out; the rest through send().
  if (phase_ == Phase::Registering || phase_ == Phase::Binding)
    writeStanza(iq);
  else
    send(std::move(iq));
}

void Client::replyResult(const Element &request, Element payload) {
  Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("result"));
  iq.setAttribute(QStringLiteral("id"), request.attribute(u"id"));
  if (request.hasAttribute(u"from"))
    iq.setAttribute(QStringLiteral("to"), request.attribute(u"from"));
  if (!payload.isNull())
    iq.addChild(std::move(payload));
  send(std::move(iq));
}

void Client::replyError(const Element &request, const StanzaError &error) {
  Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("error"));
  iq.setAttribute(QStringLiteral("id"), request.attribute(u"id"));
  if (request.hasAttribute(u"from"))
    iq.setAttribute(QStringLiteral("to"), request.attribute(u"from"));
  iq.addChild(error.toElement());
  send(std::move(iq));
}

void Client::addIqHandler(QObject *context, IqHandler handler) {
  iqHandlers_.append({context, std::move(handler)});
}

void Client::handleIq(const Element &iq) {
  const QString type = iq.attribute(u"type");
  if (type == u"result" || type == u"error") {
    iqs_->handleResponse(iq, settings_.jid, boundJid_);
    return;
  }
  if (type != u"get" && type != u"set")
    return;
  iqHandlers_.removeIf([](const Handler &h) { return !h.context; });
  const auto handlers = iqHandlers_; // a handler may add or remove handlers
  for (const auto &h : handlers) {
    if (h.context && h.handler(iq))
      return;
  }
  if (iq.children().size() == 1 && iq.children().front().is(u"ping", kPingNs)) {
    replyResult(iq);
    return;
  }
  StanzaError error;
  error.condition = StanzaErrorCondition::ServiceUnavailable;
  replyError(iq, error);
}

void Client::sendPing() {
  if (state_ != State::Connected)
    return;
  Element iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
  iq.setAttribute(QStringLiteral("to"), settings_.jid.domain());
  iq.addChild(Element(QStringLiteral("ping"), kPingNs.toString()));
  const quint64 generation = socketGeneration_;
  sendIq(
      iq, this,
      [this, generation](const IqResult &result) {
        // Only silence means a dead connection; an error reply proves it alive.
        if (!result && result.error().condition == StanzaErrorCondition::Timeout &&
            generation == socketGeneration_ && state_ == State::Connected)
          connectionLost(makeError(Code::ConnectionLost, QStringLiteral("the server stopped answering")));
      },
      std::min(settings_.iqTimeoutMs, 30000));
}

void Client::onSocketGone() {
  if (!untrustedFingerprint_.isEmpty()) {
    ClientError error = makeError(
        Code::CertificateUntrusted,
        QStringLiteral("the server's certificate is not trusted (SHA-256 %1)").arg(untrustedFingerprint_));
    error.certificateSha256 = untrustedFingerprint_;
    fail(error);
    return;
  }
  const bool tlsProblem = socket_ && socket_->error() == QAbstractSocket::SslHandshakeFailedError;
  const QString reason = socket_ ? socket_->errorString() : QString();
  if (tlsProblem)
    fail(makeError(Code::TlsFailed, QStringLiteral("TLS handshake failed: %1").arg(reason)));
  else if (phase_ == Phase::Idle)
    connectionLost(makeError(Code::ConnectionFailed, QStringLiteral("could not connect: %1").arg(reason)));
  else
    connectionLost(makeError(Code::ConnectionLost, QStringLiteral("connection lost: %1").arg(reason)));
}

bool Client::isFatal(const ClientError &error) {
  switch (error.code) {
  case Code::CertificateUntrusted:
  case Code::EncryptionUnavailable:
  case Code::NoSupportedMechanism:
  case Code::AuthenticationFailed:
  case Code::ServerSignatureInvalid:
  case Code::RegistrationConflict:
  case Code::RegistrationFailed:
  case Code::TlsFailed:
    return true;
  case Code::StreamError:
    // Another client took our resource, or the server will not have us: retrying loops.
    return error.streamCondition == StreamErrorCondition::Conflict ||
           error.streamCondition == StreamErrorCondition::NotAuthorized;
  default:
    return false;
  }
}

void Client::fail(const ClientError &error) {
  // Problems that a retry cannot fix end the attempt for good.
  userDisconnect_ = userDisconnect_ || isFatal(error);
  connectionLost(error);
}

void Client::dropSocket() {
  ++socketGeneration_;
  pingTimer_.stop();
  ackTimer_.stop();
  if (socket_) {
    socket_->disconnect(this);
    socket_->abort();
    socket_->deleteLater();
  }
  socket_ = nullptr;
  phase_ = Phase::Idle;
}

void Client::connectionLost(const ClientError &error) {
  const bool reachedSession = sessionReached_;
  const bool wasIdle = phase_ == Phase::Idle;
  dropSocket();
  sessionReached_ = false;
  if (!userDisconnect_ && !reachedSession && wasIdle && !endpoints_.isEmpty()) {
    tryNextEndpoint(); // this address did not answer; try the next one
    return;
  }
  const bool wasConnected = state_ == State::Connected;
  if (userDisconnect_ && error.code == Code::ConnectionLost && state_ == State::Disconnected)
    return;
  qCInfo(lcXmpp) << "connection ended:" << error.message;
  if (!userDisconnect_ || isFatal(error))
    Q_EMIT errorOccurred(error);
  if (!sm_->isEnabled() || userDisconnect_) {
    // No stream to resume: nobody will answer what is pending.
    iqs_->failAll(StanzaErrorCondition::Disconnected);
  }
  if (userDisconnect_ || !settings_.autoReconnect) {
    sm_->disable();
    sm_->takeUnacked();
    queued_.clear();
    resendAfterBind_.clear();
    iqs_->failAll(StanzaErrorCondition::Disconnected);
    setState(State::Disconnected);
  } else {
    scheduleReconnect();
  }
  if (wasConnected)
    Q_EMIT disconnected();
}

void Client::scheduleReconnect() {
  // Exponential backoff with jitter: half fixed, half random, so that many clients cut off
  // by one server restart do not all come back in the same second.
  const qint64 base = qint64(settings_.reconnectInitialDelayMs) << std::min(reconnectAttempt_, 16);
  const qint64 delay = std::min<qint64>(base, settings_.reconnectMaxDelayMs);
  const qint64 jittered = delay / 2 + QRandomGenerator::global()->bounded(delay / 2 + 1);
  ++reconnectAttempt_;
  setState(State::WaitingToReconnect);
  qCInfo(lcXmpp) << "reconnecting in" << jittered << "ms";
  reconnectTimer_.start(static_cast<int>(jittered));
}

void Client::disconnectFromServer() {
  userDisconnect_ = true;
  reconnectTimer_.stop();
  resolver_->cancel();
  const bool wasConnected = state_ == State::Connected;
  if (socket_ && socket_->state() == QAbstractSocket::ConnectedState && phase_ != Phase::Idle) {
    // Close politely and let the socket finish writing on its own; it deletes itself.
    QSslSocket *socket = socket_;
    ++socketGeneration_;
    socket_ = nullptr;
    socket->disconnect(this);
    socket->write("</stream:stream>");
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(2000, socket, [socket] {
      socket->abort();
      socket->deleteLater();
    });
    socket->disconnectFromHost();
  }
  dropSocket();
  sm_->disable();
  sm_->takeUnacked();
  queued_.clear();
  resendAfterBind_.clear();
  iqs_->failAll(StanzaErrorCondition::Disconnected);
  setState(State::Disconnected);
  if (wasConnected)
    Q_EMIT disconnected();
}

} // namespace sotto::xmpp
