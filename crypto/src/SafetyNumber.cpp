#include "sotto/crypto/SafetyNumber.h"

#include "KeyCodec.h"
#include "SignalErrors.h"
#include "StandaloneContext.h"

#include <signal/fingerprint.h>

namespace sotto::crypto {

using namespace detail;

namespace {

constexpr int kIterations = 5200;
constexpr int kScannableVersion = 1;

struct KeyListFree {
  void operator()(ec_public_key_list *list) const { ec_public_key_list_free(list); }
};
using KeyList = std::unique_ptr<ec_public_key_list, KeyListFree>;
struct GeneratorFree {
  void operator()(fingerprint_generator *generator) const { fingerprint_generator_free(generator); }
};

tl::expected<KeyList, CryptoError> keyList(signal_context *context, const QList<QByteArray> &keys) {
  if (keys.isEmpty())
    return tl::unexpected(CryptoError::InvalidArgument);
  KeyList list(ec_public_key_list_alloc());
  if (!list)
    return tl::unexpected(CryptoError::OutOfMemory);
  for (const QByteArray &key : keys) {
    auto decoded = decodePublic(context, key);
    if (!decoded)
      return tl::unexpected(decoded.error());
    // The list takes its own reference; ours is dropped when `decoded` goes.
    if (ec_public_key_list_push_back(list.get(), decoded->get()) < 0)
      return tl::unexpected(CryptoError::OutOfMemory);
  }
  return list;
}

} // namespace

tl::expected<SafetyNumber, CryptoError> SafetyNumber::compute(const Side &local, const Side &remote) {
  if (local.jid.isEmpty() || remote.jid.isEmpty())
    return tl::unexpected(CryptoError::InvalidArgument);
  StandaloneContext context;
  if (context.get() == nullptr)
    return tl::unexpected(CryptoError::OutOfMemory);
  auto localKeys = keyList(context.get(), local.identityKeys);
  if (!localKeys)
    return tl::unexpected(localKeys.error());
  auto remoteKeys = keyList(context.get(), remote.identityKeys);
  if (!remoteKeys)
    return tl::unexpected(remoteKeys.error());

  std::unique_ptr<fingerprint_generator, GeneratorFree> generator;
  if (int rc = fingerprint_generator_create(out(generator), kIterations, kScannableVersion, context.get());
      rc < 0)
    return tl::unexpected(fromSignal(rc));
  const QByteArray localId = local.jid.toUtf8();
  const QByteArray remoteId = remote.jid.toUtf8();
  SignalRef<fingerprint> result;
  if (int rc = fingerprint_generator_create_for_list(generator.get(), localId.constData(), localKeys->get(),
                                                     remoteId.constData(), remoteKeys->get(), out(result));
      rc < 0)
    return tl::unexpected(fromSignal(rc));

  SafetyNumber number;
  number.digits_ =
      QString::fromLatin1(displayable_fingerprint_text(fingerprint_get_displayable(result.get())));
  SignalBuffer scannable;
  if (int rc = scannable_fingerprint_serialize(out(scannable), fingerprint_get_scannable(result.get()));
      rc < 0)
    return tl::unexpected(fromSignal(rc));
  number.scannable_ = toByteArray(scannable.get());
  return number;
}

QStringList SafetyNumber::groups() const {
  QStringList result;
  for (qsizetype i = 0; i < digits_.size(); i += 5)
    result.append(digits_.mid(i, 5));
  return result;
}

tl::expected<bool, CryptoError> SafetyNumber::matchesScanned(const QByteArray &theirScannable) const {
  StandaloneContext context;
  if (context.get() == nullptr)
    return tl::unexpected(CryptoError::OutOfMemory);
  SignalRef<scannable_fingerprint> ours;
  SignalRef<scannable_fingerprint> theirs;
  if (scannable_fingerprint_deserialize(out(ours), bytes(scannable_),
                                        static_cast<std::size_t>(scannable_.size()), context.get()) < 0)
    return tl::unexpected(CryptoError::Internal);
  if (theirScannable.isEmpty() ||
      scannable_fingerprint_deserialize(out(theirs), bytes(theirScannable),
                                        static_cast<std::size_t>(theirScannable.size()), context.get()) < 0)
    return tl::unexpected(CryptoError::InvalidMessage);
  const int rc = scannable_fingerprint_compare(ours.get(), theirs.get());
  if (rc == SG_ERR_FP_VERSION_MISMATCH || rc == SG_ERR_FP_IDENT_MISMATCH)
    return tl::unexpected(CryptoError::InvalidArgument);
  if (rc < 0)
    return tl::unexpected(CryptoError::InvalidMessage);
  return rc == 1;
}

} // namespace sotto::crypto
