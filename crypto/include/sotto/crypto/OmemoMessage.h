#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace sotto::crypto {

// The content of an OMEMO <encrypted> element (XEP-0384 v0.3), with no XML in it: xmpp
// encodes and parses it, crypto fills and reads it.
//   <header sid='senderDeviceId'><key rid='…' prekey='true'>data</key>…<iv>iv</iv></header>
//   <payload>payload</payload>   (absent in a key-transport message)
struct OmemoMessage {
  struct Key {
    QString jid;               // the recipient's bare JID (informational; v0.3 XML has no such attribute)
    std::int32_t deviceId = 0; // rid
    QByteArray data;           // a serialized (PreKey)SignalMessage
    bool isPreKey = false;     // prekey='true'
    friend bool operator==(const Key &, const Key &) = default;
  };

  std::int32_t senderDeviceId = 0; // sid
  QList<Key> keys;
  QByteArray iv;
  std::optional<QByteArray> payload; // empty optional: key transport

  [[nodiscard]] bool isKeyTransport() const { return !payload.has_value(); }
  friend bool operator==(const OmemoMessage &, const OmemoMessage &) = default;
};

} // namespace sotto::crypto
