#pragma once

#include "sotto/xmpp/Element.h"
#include "sotto/xmpp/Jid.h"
#include "sotto/xmpp/StanzaError.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <tl/expected.hpp>

#include <functional>
#include <memory>

class QTimer;

namespace sotto::xmpp {

using IqResult = tl::expected<Element, StanzaError>;
using IqCallback = std::function<void(const IqResult &)>;

// Pending IQ requests by id, each with its own deadline. A response is accepted only from
// the entity the request went to (RFC 6120 §8.1.2.1): otherwise any contact could answer
// our roster or PEP queries for the server.
class IqTracker : public QObject {
  Q_OBJECT
public:
  using QObject::QObject;
  ~IqTracker() override;

  void track(const QString &id, const QString &to, QObject *context, IqCallback callback, int timeoutMs);
  // True if the stanza answered a pending request (whose callback has then run).
  bool handleResponse(const Element &iq, const Jid &account, const Jid &bound);
  void failAll(StanzaErrorCondition condition);
  [[nodiscard]] bool isEmpty() const { return pending_.isEmpty(); }

private:
  struct Pending {
    QString to;
    QPointer<QObject> context;
    bool hasContext = false;
    IqCallback callback;
    std::unique_ptr<QTimer> timer;
  };
  void finish(const QString &id, const IqResult &result);

  QHash<QString, std::shared_ptr<Pending>> pending_;
};

} // namespace sotto::xmpp
