#pragma once

// Shared by the UI tests: a real passphrase-protected profile (SQLCipher file, fast KDF)
// filled with an account, conversations and messages through storage's repositories, the
// window loaded from the module, and screenshots checked to be non-blank.
#include "Backend.h"
#include "QrImageProvider.h"

#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/MessageRepository.h"
#include "sotto/storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace sotto::ui::test {

inline app::ProfileOptions passphraseProfile(const QString &directory) {
  app::ProfileOptions options;
  options.directory = directory;
  options.passphrase = QStringLiteral("correct horse battery staple");
  options.preferKeychain = false;
  options.fastKdfForTests = true;
  return options;
}

// Stores `count` messages between the account and `peer`, alternating direction, one
// minute apart and ending `endAgoMs` before now; returns the conversation id.
inline std::int64_t addConversation(storage::Database &db, std::int64_t accountId, const QString &peer,
                                    int count, qint64 endAgoMs = 0,
                                    storage::RequestState state = storage::RequestState::Accepted) {
  storage::ConversationRepository conversations(db);
  const std::int64_t conversationId = conversations.obtain(accountId, peer, state).value();
  storage::MessageRepository messages(db);
  auto transaction = storage::Transaction::begin(db);
  const qint64 end = QDateTime::currentMSecsSinceEpoch() - endAgoMs;
  for (int i = 0; i < count; ++i) {
    storage::Message message;
    message.conversationId = conversationId;
    message.direction = (i % 3 == 0) ? storage::Direction::Outgoing : storage::Direction::Incoming;
    message.senderJid =
        message.direction == storage::Direction::Outgoing ? QStringLiteral("me@example.org") : peer;
    message.body = QStringLiteral("Message %1 with %2").arg(i).arg(peer);
    message.timestamp = end - qint64(count - 1 - i) * 60'000;
    message.receivedAt = message.timestamp;
    message.originId = QStringLiteral("origin-%1-%2").arg(peer).arg(i);
    message.stanzaId = QStringLiteral("stanza-%1-%2").arg(peer).arg(i);
    message.state = storage::MessageState::Read;
    message.encrypted = true;
    message.trusted = true;
    (void)messages.insert(message).value();
  }
  (void)transaction->commit();
  return conversationId;
}

inline std::int64_t insertMessage(storage::Database &db, std::int64_t conversationId,
                                  const storage::Message &base) {
  storage::Message message = base;
  message.conversationId = conversationId;
  if (message.timestamp == 0)
    message.timestamp = QDateTime::currentMSecsSinceEpoch();
  message.receivedAt = message.timestamp;
  return storage::MessageRepository(db).insert(message).value();
}

// The Backend with an open profile that has an account (alice@example.org).
class ProfileFixture {
public:
  ProfileFixture() : backend_(passphraseProfile(dir_.path())) {
    Backend::setInstance(&backend_);
    backend_.start();
    QTRY_VERIFY(backend_.stage() != Backend::Stage::Starting);
    storage::Database *db = backend_.controller()->database();
    QVERIFY(db != nullptr);
    storage::Account account;
    account.jid = QStringLiteral("alice@example.org");
    (void)storage::AccountRepository(*db).add(account).value();
    // Reopen so the controller sees the account (it reads it when the profile opens).
    backend_.start();
    QTRY_VERIFY(backend_.controller()->hasAccount());
  }

  Backend &backend() { return backend_; }
  storage::Database &db() { return *backend_.controller()->database(); }
  std::int64_t accountId() const { return backend_.controller()->accountId(); }

private:
  QTemporaryDir dir_;
  Backend backend_;
};

inline QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine) {
  engine.addImportPath(QStringLiteral("qrc:/")); // as main.cpp: Qt 6.4 does not look there itself
  static const bool styled = [] {                // as main.cpp; only before the first engine loads
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    return true;
  }();
  Q_UNUSED(styled)
  // Preferences (geometry, theme) of the tests stay apart from the user's and start clean.
  QCoreApplication::setOrganizationName(QStringLiteral("sotto-ui-tests"));
  QSettings().clear();
  engine.addImageProvider(QLatin1String(QrImageProvider::kProviderId), new QrImageProvider);
  engine.load(QUrl(QStringLiteral("qrc:/Sotto/Ui/Main.qml")));
  if (engine.rootObjects().size() != 1)
    return nullptr;
  return qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

// QTest::keyClicks exists only for widgets; this types into the window's focus item.
inline void typeText(QWindow *window, const QString &text) {
  for (const QChar c : text)
    QTest::keyClick(window, c.toLatin1());
}

template <typename T = QQuickItem> T *findItem(QObject *root, const QString &objectName) {
  return root->findChild<T *>(objectName);
}

// Repeater rows and dialogs hang in the visual tree only (they are not QObject children of
// the page): search that tree.
inline QQuickItem *findVisualItem(QQuickItem *root, const QString &objectName) {
  for (QQuickItem *child : root->childItems()) {
    if (child->objectName() == objectName)
      return child;
    if (QQuickItem *found = findVisualItem(child, objectName))
      return found;
  }
  return nullptr;
}

// Clicks the middle of an item once it shows.
inline void clickItem(QQuickWindow *window, QQuickItem *item, Qt::MouseButton button = Qt::LeftButton) {
  QVERIFY(item != nullptr);
  QTRY_VERIFY(item->isVisible());
  const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
  QTest::mouseClick(window, button, Qt::NoModifier, centre.toPoint());
}

// A menu's items hang in its content item (a list) inside the overlay.
inline QQuickItem *findMenuItem(QObject *menu, const QString &objectName) {
  auto *content = menu->property("contentItem").value<QQuickItem *>();
  return content ? findVisualItem(content, objectName) : nullptr;
}

// A page pushed on a StackView slides in; screenshots wait until it has arrived.
inline bool stackSettled(QObject *stackView) {
  return stackView != nullptr && !stackView->property("busy").toBool();
}

// Grabs the window, checks it is the right size and not one flat colour, saves it under
// the screenshot folder and returns the image.
inline QImage screenshot(QQuickWindow *window, const QString &name) {
  const QImage shot = window->grabWindow();
  if (shot.isNull() || shot.size() != window->size() * window->devicePixelRatio())
    return {};
  const QRgb background = shot.pixel(shot.width() / 2, shot.height() - 2);
  int differing = 0;
  for (int y = 0; y < shot.height(); y += 3)
    for (int x = 0; x < shot.width(); x += 3)
      differing += shot.pixel(x, y) != background ? 1 : 0;
  if (differing < 200) // a blank or nearly blank frame
    return {};
  QDir().mkpath(QStringLiteral(SOTTO_SCREENSHOT_DIR));
  if (!shot.save(QStringLiteral(SOTTO_SCREENSHOT_DIR "/%1.png").arg(name)))
    return {};
  return shot;
}

} // namespace sotto::ui::test
