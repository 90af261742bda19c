// No plaintext on disk: a marker string stored everywhere a user's words can go (message
// bodies and their search index, drafts, contact names, settings, the outbox) must not
// appear in any file of the profile — with the WAL present, after a checkpoint and after
// closing. Neither may the key.
#include "StorageTestSupport.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ContactRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"
#include "sotto/storage/OutboxRepository.h"
#include "sotto/storage/Profile.h"
#include "sotto/storage/SettingsRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sotto::storage;
using sotto::storage::test::directoryContains;

namespace {
const QString kMarker = QStringLiteral("SottoMarker7f3a9c");
} // namespace

class NoPlaintextTest : public QObject {
  Q_OBJECT
  QTemporaryDir root_;

  static void verifyClean(const QString &directory, const QByteArray &key) {
    const QList<QByteArray> needles = {
        kMarker.toUtf8(),
        kMarker.toLower().toUtf8(), // the FTS index stores folded tokens
        QByteArray(reinterpret_cast<const char *>(kMarker.utf16()), kMarker.size() * 2),
        key,
        key.toHex(),
        key.toHex().toUpper(),
    };
    for (const QByteArray &needle : needles)
      QVERIFY2(!directoryContains(directory, needle), needle.constData());
  }

private Q_SLOTS:
  void markerNeverReachesTheDisk() {
    auto profile = Profile::open(root_.filePath(QStringLiteral("profile")));
    QVERIFY(profile);
    const auto key = sotto::storage::test::makeKey(77);
    auto db = Database::open(profile->databasePath(), key, Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(Schema::migrate(*db));

    const auto account =
        AccountRepository(*db).add({0, QStringLiteral("me@example.org"), {}, {}, {}, true, 1}).value();
    ConversationRepository conversations(*db);
    const auto conversation = conversations.obtain(account, QStringLiteral("you@example.org")).value();
    MessageRepository messages(*db);
    for (int i = 0; i < 500; ++i) {
      Message message;
      message.conversationId = conversation;
      message.senderJid = QStringLiteral("you@example.org");
      message.body = QStringLiteral("%1 number %2 %1").arg(kMarker).arg(i);
      message.timestamp = i;
      message.receivedAt = i;
      QVERIFY(messages.insert(message));
    }
    QVERIFY(conversations.setDraft(conversation, kMarker));
    Contact contact;
    contact.accountId = account;
    contact.jid = QStringLiteral("you@example.org");
    contact.name = kMarker;
    QVERIFY(ContactRepository(*db).save(contact));
    QVERIFY(SettingsRepository(*db).setString(QStringLiteral("status"), kMarker));
    QVERIFY(OutboxRepository(*db).enqueue(
        {0, account, std::nullopt, QStringLiteral("s1"), kMarker.toUtf8(), 1, 0, std::nullopt}));
    // Deleted text must not linger in freed pages either (secure_delete).
    const auto doomed = messages.newest(conversation, 1).value().first().id;
    QVERIFY(messages.remove(doomed));

    const QString directory = profile->directory();
    QVERIFY(QFileInfo(profile->databasePath() + QStringLiteral("-wal")).size() > 0);
    const QByteArray rawKey = key.toByteArrayUnsafe();
    verifyClean(directory, rawKey); // with the WAL holding the recent pages

    QVERIFY(db->checkpoint());
    verifyClean(directory, rawKey); // after the pages moved into the main file

    db->close();
    verifyClean(directory, rawKey);                                  // and after a clean close
    QVERIFY(QFileInfo(profile->databasePath()).size() > 100 * 1024); // it did store something
  }
};

QTEST_GUILESS_MAIN(NoPlaintextTest)
#include "NoPlaintextTest.moc"
