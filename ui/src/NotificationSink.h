#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace sotto::ui {

// Where NotificationCenter's notifications go: the platform's notification service. It
// decides what is shown (content settings, requests, coalescing); a sink only shows,
// replaces and closes, and reports the user's click. Linux: NotificationDBus (freedesktop
// Notifications); Windows and macOS: SystemTrayNotifications (QSystemTrayIcon).
class NotificationSink : public QObject {
  Q_OBJECT
public:
  using QObject::QObject;

  // Shows a notification (or replaces the one with `replacesId` in place); `done` gets the
  // sink's id for it, 0 when nothing was shown. `body` is plain text.
  virtual void notify(const QString &summary, const QString &body, uint replacesId,
                      std::function<void(uint)> done) = 0;
  virtual void close(uint id) = 0;

Q_SIGNALS:
  // `action` "default": the user clicked the notification.
  void actionInvoked(uint id, const QString &action);
  // Reason as the freedesktop specification numbers it: 1 expired, 2 dismissed, 3 closed by us.
  void closed(uint id, uint reason);
};

} // namespace sotto::ui
