#pragma once

#include "sotto/xmpp/Element.h"
#include "sotto/xmpp/Jid.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace sotto::xmpp {

enum class ChatMarker { None, Received, Displayed, Acknowledged };

// A <message/> as the app sees it. The original stanza stays available (`stanza`) so the
// app can read elements the managers do not model, e.g. OMEMO's <encrypted/>.
struct Message {
  Jid from;
  Jid to;
  QString type = QStringLiteral("chat");
  QString id;
  QString originId; // XEP-0359, ours: stable across resends and carbons
  QString stanzaId; // XEP-0359, the archive's id (only trusted when `stanzaIdBy` is ours)
  QString stanzaIdBy;
  QString body;
  QString thread;
  bool receiptRequested = false; // XEP-0184 <request/>
  QString receiptFor;            // XEP-0184 <received id=…/>
  bool markable = false;         // XEP-0333 <markable/>
  ChatMarker marker = ChatMarker::None;
  QString markerFor;
  bool storeHint = false;         // XEP-0334 <store/>
  std::optional<QDateTime> delay; // XEP-0203: when it was really sent
  Element stanza;

  // Reads a <message/>; nothing for other elements.
  static std::optional<Message> fromStanza(const Element &stanza);
  // Builds the stanza from the fields (plus `extra` children, e.g. <encrypted/>).
  [[nodiscard]] Element toStanza() const;
  // Elements to add to the stanza built by toStanza().
  std::vector<Element> extra;
};

QString chatMarkerName(ChatMarker marker);

} // namespace sotto::xmpp

Q_DECLARE_METATYPE(sotto::xmpp::Message)
