#include "TypingService.h"

#include "PrivacySettings.h"
#include "SafetyService.h"

#include "sotto/storage/ConversationRepository.h"
#include "sotto/xmpp/ChatStateManager.h"
#include "sotto/xmpp/Client.h"

#include <QDateTime>
#include <QTimer>

namespace sotto::app {

TypingService::TypingService(storage::Database &database, std::int64_t accountId, QString accountJid,
                             xmpp::Client *client, SafetyService *safety, QObject *parent)
    : QObject(parent), database_(database), accountId_(accountId), accountJid_(std::move(accountJid)),
      client_(client), safety_(safety), chatStates_(new xmpp::ChatStateManager(client, this)) {
  connect(chatStates_, &xmpp::ChatStateManager::chatStateReceived, this, &TypingService::onChatState);
}

TypingService::~TypingService() = default;

bool TypingService::isAcceptedConversation(const QString &peer) const {
  storage::ConversationRepository conversations(database_);
  auto conversation = conversations.findByPeer(accountId_, peer);
  return conversation && conversation->has_value() &&
         (*conversation)->requestState == storage::RequestState::Accepted;
}

bool TypingService::mayNotify(const QString &peerBareJid) const {
  if (peerBareJid.isEmpty() || peerBareJid == accountJid_ ||
      !PrivacySettings::sendTypingIndicators(database_))
    return false;
  // A conversation we have not started yet, a request and a block all learn nothing.
  return isAcceptedConversation(peerBareJid) && !(safety_ && safety_->isBlocked(peerBareJid));
}

TypingService::Outgoing &TypingService::outgoing(const QString &peer) {
  auto it = outgoing_.find(peer);
  if (it != outgoing_.end())
    return *it;
  Outgoing state;
  state.idle = new QTimer(this);
  state.idle->setSingleShot(true);
  state.idle->setInterval(kPausedAfterMs);
  connect(state.idle, &QTimer::timeout, this, [this, peer] { want(peer, xmpp::ChatState::Paused); });
  state.flush = new QTimer(this);
  state.flush->setSingleShot(true);
  connect(state.flush, &QTimer::timeout, this, [this, peer] { flush(peer); });
  return *outgoing_.insert(peer, state);
}

void TypingService::composerChanged(const QString &peerJid, bool hasText) {
  const auto jid = xmpp::Jid::parse(peerJid);
  if (!jid || jid->local().isEmpty())
    return;
  const QString peer = jid->bareString();
  if (!mayNotify(peer))
    return;
  if (!hasText) {
    // Cleared (or sent, then MessageService already told): attentive, not typing.
    outgoing(peer).idle->stop();
    return want(peer, xmpp::ChatState::Active);
  }
  outgoing(peer).idle->start();
  want(peer, xmpp::ChatState::Composing);
}

void TypingService::want(const QString &peer, xmpp::ChatState state) {
  Outgoing &out = outgoing(peer);
  out.wanted = state;
  if (out.flush->isActive())
    return;
  const qint64 wait = out.lastSentAt + kMinimumIntervalMs - QDateTime::currentMSecsSinceEpoch();
  if (wait > 0)
    return out.flush->start(int(wait));
  flush(peer);
}

void TypingService::flush(const QString &peer) {
  Outgoing &out = outgoing(peer);
  if (out.wanted == out.sent)
    return;
  // Asked again at the moment of sending: the setting, a block or a lost connection may
  // have changed since the user typed.
  if (!mayNotify(peer) || client_->state() != xmpp::Client::State::Connected)
    return;
  chatStates_->send(*xmpp::Jid::parse(peer), out.wanted);
  out.sent = out.wanted;
  out.lastSentAt = QDateTime::currentMSecsSinceEpoch();
}

void TypingService::messageSent(const QString &peerBareJid) {
  auto it = outgoing_.find(peerBareJid);
  if (it == outgoing_.end())
    return;
  it->idle->stop();
  it->flush->stop();
  it->sent = it->wanted = xmpp::ChatState::Active;
  it->lastSentAt = QDateTime::currentMSecsSinceEpoch();
}

void TypingService::reset() {
  for (auto &out : outgoing_) {
    out.idle->stop();
    out.flush->stop();
    out.sent = out.wanted = xmpp::ChatState::Active;
  }
}

bool TypingService::isTyping(const QString &peerBareJid) const {
  return typing_.contains(peerBareJid);
}

void TypingService::onChatState(const xmpp::Jid &from, xmpp::ChatState state) {
  const QString peer = from.bareString();
  if (peer == accountJid_ || !isAcceptedConversation(peer) || (safety_ && safety_->isBlocked(peer)))
    return;
  if (state == xmpp::ChatState::Composing) {
    QTimer *expiry = typing_.value(peer);
    const bool changed = expiry == nullptr;
    if (!expiry) {
      expiry = new QTimer(this);
      expiry->setSingleShot(true);
      connect(expiry, &QTimer::timeout, this, [this, peer] {
        if (QTimer *timer = typing_.take(peer)) {
          timer->deleteLater();
          Q_EMIT typingChanged(peer);
        }
      });
      typing_.insert(peer, expiry);
    }
    expiry->start(kTypingExpiresMs);
    if (changed)
      Q_EMIT typingChanged(peer);
    return;
  }
  if (QTimer *timer = typing_.take(peer)) {
    timer->deleteLater();
    Q_EMIT typingChanged(peer);
  }
}

} // namespace sotto::app
