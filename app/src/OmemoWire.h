#pragma once

#include "sotto/crypto/Bundle.h"
#include "sotto/crypto/OmemoMessage.h"
#include "sotto/xmpp/Element.h"
#include "sotto/xmpp/OmemoElements.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace sotto::app {

// The one place where crypto's OMEMO structs meet xmpp's codec (xmpp/OmemoElements.h):
// crypto and xmpp know nothing of each other, so app converts between their plain
// structs. Device ids are signed in crypto (libsignal) and unsigned on the wire; the
// codec bounds them to 1 … 2^31−1, so the conversion never changes a value.
namespace omemo_wire {

xmpp::Element encodeMessage(const crypto::OmemoMessage &message);
// Nothing when the element is not a usable <encrypted> (xmpp's codec says why).
std::optional<crypto::OmemoMessage> decodeMessage(const xmpp::Element &encrypted);

xmpp::Element encodeDeviceList(const QList<std::int32_t> &deviceIds);
std::optional<QList<std::int32_t>> decodeDeviceList(const xmpp::Element &list);

xmpp::Element encodeBundle(const crypto::Bundle &bundle);
std::optional<crypto::Bundle> decodeBundle(const xmpp::Element &bundle, std::int32_t deviceId);

} // namespace omemo_wire
} // namespace sotto::app
