#include "NotificationDBus.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcNotifications, "sotto.ui.notifications", QtInfoMsg)

namespace sotto::ui {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
// The desktop file's name: lets the desktop group Sotto's notifications and find the icon.
const QString kDesktopEntry = QStringLiteral("im.sotto.Sotto");
} // namespace

NotificationDBus::NotificationDBus(const QDBusConnection &bus, QObject *parent)
    : NotificationSink(parent), bus_(bus) {
  // Connected by name: QtDBus follows the owner, so a server that starts later is heard too.
  bus_.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
               SLOT(onActionInvoked(uint, QString)));
  bus_.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
               SLOT(onNotificationClosed(uint, uint)));
  askCapabilities();
}

void NotificationDBus::askCapabilities() {
  if (!bus_.isConnected())
    return;
  const QDBusMessage call =
      QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
  auto *watcher = new QDBusPendingCallWatcher(bus_.asyncCall(call), this);
  connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
    finished->deleteLater();
    const QDBusPendingReply<QStringList> reply = *finished;
    if (reply.isError())
      return;
    capabilities_ = reply.value();
    capabilitiesKnown_ = true;
  });
}

void NotificationDBus::notify(const QString &summary, const QString &body, uint replacesId,
                              std::function<void(uint)> done) {
  if (!bus_.isConnected()) {
    noteFailure(QStringLiteral("no session bus"));
    done(0);
    return;
  }
  if (!capabilitiesKnown_)
    askCapabilities(); // for the next one; this one assumes markup, as most servers read it
  const bool markup = !capabilitiesKnown_ || capabilities_.contains(QLatin1String("body-markup"));
  QVariantMap hints;
  hints.insert(QStringLiteral("desktop-entry"), kDesktopEntry);
  hints.insert(QStringLiteral("category"), QStringLiteral("im.received"));
  hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(1));
  QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
  call << QCoreApplication::applicationName() << replacesId << kDesktopEntry << summary
       << (markup ? body.toHtmlEscaped() : body) << QStringList{QStringLiteral("default"), tr("Open")}
       << hints << qint32(-1);
  auto *watcher = new QDBusPendingCallWatcher(bus_.asyncCall(call), this);
  connect(watcher, &QDBusPendingCallWatcher::finished, this,
          [this, done = std::move(done)](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            const QDBusPendingReply<uint> reply = *finished;
            if (reply.isError()) {
              noteFailure(reply.error().name());
              done(0);
              return;
            }
            failureLogged_ = false;
            done(reply.value());
          });
}

void NotificationDBus::close(uint id) {
  if (id == 0 || !bus_.isConnected())
    return;
  QDBusMessage call =
      QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification"));
  call << id;
  bus_.call(call, QDBus::NoBlock);
}

void NotificationDBus::noteFailure(const QString &errorName) {
  // One line per outage, at debug level: a desktop without a notification server is normal.
  if (std::exchange(failureLogged_, true))
    return;
  qCDebug(lcNotifications) << "no notification shown:" << errorName;
}

void NotificationDBus::onActionInvoked(uint id, const QString &action) {
  Q_EMIT actionInvoked(id, action);
}

void NotificationDBus::onNotificationClosed(uint id, uint reason) {
  Q_EMIT closed(id, reason);
}

} // namespace sotto::ui
