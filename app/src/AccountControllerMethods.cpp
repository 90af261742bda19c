// MessagingController: account settings (password change). The sign-in half of the
// account API is in MessagingController.cpp.
#include "sotto/app/MessagingController.h"

#include "Session.h"

#include "sotto/app/Logging.h"
#include "sotto/xmpp/AccountManager.h"

namespace sotto::app {

namespace {

AppError::Code fromPasswordChangeError(const xmpp::StanzaError &error) {
  using Condition = xmpp::StanzaErrorCondition;
  switch (error.condition) {
  case Condition::FeatureNotImplemented:
  case Condition::ServiceUnavailable:
    return AppError::Code::PasswordChangeUnsupported;
  case Condition::Timeout:
  case Condition::Disconnected:
    return AppError::Code::NotConnected;
  default:
    return AppError::Code::PasswordChangeRefused;
  }
}

} // namespace

void MessagingController::changePassword(const QString &currentPassword, const QString &newPassword) {
  auto finish = [this](Error error) {
    if (error != Error::None)
      reportError(error);
    Q_EMIT passwordChangeFinished(error);
  };
  if (!session_)
    return finish(Error::NoProfile);
  if (session_->accountId == 0)
    return finish(Error::NoAccount);
  if (newPassword.size() < kMinimumPasswordLength)
    return finish(Error::PasswordTooShort);
  // The password Sotto holds is the reference: whoever sits at an unlocked computer must
  // still know it to replace it.
  const auto stored = session_->passwords->load(session_->accountId, session_->accountJid);
  if (!stored)
    return finish(Error::PasswordUnavailable);
  if (*stored != currentPassword)
    return finish(Error::WrongCurrentPassword);
  if (state_ != ConnectionState::Online || !session_->client ||
      session_->client->state() != xmpp::Client::State::Connected)
    return finish(Error::NotConnected);

  xmpp::Client *client = session_->client.get();
  // Owned by the client: it goes with the connection it belongs to.
  auto *account = client->findChild<xmpp::AccountManager *>(QString(), Qt::FindDirectChildrenOnly);
  if (!account)
    account = new xmpp::AccountManager(client, client);
  const std::int64_t accountId = session_->accountId;
  const QString jid = session_->accountJid;
  account->changePassword(
      newPassword, this,
      [this, finish, accountId, jid, newPassword](const tl::expected<void, xmpp::StanzaError> &done) {
        if (!done) {
          qCInfo(lcApp) << "password change refused:" << done.error().conditionName();
          return finish(fromPasswordChangeError(done.error()));
        }
        // The server has the new password now: a reconnection must use it,
        // and so must the next start.
        if (!session_ || session_->accountId != accountId)
          return finish(Error::NoProfile);
        session_->clientSettings.password = newPassword;
        if (!session_->passwords->store(accountId, jid, newPassword))
          return finish(Error::PasswordUnavailable);
        finish(Error::None);
      });
}

} // namespace sotto::app
