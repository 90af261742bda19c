#pragma once

#include "sotto/xmpp/Element.h"

#include <QString>

#include <deque>

namespace sotto::xmpp {

inline constexpr QStringView kSmNs = u"urn:xmpp:sm:3";

// XEP-0198 bookkeeping: how many stanzas each side has handled, and the ones we sent that
// the server has not acknowledged yet (resent after a resumption or a new session, so
// nothing is lost; the server's count tells which, so nothing is duplicated either).
class StreamManagement {
public:
  void enable(const QString &resumeId, bool resumable);
  // Forget the session but keep the unacknowledged stanzas (takeUnacked() gets them).
  void disable();
  [[nodiscard]] bool isEnabled() const { return enabled_; }
  [[nodiscard]] bool canResume() const { return !resumeId_.isEmpty(); }
  [[nodiscard]] const QString &resumeId() const { return resumeId_; }

  void countInbound() { ++inbound_; }
  [[nodiscard]] quint32 inbound() const { return inbound_; }
  void sent(const Element &stanza);
  // Applies the server's h; returns the stanzas it newly acknowledges.
  std::deque<Element> acknowledge(quint32 handled);
  std::deque<Element> takeUnacked();
  [[nodiscard]] std::size_t unackedCount() const { return unacked_.size(); }
  // A resumed stream continues the counters; the resent stanzas are counted again.
  void prepareResend() { outbound_ = acked_; }

private:
  bool enabled_ = false;
  QString resumeId_;
  quint32 inbound_ = 0;
  quint32 outbound_ = 0;
  quint32 acked_ = 0;
  std::deque<Element> unacked_;
};

} // namespace sotto::xmpp
