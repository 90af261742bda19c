#include "TrayIcon.h"
#include "NotificationServer.h"
#include "TrayDBusTypes.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QGuiApplication>
#include <QWindow>
#include <QtTest>

using sotto::ui::TrayIcon;
using sotto::ui::TrayMenuLayout;
using sotto::ui::TrayPixmaps;
using sotto::ui::TrayToolTip;

// The tray host's side of the StatusNotifierItem protocol: the watcher items register
// with, which also says a host (a panel) is there. The test reads what a host would.
class Watcher : public QObject {
  Q_OBJECT
  Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
  Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
  Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)
  Q_PROPERTY(int ProtocolVersion READ protocolVersion)
public:
  QStringList registered;
  [[nodiscard]] bool hostRegistered() const { return true; }
  [[nodiscard]] QStringList items() const { return registered; }
  [[nodiscard]] int protocolVersion() const { return 0; }
public Q_SLOTS:
  Q_SCRIPTABLE void RegisterStatusNotifierItem(const QString &service) { registered.append(service); }
  Q_SCRIPTABLE void RegisterStatusNotifierHost(const QString &) {}
};

// Receives the item's NewIcon signals on the bus.
class SignalCounter : public QObject {
  Q_OBJECT
public:
  int count = 0;
public Q_SLOTS:
  void onSignal() { ++count; }
};

// The tray icon as a StatusNotifierItem on a private D-Bus: offered only when a tray host
// is there; the unread count in the icon, the tooltip and the status; a click raises the
// window; the menu's Show Sotto and Quit.
class TrayIconTest : public QObject {
  Q_OBJECT

  sotto::test::NotificationServer bus_; // only its private bus
  QDBusConnection connection_{QString()};

  QVariant itemProperty(const TrayIcon &tray, const QString &name) {
    QDBusMessage get = QDBusMessage::createMethodCall(
        tray.serviceName(), QStringLiteral("/StatusNotifierItem"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.kde.StatusNotifierItem") << name;
    const QDBusReply<QDBusVariant> reply = connection_.call(get);
    return reply.isValid() ? reply.value().variant() : QVariant();
  }

  // Red badge pixels in the 32-pixel icon.
  static int redPixels(const TrayPixmaps &pixmaps) {
    int red = 0;
    for (const auto &pixmap : pixmaps) {
      if (pixmap.width != 32)
        continue;
      for (int i = 0; i + 3 < pixmap.argb.size(); i += 4) {
        const auto r = quint8(pixmap.argb.at(i + 1));
        const auto g = quint8(pixmap.argb.at(i + 2));
        red += (r > 180 && g < 90) ? 1 : 0;
      }
    }
    return red;
  }

private Q_SLOTS:
  void initTestCase() {
    const QString address = bus_.startBus();
    QVERIFY(!address.isEmpty());
    connection_ = QDBusConnection::connectToBus(address, QStringLiteral("tray-test"));
    QVERIFY(connection_.isConnected());
  }

  void offeredOnlyWithAHost() {
    TrayIcon tray(connection_, nullptr);
    QVERIFY(!tray.serviceName().isEmpty());
    QVERIFY(!tray.available()); // no watcher, no host: closing the window quits as before
    QSignalSpy availability(&tray, &TrayIcon::availableChanged);
    Watcher watcher;
    QVERIFY(connection_.registerObject(QStringLiteral("/StatusNotifierWatcher"), &watcher,
                                       QDBusConnection::ExportScriptableContents |
                                           QDBusConnection::ExportAllProperties));
    QVERIFY(connection_.registerService(QStringLiteral("org.kde.StatusNotifierWatcher")));
    QVERIFY(availability.wait(10000));
    QVERIFY(tray.available());
    QCOMPARE(watcher.registered, QStringList{tray.serviceName()});
    connection_.unregisterService(QStringLiteral("org.kde.StatusNotifierWatcher"));
    QTRY_VERIFY(!tray.available());
    connection_.unregisterObject(QStringLiteral("/StatusNotifierWatcher"));
  }

  void showsTheUnreadCount() {
    TrayIcon tray(connection_, nullptr);
    SignalCounter newIcon;
    QVERIFY(connection_.connect(tray.serviceName(), QStringLiteral("/StatusNotifierItem"),
                                QStringLiteral("org.kde.StatusNotifierItem"), QStringLiteral("NewIcon"),
                                &newIcon, SLOT(onSignal())));
    const auto tipBefore = qdbus_cast<TrayToolTip>(itemProperty(tray, QStringLiteral("ToolTip")));
    QCOMPARE(tipBefore.title, QCoreApplication::applicationName());
    QCOMPARE(tipBefore.description, QStringLiteral("No unread messages"));
    QCOMPARE(itemProperty(tray, QStringLiteral("Status")).toString(), QStringLiteral("Active"));
    const auto iconBefore = qdbus_cast<TrayPixmaps>(itemProperty(tray, QStringLiteral("IconPixmap")));
    QCOMPARE(iconBefore.size(), 3);
    QCOMPARE(redPixels(iconBefore), 0);

    tray.setUnreadCount(3);
    QTRY_VERIFY(newIcon.count > 0);
    const auto tipAfter = qdbus_cast<TrayToolTip>(itemProperty(tray, QStringLiteral("ToolTip")));
    QCOMPARE(tipAfter.description, QStringLiteral("3 unread messages"));
    QCOMPARE(itemProperty(tray, QStringLiteral("Status")).toString(), QStringLiteral("NeedsAttention"));
    QVERIFY(redPixels(qdbus_cast<TrayPixmaps>(itemProperty(tray, QStringLiteral("IconPixmap")))) > 50);
  }

  void clickRaisesTheWindowAndTheMenuQuits() {
    TrayIcon tray(connection_, nullptr);
    QWindow window;
    tray.setWindow(&window);
    QVERIFY(!window.isVisible());
    QDBusMessage activate = QDBusMessage::createMethodCall(
        tray.serviceName(), QStringLiteral("/StatusNotifierItem"),
        QStringLiteral("org.kde.StatusNotifierItem"), QStringLiteral("Activate"));
    activate << 0 << 0;
    QCOMPARE(connection_.call(activate).type(), QDBusMessage::ReplyMessage);
    QVERIFY(window.isVisible());

    QDBusMessage layoutCall =
        QDBusMessage::createMethodCall(tray.serviceName(), QStringLiteral("/MenuBar"),
                                       QStringLiteral("com.canonical.dbusmenu"), QStringLiteral("GetLayout"));
    layoutCall << 0 << -1 << QStringList();
    const QDBusMessage layoutReply = connection_.call(layoutCall);
    QCOMPARE(layoutReply.type(), QDBusMessage::ReplyMessage);
    QCOMPARE(layoutReply.arguments().size(), 2);
    const auto layout = qdbus_cast<TrayMenuLayout>(layoutReply.arguments().at(1));
    QCOMPARE(layout.children.size(), 2);
    QCOMPARE(layout.children.at(0).properties.value(QStringLiteral("label")).toString(),
             QStringLiteral("Show Sotto"));
    QCOMPARE(layout.children.at(1).properties.value(QStringLiteral("label")).toString(),
             QStringLiteral("Quit"));

    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    QDBusMessage event =
        QDBusMessage::createMethodCall(tray.serviceName(), QStringLiteral("/MenuBar"),
                                       QStringLiteral("com.canonical.dbusmenu"), QStringLiteral("Event"));
    event << layout.children.at(1).id << QStringLiteral("clicked") << QVariant::fromValue(QDBusVariant(0))
          << uint(0);
    QCOMPARE(connection_.call(event).type(), QDBusMessage::ReplyMessage);
    QCOMPARE(quit.size(), 1);
  }

  void cleanupTestCase() { QDBusConnection::disconnectFromBus(QStringLiteral("tray-test")); }
};

int main(int argc, char **argv) {
  QGuiApplication app(argc, argv);
  if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()) {
    qWarning("SKIP: needs dbus-daemon");
    return 77;
  }
  QTEST_SET_MAIN_SOURCE_PATH
  TrayIconTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "TrayIconTest.moc"
