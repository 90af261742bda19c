#include "AppTestSupport.h"
#include "NotificationCenter.h"
#include "NotificationServer.h"
#include "TestEnvironment.h"

#include "sotto/app/ConversationList.h"

#include <QDBusConnection>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QWindow>
#include <QtTest>

using sotto::app::test::Peer;
using sotto::app::test::sendWhenReady;
using sotto::test::NotificationServer;
using sotto::ui::NotificationCenter;

namespace {
QStringList g_log; // NOLINT: what the notification code logged (the handler is a plain function)
QtMessageHandler g_previousHandler = nullptr;

void recordLog(QtMsgType type, const QMessageLogContext &context, const QString &message) {
  if (context.category != nullptr && QByteArray(context.category).startsWith("sotto.ui.notifications"))
    g_log.append(message);
  g_previousHandler(type, context, message);
}
} // namespace

// Receives the server's NotificationClosed signals on the test's bus.
class ClosedRecorder : public QObject {
  Q_OBJECT
public:
  QList<QPair<uint, uint>> closed;
public Q_SLOTS:
  void onClosed(uint id, uint reason) { closed.append({id, reason}); }
};

// System notifications of incoming messages, shown by a real notification server (dunst,
// on a private bus under Xvfb) for real accounts on the test Prosody: what each setting
// reveals, message requests, muted conversations, our own messages, a click, reading,
// and the archive catch-up coalesced into one notification.
class NotificationsTest : public QObject {
  Q_OBJECT

  NotificationServer server_;
  QDBusConnection bus_{QString()};
  Peer me_;
  Peer contact_;
  Peer stranger_;
  std::unique_ptr<NotificationCenter> center_;

  void say(Peer &from, const QString &text) { QVERIFY(sendWhenReady(*from.controller, me_.jid, text) != 0); }

  bool arrived(const QString &peer, const QString &text) const {
    const auto history = me_.history(peer);
    return std::any_of(history.cbegin(), history.cend(), [&text](const auto &m) { return m.body == text; });
  }

  // Everything on screen goes to dunst's history (as if dismissed), which is returned.
  QList<NotificationServer::Received> dismissAll() {
    server_.closeAll();
    if (!QTest::qWaitFor([this]() { return center_->shownConversations().isEmpty(); }, 10000))
      return {};
    return server_.history();
  }

  // `from` says `text`; once its notification is on screen and final, everything shown is
  // dismissed and returned (empty when it never showed).
  QList<NotificationServer::Received> notifiedBy(Peer &from, const QString &text) {
    if (sendWhenReady(*from.controller, me_.jid, text) == 0 ||
        !QTest::qWaitFor([&]() { return center_->shownConversations().contains(from.jid); }, 30000) ||
        !QTest::qWaitFor([this]() { return center_->settled(); }, 5000))
      return {};
    return dismissAll();
  }

  void setMuted(const QString &peer, bool muted) {
    QVERIFY(sotto::app::ConversationList(*me_.controller).setMuted(peer, muted));
  }

private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    if (!NotificationServer::available())
      QSKIP("needs an X display (scripts/lib/services.sh), dunst and dbus-daemon");
    const QString address = server_.startBus();
    QVERIFY(!address.isEmpty());
    bus_ = QDBusConnection::connectToBus(address, QStringLiteral("notifications-test"));
    QVERIFY(bus_.isConnected());
    QVERIFY(server_.startDunst(bus_));

    const auto xmpp = sotto::test::xmppServer();
    QVERIFY(xmpp.has_value());
    QVERIFY(me_.start(*xmpp, QStringLiteral("me")));
    QVERIFY(contact_.start(*xmpp, QStringLiteral("friend")));
    QVERIFY(stranger_.start(*xmpp, QStringLiteral("stranger")));
    me_.controller->addContact(contact_.jid);
    QTRY_VERIFY_WITH_TIMEOUT(me_.controller->contacts().contains(contact_.jid), 15000);

    center_ = std::make_unique<NotificationCenter>(bus_, nullptr);
    center_->setController(me_.controller.get());
  }

  void init() {
    server_.forgetHistory();
    center_->setContent(NotificationCenter::Content::NameAndMessage);
  }

  void settingsAreKeptInTheProfile() {
    center_->setContent(NotificationCenter::Content::Nothing);
    NotificationCenter reread(bus_, nullptr);
    reread.setController(me_.controller.get());
    QCOMPARE(reread.content(), NotificationCenter::Content::Nothing);
    QVERIFY(reread.enabled());
    reread.setController(nullptr);
  }

  void nameAndMessageShowsSenderAndText() {
    const auto history = notifiedBy(contact_, QStringLiteral("Lunch at noon tomorrow?"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().summary, contact_.jid);
    QCOMPARE(history.first().body, QStringLiteral("Lunch at noon tomorrow?"));
  }

  void nameOnlyHidesTheText() {
    center_->setContent(NotificationCenter::Content::NameOnly);
    const auto history = notifiedBy(contact_, QStringLiteral("The parcel is at the neighbours"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().summary, contact_.jid);
    QCOMPARE(history.first().body, QStringLiteral("New message"));
    QVERIFY(!server_.historyJson().contains("parcel"));
  }

  void noNameOrMessageHidesBoth() {
    center_->setContent(NotificationCenter::Content::Nothing);
    const auto history = notifiedBy(contact_, QStringLiteral("The door code is 4711"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().body, QStringLiteral("New message"));
    const QByteArray json = server_.historyJson();
    QVERIFY(!json.contains("4711"));
    const QString shown = history.first().summary + history.first().body;
    QVERIFY(!shown.contains(contact_.jid.section(u'@', 0, 0)));
  }

  void strangerGivesOnlyNewMessageRequest() {
    say(stranger_, QStringLiteral("Hello, this is your bank calling"));
    QTRY_VERIFY_WITH_TIMEOUT(center_->shownConversations().contains(stranger_.jid), 30000);
    QVERIFY(me_.controller->isRequest(stranger_.jid));
    const auto history = dismissAll();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().summary, QStringLiteral("New message request"));
    const QByteArray json = server_.historyJson();
    QVERIFY(!json.contains("bank"));
    QVERIFY(!json.contains(stranger_.jid.section(u'@', 0, 0).toUtf8()));
  }

  void mutedAndOwnMessagesGiveNone() {
    setMuted(contact_.jid, true);
    auto unmute = qScopeGuard([this]() { setMuted(contact_.jid, false); });
    say(contact_, QStringLiteral("muted words"));
    QTRY_VERIFY_WITH_TIMEOUT(arrived(contact_.jid, QStringLiteral("muted words")), 30000);
    QVERIFY(sendWhenReady(*me_.controller, contact_.jid, QStringLiteral("my own words")) != 0);
    // A notification that must come after anything the two above could have caused.
    const auto history = notifiedBy(stranger_, QStringLiteral("sentinel"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().summary, QStringLiteral("New message request"));
    const QByteArray json = server_.historyJson();
    QVERIFY(!json.contains("muted words"));
    QVERIFY(!json.contains("my own words"));
  }

  void noneForTheConversationOnScreenOrWhenTurnedOff() {
    QWindow window;
    center_->setWindow(&window);
    window.show();
    window.requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    center_->setOpenConversation(contact_.jid);
    say(contact_, QStringLiteral("you are looking at this"));
    QTRY_VERIFY_WITH_TIMEOUT(arrived(contact_.jid, QStringLiteral("you are looking at this")), 30000);
    center_->setOpenConversation(QString());
    center_->setWindow(nullptr);

    // Off, and kept so in the profile: a new NotificationCenter reads it back.
    center_->setEnabled(false);
    NotificationCenter reread(bus_, nullptr);
    reread.setController(me_.controller.get());
    QVERIFY(!reread.enabled());
    say(contact_, QStringLiteral("nobody is told"));
    QTRY_VERIFY_WITH_TIMEOUT(arrived(contact_.jid, QStringLiteral("nobody is told")), 30000);
    center_->setEnabled(true);
    reread.setController(nullptr);

    const auto history = notifiedBy(stranger_, QStringLiteral("sentinel again"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().summary, QStringLiteral("New message request"));
    QVERIFY(QMetaObject::invokeMethod(me_.controller.get(), "markRead", Q_ARG(QString, contact_.jid)));
  }

  void clickOpensTheConversationAndReadingCloses() {
    QVERIFY(me_.controller->markRead(contact_.jid));
    QWindow window;
    center_->setWindow(&window);
    QSignalSpy activated(center_.get(), &NotificationCenter::activated);
    ClosedRecorder recorder;
    QVERIFY(bus_.connect(QString(), QStringLiteral("/org/freedesktop/Notifications"),
                         QStringLiteral("org.freedesktop.Notifications"),
                         QStringLiteral("NotificationClosed"), &recorder, SLOT(onClosed(uint, uint))));

    say(contact_, QStringLiteral("click me"));
    QTRY_VERIFY_WITH_TIMEOUT(center_->shownConversations().contains(contact_.jid), 30000);
    QTRY_VERIFY(center_->settled());
    QCOMPARE(server_.displayed(), 1);
    server_.click();
    QVERIFY(activated.wait(10000));
    QCOMPARE(activated.first().first().toString(), contact_.jid);
    QVERIFY(window.isVisible());

    // Reading the conversation takes its notification off the screen (CloseNotification: 3).
    QVERIFY(me_.controller->markRead(contact_.jid));
    QTRY_VERIFY(center_->shownConversations().isEmpty());
    QTRY_VERIFY(!recorder.closed.isEmpty());
    QCOMPARE(recorder.closed.last().second, 3U);
    QTRY_COMPARE(server_.displayed(), 0);
    center_->setWindow(nullptr);
  }

  void catchUpGivesOneNotificationWithTheCount() {
    QSignalSpy caughtUp(me_.controller.get(), &sotto::app::MessagingController::catchUpFinished);
    me_.controller->signOut();
    QTRY_COMPARE(me_.controller->connectionState(),
                 sotto::app::MessagingController::ConnectionState::Offline);
    for (const char *text : {"first while away", "second while away", "third while away"})
      say(contact_, QString::fromLatin1(text));
    me_.controller->connectAccount();
    QVERIFY(sotto::app::test::waitOnline(*me_.controller));
    QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(arrived(contact_.jid, QStringLiteral("third while away")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(center_->shownConversations().contains(contact_.jid), 30000);
    QTRY_VERIFY(center_->settled());
    QCOMPARE(server_.displayed(), 1); // replaced in place, not one per message
    const auto history = dismissAll();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().summary, contact_.jid);
    QCOMPARE(history.first().body, QStringLiteral("3 new messages"));
    QVERIFY(!server_.historyJson().contains("while away"));
  }

  // The title is the name in the roster, set by another client of the account through the
  // server; a rename there shows in the next notification.
  void rosterNameIsTheTitle() {
    sotto::app::test::OtherClient phone;
    QVERIFY(phone.start(*sotto::test::xmppServer(), me_.jid));
    const sotto::app::ConversationList conversations(*me_.controller);
    const auto named = [&](const QString &name) {
      return phone.setRosterName(contact_.jid, name) &&
             QTest::qWaitFor([&] { return conversations.peerName(contact_.jid) == name; }, 10000);
    };
    auto unname = qScopeGuard([&]() { QVERIFY(named(QString())); });
    QVERIFY(named(QStringLiteral("Ada Friend")));
    QVERIFY(me_.controller->markRead(contact_.jid));
    auto history = notifiedBy(contact_, QStringLiteral("it is me, Ada"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().summary, QStringLiteral("Ada Friend"));
    QCOMPARE(history.first().body, QStringLiteral("it is me, Ada"));

    QVERIFY(named(QStringLiteral("Ada Lovelace")));
    QVERIFY(me_.controller->markRead(contact_.jid));
    server_.forgetHistory();
    history = notifiedBy(contact_, QStringLiteral("renamed"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().summary, QStringLiteral("Ada Lovelace"));
  }

  void withoutAServerNothingIsShownAndOneLineLogged() {
    NotificationServer empty;
    const QString address = empty.startBus();
    QVERIFY(!address.isEmpty());
    const QDBusConnection bus = QDBusConnection::connectToBus(address, QStringLiteral("no-server"));
    NotificationCenter center(bus, nullptr);
    center.setController(me_.controller.get());
    QLoggingCategory::setFilterRules(QStringLiteral("sotto.ui.notifications.debug=true"));
    g_previousHandler = qInstallMessageHandler(recordLog);
    for (const char *text : {"nobody hears this", "nor this"}) {
      say(contact_, QString::fromLatin1(text));
      QTRY_VERIFY_WITH_TIMEOUT(arrived(contact_.jid, QString::fromLatin1(text)), 30000);
      QTRY_VERIFY(center.settled());
    }
    qInstallMessageHandler(g_previousHandler);
    QVERIFY(center.shownConversations().isEmpty());
    QCOMPARE(g_log.size(), 1);
    QVERIFY(!g_log.first().contains(QLatin1String("nobody")));
    QDBusConnection::disconnectFromBus(QStringLiteral("no-server"));
  }

  void cleanupTestCase() {
    center_.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("notifications-test"));
  }
};

int main(int argc, char **argv) {
  QGuiApplication app(argc, argv);
  if (!sotto::test::xmppServer()) {
    qWarning("SKIP: needs the test Prosody (scripts/test)");
    return sotto::test::kSkipReturnCode;
  }
  QTEST_SET_MAIN_SOURCE_PATH
  NotificationsTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "NotificationsTest.moc"
