#include "AccountCommand.h"

#include "CliContext.h"

#include "sotto/xmpp/Jid.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace sotto::cli {

namespace {

int show(CliContext &context) {
  auto &controller = context.controller();
  if (!controller.hasAccount())
    return context.fail(app::AppError::Code::NoAccount, kNotFound);
  const QString fingerprint = controller.ownFingerprint();
  context.print(QCoreApplication::translate("sotto-cli", "account: %1\ndevice: %2\nfingerprint: %3")
                    .arg(controller.accountJid())
                    .arg(controller.ownDeviceId())
                    .arg(fingerprint),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("account")},
                            {QStringLiteral("jid"), controller.accountJid()},
                            {QStringLiteral("deviceId"), controller.ownDeviceId()},
                            {QStringLiteral("fingerprint"), fingerprint}});
  return kOk;
}

} // namespace

int AccountCommand::run(CliContext &context, const QStringList &arguments) {
  const QString action = arguments.value(0);
  if (action == u"show")
    return show(context);
  if (action != u"register" && action != u"login")
    return context.usage(QCoreApplication::translate(
        "sotto-cli", "usage: account register|login JID [PASSWORD] | account show"));
  const auto jid = xmpp::Jid::parse(arguments.value(1));
  if (!jid || jid->local().isEmpty())
    return context.fail(app::AppError::Code::InvalidJid, kUsage);
  QString password = arguments.value(2);
  if (password.isEmpty()) {
    QTextStream in(stdin);
    password = in.readLine();
  }
  if (password.isEmpty())
    return context.usage(
        QCoreApplication::translate("sotto-cli", "a password is needed (argument or first line of stdin)"));
  auto &controller = context.controller();
  if (action == u"register")
    controller.createAccount(jid->domain(), jid->local(), password);
  else
    controller.signIn(jid->bareString(), password);
  if (const int result = context.waitOnline(); result != kOk)
    return result;
  return show(context);
}

} // namespace sotto::cli
