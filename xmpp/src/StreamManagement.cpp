#include "StreamManagement.h"

namespace sotto::xmpp {

void StreamManagement::enable(const QString &resumeId, bool resumable) {
  enabled_ = true;
  resumeId_ = resumable ? resumeId : QString();
  inbound_ = 0;
  outbound_ = 0;
  acked_ = 0;
}

void StreamManagement::disable() {
  enabled_ = false;
  resumeId_.clear();
  inbound_ = 0;
  outbound_ = 0;
  acked_ = 0;
}

void StreamManagement::sent(const Element &stanza) {
  ++outbound_;
  unacked_.push_back(stanza);
}

std::deque<Element> StreamManagement::acknowledge(quint32 handled) {
  std::deque<Element> done;
  // Counters wrap at 2^32 (XEP-0198 §5): the difference is what matters. A server that
  // claims more than we sent is wrong; acknowledge what we have.
  quint32 newlyAcked = handled - acked_;
  if (newlyAcked > unacked_.size())
    newlyAcked = static_cast<quint32>(unacked_.size());
  for (quint32 i = 0; i < newlyAcked; ++i) {
    done.push_back(std::move(unacked_.front()));
    unacked_.pop_front();
  }
  acked_ += newlyAcked;
  return done;
}

std::deque<Element> StreamManagement::takeUnacked() {
  std::deque<Element> all;
  all.swap(unacked_);
  return all;
}

} // namespace sotto::xmpp
