// MessagingController: the safety part of its API (requests, blocking, reports). Thin:
// the work is in SafetyService.
#include "sotto/app/MessagingController.h"

#include "RosterMirror.h"
#include "Session.h"

#include "sotto/storage/MessageRepository.h"

#include <QVariantMap>

namespace sotto::app {

static_assert(int(MessagingController::ReportReason::Spam) == int(SafetyService::Reason::Spam) &&
                  int(MessagingController::ReportReason::Abuse) == int(SafetyService::Reason::Abuse) &&
                  int(MessagingController::ReportReason::Other) == int(SafetyService::Reason::Other),
              "the controller's report reasons mirror SafetyService's");

void MessagingController::attachSafety() {
  Session &s = *session_;
  // The roster's names kept in the profile; it lives as long as the roster. Made before
  // the controller forwards the roster's signals as contactsChanged, so the names are
  // stored by the time readers hear of a change.
  new RosterMirror(s.opened.database, s.accountId, s.roster.get(), s.roster.get());
  s.safety = std::make_unique<SafetyService>(s.opened.database, s.accountId, s.accountJid, s.client.get(),
                                             s.roster.get());
  s.messages->setSafety(s.safety.get());
  connect(s.safety.get(), &SafetyService::requestsChanged, this, &MessagingController::requestsChanged);
  // A request that changed state moves between the lists.
  connect(s.safety.get(), &SafetyService::requestsChanged, this, &MessagingController::conversationsChanged);
  connect(s.safety.get(), &SafetyService::blockedChanged, this, &MessagingController::blockedChanged);
  connect(s.safety.get(), &SafetyService::dropRequestsFromStrangersChanged, this,
          &MessagingController::dropRequestsFromStrangersChanged);
  connect(s.safety.get(), &SafetyService::reportFinished, this, &MessagingController::reportFinished);
  connect(s.safety.get(), &SafetyService::errorOccurred, this, &MessagingController::reportError);
}

QStringList MessagingController::requests() const {
  return session_ && session_->safety ? session_->safety->requests() : QStringList();
}

bool MessagingController::isRequest(const QString &jid) const {
  return session_ && session_->safety && session_->safety->isRequest(jid);
}

bool MessagingController::acceptRequest(const QString &jid) {
  return session_ && session_->safety && session_->safety->acceptRequest(jid);
}

bool MessagingController::deleteRequest(const QString &jid) {
  return session_ && session_->safety && session_->safety->deleteRequest(jid);
}

bool MessagingController::dropRequestsFromStrangers() const {
  return session_ && session_->safety && session_->safety->dropRequestsFromStrangers();
}

void MessagingController::setDropRequestsFromStrangers(bool drop) {
  if (!session_ || !session_->safety)
    return reportError(session_ ? Error::NoAccount : Error::NoProfile);
  session_->safety->setDropRequestsFromStrangers(drop);
}

void MessagingController::block(const QString &jid) {
  if (!session_ || !session_->safety)
    return reportError(session_ ? Error::NoAccount : Error::NoProfile);
  session_->safety->block(jid);
}

void MessagingController::unblock(const QString &jid) {
  if (!session_ || !session_->safety)
    return reportError(session_ ? Error::NoAccount : Error::NoProfile);
  session_->safety->unblock(jid);
}

QStringList MessagingController::blocked() const {
  return session_ && session_->safety ? session_->safety->blocked() : QStringList();
}

bool MessagingController::isBlocked(const QString &jid) const {
  return session_ && session_->safety && session_->safety->isBlocked(jid);
}

QVariantList MessagingController::reportableMessages(const QString &jid) const {
  QVariantList result;
  if (!session_ || !session_->safety)
    return result;
  for (const auto &message : session_->safety->reportableMessages(jid))
    result.append(QVariantMap{{QStringLiteral("id"), qint64(message.id)},
                              {QStringLiteral("body"), message.body},
                              {QStringLiteral("timestamp"), qint64(message.timestamp)}});
  return result;
}

bool MessagingController::report(const QString &jid, ReportReason reason, const QVariantList &messageIds) {
  if (!session_ || !session_->safety) {
    reportError(session_ ? Error::NoAccount : Error::NoProfile);
    return false;
  }
  QList<qint64> ids;
  for (const QVariant &id : messageIds) {
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    if (!ok) {
      reportError(Error::UnknownMessage);
      return false;
    }
    ids.append(value);
  }
  return session_->safety->report(jid, static_cast<SafetyService::Reason>(reason), ids);
}

QVariantList MessagingController::reports() const {
  QVariantList result;
  if (!session_ || !session_->safety)
    return result;
  for (const auto &entry : session_->safety->reports()) {
    QVariantList ids;
    for (qint64 id : entry.messageIds)
      ids.append(id);
    result.append(QVariantMap{{QStringLiteral("jid"), entry.jid},
                              {QStringLiteral("reason"), entry.reason},
                              {QStringLiteral("at"), entry.at},
                              {QStringLiteral("messageIds"), ids}});
  }
  return result;
}

void MessagingController::setOutgoingTapForTests(std::function<void(const QByteArray &)> tap) {
  if (session_ && session_->client)
    session_->client->setOutgoingTapForTests(std::move(tap));
}

} // namespace sotto::app
