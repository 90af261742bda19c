#pragma once

#include <QString>

#include <cstdint>

namespace sotto::app {

// One stored message as a reader outside app (the UI, tools) sees it: plain values, no
// storage rows. Undecryptable messages never carry the fallback text the sender's client
// put in the body.
struct MessageEntry {
  // storage::MessageState, same values (QML reads them as ints).
  enum class State { Pending = 0, Sent = 1, Delivered = 2, Read = 3, Failed = 4 };

  std::int64_t id = 0;
  bool outgoing = false;
  QString senderJid;
  QString body;
  std::int64_t timestamp = 0; // ms since epoch
  State state = State::Pending;
  QString error; // why it failed, or why it could not be decrypted
  bool encrypted = false;
  bool trusted = false;
  // Arrived but could not be decrypted: shown as a placeholder, never as its fallback body.
  bool undecryptable = false;
};

} // namespace sotto::app
