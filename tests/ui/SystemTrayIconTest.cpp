#include "SystemTrayIcon.h"
#include "NotificationCenter.h"
#include "SystemTrayNotifications.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QtTest>

using sotto::ui::NotificationCenter;
using sotto::ui::SystemTrayIcon;
using sotto::ui::SystemTrayNotifications;
using namespace sotto::ui::test;
namespace storage = sotto::storage;

namespace {
// Pixels of the badge's red (0xd9, 0x30, 0x25) in the icon's top right quarter.
int badgePixels(const QImage &icon) {
  const QImage image = icon.convertToFormat(QImage::Format_ARGB32);
  int count = 0;
  for (int y = 0; y < image.height() / 2; ++y)
    for (int x = image.width() / 2; x < image.width(); ++x) {
      const QColor color = image.pixelColor(x, y);
      if (color.alpha() > 200 && color.red() > 180 && color.green() < 90 && color.blue() < 90)
        ++count;
    }
  return count;
}
} // namespace

// The Windows/macOS tray and notification backend (QSystemTrayIcon), built here in a
// test-only library: the unread badge and tooltip, the menu and the click, "no tray"
// handled, and what NotificationCenter hands to the operating system for each content
// setting and for a message request. The operating system's call itself (showMessage) is
// replaced by a recorder: it is outside this unit and needs a real Windows or macOS tray.
class SystemTrayIconTest : public QObject {
  Q_OBJECT

  struct Shown {
    QString title;
    QString text;
  };

  std::unique_ptr<ProfileFixture> fixture_;
  std::unique_ptr<SystemTrayIcon> tray_;
  std::unique_ptr<NotificationCenter> center_;
  QList<Shown> shown_;

  // A message from `peer` arrives (as the message service stores and announces it); waits
  // until NotificationCenter has handed everything to the sink.
  void receive(const QString &peer, const QString &text,
               storage::RequestState state = storage::RequestState::Accepted) {
    const auto conversation = addConversation(fixture_->db(), fixture_->accountId(), peer, 0, 0, state);
    storage::Message message;
    message.senderJid = peer;
    message.direction = storage::Direction::Incoming;
    message.body = text;
    const auto id = insertMessage(fixture_->db(), conversation, message);
    Q_EMIT fixture_->backend().controller()->messageAdded(peer, id);
  }

  // Everything shown once NotificationCenter has flushed (catch-up pace: up to 1.5 s).
  QList<Shown> shownAfterFlush(int expected) {
    if (!QTest::qWaitFor([&]() { return shown_.size() >= expected && center_->settled(); }, 5000))
      return {};
    return std::exchange(shown_, {});
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    fixture_ = std::make_unique<ProfileFixture>();
    tray_ = std::make_unique<SystemTrayIcon>(nullptr);
    auto *sink = tray_->createNotificationSink();
    sink->setPresenter([this](const QString &title, const QString &text) {
      shown_.append({title, text});
      return true;
    });
    center_ = std::make_unique<NotificationCenter>(sink, nullptr);
    center_->setController(fixture_->backend().controller());
  }
  void cleanupTestCase() {
    center_.reset();
    tray_.reset();
    fixture_.reset();
  }

  void noTrayHereIsHandled() {
    // Xvfb and offscreen have no notification area: not offered, the icon stays hidden,
    // and Main.qml lets the window close (and the app quit) as it always did.
    QCOMPARE(tray_->available(), QSystemTrayIcon::isSystemTrayAvailable());
    if (!tray_->available())
      QVERIFY(!tray_->systemTrayIcon()->isVisible());
    // Without a tray the real sink shows nothing and says so (id 0), losing nothing else.
    SystemTrayNotifications real(tray_->systemTrayIcon());
    uint id = 99;
    real.notify(QStringLiteral("title"), QStringLiteral("text"), 0, [&id](uint shownId) { id = shownId; });
    QCOMPARE(id, tray_->available() ? 1U : 0U);
  }

  void unreadCountIsInTheTooltipAndTheBadge() {
    QSignalSpy changed(tray_.get(), &SystemTrayIcon::unreadCountChanged);
    QSystemTrayIcon *icon = tray_->systemTrayIcon();
    QCOMPARE(icon->toolTip(),
             QStringLiteral("%1 — No unread messages").arg(QCoreApplication::applicationName()));
    QCOMPARE(badgePixels(icon->icon().pixmap(32, 32).toImage()), 0);

    tray_->setUnreadCount(3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(icon->toolTip(),
             QStringLiteral("%1 — 3 unread messages").arg(QCoreApplication::applicationName()));
    QVERIFY(badgePixels(icon->icon().pixmap(32, 32).toImage()) > 20);
    QVERIFY(badgePixels(icon->icon().pixmap(16, 16).toImage()) > 5);
    // For a look at what Windows and macOS show.
    QDir().mkpath(QStringLiteral(SOTTO_SCREENSHOT_DIR));
    QVERIFY(
        icon->icon().pixmap(64, 64).save(QStringLiteral(SOTTO_SCREENSHOT_DIR "/tray-system-icon-badge.png")));
    tray_->setUnreadCount(3);
    QCOMPARE(changed.count(), 1); // unchanged: no signal, no redraw

    tray_->setUnreadCount(0);
    QCOMPARE(badgePixels(icon->icon().pixmap(32, 32).toImage()), 0);
    QVERIFY(icon->toolTip().endsWith(QStringLiteral("No unread messages")));
  }

  void menuShowsTheWindowAndQuits() {
    QQuickWindow window;
    window.resize(200, 100);
    tray_->setWindow(&window);
    QMenu *menu = tray_->systemTrayIcon()->contextMenu();
    QVERIFY(menu != nullptr);
    const auto actions = menu->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0)->text(), QStringLiteral("Show Sotto"));
    QCOMPARE(actions.at(1)->text(), QStringLiteral("Quit"));

    QVERIFY(!window.isVisible());
    actions.at(0)->trigger();
    QVERIFY(window.isVisible());
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // A click on the icon (as the platform reports it) brings a hidden window back.
    window.hide();
    Q_EMIT tray_->systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
    QVERIFY(window.isVisible());
    window.hide();
    Q_EMIT tray_->systemTrayIcon()->activated(QSystemTrayIcon::Context); // the menu, not the window
    QVERIFY(!window.isVisible());

    QSignalSpy quit(tray_.get(), &SystemTrayIcon::quitRequested);
    actions.at(1)->trigger();
    QCOMPARE(quit.count(), 1);
    tray_->setWindow(nullptr);
  }

  // What each Content setting lets through; the sender's name is the conversation's title.
  void contentSettingIsHonoured_data() {
    QTest::addColumn<NotificationCenter::Content>("content");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("nameShown");
    QTest::addColumn<QString>("expectedText");
    using Content = NotificationCenter::Content;
    QTest::newRow("name and message")
        << Content::NameAndMessage << QStringLiteral("ann@example.org")
        << QStringLiteral("Lunch at noon tomorrow?") << true << QStringLiteral("Lunch at noon tomorrow?");
    QTest::newRow("name only") << Content::NameOnly << QStringLiteral("ben@example.org")
                               << QStringLiteral("The parcel is at the neighbours") << true
                               << QStringLiteral("New message");
    QTest::newRow("nothing") << Content::Nothing << QStringLiteral("cat@example.org")
                             << QStringLiteral("The door code is 4711") << false
                             << QStringLiteral("New message");
  }
  void contentSettingIsHonoured() {
    QFETCH(NotificationCenter::Content, content);
    QFETCH(QString, peer);
    QFETCH(QString, text);
    QFETCH(bool, nameShown);
    QFETCH(QString, expectedText);
    center_->setContent(content);
    receive(peer, text);
    const auto shown = shownAfterFlush(1);
    QCOMPARE(shown.size(), 1);
    const QString name = peer.section(u'@', 0, 0);
    if (nameShown)
      QVERIFY2(shown.first().title.contains(name), qPrintable(shown.first().title));
    else
      QCOMPARE(shown.first().title, QCoreApplication::applicationName());
    QCOMPARE(shown.first().text, expectedText);
  }

  void requestSaysOnlyNewMessageRequest() {
    center_->setContent(NotificationCenter::Content::NameAndMessage);
    receive(QStringLiteral("stranger@spam.example"), QStringLiteral("Hello, this is your bank calling"),
            storage::RequestState::Pending);
    const auto shown = shownAfterFlush(1);
    QCOMPARE(shown.size(), 1);
    // Windows shows no toast without a text: the summary is the text, under Sotto's name.
    QCOMPARE(shown.first().title, QCoreApplication::applicationName());
    QCOMPARE(shown.first().text, QStringLiteral("New message request"));
  }

  void aBurstIsOneNotificationPerConversation() {
    center_->setContent(NotificationCenter::Content::NameAndMessage);
    receive(QStringLiteral("dan@example.org"), QStringLiteral("one"));
    receive(QStringLiteral("dan@example.org"), QStringLiteral("two"));
    receive(QStringLiteral("dan@example.org"), QStringLiteral("three"));
    const auto shown = shownAfterFlush(1);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().text, QStringLiteral("3 new messages"));
  }

  void clickOpensTheConversationAndRaisesTheWindow() {
    QQuickWindow window;
    window.resize(200, 100);
    center_->setWindow(&window);
    center_->setContent(NotificationCenter::Content::NameOnly);
    receive(QStringLiteral("eve@example.org"), QStringLiteral("over here"));
    QCOMPARE(shownAfterFlush(1).size(), 1);
    QSignalSpy activated(center_.get(), &NotificationCenter::activated);
    Q_EMIT tray_->systemTrayIcon()->messageClicked();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("eve@example.org"));
    QVERIFY(window.isVisible());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    center_->setWindow(nullptr);
  }
};

int main(int argc, char *argv[]) {
  // QSystemTrayIcon's menu is a QWidget: the app on Windows and macOS is a QApplication.
  QApplication application(argc, argv);
  SystemTrayIconTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "SystemTrayIconTest.moc"
