#pragma once

// A real notification server for tests: a private D-Bus session bus (no service
// activation, so nothing else answers there) and Debian's dunst on it, under the X display
// the test services provide. What dunst received is read back with `dunstctl history`.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusServiceWatcher>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace sotto::test {

class NotificationServer {
public:
  struct Received {
    int id = 0;
    QString summary;
    QString body;
    QString appName;
  };

  NotificationServer() = default;
  NotificationServer(const NotificationServer &) = delete;
  NotificationServer &operator=(const NotificationServer &) = delete;
  ~NotificationServer() {
    stopProcess(dunst_);
    stopProcess(bus_);
  }

  // dunst needs an X display (Xvfb from scripts/lib/services.sh).
  static bool available() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") && !QStandardPaths::findExecutable("dunst").isEmpty() &&
           !QStandardPaths::findExecutable("dunstctl").isEmpty() &&
           !QStandardPaths::findExecutable("dbus-daemon").isEmpty();
  }

  // A bus with nobody on it yet; its address, empty on failure.
  QString startBus() {
    QFile config(dir_.filePath(QStringLiteral("bus.conf")));
    if (!config.open(QIODevice::WriteOnly))
      return {};
    config.write(
        // Plain literals, not a raw string: moc reads this header too, and its tokenizer
        // takes the "//" of the DOCTYPE inside a raw string for a comment.
        QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig>\n"
                       "  <type>session</type>\n"
                       "  <listen>unix:dir=%1</listen>\n"
                       "  <auth>EXTERNAL</auth>\n"
                       "  <policy context=\"default\">\n"
                       "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                       "    <allow eavesdrop=\"true\"/>\n"
                       "    <allow own=\"*\"/>\n"
                       "  </policy>\n"
                       "</busconfig>\n")
            .arg(dir_.path())
            .toUtf8());
    config.close();
    bus_.start(QStringLiteral("dbus-daemon"),
               {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1")});
    if (!bus_.waitForStarted(5000))
      return {};
    while (!bus_.canReadLine() && bus_.waitForReadyRead(10000)) {
    }
    address_ = QString::fromUtf8(bus_.readLine()).trimmed();
    return address_;
  }

  // Starts dunst on the bus (startBus first) and waits until it owns the Notifications name.
  bool startDunst(const QDBusConnection &bus) {
    QFile config(dir_.filePath(QStringLiteral("dunstrc")));
    if (!config.open(QIODevice::WriteOnly))
      return false;
    // Nothing expires by itself (the tests decide when a notification goes), full history.
    config.write("[global]\n    font = Monospace 8\n    markup = full\n    history_length = 100\n"
                 "    idle_threshold = 0\n    sticky_history = yes\n"
                 "[urgency_low]\n    timeout = 0\n[urgency_normal]\n    timeout = 0\n"
                 "[urgency_critical]\n    timeout = 0\n");
    config.close();
    QDBusServiceWatcher watcher(QStringLiteral("org.freedesktop.Notifications"), bus,
                                QDBusServiceWatcher::WatchForRegistration);
    QSignalSpy registered(&watcher, &QDBusServiceWatcher::serviceRegistered);
    dunst_.setProcessEnvironment(environment());
    dunst_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    dunst_.start(QStringLiteral("dunst"), {QStringLiteral("-config"), config.fileName()});
    if (!dunst_.waitForStarted(5000))
      return false;
    return bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")) ||
           registered.wait(15000);
  }

  [[nodiscard]] QString address() const { return address_; }

  // `dunstctl ARGS…` on this bus; its standard output.
  QByteArray dunstctl(const QStringList &arguments) const {
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral("dunstctl"), arguments);
    process.waitForFinished(15000);
    return process.readAllStandardOutput();
  }

  // Moves everything on screen to the history (as if the user dismissed it all).
  void closeAll() const { dunstctl({QStringLiteral("close-all")}); }
  // dunst 1.9 cannot clear its history: remember what is there, history() leaves it out.
  void forgetHistory() {
    for (const Received &received : history())
      forgotten_.insert(received.id);
  }
  int displayed() const {
    return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).trimmed().toInt();
  }
  // Clicks the newest notification on screen (its "default" action).
  void click() const { dunstctl({QStringLiteral("action"), QStringLiteral("0")}); }

  // The raw JSON of `dunstctl history` (all of it) and the notifications in it since
  // forgetHistory(), newest first.
  QByteArray historyJson() const { return dunstctl({QStringLiteral("history")}); }
  QList<Received> history() const {
    QList<Received> received;
    const QJsonArray outer =
        QJsonDocument::fromJson(historyJson()).object().value(QLatin1String("data")).toArray();
    const QJsonArray entries = outer.isEmpty() ? QJsonArray() : outer.first().toArray();
    for (const QJsonValue &entry : entries) {
      const QJsonObject object = entry.toObject();
      auto field = [&object](const char *name) {
        return object.value(QLatin1String(name)).toObject().value(QLatin1String("data"));
      };
      const int id = field("id").toInt();
      if (!forgotten_.contains(id))
        received.append(
            {id, field("summary").toString(), field("body").toString(), field("appname").toString()});
    }
    return received;
  }

private:
  QProcessEnvironment environment() const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address_);
    // No user's dunstrc: only the one written here.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir_.filePath(QStringLiteral("config")));
    return environment;
  }

  static void stopProcess(QProcess &process) {
    if (process.state() == QProcess::NotRunning)
      return;
    process.terminate();
    if (!process.waitForFinished(5000))
      process.kill();
    process.waitForFinished(2000);
  }

  QTemporaryDir dir_;
  QProcess bus_;
  QProcess dunst_;
  QString address_;
  QSet<int> forgotten_;
};

} // namespace sotto::test
