#include "sotto/xmpp/AccountManager.h"

#include "sotto/xmpp/Namespaces.h"

namespace sotto::xmpp {

AccountManager::AccountManager(Client *client, QObject *parent) : QObject(parent), client_(client) {
}

void AccountManager::changePassword(const QString &newPassword, QObject *context, Callback callback) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  iq.setAttribute(QStringLiteral("to"), client_->accountJid().domain());
  Element &query = iq.addChild(Element(QStringLiteral("query"), ns::kRegister.toString()));
  query.addTextChild(QStringLiteral("username"), ns::kRegister.toString(), client_->accountJid().local());
  query.addTextChild(QStringLiteral("password"), ns::kRegister.toString(), newPassword);
  client_->sendIq(iq, context, [this, newPassword, callback](const IqResult &result) {
    if (result)
      client_->updatePassword(newPassword);
    if (callback)
      callback(result ? tl::expected<void, StanzaError>() : tl::unexpected(result.error()));
  });
}

void AccountManager::removeAccount(QObject *context, Callback callback) {
  Element iq(QStringLiteral("iq"), ns::kClient.toString());
  iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
  iq.setAttribute(QStringLiteral("to"), client_->accountJid().domain());
  iq.addChild(Element(QStringLiteral("query"), ns::kRegister.toString()))
      .addChild(Element(QStringLiteral("remove"), ns::kRegister.toString()));
  client_->sendIq(iq, context, [callback](const IqResult &result) {
    if (callback)
      callback(result ? tl::expected<void, StanzaError>() : tl::unexpected(result.error()));
  });
}

} // namespace sotto::xmpp
