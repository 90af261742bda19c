#include "sotto/crypto/SessionCipher.h"

#include "sotto/crypto/SignalEngine.h"

#include "KeyCodec.h"
#include "SignalEnginePrivate.h"

#include <signal/protocol.h>
#include <signal/ratchet.h>
#include <signal/session_builder.h>
#include <signal/session_cipher.h>
#include <signal/session_pre_key.h>
#include <signal/session_record.h>
#include <signal/session_state.h>

#include <openssl/rand.h>

namespace sotto::crypto {

using namespace detail;

namespace {

constexpr std::uint32_t kMaxSkippedMessageKeys = 2000; // libsignal's MAX_MESSAGE_KEYS

struct BuilderFree {
  void operator()(session_builder *builder) const { session_builder_free(builder); }
};
struct CipherFree {
  void operator()(session_cipher *cipher) const { session_cipher_free(cipher); }
};

// signal_protocol_address points into a UTF-8 copy of the name, which must outlive it.
class Address {
public:
  explicit Address(const ProtocolAddress &address) : name_(address.name.toUtf8()) {
    raw_.name = name_.constData();
    raw_.name_len = static_cast<std::size_t>(name_.size());
    raw_.device_id = address.deviceId;
  }
  [[nodiscard]] const signal_protocol_address *get() const { return &raw_; }

private:
  QByteArray name_;
  signal_protocol_address raw_{};
};

// Whatever the parser trips over in hostile bytes is an invalid message, except the
// version checks, which say something useful.
CryptoError parseError(int rc) {
  const CryptoError error = fromSignal(rc);
  switch (error) {
  case CryptoError::LegacyMessage:
  case CryptoError::InvalidVersion:
  case CryptoError::OutOfMemory:
    return error;
  default:
    return CryptoError::InvalidMessage;
  }
}

tl::expected<SecureBytes, CryptoError> accepted(SecureBytes plaintext,
                                                const SessionCipher::Acceptor &accept) {
  if (accept) {
    if (auto verdict = accept(plaintext); !verdict)
      return tl::unexpected(verdict.error());
  }
  return plaintext;
}

// libsignal would start an empty session for an unknown device; ask first, through the
// staging layer, which keeps the record for libsignal's own load right after.
tl::expected<void, CryptoError> stagedSession(SignalEngine::Private &d, const ProtocolAddress &address) {
  bool ok = true;
  const bool found = d.bridge.session(address, ok).has_value();
  if (!ok)
    return tl::unexpected(CryptoError::StoreFailure);
  if (!found)
    return tl::unexpected(CryptoError::NoSession);
  return {};
}

bool valid(const ProtocolAddress &address) {
  return !address.name.isEmpty() && address.deviceId > 0;
}

tl::expected<std::unique_ptr<session_cipher, CipherFree>, CryptoError> makeCipher(SignalEngine::Private &d,
                                                                                  const Address &address) {
  std::unique_ptr<session_cipher, CipherFree> cipher;
  if (int rc = session_cipher_create(out(cipher), d.storeContext, address.get(), d.context); rc < 0)
    return tl::unexpected(fromSignal(rc));
  return cipher;
}

// libsignal reports "more than 2000 messages skipped" as a plain invalid message; tell it
// apart by comparing the message counter with the receiving chain's position.
bool tooFarInFuture(SignalEngine::Private &d, const Address &address, const signal_message *message) {
  SignalRef<session_record> record;
  // (The out() adapter hands the pointer over at the end of the statement.)
  if (signal_protocol_session_load_session(d.storeContext, out(record), address.get()) < 0)
    return false;
  if (!record)
    return false;
  session_state *state = session_record_get_state(record.get());
  if (state == nullptr)
    return false;
  ratchet_chain_key *chain =
      session_state_get_receiver_chain_key(state, signal_message_get_sender_ratchet_key(message));
  const std::uint32_t index = chain != nullptr ? ratchet_chain_key_get_index(chain) : 0;
  const std::uint32_t counter = signal_message_get_counter(message);
  return counter > index && counter - index > kMaxSkippedMessageKeys;
}

} // namespace

tl::expected<void, CryptoError> SessionCipher::buildSession(const ProtocolAddress &address,
                                                            const Bundle &bundle,
                                                            std::optional<std::uint32_t> preKeyId) {
  if (!valid(address) || bundle.deviceId != address.deviceId)
    return tl::unexpected(CryptoError::InvalidArgument);
  auto &d = engine_.d();
  auto identity = decodePublic(d.context, bundle.identityKey);
  if (!identity)
    return tl::unexpected(identity.error());
  auto signedPreKey = decodePublic(d.context, bundle.signedPreKeyPublic);
  if (!signedPreKey)
    return tl::unexpected(signedPreKey.error());

  const Bundle::PreKey *chosen = nullptr;
  if (preKeyId) {
    for (const auto &candidate : bundle.preKeys)
      if (candidate.id == *preKeyId)
        chosen = &candidate;
    if (chosen == nullptr)
      return tl::unexpected(CryptoError::InvalidKeyId);
  } else if (!bundle.preKeys.isEmpty()) {
    std::uint32_t random = 0;
    if (RAND_bytes(reinterpret_cast<unsigned char *>(&random), sizeof random) != 1)
      return tl::unexpected(CryptoError::Internal);
    chosen =
        &bundle.preKeys[static_cast<qsizetype>(random % static_cast<std::uint32_t>(bundle.preKeys.size()))];
  }
  SignalRef<ec_public_key> preKey;
  if (chosen != nullptr) {
    auto decoded = decodePublic(d.context, chosen->publicKey);
    if (!decoded)
      return tl::unexpected(decoded.error());
    preKey = std::move(*decoded);
  }

  SignalRef<session_pre_key_bundle> raw;
  if (int rc = session_pre_key_bundle_create(
          out(raw), 0, bundle.deviceId, chosen != nullptr ? chosen->id : 0, preKey.get(),
          bundle.signedPreKeyId, signedPreKey->get(), bytes(bundle.signedPreKeySignature),
          static_cast<std::size_t>(bundle.signedPreKeySignature.size()), identity->get());
      rc < 0)
    return tl::unexpected(fromSignal(rc));

  const Address signalAddress(address);
  return d.transact([&]() -> tl::expected<void, CryptoError> {
    std::unique_ptr<session_builder, BuilderFree> builder;
    if (int rc = session_builder_create(out(builder), d.storeContext, signalAddress.get(), d.context); rc < 0)
      return tl::unexpected(fromSignal(rc));
    if (int rc = session_builder_process_pre_key_bundle(builder.get(), raw.get()); rc < 0)
      return tl::unexpected(rc == SG_ERR_INVALID_KEY ? CryptoError::InvalidSignature : fromSignal(rc));
    return {};
  });
}

tl::expected<bool, CryptoError> SessionCipher::hasSession(const ProtocolAddress &address) const {
  auto contains = engine_.store().containsSession(address);
  if (!contains)
    return tl::unexpected(CryptoError::StoreFailure);
  return *contains;
}

tl::expected<EncryptedKey, CryptoError> SessionCipher::encrypt(const ProtocolAddress &address,
                                                               const SecureBytes &plaintext) {
  if (!valid(address))
    return tl::unexpected(CryptoError::InvalidArgument);
  auto &d = engine_.d();
  const Address signalAddress(address);
  return d.transact([&]() -> tl::expected<EncryptedKey, CryptoError> {
    if (auto has = stagedSession(d, address); !has)
      return tl::unexpected(has.error());
    auto cipher = makeCipher(d, signalAddress);
    if (!cipher)
      return tl::unexpected(cipher.error());
    SignalRef<ciphertext_message> message;
    if (int rc = session_cipher_encrypt(cipher->get(), plaintext.data(), plaintext.size(), out(message));
        rc < 0)
      return tl::unexpected(fromSignal(rc));
    return EncryptedKey{toByteArray(ciphertext_message_get_serialized(message.get())),
                        ciphertext_message_get_type(message.get()) == CIPHERTEXT_PREKEY_TYPE};
  });
}

tl::expected<SecureBytes, CryptoError> SessionCipher::decrypt(const ProtocolAddress &address,
                                                              const QByteArray &message, bool isPreKey,
                                                              const Acceptor &accept) {
  if (!valid(address))
    return tl::unexpected(CryptoError::InvalidArgument);
  if (message.isEmpty())
    return tl::unexpected(CryptoError::InvalidMessage);
  auto &d = engine_.d();
  const Address signalAddress(address);
  const auto *data = bytes(message);
  const auto size = static_cast<std::size_t>(message.size());

  if (isPreKey) {
    SignalRef<pre_key_signal_message> parsed;
    if (int rc = pre_key_signal_message_deserialize(out(parsed), data, size, d.context); rc < 0)
      return tl::unexpected(parseError(rc));
    return d.transact([&]() -> tl::expected<SecureBytes, CryptoError> {
      auto cipher = makeCipher(d, signalAddress);
      if (!cipher)
        return tl::unexpected(cipher.error());
      SignalBuffer plaintext;
      if (int rc = session_cipher_decrypt_pre_key_signal_message(cipher->get(), parsed.get(), nullptr,
                                                                 out(plaintext));
          rc < 0)
        return tl::unexpected(fromSignal(rc));
      return accepted(toSecureBytes(plaintext.get()), accept);
    });
  }

  SignalRef<signal_message> parsed;
  if (int rc = signal_message_deserialize(out(parsed), data, size, d.context); rc < 0)
    return tl::unexpected(parseError(rc));
  return d.transact([&]() -> tl::expected<SecureBytes, CryptoError> {
    if (auto has = stagedSession(d, address); !has)
      return tl::unexpected(has.error());
    auto cipher = makeCipher(d, signalAddress);
    if (!cipher)
      return tl::unexpected(cipher.error());
    SignalBuffer plaintext;
    if (int rc = session_cipher_decrypt_signal_message(cipher->get(), parsed.get(), nullptr, out(plaintext));
        rc < 0) {
      if (fromSignal(rc) == CryptoError::InvalidMessage && tooFarInFuture(d, signalAddress, parsed.get()))
        return tl::unexpected(CryptoError::TooFarInFuture);
      return tl::unexpected(fromSignal(rc));
    }
    return accepted(toSecureBytes(plaintext.get()), accept);
  });
}

} // namespace sotto::crypto
