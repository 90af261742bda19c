#pragma once

#include "sotto/xmpp/ClientError.h"
#include "sotto/xmpp/ClientSettings.h"
#include "sotto/xmpp/Element.h"
#include "sotto/xmpp/Jid.h"
#include "sotto/xmpp/StanzaError.h"
#include "sotto/xmpp/StreamParser.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <tl/expected.hpp>

#include <deque>
#include <functional>
#include <memory>

class QSslSocket;
class QSslError;

namespace sotto::xmpp {

class EndpointResolver;
class IqTracker;
class SaslAuthenticator;
class StreamManagement;
struct Endpoint;

using IqResult = tl::expected<Element, StanzaError>;
using IqCallback = std::function<void(const IqResult &)>;

// One XMPP account's connection (RFC 6120): endpoint discovery, TLS, SASL, binding,
// stream management with resumption, reconnection, IQ tracking and ping. Everything runs
// on the thread's event loop; nothing blocks. XEP features live in small manager classes
// (RosterManager, MessageManager, …) that take a Client and use send()/sendIq() and the
// stanzaReceived() signal.
class Client : public QObject {
  Q_OBJECT
public:
  enum class State { Disconnected, Connecting, Authenticating, Binding, Connected, WaitingToReconnect };
  Q_ENUM(State)
  // An incoming IQ get/set handler returns true if it took the request (and answers it).
  using IqHandler = std::function<bool(const Element &iq)>;

  explicit Client(QObject *parent = nullptr);
  ~Client() override;

  void connectToServer(const ClientSettings &settings);
  // Ends the session cleanly: no reconnection, pending IQs fail with Disconnected.
  void disconnectFromServer();

  [[nodiscard]] State state() const { return state_; }
  [[nodiscard]] const ClientSettings &settings() const { return settings_; }
  [[nodiscard]] Jid accountJid() const { return settings_.jid.bare(); }
  [[nodiscard]] const Jid &boundJid() const { return boundJid_; }
  [[nodiscard]] bool isStreamManagementEnabled() const;
  [[nodiscard]] const Element &streamFeatures() const { return features_; }
  [[nodiscard]] QString nextId();

  // Sends a message, presence or IQ. While not connected it is queued and sent (in order)
  // once the session is up; with stream management it is kept until the server acks it.
  void send(Element stanza);
  // Sends an IQ get/set (an id is added if missing) and calls back exactly once: with the
  // result's first child (possibly null), a stanza error, Timeout or Disconnected. If
  // `context` is destroyed first, the callback is dropped.
  void sendIq(Element iq, QObject *context, IqCallback callback, int timeoutMs = -1);
  void replyResult(const Element &request, Element payload = {});
  void replyError(const Element &request, const StanzaError &error);
  void addIqHandler(QObject *context, IqHandler handler);
  // After a password change (AccountManager): used for the next login.
  void updatePassword(const QString &password) { settings_.password = password; }
  // Tests only: sees every chunk of XML written to the stream, as the server receives it
  // (inside TLS), so a test can prove what did and did not leave the device.
  void setOutgoingTapForTests(std::function<void(const QByteArray &)> tap) { outgoingTap_ = std::move(tap); }

Q_SIGNALS:
  void stateChanged(sotto::xmpp::Client::State state);
  // The session is usable. resumed: the XEP-0198 stream continued, nothing was lost and
  // presence/carbons state is still in place; otherwise it is a fresh session.
  void connected(bool resumed);
  void disconnected();
  void errorOccurred(const sotto::xmpp::ClientError &error);
  void accountRegistered();
  // Every received <message/> and <presence/>; managers pick what concerns them.
  void stanzaReceived(const sotto::xmpp::Element &stanza);
  // XEP-0198: the server has taken responsibility for this stanza we sent.
  void stanzaAcknowledged(const sotto::xmpp::Element &stanza);

private:
  enum class Phase { Idle, StartTls, Stream, Registering, Sasl, Resuming, Binding, EnablingSm, Session };

  void setState(State state);
  void startConnecting();
  void tryNextEndpoint();
  void openStream();
  void writeRaw(const QByteArray &bytes);
  void writeStanza(const Element &stanza);
  void onReadyRead();
  void onSslErrors(const QList<QSslError> &errors);
  void onSocketGone();
  void handleTopLevel(const Element &element);
  void handleFeatures(const Element &features);
  void handleSasl(const Element &element);
  void handleSm(const Element &element);
  void handleIq(const Element &iq);
  void startRegistration();
  void bindResource();
  void enableStreamManagement();
  void sessionEstablished(bool resumed);
  void flushQueued(std::deque<Element> stanzas);
  void scheduleAckRequest();
  void acknowledged(quint32 handled);
  void fail(const ClientError &error);
  void connectionLost(const ClientError &error);
  void dropSocket();
  void scheduleReconnect();
  void sendPing();
  [[nodiscard]] static bool isFatal(const ClientError &error);

  ClientSettings settings_;
  State state_ = State::Disconnected;
  Phase phase_ = Phase::Idle;
  QPointer<QSslSocket> socket_;
  QList<Endpoint> endpoints_;
  std::unique_ptr<Endpoint> currentEndpoint_;
  StreamParser parser_;
  Element features_;
  Jid boundJid_;
  bool authenticated_ = false;
  bool registeredThisAttempt_ = false;
  bool sessionReached_ = false; // this socket got as far as a session
  bool userDisconnect_ = false;
  QString untrustedFingerprint_;
  quint64 socketGeneration_ = 0;
  quint64 idCounter_ = 0;
  QString idPrefix_;
  int reconnectAttempt_ = 0;
  std::deque<Element> queued_;          // sent while not connected
  std::deque<Element> resendAfterBind_; // unacked from a stream that could not be resumed
  std::unique_ptr<EndpointResolver> resolver_;
  std::unique_ptr<IqTracker> iqs_;
  std::unique_ptr<SaslAuthenticator> sasl_;
  std::unique_ptr<StreamManagement> sm_;
  struct Handler {
    QPointer<QObject> context;
    IqHandler handler;
  };
  QList<Handler> iqHandlers_;
  QTimer reconnectTimer_;
  QTimer pingTimer_;
  QTimer ackTimer_;
  std::function<void(const QByteArray &)> outgoingTap_;
};

} // namespace sotto::xmpp
