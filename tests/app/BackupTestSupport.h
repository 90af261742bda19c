#pragma once

// A profile holding every kind of record a backup carries, and a canonical dump of a
// profile's database (natural keys only, no local row ids) to compare two profiles.
#include "sotto/app/MessagingController.h"
#include "sotto/app/ProfileOptions.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ContactRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/MessageRepository.h"
#include "sotto/storage/SettingsRepository.h"

#include <QDateTime>
#include <QStringList>
#include <QtTest>

namespace sotto::app::test {

// Appears in message text, a draft, a contact name and a setting: must never be found in
// plain form in a backup file or next to it.
inline const QString kPlaintextMarker = QStringLiteral("PLAINTEXT-MARKER-q7Zr2");

inline ProfileOptions localProfile(const QString &directory,
                                   const QString &passphrase = QStringLiteral("profile pass")) {
  ProfileOptions options;
  options.directory = directory;
  options.passphrase = passphrase;
  options.preferKeychain = false;
  options.fastKdfForTests = true;
  return options;
}

// Every row of every table a backup covers, as text, with local ids replaced by the
// natural keys they stand for. Two profiles holding the same data dump the same.
inline QStringList dumpProfile(storage::Database &db) {
  static const char *const kQueries[] = {
      "SELECT 'account', jid, display_name, resource, roster_version, enabled, created_at FROM accounts "
      "ORDER BY jid",
      "SELECT 'identity', a.jid, device_id, registration_id, hex(public_key), hex(private_key) "
      "FROM omemo_local_identity i JOIN accounts a ON a.id = i.account_id ORDER BY 2",
      "SELECT 'prekey', a.jid, prekey_id, hex(record) FROM omemo_prekeys p JOIN accounts a ON a.id = "
      "p.account_id "
      "ORDER BY 2, 3",
      "SELECT 'signed', a.jid, signed_prekey_id, hex(record), created_at FROM omemo_signed_prekeys p "
      "JOIN accounts a ON a.id = p.account_id ORDER BY 2, 3",
      "SELECT 'session', a.jid, s.jid, device_id, hex(record), updated_at FROM omemo_sessions s "
      "JOIN accounts a ON a.id = s.account_id ORDER BY 2, 3, 4",
      "SELECT 'trust', a.jid, t.jid, device_id, hex(identity_key), trust, first_seen, last_seen "
      "FROM omemo_identities t JOIN accounts a ON a.id = t.account_id ORDER BY 2, 3, 4",
      "SELECT 'device', a.jid, d.jid, device_id, active, label, first_seen, last_seen FROM omemo_devices d "
      "JOIN accounts a ON a.id = d.account_id ORDER BY 2, 3, 4",
      "SELECT 'contact', a.jid, c.jid, name, subscription, ask_pending, groups, in_roster, blocked, "
      "updated_at "
      "FROM contacts c JOIN accounts a ON a.id = c.account_id ORDER BY 2, 3",
      "SELECT 'conversation', a.jid, peer_jid, last_activity, unread_count, pinned, muted, archived, "
      "request_state, draft, (SELECT ifnull(stanza_id, '') || '/' || ifnull(origin_id, '') FROM messages "
      "WHERE id = c.last_read_id), (SELECT ifnull(stanza_id, '') || '/' || ifnull(origin_id, '') || '/' || "
      "timestamp FROM messages WHERE id = c.last_message_id) FROM conversations c "
      "JOIN accounts a ON a.id = c.account_id ORDER BY 2, 3",
      "SELECT 'message', c.peer_jid, stanza_id, origin_id, direction, sender_jid, sender_device, body, "
      "timestamp, "
      "received_at, state, error, encrypted, trusted FROM messages m JOIN conversations c ON c.id = "
      "m.conversation_id ORDER BY 2, timestamp, 3, 4, body",
      "SELECT 'setting', ifnull(a.jid, '(global)'), key, hex(value) FROM settings s LEFT JOIN accounts a "
      "ON a.id = s.scope WHERE key <> 'backup.restoredAt' ORDER BY 2, 3",
      "SELECT 'fts', count(*) FROM messages_fts WHERE messages_fts MATCH 'marker'",
  };
  QStringList rows;
  for (const char *sql : kQueries) {
    auto statement = db.prepare(sql);
    if (!statement) {
      rows << QStringLiteral("error: ") + statement.error().toString();
      continue;
    }
    for (auto row = statement->step(); row && *row; row = statement->step()) {
      QStringList columns;
      for (int column = 0; column < statement->columnCount(); ++column)
        columns << (statement->isNull(column) ? QStringLiteral("NULL") : statement->textAt(column));
      rows << columns.join(u'|');
    }
  }
  return rows;
}

inline int countRows(storage::Database &db, const char *table) {
  auto count = db.queryInt(std::string("SELECT count(*) FROM ") + table);
  return count ? int(*count) : -1;
}

// Fills an open, account-less profile with an account and every kind of record, then
// re-opens it so the controller made its OMEMO identity, prekeys and signed prekey.
// `extraMessages` bulk messages make the backup span several 64 KiB chunks.
inline bool populateProfile(MessagingController &controller, const ProfileOptions &options,
                            const QString &jid, int extraMessages = 0) {
  storage::AccountRepository accounts(*controller.database());
  storage::Account account;
  account.jid = jid;
  account.displayName = QStringLiteral("Alice");
  account.resource = QStringLiteral("sotto.abc");
  account.rosterVersion = QStringLiteral("ver17");
  account.createdAt = 1700000000000;
  auto accountId = accounts.add(account);
  if (!accountId)
    return false;
  storage::SettingsRepository settings(*controller.database());
  // Passphrase mode keeps the XMPP password here (PasswordStore).
  bool ok = settings.setString(QStringLiteral("xmpp.password"), QStringLiteral("secret-pw"), *accountId)
                .has_value() &&
            settings.setString(QStringLiteral("server.host"), QStringLiteral("127.0.0.1"), *accountId)
                .has_value() &&
            settings.setString(QStringLiteral("ui.theme"), QStringLiteral("dark ") + kPlaintextMarker)
                .has_value() &&
            settings.set(QStringLiteral("ui.geometry"), QByteArray("\x00\x01\x02", 3)).has_value();
  if (!ok || !controller.openProfile(options) || controller.ownDeviceId() == 0)
    return false;
  storage::Database &db = *controller.database(); // the re-opened connection

  const QString bob = QStringLiteral("bob@example.org");
  const QString carol = QStringLiteral("carol@example.org");
  const std::string id = std::to_string(*accountId);
  ok = db.exec("INSERT INTO omemo_sessions VALUES (" + id +
               ", 'bob@example.org', 7, x'0a0b0c', 1700000000100);"
               "INSERT INTO omemo_sessions VALUES (" +
               id +
               ", 'carol@example.org', 9, x'0d0e', 1700000000200);"
               "INSERT INTO omemo_identities VALUES (" +
               id +
               ", 'bob@example.org', 7, x'05aa', 2, 1700000000000, "
               "1700000000300);"
               "INSERT INTO omemo_identities VALUES (" +
               id +
               ", 'carol@example.org', 9, x'05bb', 3, 1700000000000, "
               "1700000000400);"
               "INSERT INTO omemo_devices VALUES (" +
               id +
               ", 'bob@example.org', 7, 1, 'Phone', 1700000000000, "
               "1700000000500);"
               "INSERT INTO omemo_devices VALUES (" +
               id +
               ", 'bob@example.org', 8, 0, NULL, 1700000000000, "
               "1700000000600);")
           .has_value();
  if (!ok)
    return false;

  storage::ContactRepository contacts(db);
  storage::Contact contact;
  contact.accountId = *accountId;
  contact.jid = bob;
  contact.name = QStringLiteral("Bob ") + kPlaintextMarker;
  contact.subscription = storage::Subscription::Both;
  contact.groups = {QStringLiteral("Friends"), QStringLiteral("Work")};
  contact.updatedAt = 1700000000700;
  ok = contacts.save(contact).has_value();
  contact.jid = QStringLiteral("mallory@example.org");
  contact.name.clear();
  contact.groups.clear();
  contact.inRoster = false;
  contact.blocked = true;
  ok = ok && contacts.save(contact).has_value();

  storage::ConversationRepository conversations(db);
  auto withBob = conversations.obtain(*accountId, bob);
  auto withCarol = conversations.obtain(*accountId, carol, storage::RequestState::Pending);
  if (!ok || !withBob || !withCarol)
    return false;
  ok = conversations.setPinned(*withBob, true).has_value() &&
       conversations.setMuted(*withCarol, true).has_value() &&
       conversations.setDraft(*withBob, QStringLiteral("draft ") + kPlaintextMarker).has_value();

  storage::MessageRepository messages(db);
  auto message = [&](std::int64_t conversation, int n, storage::Direction direction, const QString &sender) {
    storage::Message m;
    m.conversationId = conversation;
    m.stanzaId = n % 5 == 4 ? QString() : QStringLiteral("stanza-%1").arg(n);
    m.originId = n % 3 == 2 ? QString() : QStringLiteral("origin-%1").arg(n);
    m.direction = direction;
    m.senderJid = sender;
    m.senderDevice = n % 2 ? std::optional<std::int32_t>(7) : std::nullopt;
    m.body = QStringLiteral("message %1 %2 ").arg(n).arg(kPlaintextMarker) + QString(n % 7 * 20, u'x');
    m.timestamp = 1700000001000 + n * 1000;
    m.receivedAt = m.timestamp + 5;
    m.state = direction == storage::Direction::Outgoing ? storage::MessageState::Delivered
                                                        : storage::MessageState::Sent;
    m.error = n == 3 ? QStringLiteral("no device") : QString();
    m.encrypted = true;
    m.trusted = n % 2 == 0;
    return messages.insert(m).has_value();
  };
  for (int n = 0; ok && n < 10; ++n)
    ok = message(*withBob, n, n % 2 ? storage::Direction::Incoming : storage::Direction::Outgoing,
                 n % 2 ? bob : jid);
  ok = ok && message(*withCarol, 100, storage::Direction::Incoming, carol);
  ok = ok && conversations.markRead(*withBob).has_value();
  ok = ok && message(*withBob, 11, storage::Direction::Incoming, bob); // unread after the mark
  for (int n = 0; ok && n < extraMessages; ++n)
    ok = message(*withCarol, 1000 + n, storage::Direction::Incoming, carol);
  return ok;
}

} // namespace sotto::app::test
