#include "LockedKeychainProbe.h"

#if defined(SOTTO_SECRET_SERVICE_PROBE)
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QMap>
#endif

namespace sotto::storage::detail {

#if defined(SOTTO_SECRET_SERVICE_PROBE)

bool secretServiceHasLockedEntry(const QString &service, const QString &account, int timeoutMs) {
  QDBusConnection bus = QDBusConnection::sessionBus();
  if (!bus.isConnected())
    return false;
  using Attributes = QMap<QString, QString>;
  qDBusRegisterMetaType<Attributes>();
  QDBusMessage search = QDBusMessage::createMethodCall(
      QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
      QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
  search.setArguments({QVariant::fromValue(
      Attributes{{QStringLiteral("user"), account}, {QStringLiteral("server"), service}})});
  const QDBusMessage reply = bus.call(search, QDBus::Block, timeoutMs);
  if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
    return false;
  // SearchItems answers (unlocked ao, locked ao).
  QList<QDBusObjectPath> unlocked;
  QList<QDBusObjectPath> locked;
  reply.arguments().at(0).value<QDBusArgument>() >> unlocked;
  reply.arguments().at(1).value<QDBusArgument>() >> locked;
  return unlocked.isEmpty() && !locked.isEmpty();
}

#else

bool secretServiceHasLockedEntry(const QString &, const QString &, int) {
  return false;
}

#endif

} // namespace sotto::storage::detail
