#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QPointer>
#include <QWindow>
#include <QtQml/qqmlregistration.h>

class QDBusServiceWatcher;
class QQmlEngine;
class QJSEngine;

namespace sotto::ui {

class TrayMenu;
class TrayStatusItem;

// The QML singleton `TrayIcon`: Sotto in the system tray as a StatusNotifierItem over
// D-Bus (KDE, GNOME with the AppIndicator extension, XFCE, most Wayland bars), so no
// QtWidgets and no QApplication are needed. Shows the unread count on the icon and in the
// tooltip; a click raises the window; its menu has Show Sotto and Quit. `available` is
// true only while a tray host is there: then closing the window hides it (Main.qml);
// without one Sotto behaves as before and closing the window quits.
class TrayIcon : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(int unreadCount READ unreadCount WRITE setUnreadCount NOTIFY unreadCountChanged)
  Q_PROPERTY(bool available READ available NOTIFY availableChanged)
public:
  // On the session bus. No default argument: Qt 6.4 would build the QML singleton with a
  // default constructor instead of create().
  explicit TrayIcon(QObject *parent);
  // On another bus (tests).
  TrayIcon(const QDBusConnection &bus, QObject *parent);
  ~TrayIcon() override;

  static void setInstance(TrayIcon *icon);
  static TrayIcon *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

  [[nodiscard]] int unreadCount() const { return unreadCount_; }
  void setUnreadCount(int count);
  [[nodiscard]] bool available() const { return available_; }
  void setWindow(QWindow *window);
  // The D-Bus name this item is registered under (org.kde.StatusNotifierItem-PID-N).
  [[nodiscard]] QString serviceName() const { return serviceName_; }

  // For TrayStatusItem and TrayMenu.
  void showWindow();
  [[nodiscard]] QString toolTipText() const;

Q_SIGNALS:
  void unreadCountChanged();
  void availableChanged();
  // Quit in the tray menu (main.cpp quits the application).
  void quitRequested();

private:
  void registerWithWatcher();
  void setAvailable(bool available);

  QDBusConnection bus_;
  TrayStatusItem *item_ = nullptr;
  TrayMenu *menu_ = nullptr;
  QDBusServiceWatcher *watcher_ = nullptr;
  QPointer<QWindow> window_;
  QString serviceName_;
  int unreadCount_ = 0;
  bool available_ = false;
};

} // namespace sotto::ui
