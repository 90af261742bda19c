#pragma once

#include <QString>

#include <cstdint>

namespace sotto::ui {

// What the chat view shows of one stored message. The paging model holds a window of
// these; the UI never sees storage's rows or SQL.
struct MessageItem {
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

} // namespace sotto::ui
