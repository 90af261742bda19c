#include "IqTracker.h"

#include <QTimer>

namespace sotto::xmpp {

namespace {

bool sameEntity(const QString &a, const QString &b) {
  const auto ja = Jid::parse(a);
  const auto jb = Jid::parse(b);
  return ja && jb && *ja == *jb;
}

// A request without 'to' (or to our own bare JID) is answered by our server on behalf
// of the account: no 'from', our bare or full JID, or the bare domain.
bool acceptableFrom(const QString &to, const QString &from, const Jid &account, const Jid &bound) {
  const bool toAccount = to.isEmpty() || sameEntity(to, account.bareString());
  if (toAccount) {
    return from.isEmpty() || sameEntity(from, account.bareString()) ||
           (bound.isValid() && sameEntity(from, bound.toString())) || sameEntity(from, account.domain());
  }
  return sameEntity(from, to);
}

} // namespace

IqTracker::~IqTracker() = default;

void IqTracker::track(const QString &id, const QString &to, QObject *context, IqCallback callback,
                      int timeoutMs) {
  auto pending = std::make_shared<Pending>();
  pending->to = to;
  pending->context = context;
  pending->hasContext = context != nullptr;
  pending->callback = std::move(callback);
  pending->timer = std::make_unique<QTimer>();
  pending->timer->setSingleShot(true);
  connect(pending->timer.get(), &QTimer::timeout, this, [this, id] {
    StanzaError error;
    error.condition = StanzaErrorCondition::Timeout;
    error.type = StanzaErrorType::Wait;
    finish(id, tl::unexpected(error));
  });
  pending->timer->start(timeoutMs);
  pending_.insert(id, std::move(pending));
}

bool IqTracker::handleResponse(const Element &iq, const Jid &account, const Jid &bound) {
  const QString id = iq.attribute(u"id");
  const auto it = pending_.constFind(id);
  if (it == pending_.constEnd())
    return false;
  if (!acceptableFrom((*it)->to, iq.attribute(u"from"), account, bound))
    return false; // a spoofed answer: ignore it, the real one (or the timeout) will come
  if (iq.attribute(u"type") == u"result") {
    const Element payload = iq.children().empty() ? Element() : iq.children().front();
    finish(id, payload);
  } else {
    finish(id, tl::unexpected(StanzaError::fromStanza(iq)));
  }
  return true;
}

void IqTracker::failAll(StanzaErrorCondition condition) {
  StanzaError error;
  error.condition = condition;
  error.type = StanzaErrorType::Cancel;
  const auto ids = pending_.keys();
  for (const auto &id : ids)
    finish(id, tl::unexpected(error));
}

void IqTracker::finish(const QString &id, const IqResult &result) {
  // Take it out first: the callback may send new IQs or delete objects.
  const auto pending = pending_.take(id);
  if (!pending)
    return;
  pending->timer->stop();
  if (pending->hasContext && !pending->context)
    return; // the requester is gone
  if (pending->callback)
    pending->callback(result);
}

} // namespace sotto::xmpp
