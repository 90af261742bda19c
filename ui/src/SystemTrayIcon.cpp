#include "SystemTrayIcon.h"

#include "SystemTrayNotifications.h"
#include "TrayIconImage.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QJSEngine>
#include <QMenu>
#include <QPixmap>

namespace sotto::ui {

namespace {
QPointer<SystemTrayIcon> g_instance; // NOLINT: the one window's tray icon, set by main.cpp

// The D-Bus backend's contexts, so both backends share one set of translations.
QString unreadText(int count) {
  return count == 0
             ? QCoreApplication::translate("sotto::ui::TrayIcon", "No unread messages")
             : QCoreApplication::translate("sotto::ui::TrayIcon", "%n unread messages", nullptr, count);
}
} // namespace

SystemTrayIcon::SystemTrayIcon(QObject *parent)
    : QObject(parent), tray_(new QSystemTrayIcon(this)), menu_(std::make_unique<QMenu>()) {
  QAction *show = menu_->addAction(QCoreApplication::translate("sotto::ui::TrayMenu", "Show Sotto"));
  QAction *quit = menu_->addAction(QCoreApplication::translate("sotto::ui::TrayMenu", "Quit"));
  connect(show, &QAction::triggered, this, &SystemTrayIcon::showWindow);
  connect(quit, &QAction::triggered, this, &SystemTrayIcon::quitRequested);
  tray_->setContextMenu(menu_.get());
  connect(tray_, &QSystemTrayIcon::activated, this, &SystemTrayIcon::onActivated);
  redraw();
  // Windows and macOS always have one; an X11 session without a tray (Xvfb) has none,
  // and then the window behaves as it always did.
  available_ = QSystemTrayIcon::isSystemTrayAvailable();
  if (available_)
    tray_->show();
}

SystemTrayIcon::~SystemTrayIcon() {
  // The menu goes before the icon that shows it.
  tray_->setContextMenu(nullptr);
}

void SystemTrayIcon::setInstance(SystemTrayIcon *icon) {
  g_instance = icon;
}

SystemTrayIcon *SystemTrayIcon::create(QQmlEngine *, QJSEngine *) {
  // Without one from main.cpp (UI tests): the engine's own, which it deletes.
  if (g_instance.isNull())
    return new SystemTrayIcon(nullptr);
  // The engine must not delete main.cpp's.
  QJSEngine::setObjectOwnership(g_instance.data(), QJSEngine::CppOwnership);
  return g_instance.data();
}

void SystemTrayIcon::setUnreadCount(int count) {
  if (unreadCount_ == count)
    return;
  unreadCount_ = count;
  redraw();
  Q_EMIT unreadCountChanged();
}

void SystemTrayIcon::redraw() {
  QIcon icon;
  // The sizes the notification area (16, 20, 24, 32 at 100–200 %) and the macOS menu bar ask for.
  for (const int size : {16, 22, 32, 64})
    icon.addPixmap(QPixmap::fromImage(trayIconImage(size, unreadCount_)));
  tray_->setIcon(icon);
  tray_->setToolTip(
      QStringLiteral("%1 — %2").arg(QCoreApplication::applicationName(), unreadText(unreadCount_)));
}

void SystemTrayIcon::setWindow(QWindow *window) {
  window_ = window;
}

void SystemTrayIcon::showWindow() {
  if (!window_)
    return;
  window_->show();
  window_->raise();
  window_->requestActivate();
}

void SystemTrayIcon::onActivated(QSystemTrayIcon::ActivationReason reason) {
  // The right button opens the menu (the platform does that); a click or double click shows.
  if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
    showWindow();
}

SystemTrayNotifications *SystemTrayIcon::createNotificationSink() {
  return new SystemTrayNotifications(tray_);
}

} // namespace sotto::ui
