#include "BackupRecordSpec.h"

#include "sotto/storage/Statement.h"

#include <QCborValue>

#include <array>

namespace sotto::app {

namespace {

using Kind = BackupField::Kind;
using Type = crypto::BackupRecordType;

// Field lists, record version 1 of each type. The CBOR keys are part of the format:
// never rename; add fields in a new record version.
constexpr std::array kAccountFields{
    BackupField{"jid", Kind::Text},        BackupField{"display_name", Kind::Text},
    BackupField{"resource", Kind::Text},   BackupField{"roster_version", Kind::Text},
    BackupField{"enabled", Kind::Integer}, BackupField{"created_at", Kind::Integer},
};
constexpr std::array kIdentityFields{
    BackupField{"account", Kind::Text},
    BackupField{"device_id", Kind::Integer},
    BackupField{"registration_id", Kind::Integer},
    BackupField{"public_key", Kind::Bytes},
    BackupField{"private_key", Kind::Bytes},
};
constexpr std::array kPreKeyFields{
    BackupField{"account", Kind::Text},
    BackupField{"prekey_id", Kind::Integer},
    BackupField{"record", Kind::Bytes},
};
constexpr std::array kSignedPreKeyFields{
    BackupField{"account", Kind::Text},
    BackupField{"signed_prekey_id", Kind::Integer},
    BackupField{"record", Kind::Bytes},
    BackupField{"created_at", Kind::Integer},
};
constexpr std::array kSessionFields{
    BackupField{"account", Kind::Text},       BackupField{"jid", Kind::Text},
    BackupField{"device_id", Kind::Integer},  BackupField{"record", Kind::Bytes},
    BackupField{"updated_at", Kind::Integer},
};
constexpr std::array kTrustFields{
    BackupField{"account", Kind::Text},      BackupField{"jid", Kind::Text},
    BackupField{"device_id", Kind::Integer}, BackupField{"identity_key", Kind::Bytes},
    BackupField{"trust", Kind::Integer},     BackupField{"first_seen", Kind::Integer},
    BackupField{"last_seen", Kind::Integer},
};
constexpr std::array kDeviceFields{
    BackupField{"account", Kind::Text},      BackupField{"jid", Kind::Text},
    BackupField{"device_id", Kind::Integer}, BackupField{"active", Kind::Integer},
    BackupField{"label", Kind::Text},        BackupField{"first_seen", Kind::Integer},
    BackupField{"last_seen", Kind::Integer},
};
constexpr std::array kContactFields{
    BackupField{"account", Kind::Text},        BackupField{"jid", Kind::Text},
    BackupField{"name", Kind::Text},           BackupField{"subscription", Kind::Integer},
    BackupField{"ask_pending", Kind::Integer}, BackupField{"groups", Kind::Text},
    BackupField{"in_roster", Kind::Integer},   BackupField{"blocked", Kind::Integer},
    BackupField{"updated_at", Kind::Integer},
};
// The last three are applied after the messages exist (unread count, last read message).
constexpr std::array kConversationFields{
    BackupField{"account", Kind::Text},
    BackupField{"peer_jid", Kind::Text},
    BackupField{"pinned", Kind::Integer},
    BackupField{"muted", Kind::Integer},
    BackupField{"archived", Kind::Integer},
    BackupField{"request_state", Kind::Integer},
    BackupField{"draft", Kind::Text},
    BackupField{"unread_count", Kind::Integer},
    BackupField{"last_read_stanza_id", Kind::Text},
    BackupField{"last_read_origin_id", Kind::Text},
};
constexpr std::array kMessageFields{
    BackupField{"account", Kind::Text},          BackupField{"peer_jid", Kind::Text},
    BackupField{"stanza_id", Kind::Text},        BackupField{"origin_id", Kind::Text},
    BackupField{"direction", Kind::Integer},     BackupField{"sender_jid", Kind::Text},
    BackupField{"sender_device", Kind::Integer}, BackupField{"body", Kind::Text},
    BackupField{"timestamp", Kind::Integer},     BackupField{"received_at", Kind::Integer},
    BackupField{"state", Kind::Integer},         BackupField{"error", Kind::Text},
    BackupField{"encrypted", Kind::Integer},     BackupField{"trusted", Kind::Integer},
};
constexpr std::array kSettingFields{
    BackupField{"account", Kind::Text}, // absent: a global setting
    BackupField{"key", Kind::Text},
    BackupField{"value", Kind::Bytes},
};

#define SOTTO_ACCOUNT_ID "(SELECT id FROM accounts WHERE jid = ?1)"

const std::array kSpecs{
    BackupRecordSpec{Type::Account, 1, "account",
                     "SELECT jid, display_name, resource, roster_version, enabled, created_at FROM accounts",
                     "%1 INTO accounts (jid, display_name, resource, roster_version, enabled, created_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                     kAccountFields, int(kAccountFields.size())},
    BackupRecordSpec{
        Type::IdentityKey, 1, "identity key",
        "SELECT a.jid, i.device_id, i.registration_id, i.public_key, i.private_key "
        "FROM omemo_local_identity i JOIN accounts a ON a.id = i.account_id",
        "%1 INTO omemo_local_identity (account_id, device_id, registration_id, public_key, private_key) "
        "VALUES (" SOTTO_ACCOUNT_ID ", ?2, ?3, ?4, ?5)",
        kIdentityFields, int(kIdentityFields.size())},
    BackupRecordSpec{
        Type::PreKey, 1, "prekey",
        "SELECT a.jid, p.prekey_id, p.record FROM omemo_prekeys p JOIN accounts a ON a.id = p.account_id",
        "%1 INTO omemo_prekeys (account_id, prekey_id, record) VALUES (" SOTTO_ACCOUNT_ID ", ?2, ?3)",
        kPreKeyFields, int(kPreKeyFields.size())},
    BackupRecordSpec{Type::SignedPreKey, 1, "signed prekey",
                     "SELECT a.jid, p.signed_prekey_id, p.record, p.created_at "
                     "FROM omemo_signed_prekeys p JOIN accounts a ON a.id = p.account_id",
                     "%1 INTO omemo_signed_prekeys (account_id, signed_prekey_id, record, created_at) "
                     "VALUES (" SOTTO_ACCOUNT_ID ", ?2, ?3, ?4)",
                     kSignedPreKeyFields, int(kSignedPreKeyFields.size())},
    BackupRecordSpec{Type::Session, 1, "session",
                     "SELECT a.jid, s.jid, s.device_id, s.record, s.updated_at "
                     "FROM omemo_sessions s JOIN accounts a ON a.id = s.account_id",
                     "%1 INTO omemo_sessions (account_id, jid, device_id, record, updated_at) "
                     "VALUES (" SOTTO_ACCOUNT_ID ", ?2, ?3, ?4, ?5)",
                     kSessionFields, int(kSessionFields.size())},
    BackupRecordSpec{Type::TrustDecision, 1, "trust decision",
                     "SELECT a.jid, t.jid, t.device_id, t.identity_key, t.trust, t.first_seen, t.last_seen "
                     "FROM omemo_identities t JOIN accounts a ON a.id = t.account_id",
                     "%1 INTO omemo_identities (account_id, jid, device_id, identity_key, trust, first_seen, "
                     "last_seen) VALUES (" SOTTO_ACCOUNT_ID ", ?2, ?3, ?4, ?5, ?6, ?7)",
                     kTrustFields, int(kTrustFields.size())},
    BackupRecordSpec{
        Type::DeviceList, 1, "device",
        "SELECT a.jid, d.jid, d.device_id, d.active, d.label, d.first_seen, d.last_seen "
        "FROM omemo_devices d JOIN accounts a ON a.id = d.account_id",
        "%1 INTO omemo_devices (account_id, jid, device_id, active, label, first_seen, last_seen) "
        "VALUES (" SOTTO_ACCOUNT_ID ", ?2, ?3, ?4, ?5, ?6, ?7)",
        kDeviceFields, int(kDeviceFields.size())},
    BackupRecordSpec{
        Type::Contact, 1, "contact",
        "SELECT a.jid, c.jid, c.name, c.subscription, c.ask_pending, c.groups, c.in_roster, c.blocked, "
        "c.updated_at FROM contacts c JOIN accounts a ON a.id = c.account_id",
        "%1 INTO contacts (account_id, jid, name, subscription, ask_pending, groups, in_roster, "
        "blocked, updated_at) VALUES (" SOTTO_ACCOUNT_ID ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        kContactFields, int(kContactFields.size())},
    BackupRecordSpec{
        Type::Conversation, 1, "conversation",
        "SELECT a.jid, c.peer_jid, c.pinned, c.muted, c.archived, c.request_state, c.draft, "
        "c.unread_count, r.stanza_id, r.origin_id FROM conversations c "
        "JOIN accounts a ON a.id = c.account_id LEFT JOIN messages r ON r.id = c.last_read_id",
        "%1 INTO conversations (account_id, peer_jid, pinned, muted, archived, request_state, draft) "
        "VALUES (" SOTTO_ACCOUNT_ID ", ?2, ?3, ?4, ?5, ?6, ?7)",
        kConversationFields, 7},
    // CROSS JOIN keeps messages the outer loop: rows stream in insertion order, no sort.
    BackupRecordSpec{
        Type::Message, 1, "message",
        "SELECT a.jid, c.peer_jid, m.stanza_id, m.origin_id, m.direction, m.sender_jid, "
        "m.sender_device, m.body, m.timestamp, m.received_at, m.state, m.error, m.encrypted, m.trusted "
        "FROM messages m CROSS JOIN conversations c ON c.id = m.conversation_id "
        "CROSS JOIN accounts a ON a.id = c.account_id ORDER BY m.id",
        "%1 INTO messages (conversation_id, stanza_id, origin_id, direction, sender_jid, sender_device, "
        "body, timestamp, received_at, state, error, encrypted, trusted) VALUES ("
        "(SELECT c.id FROM conversations c JOIN accounts a ON a.id = c.account_id "
        "WHERE a.jid = ?1 AND c.peer_jid = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        kMessageFields, int(kMessageFields.size()), "INSERT",
        // The same message: same archive id, or same sender id from the same
        // sender, or (no ids at all) same time, sender and text.
        "SELECT 1 FROM messages m WHERE m.conversation_id = (SELECT c.id FROM conversations c "
        "JOIN accounts a ON a.id = c.account_id WHERE a.jid = ?1 AND c.peer_jid = ?2) AND ("
        "(?3 IS NOT NULL AND m.stanza_id = ?3) OR (?4 IS NOT NULL AND m.origin_id = ?4 AND "
        "m.sender_jid = ?6) OR (?3 IS NULL AND ?4 IS NULL AND m.timestamp = ?9 AND m.sender_jid = ?6 "
        "AND m.body IS ?8)) LIMIT 1",
        9},
    // The account password lives in the Account record (or the keychain), not here; the
    // backup's own bookkeeping (backup.*) belongs to the machine that made it.
    BackupRecordSpec{
        Type::Setting, 1, "setting",
        "SELECT a.jid, s.key, s.value FROM settings s LEFT JOIN accounts a ON a.id = s.scope "
        "WHERE (s.scope = 0 OR a.id IS NOT NULL) AND s.key <> 'xmpp.password' AND s.key NOT LIKE 'backup.%'",
        "%1 INTO settings (scope, key, value) VALUES "
        "(CASE WHEN ?1 IS NULL THEN 0 ELSE " SOTTO_ACCOUNT_ID " END, ?2, ?3)",
        kSettingFields, int(kSettingFields.size()), "INSERT OR REPLACE"},
};

#undef SOTTO_ACCOUNT_ID

} // namespace

std::span<const BackupRecordSpec> backupRecordSpecs() {
  return kSpecs;
}

const BackupRecordSpec *findBackupRecordSpec(crypto::BackupRecordType type) {
  for (const auto &spec : kSpecs)
    if (spec.type == type)
      return &spec;
  return nullptr;
}

QCborMap backupRowToMap(const BackupRecordSpec &spec, const storage::Statement &row) {
  QCborMap map;
  for (int column = 0; column < int(spec.fields.size()); ++column) {
    if (row.isNull(column))
      continue;
    const BackupField &field = spec.fields[column];
    const QString key = QString::fromLatin1(field.name);
    switch (field.kind) {
    case Kind::Integer:
      map.insert(key, qint64(row.int64At(column)));
      break;
    case Kind::Text:
      map.insert(key, row.textAt(column));
      break;
    case Kind::Bytes:
      map.insert(key, row.blobAt(column));
      break;
    }
  }
  return map;
}

bool bindBackupMap(const BackupRecordSpec &spec, const QCborMap &map, int fieldCount,
                   storage::Statement &statement) {
  for (int index = 0; index < fieldCount && index < int(spec.fields.size()); ++index) {
    const BackupField &field = spec.fields[index];
    const QCborValue value = map.value(QString::fromLatin1(field.name));
    const int parameter = index + 1;
    if (value.isUndefined() || value.isNull()) {
      statement.bindNull(parameter);
      continue;
    }
    switch (field.kind) {
    case Kind::Integer:
      if (!value.isInteger())
        return false;
      statement.bind(parameter, std::int64_t(value.toInteger()));
      break;
    case Kind::Text:
      if (!value.isString())
        return false;
      // An empty text stays empty, not NULL (a null QString binds NULL).
      statement.bind(parameter, value.toString().isNull() ? QString(QLatin1String("")) : value.toString());
      break;
    case Kind::Bytes:
      if (!value.isByteArray())
        return false;
      // Never a null QByteArray: that would bind NULL for an empty value.
      statement.bind(parameter, value.toByteArray().isNull() ? QByteArray("") : value.toByteArray());
      break;
    }
  }
  return true;
}

} // namespace sotto::app
