#pragma once

#include "sotto/crypto/Bundle.h"
#include "sotto/crypto/OmemoMessage.h"
#include "sotto/xmpp/Element.h"

#include <QList>
#include <QString>

#include <optional>

namespace sotto::app {

// The XML of legacy OMEMO (eu.siacs.conversations.axolotl, XEP-0384 v0.3): <encrypted>,
// the device <list> and the <bundle>. Lives in app until xmpp has its own OMEMO codec;
// it only maps between xmpp::Element and crypto's plain structs. Parsing is strict about
// structure (ids in range, base64 valid) and lenient about whitespace inside base64.
namespace omemo {

inline const QString kNamespace = QStringLiteral("eu.siacs.conversations.axolotl");
inline const QString kDeviceListNode = QStringLiteral("eu.siacs.conversations.axolotl.devicelist");
inline const QString kBundleNodePrefix = QStringLiteral("eu.siacs.conversations.axolotl.bundles:");

xmpp::Element encodeMessage(const crypto::OmemoMessage &message);
// Nothing when the element is not a usable <encrypted> (wrong namespace, bad ids or base64).
std::optional<crypto::OmemoMessage> decodeMessage(const xmpp::Element &encrypted);

xmpp::Element encodeDeviceList(const QList<std::int32_t> &deviceIds);
std::optional<QList<std::int32_t>> decodeDeviceList(const xmpp::Element &list);

xmpp::Element encodeBundle(const crypto::Bundle &bundle);
std::optional<crypto::Bundle> decodeBundle(const xmpp::Element &bundle, std::int32_t deviceId);

} // namespace omemo
} // namespace sotto::app
