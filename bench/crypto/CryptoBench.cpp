// Sotto's crypto wrappers against the raw libsignal-protocol-c calls they make, in the
// same run. Goal: the wrappers add under 10%; session set-up stays under 1 ms.
// Both sides use the same OpenSSL provider and the same AES-GCM payload code, so the
// difference is the wrapper layer: staging store, value conversions, typed errors.
#include "RawStore.h"
#include "TestDevice.h"

#include "KeyCodec.h"
#include "SignalHandle.h"

#include <sotto/crypto/OmemoDecryptor.h>
#include <sotto/crypto/OmemoEncryptor.h>
#include <sotto/crypto/OmemoPayloadCipher.h>
#include <sotto/crypto/SafetyNumber.h>

#include <signal/fingerprint.h>
#include <signal/protocol.h>
#include <signal/session_builder.h>
#include <signal/session_cipher.h>
#include <signal/session_pre_key.h>

#include <benchmark/benchmark.h>

#include <QLoggingCategory>

#include <deque>

using namespace sotto::crypto;
using namespace sotto::crypto::detail;
using sotto::bench::RawContext;
using sotto::bench::RawStore;
using sotto::crypto::testing::TestDevice;

namespace {

const QString kText = QString(200, QLatin1Char('x')); // a 200-byte message

SecureBytes secure(const char *text) {
  return SecureBytes(reinterpret_cast<const unsigned char *>(text), std::strlen(text));
}

// Copies a wrapper device's state into a raw store, so both worlds continue from the
// very same sessions.
void mirror(const testing::InMemoryProtocolStore &from, RawStore &to) {
  const auto &state = from.state();
  to.identityPublic = state.local->identityPublicKey;
  to.identityPrivate = state.local->identityPrivateKey.toByteArrayUnsafe();
  to.registrationId = state.local->registrationId;
  for (auto it = state.sessions.cbegin(); it != state.sessions.cend(); ++it)
    to.sessions[{it.key().name.toStdString(), it.key().deviceId}] = it.value();
  for (auto it = state.identities.cbegin(); it != state.identities.cend(); ++it)
    to.identities[{it.key().name.toStdString(), it.key().deviceId}] = it.value().identityKey;
  for (auto it = state.preKeys.cbegin(); it != state.preKeys.cend(); ++it)
    to.preKeys[it.key()] = it.value();
  for (auto it = state.signedPreKeys.cbegin(); it != state.signedPreKeys.cend(); ++it)
    to.signedPreKeys[it.key()] = it.value();
}

// Alice with established sessions to `n` devices of Bob, in both worlds.
struct Conversation {
  explicit Conversation(int n) {
    QLoggingCategory::setFilterRules(QStringLiteral("sotto.crypto.info=false\nsotto.crypto.debug=false"));
    for (int i = 0; i < n; ++i) {
      bobs.push_back(std::make_unique<TestDevice>(QStringLiteral("bob@example.org")));
      TestDevice &bob = *bobs.back();
      recipients.append(bob.address());
      if (!alice.sessions->buildSession(bob.address(), bob.bundle()))
        std::abort();
      auto hello = alice.sessions->encrypt(bob.address(), secure("hello"));
      if (!hello || !bob.sessions->decrypt(alice.address(), hello->data, true))
        std::abort();
      auto reply = bob.sessions->encrypt(alice.address(), secure("hi"));
      if (!reply || !alice.sessions->decrypt(bob.address(), reply->data, false))
        std::abort();
    }
    rawAlice = std::make_unique<RawStore>(context.get());
    mirror(*alice.store, *rawAlice);
    for (auto &bob : bobs) {
      rawBobs.push_back(std::make_unique<RawStore>(context.get()));
      mirror(*bob->store, *rawBobs.back());
    }
  }

  TestDevice alice{QStringLiteral("alice@example.org")};
  std::vector<std::unique_ptr<TestDevice>> bobs;
  QList<ProtocolAddress> recipients;
  RawContext context;
  std::unique_ptr<RawStore> rawAlice;
  std::vector<std::unique_ptr<RawStore>> rawBobs;
};

struct CipherFree {
  void operator()(session_cipher *cipher) const { session_cipher_free(cipher); }
};
using RawCipher = std::unique_ptr<session_cipher, CipherFree>;

// session_cipher keeps a pointer to the address: it must outlive the cipher.
RawCipher rawCipher(RawStore &store, signal_context *context, const signal_protocol_address &address) {
  session_cipher *cipher = nullptr;
  if (session_cipher_create(&cipher, store.get(), &address, context) < 0)
    std::abort();
  return RawCipher(cipher);
}

// Each benchmark's loop body is a separate, never-inlined "round" function, so that
// `valgrind --tool=callgrind --toggle-collect='*Round<true>*'` can count its
// instructions exactly: a load-independent measure of the wrapper's overhead (see
// count_instructions.sh and PERFORMANCE.md). The <false> instance runs once before the
// loop as a warm-up that the count leaves out.

// Keeps the compiler from folding the <true> and <false> instances into one symbol
// (identical code folding), which would hide the measured one from callgrind.
volatile int measuredRounds = 0;
template <bool Measured> void markRound() {
  if constexpr (Measured)
    measuredRounds = measuredRounds + 1;
}

template <bool Measured>
[[gnu::noinline]] void wrapperEncryptDecryptRound(Conversation &c, const SecureBytes &plaintext) {
  markRound<Measured>();
  auto outcome = OmemoEncryptor(*c.alice.engine).encrypt(plaintext, c.recipients);
  if (!outcome)
    std::abort();
  for (auto &bob : c.bobs) {
    auto result = OmemoDecryptor(*bob->engine).decrypt(c.alice.jid, outcome->message);
    if (!result || result->plaintext->size() != 200)
      std::abort();
  }
}

template <bool Measured>
[[gnu::noinline]] void rawEncryptDecryptRound(signal_context *context, std::vector<RawCipher> &toBob,
                                              std::vector<RawCipher> &atBob, const SecureBytes &plaintext) {
  markRound<Measured>();
  auto sealed = OmemoPayloadCipher::seal(plaintext).value();
  std::vector<QByteArray> keys;
  for (auto &cipher : toBob) {
    SignalRef<ciphertext_message> message;
    if (session_cipher_encrypt(cipher.get(), sealed.keyAndTag.data(), sealed.keyAndTag.size(), out(message)) <
        0)
      std::abort();
    keys.push_back(toByteArray(ciphertext_message_get_serialized(message.get())));
  }
  for (std::size_t i = 0; i < atBob.size(); ++i) {
    SignalRef<signal_message> message;
    if (signal_message_deserialize(out(message), bytes(keys[i]), static_cast<std::size_t>(keys[i].size()),
                                   context) < 0)
      std::abort();
    SignalBuffer key;
    if (session_cipher_decrypt_signal_message(atBob[i].get(), message.get(), nullptr, out(key)) < 0)
      std::abort();
    auto opened = OmemoPayloadCipher::open(toSecureBytes(key.get()), sealed.iv, sealed.payload);
    if (!opened || opened->size() != 200)
      std::abort();
  }
}

SecureBytes benchPlaintext() {
  QByteArray utf8 = kText.toUtf8();
  return SecureBytes::fromByteArray(utf8);
}

void BM_EncryptDecrypt_Wrapper(benchmark::State &state) {
  Conversation conversation(static_cast<int>(state.range(0)));
  const SecureBytes plaintext = benchPlaintext();
  wrapperEncryptDecryptRound<false>(conversation, plaintext); // warm-up, not counted
  for (auto _ : state)
    wrapperEncryptDecryptRound<true>(conversation, plaintext);
}

void BM_EncryptDecrypt_Raw(benchmark::State &state) {
  Conversation conversation(static_cast<int>(state.range(0)));
  signal_context *context = conversation.context.get();
  const QByteArray bobName("bob@example.org");
  const QByteArray aliceName("alice@example.org");
  std::deque<signal_protocol_address> addresses;
  std::vector<RawCipher> toBob;
  std::vector<RawCipher> atBob;
  const signal_protocol_address &aliceAddress = addresses.emplace_back(signal_protocol_address{
      aliceName.constData(), static_cast<std::size_t>(aliceName.size()), conversation.alice.deviceId});
  for (std::size_t i = 0; i < conversation.bobs.size(); ++i) {
    const auto &bobAddress = addresses.emplace_back(signal_protocol_address{
        bobName.constData(), static_cast<std::size_t>(bobName.size()), conversation.bobs[i]->deviceId});
    toBob.push_back(rawCipher(*conversation.rawAlice, context, bobAddress));
    atBob.push_back(rawCipher(*conversation.rawBobs[i], context, aliceAddress));
  }
  const SecureBytes plaintext = benchPlaintext();
  rawEncryptDecryptRound<false>(context, toBob, atBob, plaintext); // warm-up, not counted
  for (auto _ : state)
    rawEncryptDecryptRound<true>(context, toBob, atBob, plaintext);
}

template <bool Measured>
[[gnu::noinline]] void wrapperSetupRound(SessionCipher &sessions, testing::InMemoryProtocolStore &store,
                                         const ProtocolAddress &address, const Bundle &bundle,
                                         std::uint32_t preKeyId) {
  markRound<Measured>();
  if (!sessions.buildSession(address, bundle, preKeyId))
    std::abort();
  (void)store.deleteSession(address); // keep the record from growing
}

template <bool Measured>
[[gnu::noinline]] void rawSetupRound(signal_context *context, RawStore &store,
                                     const signal_protocol_address &address, const Bundle &bundle) {
  markRound<Measured>();
  // The same work the wrapper does: decode the bundle's keys, build, process.
  auto identity = decodePublic(context, bundle.identityKey).value();
  auto signedPreKey = decodePublic(context, bundle.signedPreKeyPublic).value();
  auto preKey = decodePublic(context, bundle.preKeys.first().publicKey).value();
  SignalRef<session_pre_key_bundle> raw;
  if (session_pre_key_bundle_create(
          out(raw), 0, bundle.deviceId, bundle.preKeys.first().id, preKey.get(), bundle.signedPreKeyId,
          signedPreKey.get(), bytes(bundle.signedPreKeySignature),
          static_cast<std::size_t>(bundle.signedPreKeySignature.size()), identity.get()) < 0)
    std::abort();
  session_builder *builder = nullptr;
  if (session_builder_create(&builder, store.get(), &address, context) < 0 ||
      session_builder_process_pre_key_bundle(builder, raw.get()) < 0)
    std::abort();
  session_builder_free(builder);
  store.sessions.erase({std::string(address.name, address.name_len), address.device_id});
}

void BM_SessionSetup_Wrapper(benchmark::State &state) {
  Conversation conversation(1);
  TestDevice &bob = *conversation.bobs.front();
  const Bundle bundle = bob.bundle();
  SessionCipher sessions(*conversation.alice.engine);
  wrapperSetupRound<false>(sessions, *conversation.alice.store, bob.address(), bundle,
                           bundle.preKeys.first().id); // warm-up, not counted
  for (auto _ : state)
    wrapperSetupRound<true>(sessions, *conversation.alice.store, bob.address(), bundle,
                            bundle.preKeys.first().id);
}

void BM_SessionSetup_Raw(benchmark::State &state) {
  Conversation conversation(1);
  TestDevice &bob = *conversation.bobs.front();
  const Bundle bundle = bob.bundle();
  const QByteArray name = bob.jid.toUtf8();
  const signal_protocol_address address{name.constData(), static_cast<std::size_t>(name.size()),
                                        bob.deviceId};
  rawSetupRound<false>(conversation.context.get(), *conversation.rawAlice, address,
                       bundle); // warm-up, not counted
  for (auto _ : state)
    rawSetupRound<true>(conversation.context.get(), *conversation.rawAlice, address, bundle);
}

struct Sides {
  SafetyNumber::Side local;
  SafetyNumber::Side remote;
  Sides() {
    TestDevice a1(QStringLiteral("alice@example.org")), a2(QStringLiteral("alice@example.org"));
    TestDevice b1(QStringLiteral("bob@example.org")), b2(QStringLiteral("bob@example.org")),
        b3(QStringLiteral("bob@example.org"));
    local = {a1.jid, {a1.bundle().identityKey, a2.bundle().identityKey}};
    remote = {b1.jid, {b1.bundle().identityKey, b2.bundle().identityKey, b3.bundle().identityKey}};
  }
};

template <bool Measured> [[gnu::noinline]] void wrapperSafetyNumberRound(const Sides &sides) {
  markRound<Measured>();
  auto number = SafetyNumber::compute(sides.local, sides.remote);
  if (!number || number->digits().size() != 60)
    std::abort();
}

template <bool Measured>
[[gnu::noinline]] void rawSafetyNumberRound(signal_context *context, const Sides &sides) {
  markRound<Measured>();
  const QByteArray localId = sides.local.jid.toUtf8();
  const QByteArray remoteId = sides.remote.jid.toUtf8();
  ec_public_key_list *localKeys = ec_public_key_list_alloc();
  ec_public_key_list *remoteKeys = ec_public_key_list_alloc();
  for (const auto &key : sides.local.identityKeys)
    ec_public_key_list_push_back(localKeys, decodePublic(context, key).value().get());
  for (const auto &key : sides.remote.identityKeys)
    ec_public_key_list_push_back(remoteKeys, decodePublic(context, key).value().get());
  fingerprint_generator *generator = nullptr;
  fingerprint *result = nullptr;
  if (fingerprint_generator_create(&generator, 5200, 1, context) < 0 ||
      fingerprint_generator_create_for_list(generator, localId.constData(), localKeys, remoteId.constData(),
                                            remoteKeys, &result) < 0)
    std::abort();
  benchmark::DoNotOptimize(displayable_fingerprint_text(fingerprint_get_displayable(result)));
  signal_buffer *scannable = nullptr;
  scannable_fingerprint_serialize(&scannable, fingerprint_get_scannable(result));
  signal_buffer_free(scannable);
  signal_type_unref(reinterpret_cast<signal_type_base *>(result));
  fingerprint_generator_free(generator);
  ec_public_key_list_free(localKeys);
  ec_public_key_list_free(remoteKeys);
}

void BM_SafetyNumber_Wrapper(benchmark::State &state) {
  QLoggingCategory::setFilterRules(QStringLiteral("sotto.crypto.info=false\nsotto.crypto.debug=false"));
  const Sides sides;
  wrapperSafetyNumberRound<false>(sides); // warm-up, not counted
  for (auto _ : state)
    wrapperSafetyNumberRound<true>(sides);
}

void BM_SafetyNumber_Raw(benchmark::State &state) {
  const Sides sides;
  RawContext context;
  rawSafetyNumberRound<false>(context.get(),
                              sides); // warm-up, not counted
  for (auto _ : state)
    rawSafetyNumberRound<true>(context.get(), sides);
}

} // namespace

BENCHMARK(BM_EncryptDecrypt_Raw)->Arg(1)->Arg(10)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_EncryptDecrypt_Wrapper)->Arg(1)->Arg(10)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SessionSetup_Raw)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SessionSetup_Wrapper)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SafetyNumber_Raw)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SafetyNumber_Wrapper)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
