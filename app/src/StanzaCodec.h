#pragma once

#include "sotto/xmpp/Element.h"

#include <QByteArray>

#include <optional>

namespace sotto::app {

// Reads back one stanza that toXml() serialised (the outbox keeps stanzas as bytes).
std::optional<xmpp::Element> parseStoredStanza(const QByteArray &xml);

} // namespace sotto::app
