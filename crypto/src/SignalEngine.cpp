#include "sotto/crypto/SignalEngine.h"

#include "sotto/crypto/KeyManager.h"
#include "sotto/crypto/Logging.h"

#include "OpenSslProvider.h"
#include "SignalEnginePrivate.h"

namespace sotto::crypto {

namespace {

void lock(void *userData) {
  static_cast<QRecursiveMutex *>(userData)->lock();
}
void unlock(void *userData) {
  static_cast<QRecursiveMutex *>(userData)->unlock();
}

// libsignal logs its own retries ("mac not verified" while it tries archived session
// states) and the failures it also returns as codes; the typed error is what counts, so
// its lines are debug output only. They name no keys.
void log(int level, const char *message, std::size_t len, void *) {
  qCDebug(lcCrypto) << "libsignal:" << level << QString::fromUtf8(message, static_cast<qsizetype>(len));
}

} // namespace

SignalEngine::Private::~Private() {
  if (storeContext != nullptr)
    signal_protocol_store_context_destroy(storeContext);
  if (context != nullptr)
    signal_context_destroy(context);
}

tl::expected<void, CryptoError> SignalEngine::Private::handleConsumedPreKeys() {
  if (bridge.deferPreKeyRemoval() || !bridge.hasConsumedPreKeys())
    return {};
  const auto consumed = bridge.takeConsumedPreKeys();
  for (std::uint32_t id : consumed)
    if (!store.removePreKey(id))
      return tl::unexpected(CryptoError::StoreFailure);
  qCInfo(lcCrypto) << consumed.size() << "one-time prekeys used; making replacements";
  auto replenished = KeyManager(*owner).replenishPreKeys();
  if (!replenished)
    return tl::unexpected(replenished.error());
  if (bundleChanged)
    bundleChanged();
  return {};
}

SignalEngine::SignalEngine(std::unique_ptr<Private> d) : d_(std::move(d)) {
  d_->owner = this;
}
SignalEngine::~SignalEngine() = default;

tl::expected<std::unique_ptr<SignalEngine>, CryptoError> SignalEngine::create(ProtocolStore &store) {
  auto d = std::make_unique<Private>(store);
  int rc = signal_context_create(&d->context, &d->mutex);
  if (rc >= 0)
    rc = signal_context_set_crypto_provider(d->context, &detail::openSslProvider());
  if (rc >= 0)
    rc = signal_context_set_locking_functions(d->context, lock, unlock);
  if (rc >= 0)
    rc = signal_context_set_log_function(d->context, log);
  if (rc >= 0)
    rc = signal_protocol_store_context_create(&d->storeContext, d->context);
  if (rc >= 0)
    rc = d->bridge.install(d->storeContext);
  if (rc < 0)
    return tl::unexpected(detail::fromSignal(rc));
  auto local = store.loadLocalIdentity();
  if (!local)
    return tl::unexpected(CryptoError::StoreFailure);
  d->bridge.setLocalIdentity(std::move(*local));
  return std::unique_ptr<SignalEngine>(new SignalEngine(std::move(d)));
}

ProtocolStore &SignalEngine::store() {
  return d_->store;
}

void SignalEngine::setBundleChangedHandler(std::function<void()> handler) {
  d_->bundleChanged = std::move(handler);
}

tl::expected<void, CryptoError> SignalEngine::setDeferPreKeyRemoval(bool defer) {
  d_->bridge.setDeferPreKeyRemoval(defer);
  if (defer)
    return {};
  return d_->handleConsumedPreKeys();
}

} // namespace sotto::crypto
