// Feeds arbitrary bytes to the decrypt path of an established session: message parsing,
// the ratchet, the OMEMO payload cipher. Besides "no crash", it checks crypto's promise
// that a failed decrypt leaves the store exactly as it was (it aborts otherwise).
//
// Input: [mode][bytes…]. mode bit 0: treat as PreKey message. Bit 1: XOR the bytes over
// a valid message made at start-up (so mutations stay close to real messages) instead
// of using them as they are. Bit 2: go through OmemoDecryptor, with the last 12 bytes as
// IV and a fixed payload, instead of SessionCipher.
#include "TestDevice.h"

#include <sotto/crypto/OmemoDecryptor.h>
#include <sotto/crypto/OmemoEncryptor.h>

#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

using namespace sotto::crypto;
using sotto::crypto::testing::TestDevice;

namespace {

struct Fixture {
  TestDevice alice{QStringLiteral("alice@example.org")};
  TestDevice bob{QStringLiteral("bob@example.org")};
  TestDevice carol{QStringLiteral("carol@example.org")};
  QByteArray normalMessage;
  QByteArray preKeyMessage;
  OmemoMessage omemo;

  Fixture() {
    QLoggingCategory::setFilterRules(QStringLiteral("sotto.crypto.info=false\nsotto.crypto.debug=false"));
    const auto text = [](const char *value) {
      return SecureBytes(reinterpret_cast<const unsigned char *>(value), std::strlen(value));
    };
    // alice <-> bob established; carol has a session to bob but bob has not heard yet.
    if (!alice.sessions->buildSession(bob.address(), bob.bundle()) ||
        !carol.sessions->buildSession(bob.address(), bob.bundle()))
      std::abort();
    auto first = alice.sessions->encrypt(bob.address(), text("hello"));
    if (!first || !bob.sessions->decrypt(alice.address(), first->data, true))
      std::abort();
    auto reply = bob.sessions->encrypt(alice.address(), text("hi"));
    if (!reply || !alice.sessions->decrypt(bob.address(), reply->data, false))
      std::abort();
    normalMessage = alice.sessions->encrypt(bob.address(), text("a normal message")).value().data;
    preKeyMessage = carol.sessions->encrypt(bob.address(), text("a prekey message")).value().data;
    omemo = OmemoEncryptor(*alice.engine).encrypt(QStringLiteral("omemo"), {bob.address()}).value().message;
  }
};

Fixture &fixture() {
  static Fixture instance;
  return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  if (size == 0 || size > 4096)
    return 0;
  Fixture &f = fixture();
  const std::uint8_t mode = data[0];
  const bool preKey = (mode & 1) != 0;
  const ProtocolAddress from = preKey ? f.carol.address() : f.alice.address();
  QByteArray message(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
  if ((mode & 2) != 0) {
    QByteArray base = preKey ? f.preKeyMessage : f.normalMessage;
    for (qsizetype i = 0; i < message.size() && i < base.size(); ++i)
      base[i] = static_cast<char>(base[i] ^ message[i]);
    if (message.size() > base.size())
      base.append(message.mid(base.size()));
    message = base;
  }

  const auto before = f.bob.store->state();
  bool ok = false;
  if ((mode & 4) != 0) {
    OmemoMessage omemo = f.omemo;
    omemo.senderDeviceId = from.deviceId;
    omemo.keys.first().data = message;
    omemo.keys.first().isPreKey = preKey;
    if (message.size() >= 12)
      omemo.iv = message.right(12);
    ok = OmemoDecryptor(*f.bob.engine).decrypt(from.name, omemo).has_value();
  } else {
    ok = f.bob.sessions->decrypt(from, message, preKey).has_value();
  }
  if (!ok && !(f.bob.store->state() == before))
    std::abort(); // a failed decrypt changed stored state
  if (ok) {
    // Undo, so every input meets the same session. Prekeys consumed by a valid PreKey
    // message were replenished with new ones; the snapshot puts the old ones back.
    f.bob.store->restore(before);
  }
  return 0;
}
