#pragma once

#include "sotto/xmpp/ChatState.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <cstdint>

class QTimer;

namespace sotto::storage {
class Database;
}
namespace sotto::xmpp {
class ChatStateManager;
class Client;
class Jid;
} // namespace sotto::xmpp

namespace sotto::app {

class SafetyService;

// Typing indicators (XEP-0085) of one account, both ways. Out: the composer's changes
// become composing / paused / active, at most one notification per peer per second
// (the last wanted state always goes out), and only when the user allows it and the peer
// is an accepted conversation that is not blocked: a stranger (a message request) learns
// nothing. In: a peer's "composing" shows until another state, a message, or 30 s of
// silence; states from strangers and blocked JIDs are ignored.
class TypingService : public QObject {
  Q_OBJECT
public:
  static constexpr int kPausedAfterMs = 5000;     // idle composer → "paused"
  static constexpr int kMinimumIntervalMs = 1000; // per peer, between two notifications
  static constexpr int kTypingExpiresMs = 30000;  // a peer's "composing" we never saw end

  TypingService(storage::Database &database, std::int64_t accountId, QString accountJid, xmpp::Client *client,
                SafetyService *safety, QObject *parent = nullptr);
  ~TypingService() override;

  void composerChanged(const QString &peerJid, bool hasText);
  // May chat states go to this peer (setting on, accepted conversation, not blocked)?
  [[nodiscard]] bool mayNotify(const QString &peerBareJid) const;
  // A message to the peer carries <active/> (MessageService adds it): no separate one.
  void messageSent(const QString &peerBareJid);
  [[nodiscard]] bool isTyping(const QString &peerBareJid) const;
  // The setting was turned off: forget what we told anyone, send nothing more.
  void reset();

Q_SIGNALS:
  void typingChanged(const QString &peerBareJid);

private:
  struct Outgoing {
    xmpp::ChatState sent = xmpp::ChatState::Active;
    xmpp::ChatState wanted = xmpp::ChatState::Active;
    qint64 lastSentAt = 0;
    QTimer *idle = nullptr;  // composing → paused
    QTimer *flush = nullptr; // sends `wanted` once the interval allows
  };
  Outgoing &outgoing(const QString &peer);
  void want(const QString &peer, xmpp::ChatState state);
  void flush(const QString &peer);
  void onChatState(const xmpp::Jid &from, xmpp::ChatState state);
  [[nodiscard]] bool isAcceptedConversation(const QString &peer) const;

  storage::Database &database_;
  std::int64_t accountId_;
  QString accountJid_;
  xmpp::Client *client_;
  SafetyService *safety_;
  xmpp::ChatStateManager *chatStates_;
  QHash<QString, Outgoing> outgoing_;
  QHash<QString, QTimer *> typing_; // peers typing now → their expiry timer
};

} // namespace sotto::app
