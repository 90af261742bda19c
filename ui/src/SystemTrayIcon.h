#pragma once

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QWindow>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QAction;
class QMenu;
class QQmlEngine;
class QJSEngine;

namespace sotto::ui {

class SystemTrayNotifications;

// The QML singleton `TrayIcon` on Windows and macOS: Sotto in the notification area / menu
// bar through QSystemTrayIcon (QtWidgets; Linux uses the D-Bus TrayIcon instead, without
// QtWidgets). The same QML API as TrayIcon: the unread count drawn as a badge on the icon
// and said in the tooltip; a click raises the window; its menu has Show Sotto and Quit.
// `available` is true only where the platform has a tray: then closing the window hides it
// (Main.qml); without one closing quits. The icon also carries the system notifications
// (createNotificationSink()).
class SystemTrayIcon : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(TrayIcon)
  QML_SINGLETON
  Q_PROPERTY(int unreadCount READ unreadCount WRITE setUnreadCount NOTIFY unreadCountChanged)
  Q_PROPERTY(bool available READ available NOTIFY availableChanged)
public:
  // Needs a QApplication (the menu is a QMenu). No default argument: Qt 6.4 would build
  // the QML singleton with a default constructor instead of create().
  explicit SystemTrayIcon(QObject *parent);
  ~SystemTrayIcon() override;

  static void setInstance(SystemTrayIcon *icon);
  static SystemTrayIcon *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

  [[nodiscard]] int unreadCount() const { return unreadCount_; }
  void setUnreadCount(int count);
  [[nodiscard]] bool available() const { return available_; }
  void setWindow(QWindow *window);
  void showWindow();

  // Notifications shown through this icon, for NotificationCenter::setSink (which owns it).
  [[nodiscard]] SystemTrayNotifications *createNotificationSink();
  // The Qt icon itself: its tooltip, icon and menu are what the platform shows (tests).
  [[nodiscard]] QSystemTrayIcon *systemTrayIcon() const { return tray_; }

Q_SIGNALS:
  void unreadCountChanged();
  void availableChanged();
  // Quit in the tray menu (main.cpp quits the application).
  void quitRequested();

private:
  void onActivated(QSystemTrayIcon::ActivationReason reason);
  void redraw();

  QSystemTrayIcon *tray_;
  std::unique_ptr<QMenu> menu_; // a QWidget: it cannot have a QObject parent
  QPointer<QWindow> window_;
  int unreadCount_ = 0;
  bool available_ = false;
};

} // namespace sotto::ui
