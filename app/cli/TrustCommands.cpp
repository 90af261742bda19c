#include "TrustCommands.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTimer>

namespace sotto::cli {

namespace {
using Trust = app::MessagingController::Trust;

QString trustName(Trust trust) {
  return QString::fromLatin1(QMetaEnum::fromType<Trust>().valueToKey(static_cast<int>(trust))).toLower();
}
} // namespace

int TrustCommands::devices(CliContext &context, const QStringList &arguments) {
  auto &controller = context.controller();
  if (!controller.hasAccount())
    return context.fail(app::AppError::Code::NoAccount, kNotFound);
  const QString jid = arguments.value(0, controller.accountJid());
  for (const QVariant &entry : controller.devices(jid)) {
    const QVariantMap device = entry.toMap();
    const auto trust = device.value(QStringLiteral("trust")).value<Trust>();
    const bool own = device.value(QStringLiteral("own")).toBool();
    const bool active = device.value(QStringLiteral("active")).toBool();
    const QString fingerprint = device.value(QStringLiteral("fingerprint")).toString();
    context.print(QStringLiteral("%1 %2 %3%4  %5")
                      .arg(device.value(QStringLiteral("deviceId")).toInt())
                      .arg(trustName(trust),
                           active ? QCoreApplication::translate("sotto-cli", "active")
                                  : QCoreApplication::translate("sotto-cli", "inactive"),
                           own ? u' ' + QCoreApplication::translate("sotto-cli", "(this device)") : QString(),
                           fingerprint),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("device")},
                              {QStringLiteral("jid"), jid},
                              {QStringLiteral("deviceId"), device.value(QStringLiteral("deviceId")).toInt()},
                              {QStringLiteral("trust"), trustName(trust)},
                              {QStringLiteral("active"), active},
                              {QStringLiteral("own"), own},
                              {QStringLiteral("fingerprint"), fingerprint}});
  }
  return kOk;
}

int TrustCommands::trust(CliContext &context, const QStringList &arguments) {
  if (arguments.size() != 3)
    return context.usage(
        QCoreApplication::translate("sotto-cli", "usage: trust JID DEVICE trusted|untrusted|verified"));
  bool ok = false;
  const int deviceId = arguments.at(1).toInt(&ok);
  const QString level = arguments.at(2);
  Trust trust = Trust::Undecided;
  if (level == u"trusted")
    trust = Trust::Trusted;
  else if (level == u"untrusted")
    trust = Trust::Untrusted;
  else if (level == u"verified")
    trust = Trust::Verified;
  else
    ok = false;
  if (!ok)
    return context.usage(
        QCoreApplication::translate("sotto-cli", "usage: trust JID DEVICE trusted|untrusted|verified"));
  if (!context.controller().setTrust(arguments.at(0), deviceId, trust))
    return context.fail(app::AppError::Code::UnknownDevice, kNotFound);
  context.print(QStringLiteral("%1 %2: %3").arg(arguments.at(0)).arg(deviceId).arg(level),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("trust")},
                            {QStringLiteral("jid"), arguments.at(0)},
                            {QStringLiteral("deviceId"), deviceId},
                            {QStringLiteral("trust"), level}});
  return kOk;
}

int TrustCommands::safetyNumber(CliContext &context, const QStringList &arguments) {
  if (arguments.size() != 1)
    return context.usage(QCoreApplication::translate("sotto-cli", "usage: safety-number JID"));
  const QString number = context.controller().safetyNumber(arguments.at(0));
  if (number.isEmpty())
    return context.fail(app::AppError::Code::UnknownDevice, kNotFound);
  context.print(number, QJsonObject{{QStringLiteral("type"), QStringLiteral("safety-number")},
                                    {QStringLiteral("jid"), arguments.at(0)},
                                    {QStringLiteral("safetyNumber"), number}});
  return kOk;
}

int TrustCommands::fingerprint(CliContext &context) {
  auto &controller = context.controller();
  if (!controller.hasAccount())
    return context.fail(app::AppError::Code::NoAccount, kNotFound);
  const QString fingerprint = controller.ownFingerprint();
  context.print(fingerprint, QJsonObject{{QStringLiteral("type"), QStringLiteral("fingerprint")},
                                         {QStringLiteral("jid"), controller.accountJid()},
                                         {QStringLiteral("deviceId"), controller.ownDeviceId()},
                                         {QStringLiteral("fingerprint"), fingerprint}});
  return kOk;
}

int TrustCommands::contacts(CliContext &context, const QStringList &arguments) {
  auto &controller = context.controller();
  QEventLoop loop;
  QObject::connect(&controller, &app::MessagingController::contactsChanged, &loop, &QEventLoop::quit);
  if (const int result = context.connectAndWait(); result != kOk)
    return result;
  if (arguments.value(0) == u"add") {
    if (arguments.size() != 2)
      return context.usage(QCoreApplication::translate("sotto-cli", "usage: contacts add JID"));
    controller.addContact(arguments.at(1));
    if (context.lastError() == app::AppError::Code::InvalidJid)
      return context.fail(app::AppError::Code::InvalidJid, kUsage);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
  } else if (!arguments.isEmpty()) {
    return context.usage(QCoreApplication::translate("sotto-cli", "usage: contacts [add JID]"));
  }
  for (const QString &jid : controller.contacts())
    context.print(
        jid, QJsonObject{{QStringLiteral("type"), QStringLiteral("contact")}, {QStringLiteral("jid"), jid}});
  return kOk;
}

} // namespace sotto::cli
