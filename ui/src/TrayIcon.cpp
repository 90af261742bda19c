#include "TrayIcon.h"

#include "TrayDBusTypes.h"
#include "TrayMenu.h"
#include "TrayStatusItem.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QJSEngine>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTray, "sotto.ui.tray", QtInfoMsg)

namespace sotto::ui {

namespace {
QPointer<TrayIcon> g_instance; // NOLINT: the one window's tray icon, set by main.cpp
const QString kWatcherService = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString kWatcherPath = QStringLiteral("/StatusNotifierWatcher");
const QString kItemPath = QStringLiteral("/StatusNotifierItem");
const QString kMenuPath = QStringLiteral("/MenuBar");
int g_itemCount = 0; // NOLINT: a unique name per item in this process
} // namespace

TrayIcon::TrayIcon(QObject *parent) : TrayIcon(QDBusConnection::sessionBus(), parent) {
}

TrayIcon::TrayIcon(const QDBusConnection &bus, QObject *parent)
    : QObject(parent), bus_(bus), item_(new TrayStatusItem(this)), menu_(new TrayMenu(this)) {
  registerTrayDBusTypes();
  connect(menu_, &TrayMenu::showRequested, this, &TrayIcon::showWindow);
  connect(menu_, &TrayMenu::quitRequested, this, &TrayIcon::quitRequested);
  if (!bus_.isConnected())
    return;
  serviceName_ = QStringLiteral("org.kde.StatusNotifierItem-%1-%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(++g_itemCount);
  const auto exported = QDBusConnection::ExportScriptableContents | QDBusConnection::ExportAllProperties;
  if (!bus_.registerObject(kItemPath, item_, exported) || !bus_.registerObject(kMenuPath, menu_, exported) ||
      !bus_.registerService(serviceName_)) {
    qCDebug(lcTray) << "tray icon not offered:" << bus_.lastError().name();
    return;
  }
  watcher_ = new QDBusServiceWatcher(kWatcherService, bus_, QDBusServiceWatcher::WatchForOwnerChange, this);
  connect(watcher_, &QDBusServiceWatcher::serviceRegistered, this, &TrayIcon::registerWithWatcher);
  connect(watcher_, &QDBusServiceWatcher::serviceUnregistered, this, [this]() { setAvailable(false); });
  bus_.connect(kWatcherService, kWatcherPath, kWatcherService, QStringLiteral("StatusNotifierHostRegistered"),
               this, SLOT(registerWithWatcher()));
  registerWithWatcher();
}

TrayIcon::~TrayIcon() {
  if (!serviceName_.isEmpty() && bus_.isConnected()) {
    bus_.unregisterService(serviceName_);
    bus_.unregisterObject(kItemPath);
    bus_.unregisterObject(kMenuPath);
  }
}

void TrayIcon::setInstance(TrayIcon *icon) {
  g_instance = icon;
}

TrayIcon *TrayIcon::create(QQmlEngine *, QJSEngine *) {
  // Without one from main.cpp (UI tests): the engine's own, which it deletes.
  if (g_instance.isNull())
    return new TrayIcon(nullptr);
  // The engine must not delete main.cpp's.
  QJSEngine::setObjectOwnership(g_instance.data(), QJSEngine::CppOwnership);
  return g_instance.data();
}

void TrayIcon::registerWithWatcher() {
  QDBusMessage call = QDBusMessage::createMethodCall(kWatcherService, kWatcherPath, kWatcherService,
                                                     QStringLiteral("RegisterStatusNotifierItem"));
  call << serviceName_;
  auto *registration = new QDBusPendingCallWatcher(bus_.asyncCall(call), this);
  connect(registration, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
    finished->deleteLater();
    if (finished->isError()) {
      // No tray on this desktop: the window behaves as it always did.
      qCDebug(lcTray) << "no tray host:" << finished->error().name();
      setAvailable(false);
      return;
    }
    // Registered; shown only once a host (the panel) is there to draw it.
    QDBusMessage get = QDBusMessage::createMethodCall(kWatcherService, kWatcherPath,
                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << kWatcherService << QStringLiteral("IsStatusNotifierHostRegistered");
    auto *hostQuery = new QDBusPendingCallWatcher(bus_.asyncCall(get), this);
    connect(hostQuery, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *answer) {
      answer->deleteLater();
      const QDBusPendingReply<QDBusVariant> reply = *answer;
      setAvailable(!reply.isError() && reply.value().variant().toBool());
    });
  });
}

void TrayIcon::setAvailable(bool available) {
  if (available_ == available)
    return;
  available_ = available;
  Q_EMIT availableChanged();
}

void TrayIcon::setUnreadCount(int count) {
  if (unreadCount_ == count)
    return;
  unreadCount_ = count;
  item_->announceChange();
  Q_EMIT unreadCountChanged();
}

void TrayIcon::setWindow(QWindow *window) {
  window_ = window;
}

void TrayIcon::showWindow() {
  if (!window_)
    return;
  window_->show();
  window_->raise();
  window_->requestActivate();
}

QString TrayIcon::toolTipText() const {
  return unreadCount_ == 0 ? tr("No unread messages") : tr("%n unread messages", nullptr, unreadCount_);
}

} // namespace sotto::ui
