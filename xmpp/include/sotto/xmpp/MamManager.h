#pragma once

#include "sotto/xmpp/Client.h"
#include "sotto/xmpp/Message.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace sotto::xmpp {

struct MamQuery {
  std::optional<Jid> with; // one conversation, or everything
  QString afterId;         // catch up from this archive id (opaque: never parse it)
  QString beforeId;        // page backwards; "" with `backwards` means from the end
  bool backwards = false;
  int max = 50;
  std::optional<QDateTime> start;
};

struct ArchivedMessage {
  QString archiveId; // the <result id>: the stanza-id to resume from
  std::optional<QDateTime> timestamp;
  Message message;
};

struct MamPage {
  std::vector<ArchivedMessage> messages; // oldest first
  bool complete = false;
  QString first;
  QString last; // pass as afterId to fetch the next page
};

// Message archive queries (XEP-0313 v2) on our own archive with RSM paging (XEP-0059).
// Results are accepted only from our own account and only for a query we sent.
class MamManager : public QObject {
  Q_OBJECT
public:
  explicit MamManager(Client *client, QObject *parent = nullptr);

  using Callback = std::function<void(const tl::expected<MamPage, StanzaError> &)>;
  void query(const MamQuery &query, QObject *context, Callback callback);

private:
  void handleStanza(const Element &stanza);

  Client *client_;
  QHash<QString, std::vector<ArchivedMessage>> collecting_; // by queryid
};

} // namespace sotto::xmpp
