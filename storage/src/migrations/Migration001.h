#pragma once

// Schema v1. Written for SQLite 3.15 (SQLCipher 3.4.1): FTS4 not FTS5, no UPSERT, no
// RETURNING, no window functions. Multi-account from the start: every row hangs off an
// account, nothing assumes a single JID. Times are milliseconds since the epoch (UTC).
namespace sotto::storage::detail {

inline constexpr const char kMigration001[] = R"sql(
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  jid TEXT NOT NULL UNIQUE,
  display_name TEXT,
  resource TEXT,
  roster_version TEXT,
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  jid TEXT NOT NULL,
  name TEXT,
  subscription INTEGER NOT NULL DEFAULT 0, -- 0 none, 1 to, 2 from, 3 both
  ask_pending INTEGER NOT NULL DEFAULT 0,  -- we asked to see their presence
  groups TEXT,                             -- roster groups, one per line
  in_roster INTEGER NOT NULL DEFAULT 1,
  blocked INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL DEFAULT 0,
  UNIQUE (account_id, jid)
);

CREATE TABLE conversations (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  peer_jid TEXT NOT NULL,
  last_message_id INTEGER,                  -- kept by the message triggers
  last_activity INTEGER NOT NULL DEFAULT 0, -- timestamp of the newest message
  last_read_id INTEGER,
  unread_count INTEGER NOT NULL DEFAULT 0,  -- kept by the message triggers
  pinned INTEGER NOT NULL DEFAULT 0,
  muted INTEGER NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0,
  request_state INTEGER NOT NULL DEFAULT 0, -- 0 accepted, 1 request from a stranger, 2 declined
  draft TEXT,
  UNIQUE (account_id, peer_jid)
);
-- The conversation list: pinned first, then by activity, read straight off the index.
CREATE INDEX conversations_by_activity
  ON conversations (account_id, archived, pinned DESC, last_activity DESC);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,          -- local id
  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  stanza_id TEXT,                  -- XEP-0359 id the archive assigned
  origin_id TEXT,                  -- XEP-0359 id the sender assigned
  direction INTEGER NOT NULL,      -- 0 incoming, 1 outgoing
  sender_jid TEXT NOT NULL,
  sender_device INTEGER,           -- OMEMO device id
  body TEXT,
  timestamp INTEGER NOT NULL,      -- when it was sent (delay stamp or arrival)
  received_at INTEGER NOT NULL,    -- when this device stored it
  state INTEGER NOT NULL DEFAULT 0,-- 0 pending, 1 sent, 2 delivered, 3 read, 4 failed
  error TEXT,
  encrypted INTEGER NOT NULL DEFAULT 0,
  trusted INTEGER NOT NULL DEFAULT 0
);
-- Paging by (conversation, timestamp, id) is a range scan of this index.
CREATE INDEX messages_by_time ON messages (conversation_id, timestamp, id);
-- Deduplication of archive / carbon copies of the same message.
CREATE UNIQUE INDEX messages_by_stanza_id ON messages (conversation_id, stanza_id)
  WHERE stanza_id IS NOT NULL;
CREATE INDEX messages_by_origin_id ON messages (conversation_id, origin_id)
  WHERE origin_id IS NOT NULL;

-- Full-text search over bodies. External content (no second copy of the text); doclists
-- newest first so "newest N matches" stops early even for common words.
CREATE VIRTUAL TABLE messages_fts USING fts4(content="messages", body, tokenize=unicode61, order=DESC);

CREATE TRIGGER messages_after_insert AFTER INSERT ON messages BEGIN
  UPDATE conversations SET
    last_message_id = CASE WHEN NEW.timestamp >= last_activity THEN NEW.id ELSE last_message_id END,
    last_activity = max(last_activity, NEW.timestamp),
    unread_count = unread_count + (NEW.direction = 0 AND NEW.state <> 3)
  WHERE id = NEW.conversation_id;
  INSERT INTO messages_fts (docid, body) SELECT NEW.id, NEW.body WHERE NEW.body IS NOT NULL;
END;
-- External-content FTS must read the old text to unindex it: before the row changes.
CREATE TRIGGER messages_before_delete BEFORE DELETE ON messages WHEN OLD.body IS NOT NULL BEGIN
  DELETE FROM messages_fts WHERE docid = OLD.id;
END;
CREATE TRIGGER messages_after_delete AFTER DELETE ON messages BEGIN
  UPDATE conversations SET last_message_id =
    (SELECT id FROM messages WHERE conversation_id = OLD.conversation_id ORDER BY timestamp DESC, id DESC LIMIT 1)
  WHERE id = OLD.conversation_id AND last_message_id = OLD.id;
END;
CREATE TRIGGER messages_before_update_body BEFORE UPDATE OF body ON messages WHEN OLD.body IS NOT NULL BEGIN
  DELETE FROM messages_fts WHERE docid = OLD.id;
END;
CREATE TRIGGER messages_after_update_body AFTER UPDATE OF body ON messages WHEN NEW.body IS NOT NULL BEGIN
  INSERT INTO messages_fts (docid, body) VALUES (NEW.id, NEW.body);
END;

-- OMEMO (crypto's ProtocolStore), per account.
CREATE TABLE omemo_local_identity (
  account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  device_id INTEGER NOT NULL,
  registration_id INTEGER NOT NULL,
  public_key BLOB NOT NULL,
  private_key BLOB NOT NULL
);
CREATE TABLE omemo_identities (
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  jid TEXT NOT NULL,
  device_id INTEGER NOT NULL,
  identity_key BLOB NOT NULL,
  trust INTEGER NOT NULL DEFAULT 0, -- crypto::TrustState
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  PRIMARY KEY (account_id, jid, device_id)
) WITHOUT ROWID;
CREATE TABLE omemo_prekeys (
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  prekey_id INTEGER NOT NULL,
  record BLOB NOT NULL,
  PRIMARY KEY (account_id, prekey_id)
) WITHOUT ROWID;
CREATE TABLE omemo_signed_prekeys (
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  signed_prekey_id INTEGER NOT NULL,
  record BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (account_id, signed_prekey_id)
) WITHOUT ROWID;
CREATE TABLE omemo_sessions (
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  jid TEXT NOT NULL,
  device_id INTEGER NOT NULL,
  record BLOB NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (account_id, jid, device_id)
) WITHOUT ROWID;
CREATE TABLE omemo_devices (
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  jid TEXT NOT NULL,
  device_id INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1, -- in the device list the JID last published
  label TEXT,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  PRIMARY KEY (account_id, jid, device_id)
) WITHOUT ROWID;

-- Stanzas handed to the network but not yet acknowledged (XEP-0198), replayed on resume.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
  stanza_id TEXT NOT NULL,
  payload BLOB NOT NULL, -- the serialized stanza, already encrypted
  created_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_attempt_at INTEGER,
  UNIQUE (account_id, stanza_id)
);
CREATE INDEX outbox_by_message ON outbox (message_id);

-- Settings: scope 0 is global, otherwise an account id.
CREATE TABLE settings (
  scope INTEGER NOT NULL DEFAULT 0,
  key TEXT NOT NULL,
  value BLOB,
  PRIMARY KEY (scope, key)
) WITHOUT ROWID;
)sql";

} // namespace sotto::storage::detail
