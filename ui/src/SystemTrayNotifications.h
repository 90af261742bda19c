#pragma once

#include "NotificationSink.h"

#include <QPointer>
#include <QSystemTrayIcon>

#include <functional>

namespace sotto::ui {

// System notifications on Windows (a toast from the notification area) and macOS (the
// Notification Centre) through QSystemTrayIcon::showMessage, the only API Qt 6.4 has there.
// What the platform offers is narrower than freedesktop's, and this sink maps it:
// - a message cannot be replaced or taken back: a replacement is shown anew under the same
//   id, and close() only forgets it;
// - messageClicked names no message: a click means the last one shown, unless it was closed;
// - Windows shows no toast with an empty text, so a notification without a body ("New
//   message request") shows that summary as the text under Sotto's name.
class SystemTrayNotifications : public NotificationSink {
  Q_OBJECT
public:
  // Hands one notification to the operating system; false when it could not be shown.
  using Presenter = std::function<bool(const QString &title, const QString &text)>;

  explicit SystemTrayNotifications(QSystemTrayIcon *tray, QObject *parent = nullptr);

  // Replaces the call to the operating system (tests capture what it would show).
  void setPresenter(Presenter presenter);

  void notify(const QString &summary, const QString &body, uint replacesId,
              std::function<void(uint)> done) override;
  void close(uint id) override;

private:
  void onMessageClicked();

  QPointer<QSystemTrayIcon> tray_;
  Presenter presenter_;
  uint lastId_ = 0;
  uint onScreen_ = 0; // the id a click means; 0 once it was closed
};

} // namespace sotto::ui
