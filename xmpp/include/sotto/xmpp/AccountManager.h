#pragma once

#include "sotto/xmpp/Client.h"

#include <QObject>

namespace sotto::xmpp {

// Account administration over XEP-0077 once logged in: password change and removal.
class AccountManager : public QObject {
  Q_OBJECT
public:
  explicit AccountManager(Client *client, QObject *parent = nullptr);

  using Callback = std::function<void(const tl::expected<void, StanzaError> &)>;
  // On success the client's settings carry the new password, so a reconnection (or
  // a resumption that fails) logs in with it.
  void changePassword(const QString &newPassword, QObject *context, Callback callback);
  // Deletes the account on the server; the server then closes the stream.
  void removeAccount(QObject *context, Callback callback);

private:
  Client *client_;
};

} // namespace sotto::xmpp
