#include "SignalErrors.h"

#include <signal/signal_protocol.h>

#include <QCoreApplication>

namespace sotto::crypto {

namespace detail {

CryptoError fromSignal(int code) {
  switch (code) {
  case SG_ERR_DUPLICATE_MESSAGE:
    return CryptoError::DuplicateMessage;
  case SG_ERR_INVALID_KEY:
    return CryptoError::InvalidKey;
  case SG_ERR_INVALID_KEY_ID:
    return CryptoError::InvalidKeyId;
  case SG_ERR_INVALID_MAC:
  case SG_ERR_INVALID_MESSAGE:
  case SG_ERR_INVALID_PROTO_BUF:
    return CryptoError::InvalidMessage;
  case SG_ERR_INVALID_VERSION:
    return CryptoError::InvalidVersion;
  case SG_ERR_LEGACY_MESSAGE:
    return CryptoError::LegacyMessage;
  case SG_ERR_NO_SESSION:
    return CryptoError::NoSession;
  case SG_ERR_STALE_KEY_EXCHANGE:
    return CryptoError::StaleKeyExchange;
  case SG_ERR_UNTRUSTED_IDENTITY:
    return CryptoError::UntrustedIdentity;
  case SG_ERR_VRF_SIG_VERIF_FAILED:
    return CryptoError::InvalidSignature;
  case SG_ERR_NOMEM:
    return CryptoError::OutOfMemory;
  case SG_ERR_INVAL:
    return CryptoError::InvalidArgument;
  default:
    // Store callbacks answer SG_ERR_MINIMUM when the ProtocolStore failed; libsignal
    // passes it through unchanged.
    return code == SG_ERR_MINIMUM ? CryptoError::StoreFailure : CryptoError::Internal;
  }
}

} // namespace detail

QString errorMessage(CryptoError error) {
  const char *text = "Unknown error.";
  switch (error) {
  case CryptoError::InvalidMessage:
    text = QT_TRANSLATE_NOOP("CryptoError", "The message is damaged or was tampered with.");
    break;
  case CryptoError::DuplicateMessage:
    text = QT_TRANSLATE_NOOP("CryptoError", "The message was already received.");
    break;
  case CryptoError::TooFarInFuture:
    text = QT_TRANSLATE_NOOP("CryptoError", "Too many messages from this device were lost.");
    break;
  case CryptoError::NoSession:
    text = QT_TRANSLATE_NOOP("CryptoError", "There is no encrypted session with this device.");
    break;
  case CryptoError::InvalidKeyId:
    text = QT_TRANSLATE_NOOP("CryptoError", "The message uses a key this device no longer has.");
    break;
  case CryptoError::InvalidKey:
    text = QT_TRANSLATE_NOOP("CryptoError", "A key is not valid.");
    break;
  case CryptoError::InvalidSignature:
    text = QT_TRANSLATE_NOOP("CryptoError", "The device's key signature does not verify.");
    break;
  case CryptoError::UntrustedIdentity:
    text = QT_TRANSLATE_NOOP("CryptoError", "The device presented a different identity key.");
    break;
  case CryptoError::LegacyMessage:
    text = QT_TRANSLATE_NOOP("CryptoError", "The message uses an old protocol version.");
    break;
  case CryptoError::InvalidVersion:
    text = QT_TRANSLATE_NOOP("CryptoError", "The message uses an unknown protocol version.");
    break;
  case CryptoError::StaleKeyExchange:
    text = QT_TRANSLATE_NOOP("CryptoError", "The message belongs to an outdated session.");
    break;
  case CryptoError::PayloadMissing:
    text = QT_TRANSLATE_NOOP("CryptoError", "The message carries no text.");
    break;
  case CryptoError::NoKeyForDevice:
    text = QT_TRANSLATE_NOOP("CryptoError", "The message was not encrypted for this device.");
    break;
  case CryptoError::StoreFailure:
    text = QT_TRANSLATE_NOOP("CryptoError", "The key store could not be read or written.");
    break;
  case CryptoError::InvalidArgument:
    text = QT_TRANSLATE_NOOP("CryptoError", "Invalid argument.");
    break;
  case CryptoError::OutOfMemory:
    text = QT_TRANSLATE_NOOP("CryptoError", "Out of memory.");
    break;
  case CryptoError::Internal:
    text = QT_TRANSLATE_NOOP("CryptoError", "Internal encryption error.");
    break;
  }
  return QCoreApplication::translate("CryptoError", text);
}

} // namespace sotto::crypto
