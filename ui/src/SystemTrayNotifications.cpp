#include "SystemTrayNotifications.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTrayNotifications, "sotto.ui.notifications.tray", QtInfoMsg)

namespace sotto::ui {

namespace {
// How long a balloon stays (Windows may follow its accessibility setting instead).
constexpr int kShowMs = 10000;
} // namespace

SystemTrayNotifications::SystemTrayNotifications(QSystemTrayIcon *tray, QObject *parent)
    : NotificationSink(parent), tray_(tray) {
  presenter_ = [this](const QString &title, const QString &text) {
    // Windows shows a toast only for a visible notification-area icon.
    if (!tray_ || !tray_->isVisible() || !QSystemTrayIcon::supportsMessages())
      return false;
    tray_->showMessage(title, text, tray_->icon(), kShowMs);
    return true;
  };
  if (tray_)
    connect(tray_, &QSystemTrayIcon::messageClicked, this, &SystemTrayNotifications::onMessageClicked);
}

void SystemTrayNotifications::setPresenter(Presenter presenter) {
  presenter_ = std::move(presenter);
}

void SystemTrayNotifications::notify(const QString &summary, const QString &body, uint replacesId,
                                     std::function<void(uint)> done) {
  const bool shown =
      body.isEmpty() ? presenter_(QCoreApplication::applicationName(), summary) : presenter_(summary, body);
  if (!shown) {
    qCDebug(lcTrayNotifications) << "no notification shown: no tray icon";
    done(0);
    return;
  }
  const uint id = replacesId != 0 ? replacesId : ++lastId_;
  onScreen_ = id;
  done(id);
}

void SystemTrayNotifications::close(uint id) {
  if (id != 0 && id == onScreen_)
    onScreen_ = 0;
}

void SystemTrayNotifications::onMessageClicked() {
  if (onScreen_ != 0)
    Q_EMIT actionInvoked(onScreen_, QStringLiteral("default"));
}

} // namespace sotto::ui
