// MessagingController: the privacy part of its API (read receipts, typing indicators).
// Thin: the work is in TypingService and MessageService; the switches in PrivacySettings.
#include "sotto/app/MessagingController.h"

#include "PrivacySettings.h"
#include "Session.h"
#include "TypingService.h"

namespace sotto::app {

void MessagingController::attachPrivacy() {
  Session &s = *session_;
  s.typing = std::make_unique<TypingService>(s.opened.database, s.accountId, s.accountJid, s.client.get(),
                                             s.safety.get());
  s.messages->setTyping(s.typing.get());
  connect(s.typing.get(), &TypingService::typingChanged, this, &MessagingController::typingChanged);
}

bool MessagingController::sendReadReceipts() const {
  return session_ && PrivacySettings::sendReadReceipts(session_->opened.database);
}

void MessagingController::setSendReadReceipts(bool enabled) {
  if (!session_)
    return reportError(Error::NoProfile);
  if (enabled == sendReadReceipts())
    return;
  if (!PrivacySettings::setSendReadReceipts(session_->opened.database, enabled))
    return reportError(Error::StorageFailed);
  Q_EMIT privacyChanged();
}

bool MessagingController::sendTypingIndicators() const {
  return session_ && PrivacySettings::sendTypingIndicators(session_->opened.database);
}

void MessagingController::setSendTypingIndicators(bool enabled) {
  if (!session_)
    return reportError(Error::NoProfile);
  if (enabled == sendTypingIndicators())
    return;
  if (!PrivacySettings::setSendTypingIndicators(session_->opened.database, enabled))
    return reportError(Error::StorageFailed);
  if (!enabled && session_->typing)
    session_->typing->reset();
  Q_EMIT privacyChanged();
}

void MessagingController::composerChanged(const QString &peerJid, bool hasText) {
  if (session_ && session_->typing)
    session_->typing->composerChanged(peerJid, hasText);
}

bool MessagingController::isTyping(const QString &peerJid) const {
  return session_ && session_->typing && session_->typing->isTyping(peerJid);
}

} // namespace sotto::app
