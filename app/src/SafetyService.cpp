#include "SafetyService.h"

#include "sotto/app/Logging.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"
#include "sotto/storage/SettingsRepository.h"
#include "sotto/xmpp/BlockingManager.h"
#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/RosterManager.h"

#include <QDateTime>

#include <algorithm>

namespace sotto::app {

namespace {

const QString kDropStrangers = QStringLiteral("safety.dropStrangers");
// How far back to look for the sender's last messages (ours are interleaved).
constexpr int kReportScanDepth = 200;

std::optional<xmpp::Jid> bareJid(const QString &text) {
  const auto jid = xmpp::Jid::parse(text.trimmed());
  if (!jid || jid->local().isEmpty())
    return std::nullopt;
  return jid->bare();
}

QString reasonName(SafetyService::Reason reason) {
  switch (reason) {
  case SafetyService::Reason::Spam:
    return QStringLiteral("spam");
  case SafetyService::Reason::Abuse:
    return QStringLiteral("abuse");
  case SafetyService::Reason::Other:
    break;
  }
  return QStringLiteral("other");
}

} // namespace

SafetyService::SafetyService(storage::Database &database, std::int64_t accountId, QString accountJid,
                             xmpp::Client *client, xmpp::RosterManager *roster, QObject *parent)
    : QObject(parent), database_(database), accountId_(accountId), accountJid_(std::move(accountJid)),
      client_(client), roster_(roster), blocking_(new xmpp::BlockingManager(client, this)),
      log_(database, accountId) {
  connect(blocking_, &xmpp::BlockingManager::blocklistReceived, this, [this] { onBlockedChanged({}, true); });
  connect(blocking_, &xmpp::BlockingManager::blockedChanged, this, &SafetyService::onBlockedChanged);
  // A request whose sender became a contact (accepted on another device of ours, or added
  // by hand) is an ordinary conversation everywhere.
  connect(roster_, &xmpp::RosterManager::rosterReceived, this, &SafetyService::acceptRequestsOfContacts);
  connect(roster_, &xmpp::RosterManager::itemChanged, this, &SafetyService::acceptRequestsOfContacts);
  // The manager asks for the list on `connected`; made during that very signal (first
  // sign-in of a new account) it would miss it.
  if (client_->state() == xmpp::Client::State::Connected)
    blocking_->requestBlocklist();
}

SafetyService::~SafetyService() = default;

bool SafetyService::online() const {
  return client_->state() == xmpp::Client::State::Connected;
}

SafetyService::Admission SafetyService::admit(const QString &senderBareJid, bool hasConversation) const {
  const auto jid = xmpp::Jid::parse(senderBareJid);
  if (!jid)
    return Admission::Drop;
  // The server drops a blocked sender's messages; the archive may still hold older ones.
  if (blocking_->isBlocked(*jid))
    return Admission::Drop;
  if (hasConversation || roster_->item(*jid))
    return Admission::Conversation;
  return dropRequestsFromStrangers() ? Admission::Drop : Admission::Request;
}

QStringList SafetyService::requests() const {
  storage::ConversationRepository conversations(database_);
  QStringList result;
  auto all = conversations.list(accountId_);
  if (!all)
    return result;
  for (const auto &summary : *all)
    if (summary.conversation.requestState == storage::RequestState::Pending)
      result.append(summary.conversation.peerJid);
  return result;
}

bool SafetyService::isRequest(const QString &jid) const {
  storage::ConversationRepository conversations(database_);
  auto conversation = conversations.findByPeer(accountId_, jid);
  return conversation && conversation->has_value() &&
         (*conversation)->requestState == storage::RequestState::Pending;
}

bool SafetyService::acceptRequest(const QString &jid) {
  const auto bare = bareJid(jid);
  if (!bare) {
    Q_EMIT errorOccurred(AppError::Code::InvalidJid);
    return false;
  }
  storage::ConversationRepository conversations(database_);
  auto conversation = conversations.findByPeer(accountId_, bare->bareString());
  if (!conversation || !conversation->has_value() ||
      (*conversation)->requestState != storage::RequestState::Pending)
    return false;
  if (!conversations.setRequestState((*conversation)->id, storage::RequestState::Accepted)) {
    Q_EMIT errorOccurred(AppError::Code::StorageFailed);
    return false;
  }
  // The handshake: they may see our presence (pre-approved if they have not asked yet),
  // and we ask for theirs, which also brings their OMEMO device-list notifications.
  roster_->addItem(*bare, QString(), {}, this, [this, jid = *bare](const auto &result) {
    if (!result)
      return Q_EMIT errorOccurred(AppError::Code::ProtocolError);
    roster_->acceptSubscription(jid);
    roster_->subscribe(jid);
  });
  Q_EMIT requestsChanged();
  return true;
}

bool SafetyService::deleteRequest(const QString &jid) {
  storage::ConversationRepository conversations(database_);
  auto conversation = conversations.findByPeer(accountId_, jid.trimmed());
  if (!conversation || !conversation->has_value() ||
      (*conversation)->requestState != storage::RequestState::Pending)
    return false;
  if (!conversations.remove((*conversation)->id)) {
    Q_EMIT errorOccurred(AppError::Code::StorageFailed);
    return false;
  }
  Q_EMIT requestsChanged();
  return true;
}

bool SafetyService::dropRequestsFromStrangers() const {
  storage::SettingsRepository settings(database_);
  return settings.string(kDropStrangers, {}, accountId_).value_or(QString()) == QLatin1String("1");
}

bool SafetyService::setDropRequestsFromStrangers(bool drop) {
  if (drop == dropRequestsFromStrangers())
    return true;
  storage::SettingsRepository settings(database_);
  if (!settings.setString(kDropStrangers, drop ? QStringLiteral("1") : QStringLiteral("0"), accountId_)) {
    Q_EMIT errorOccurred(AppError::Code::StorageFailed);
    return false;
  }
  Q_EMIT dropRequestsFromStrangersChanged();
  return true;
}

void SafetyService::block(const QString &jid) {
  const auto bare = bareJid(jid);
  if (!bare)
    return Q_EMIT errorOccurred(AppError::Code::InvalidJid);
  if (!online())
    return Q_EMIT errorOccurred(AppError::Code::NotConnected);
  // The list changes with the server's push (to every device of ours), not here.
  blocking_->block({*bare}, this, [this](const auto &result) {
    if (!result)
      Q_EMIT errorOccurred(AppError::Code::ProtocolError);
  });
}

void SafetyService::unblock(const QString &jid) {
  const auto bare = bareJid(jid);
  if (!bare)
    return Q_EMIT errorOccurred(AppError::Code::InvalidJid);
  if (!online())
    return Q_EMIT errorOccurred(AppError::Code::NotConnected);
  blocking_->unblock({*bare}, this, [this](const auto &result) {
    if (!result)
      Q_EMIT errorOccurred(AppError::Code::ProtocolError);
  });
}

QStringList SafetyService::blocked() const {
  QStringList result = blocking_->blocked().values();
  result.sort();
  return result;
}

bool SafetyService::isBlocked(const QString &jid) const {
  const auto bare = bareJid(jid);
  return bare && blocking_->isBlocked(*bare);
}

void SafetyService::onBlockedChanged(const QList<xmpp::Jid> &jids, bool blocked) {
  if (blocked) {
    // A blocked stranger's request leaves the list (on every device, since this runs on
    // the push); the messages stay, so the user can still report them.
    storage::ConversationRepository conversations(database_);
    QStringList peers = jids.isEmpty() ? blocking_->blocked().values() : QStringList();
    for (const auto &jid : jids)
      peers.append(jid.bareString());
    bool changed = false;
    for (const QString &peer : std::as_const(peers)) {
      auto conversation = conversations.findByPeer(accountId_, peer);
      if (conversation && conversation->has_value() &&
          (*conversation)->requestState == storage::RequestState::Pending)
        changed =
            conversations.setRequestState((*conversation)->id, storage::RequestState::Declined).has_value() ||
            changed;
    }
    if (changed)
      Q_EMIT requestsChanged();
  }
  Q_EMIT blockedChanged();
}

void SafetyService::acceptRequestsOfContacts() {
  storage::ConversationRepository conversations(database_);
  auto all = conversations.list(accountId_);
  if (!all)
    return;
  bool changed = false;
  for (const auto &summary : *all) {
    const auto &conversation = summary.conversation;
    if (conversation.requestState != storage::RequestState::Pending)
      continue;
    const auto jid = xmpp::Jid::parse(conversation.peerJid);
    if (jid && roster_->item(*jid))
      changed = conversations.setRequestState(conversation.id, storage::RequestState::Accepted).has_value() ||
                changed;
  }
  if (changed)
    Q_EMIT requestsChanged();
}

QList<storage::Message> SafetyService::reportableMessages(const QString &jid) const {
  QList<storage::Message> result;
  storage::ConversationRepository conversations(database_);
  auto conversation = conversations.findByPeer(accountId_, jid.trimmed());
  if (!conversation || !conversation->has_value())
    return result;
  storage::MessageRepository messages(database_);
  auto newest = messages.newest((*conversation)->id, kReportScanDepth);
  if (!newest)
    return result;
  for (auto it = newest->crbegin(); it != newest->crend() && result.size() < kReportableMessages; ++it)
    if (it->direction == storage::Direction::Incoming && !it->body.isEmpty())
      result.append(*it);
  return result;
}

bool SafetyService::report(const QString &jid, Reason reason, const QList<qint64> &messageIds) {
  const auto bare = bareJid(jid);
  if (!bare) {
    Q_EMIT errorOccurred(AppError::Code::InvalidJid);
    return false;
  }
  if (!online()) {
    Q_EMIT errorOccurred(AppError::Code::NotConnected);
    return false;
  }
  // Only what the user ticked, and only from the sender's last few messages: a wrong id
  // refuses the whole report rather than sending something the user did not see.
  const QList<storage::Message> candidates = reportableMessages(bare->bareString());
  QList<storage::Message> chosen;
  for (qint64 id : messageIds) {
    auto found = std::find_if(candidates.cbegin(), candidates.cend(),
                              [id](const storage::Message &message) { return message.id == id; });
    if (found == candidates.cend()) {
      Q_EMIT errorOccurred(AppError::Code::UnknownMessage);
      return false;
    }
    if (std::none_of(chosen.cbegin(), chosen.cend(),
                     [id](const storage::Message &message) { return message.id == id; }))
      chosen.append(*found);
  }
  std::sort(chosen.begin(), chosen.end(), [](const storage::Message &a, const storage::Message &b) {
    return a.timestamp < b.timestamp || (a.timestamp == b.timestamp && a.id < b.id);
  });

  QList<xmpp::ReportedStanza> evidence;
  QStringList lines;
  // XEP-0377 knows spam and abuse; "other" goes as abuse and says so in the text.
  if (reason == Reason::Other)
    lines.append(QStringLiteral("Reason: other"));
  const auto own = xmpp::Jid::parse(accountJid_);
  for (const auto &message : std::as_const(chosen)) {
    if (!message.stanzaId.isEmpty() && own)
      evidence.append({message.stanzaId, *own});
    // The server only ever had the ciphertext: the plain text is the evidence.
    lines.append(QStringLiteral("[%1] %2").arg(
        QDateTime::fromMSecsSinceEpoch(message.timestamp, Qt::UTC).toString(Qt::ISODate), message.body));
  }
  SafetyReportLog::Entry entry;
  entry.jid = bare->bareString();
  entry.reason = reasonName(reason);
  for (const auto &message : std::as_const(chosen))
    entry.messageIds.append(message.id);
  blocking_->report(*bare, reason == Reason::Spam ? xmpp::ReportReason::Spam : xmpp::ReportReason::Abuse,
                    evidence, lines.join(QLatin1Char('\n')), this, [this, entry](const auto &result) mutable {
                      if (!result) {
                        qCInfo(lcApp) << "report refused:" << result.error().conditionName();
                        Q_EMIT errorOccurred(AppError::Code::ProtocolError);
                        return Q_EMIT reportFinished(entry.jid, false);
                      }
                      entry.at = QDateTime::currentMSecsSinceEpoch();
                      if (!log_.append(entry))
                        Q_EMIT errorOccurred(AppError::Code::StorageFailed);
                      Q_EMIT reportFinished(entry.jid, true);
                    });
  return true;
}

QList<SafetyReportLog::Entry> SafetyService::reports() const {
  return log_.entries();
}

} // namespace sotto::app
