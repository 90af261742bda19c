#pragma once

#include "NotificationSink.h"

#include <QDBusConnection>
#include <QString>
#include <QStringList>

namespace sotto::ui {

// The freedesktop Notifications API (org.freedesktop.Notifications) on one D-Bus
// connection: Notify, CloseNotification and the server's two signals. Every call is
// asynchronous, so a slow or absent server never holds up the UI thread. Without a
// server nothing is shown and one debug line says so; the next call simply tries again
// (a server may start later).
class NotificationDBus : public NotificationSink {
  Q_OBJECT
public:
  explicit NotificationDBus(const QDBusConnection &bus, QObject *parent = nullptr);

  // Shows a notification (or replaces the one with `replacesId` in place); `done` gets
  // the server's id, 0 when nothing was shown. `body` is plain text: escaped here when
  // the server reads markup. One action, "default" (clicking the notification).
  void notify(const QString &summary, const QString &body, uint replacesId,
              std::function<void(uint)> done) override;
  void close(uint id) override;

private Q_SLOTS:
  void onActionInvoked(uint id, const QString &action);
  void onNotificationClosed(uint id, uint reason);

private:
  void askCapabilities();
  void noteFailure(const QString &errorName);

  QDBusConnection bus_;
  QStringList capabilities_;
  bool capabilitiesKnown_ = false;
  bool failureLogged_ = false;
};

} // namespace sotto::ui
