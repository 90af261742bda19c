#include "UiTestSupport.h"

#include "AppTestSupport.h"
#include "ConversationListModel.h"
#include "TestEnvironment.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QUuid>
#include <QtTest>

using sotto::ui::Backend;
using namespace sotto::ui::test;

// Two windows, two profiles, two accounts on the test Prosody: a message typed into one
// window (Enter) shows in the other, encrypted. Skipped (77) without the test server.
class ConversationEndToEndTest : public QObject {
  Q_OBJECT

  struct Side {
    QTemporaryDir dir;
    std::unique_ptr<Backend> backend;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    QString jid;
    QString password;
  };

  static sotto::app::ProfileOptions optionsFor(const QString &directory,
                                               const sotto::test::XmppServer &server) {
    sotto::app::ProfileOptions options = passphraseProfile(directory);
    options.serverHost = server.host;
    options.serverPort = server.starttlsPort;
    options.pinnedCertificateSha256 = server.certificateSha256;
    return options;
  }

  void open(Side &side, const QString &user, const sotto::test::XmppServer &server) {
    const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(sotto::test::controlServer(server, {QStringLiteral("register"), user, password}));
    side.jid = user + QLatin1Char('@') + server.domain;
    side.password = password;
    side.backend = std::make_unique<Backend>(optionsFor(side.dir.path(), server));
    Backend::setInstance(side.backend.get());
    side.engine = std::make_unique<QQmlApplicationEngine>();
    side.window = loadMainWindow(*side.engine);
    QVERIFY(side.window != nullptr);
    side.backend->start();
    // A passphrase profile runs Argon2id first, which takes seconds on a loaded machine:
    // wait on the state, generously.
    QTRY_COMPARE_WITH_TIMEOUT(side.backend->stage(), Backend::Stage::Welcome, 30000);
    side.backend->controller()->signIn(side.jid, password);
    QTRY_COMPARE_WITH_TIMEOUT(side.backend->connection(), Backend::Connection::Online, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(side.backend->stage(), Backend::Stage::Main, 30000);
  }

private Q_SLOTS:
  void messageTypedInOneWindowArrivesInTheOther() {
    if (Backend(sotto::app::ProfileOptions{})
            .controller()
            ->metaObject()
            ->indexOfMethod("send(QString,QString)") < 0)
      QSKIP("the controller cannot send yet");
    QStandardPaths::setTestModeEnabled(true);
    const auto server = sotto::test::xmppServer();
    QVERIFY(server.has_value());
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    Side alice;
    Side bob;
    open(alice, QStringLiteral("alice") + suffix, *server);
    open(bob, QStringLiteral("bob") + suffix, *server);

    QMetaObject::invokeMethod(findItem(alice.window, "mainView"), "openConversation",
                              Q_ARG(QVariant, bob.jid));
    // Two windows: keys go to the active one.
    alice.window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(alice.window));
    auto *field = findItem(alice.window, "composerField");
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    typeText(alice.window, "hello from the test");
    QTest::keyClick(alice.window, Qt::Key_Return);
    QTRY_COMPARE(field->property("text").toString(), QString());

    // Bob: a request from a stranger, then the message in the chat.
    auto *list = findItem(bob.window, "conversationList");
    QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() >= 1, 30000);
    QMetaObject::invokeMethod(findItem(bob.window, "mainView"), "openConversation",
                              Q_ARG(QVariant, alice.jid));
    QObject *model = findItem(bob.window, "chatPane")->property("messageModel").value<QObject *>();
    QTRY_VERIFY_WITH_TIMEOUT(model->property("count").toInt() >= 1, 30000);
    QString text;
    QMetaObject::invokeMethod(model, "textAt", Q_RETURN_ARG(QString, text),
                              Q_ARG(int, model->property("count").toInt() - 1));
    QCOMPARE(text, QStringLiteral("hello from the test"));
    QVERIFY(!screenshot(bob.window, "end-to-end-received").isNull());

    // Both sides show the same safety number (from the controller), with a QR code of the
    // devices' link; marking it verified is recorded.
    QMetaObject::invokeMethod(findItem(alice.window, "mainView"), "showSafetyNumber",
                              Q_ARG(QVariant, bob.jid));
    QMetaObject::invokeMethod(findItem(bob.window, "mainView"), "showSafetyNumber",
                              Q_ARG(QVariant, alice.jid));
    QTRY_VERIFY(findItem(alice.window, "safetyNumberPage") != nullptr);
    QTRY_VERIFY(findItem(bob.window, "safetyNumberPage") != nullptr);
    auto *alicePage = findItem(alice.window, "safetyNumberPage");
    auto *bobPage = findItem(bob.window, "safetyNumberPage");
    QTRY_COMPARE(alicePage->property("digits").toString().size(), 60);
    QCOMPARE(bobPage->property("digits").toString(), alicePage->property("digits").toString());
    QCOMPARE(alicePage->property("groups").toStringList().size(), 12);
    // The QR carries the safety-number code for Sotto; for other apps, alice's device link.
    QVERIFY(alicePage->property("qrText").toString().startsWith(QStringLiteral("sotto-safety-number:")));
    alicePage->setProperty("qrForOtherApps", true);
    QVERIFY(alicePage->property("qrText").toString().startsWith(QStringLiteral("xmpp:") + alice.jid +
                                                                "?omemo-sid-"));
    QTRY_COMPARE(findItem(alice.window, "qrImage")->property("status").toInt(), 1); // Image.Ready
    QTRY_VERIFY(stackSettled(findItem(alice.window, "mainView")));
    QVERIFY(!screenshot(alice.window, "safety-number-live").isNull());
    QMetaObject::invokeMethod(alicePage, "setVerified", Q_ARG(QVariant, true));
    QTRY_VERIFY(alicePage->property("verified").toBool());
    QTest::keyClick(alice.window, Qt::Key_Escape);
    QTRY_VERIFY(findItem(alice.window, "safetyNumberPage") == nullptr);

    // Alice's copy moves past pending once the server has it.
    QObject *sentModel = findItem(alice.window, "chatPane")->property("messageModel").value<QObject *>();
    QTRY_VERIFY(sentModel->property("count").toInt() >= 1);
  }

  // The chat header's typing label (XEP-0085), driven by a second real account: it shows
  // while they compose, naming them by the roster name another client of alice's gave
  // them, and goes when they clear the composer ("active") and again when their message
  // arrives. A rename in the roster shows at once in the header and the list.
  void typingLabelFollowsThePeersChatStates() {
    QStandardPaths::setTestModeEnabled(true);
    const auto server = sotto::test::xmppServer();
    QVERIFY(server.has_value());
    Side alice;
    open(alice, QStringLiteral("alice") + QUuid::createUuid().toString(QUuid::Id128).left(8), *server);
    sotto::app::test::Peer bob;
    QVERIFY(bob.start(*server, QStringLiteral("bob")));
    sotto::app::MessagingController *aliceController = alice.backend->controller();
    // Chat states go only between accepted conversations: bob writes first, alice accepts.
    QVERIFY(sotto::app::test::sendWhenReady(*bob.controller, alice.jid, QStringLiteral("are you there?")) !=
            0);
    QTRY_VERIFY_WITH_TIMEOUT(aliceController->isRequest(bob.jid), 30000);
    QVERIFY(aliceController->acceptRequest(bob.jid));

    QMetaObject::invokeMethod(findItem(alice.window, "mainView"), "openConversation",
                              Q_ARG(QVariant, bob.jid));
    auto *chat = findItem(alice.window, "chatPane");
    QTRY_COMPARE(chat->property("peerJid").toString(), bob.jid);
    auto *label = findItem(chat, "typingIndicator");
    QVERIFY(label != nullptr);
    QVERIFY(!label->isVisible());
    auto *title = findItem(chat, "chatTitle");
    auto *address = findItem(chat, "chatAddress");
    QVERIFY(title != nullptr && address != nullptr);
    QCOMPARE(title->property("text").toString(), bob.jid); // no name yet: the address
    QVERIFY(!address->isVisible());

    // Alice's phone names bob in her roster; the server pushes it to this window.
    sotto::app::test::OtherClient phone;
    QVERIFY(phone.start(*server, alice.jid, alice.password));
    QVERIFY(phone.setRosterName(bob.jid, QStringLiteral("Bob Builder")));
    QTRY_COMPARE_WITH_TIMEOUT(title->property("text").toString(), QStringLiteral("Bob Builder"), 15000);
    QVERIFY(address->isVisible()); // the address stays in sight under a name
    QVERIFY(address->property("text").toString().contains(bob.jid));
    auto *list = qobject_cast<sotto::ui::ConversationListModel *>(
        findItem(alice.window, "conversationList")->property("model").value<QObject *>());
    QVERIFY(list != nullptr);
    const auto listTitle = [&]() {
      for (int row = 0; row < list->rowCount(); ++row)
        if (list->jidAt(row) == bob.jid)
          return list->data(list->index(row), sotto::ui::ConversationListModel::TitleRole).toString();
      return QString();
    };
    QTRY_COMPARE(listTitle(), QStringLiteral("Bob Builder"));

    bob.controller->composerChanged(alice.jid, true);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 15000);
    QVERIFY(label->property("text").toString().contains(QStringLiteral("typing")));
    QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(label);
    QVERIFY(spoken != nullptr);
    QCOMPARE(spoken->text(QAccessible::Name), QStringLiteral("Bob Builder is typing"));
    QTRY_VERIFY(stackSettled(findItem(alice.window, "mainView")));
    QVERIFY(!screenshot(alice.window, "chat-peer-typing").isNull());

    // Renamed on the phone: the header, the spoken label and the list follow, no restart.
    QVERIFY(phone.setRosterName(bob.jid, QStringLiteral("Robert Builder")));
    QTRY_COMPARE_WITH_TIMEOUT(title->property("text").toString(), QStringLiteral("Robert Builder"), 15000);
    QCOMPARE(spoken->text(QAccessible::Name), QStringLiteral("Robert Builder is typing"));
    QTRY_COMPARE(listTitle(), QStringLiteral("Robert Builder"));
    QVERIFY(!screenshot(alice.window, "chat-named-contact").isNull());

    // Bob clears his composer: "active" takes the label away.
    bob.controller->composerChanged(alice.jid, false);
    QTRY_VERIFY_WITH_TIMEOUT(!label->isVisible(), 15000);

    // Typing again, then the message itself ends it (it carries <active/>).
    bob.controller->composerChanged(alice.jid, true);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 15000);
    QVERIFY(bob.controller->send(alice.jid, QStringLiteral("here I am")) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!label->isVisible(), 15000);
    QObject *model = chat->property("messageModel").value<QObject *>();
    QString last;
    QTRY_VERIFY_WITH_TIMEOUT((QMetaObject::invokeMethod(model, "textAt", Q_RETURN_ARG(QString, last),
                                                        Q_ARG(int, model->property("count").toInt() - 1)),
                              last == QStringLiteral("here I am")),
                             15000);
  }
};

int main(int argc, char **argv) {
  QGuiApplication app(argc, argv);
  if (!sotto::test::xmppServer()) {
    qWarning("SKIP: needs the test XMPP server (scripts/test)");
    return sotto::test::kSkipReturnCode;
  }
  ConversationEndToEndTest test;
  return QTest::qExec(&test, argc, argv);
}
#include "ConversationEndToEndTest.moc"
