#pragma once

#include "sotto/crypto/CryptoError.h"
#include "sotto/crypto/OmemoMessage.h"
#include "sotto/crypto/SecureBytes.h"

#include <tl/expected.hpp>

#include <optional>

namespace sotto::crypto {

class SignalEngine;

// Reads OMEMO messages addressed to this device.
class OmemoDecryptor {
public:
  struct Result {
    std::optional<SecureBytes> plaintext; // UTF-8 text; empty for key transport
    bool keyTransport = false;            // session maintenance, not a message to show
    bool wasPreKey = false;               // a session was (re)built: answer with a key transport
    [[nodiscard]] QString text() const;   // plaintext as QString (empty for key transport)
  };

  explicit OmemoDecryptor(SignalEngine &engine) : engine_(engine) {}

  // `senderJid` is the sender's bare JID (from the stanza, after xmpp checked it). Fails
  // with NoKeyForDevice if the header has no key for our device, and otherwise with the
  // session's typed errors; a payload whose GCM tag does not verify is InvalidMessage and
  // leaves the ratchet where it was.
  tl::expected<Result, CryptoError> decrypt(const QString &senderJid, const OmemoMessage &message);

private:
  SignalEngine &engine_;
};

} // namespace sotto::crypto
