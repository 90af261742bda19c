#pragma once

#include "sotto/xmpp/Element.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <tl/expected.hpp>

#include <optional>

namespace sotto::xmpp {

// Plain data for the legacy OMEMO elements (XEP-0384 v0.3, eu.siacs.conversations.axolotl).
// Bytes are raw (not base64); the app maps these to and from the crypto module's types.
struct OmemoKey {
  quint32 deviceId = 0; // the recipient device (rid)
  QByteArray data;      // the Signal message carrying key‖tag
  bool isPreKey = false;
  friend bool operator==(const OmemoKey &, const OmemoKey &) = default;
};

struct OmemoEnvelope {
  quint32 senderDeviceId = 0; // sid
  QList<OmemoKey> keys;
  QByteArray iv;
  std::optional<QByteArray> payload; // none: a key transport element
  friend bool operator==(const OmemoEnvelope &, const OmemoEnvelope &) = default;
};

struct OmemoPreKey {
  quint32 id = 0;
  QByteArray publicKey;
  friend bool operator==(const OmemoPreKey &, const OmemoPreKey &) = default;
};

struct OmemoBundle {
  QByteArray identityKey;
  quint32 signedPreKeyId = 0;
  QByteArray signedPreKeyPublic;
  QByteArray signedPreKeySignature;
  QList<OmemoPreKey> preKeys;
  friend bool operator==(const OmemoBundle &, const OmemoBundle &) = default;
};

class OmemoCodecErrors {
  Q_GADGET
public:
  enum class Code {
    WrongElement,    // not the element asked for (name or namespace)
    MissingElement,  // a required child or attribute is absent
    InvalidDeviceId, // not an integer in 1 … 2^31−1
    InvalidBase64,
    InvalidSize, // an IV, key or signature of an impossible length
    TooMany,     // more keys, devices or prekeys than any real client sends
  };
  Q_ENUM(Code)
};
using OmemoCodecError = OmemoCodecErrors::Code;

// Encoding and strict decoding of the OMEMO elements. Decoding never trusts the peer:
// every count and size is bounded, so a hostile stanza is an error value, not a crash.
// Entries of a list (a <key>, a <device>, a <preKeyPublic>) that are malformed are
// skipped rather than fatal: one client's junk must not hide what is meant for us.
namespace omemo {
inline constexpr QStringView kNs = u"eu.siacs.conversations.axolotl";
inline constexpr QStringView kDeviceListNode = u"eu.siacs.conversations.axolotl.devicelist";
QString bundleNode(quint32 deviceId);

Element encodeEncrypted(const OmemoEnvelope &envelope);
tl::expected<OmemoEnvelope, OmemoCodecError> decodeEncrypted(const Element &encrypted);
// Adds <encrypted/>, the fallback <body/>, <store/> (XEP-0334) and <encryption/>
// (XEP-0380) to a <message/>.
void addToMessage(Element &message, const OmemoEnvelope &envelope, const QString &fallbackBody);

Element encodeDeviceList(const QList<quint32> &deviceIds);
tl::expected<QList<quint32>, OmemoCodecError> decodeDeviceList(const Element &list);

Element encodeBundle(const OmemoBundle &bundle);
tl::expected<OmemoBundle, OmemoCodecError> decodeBundle(const Element &bundle);
} // namespace omemo

} // namespace sotto::xmpp
