#include "EndpointResolver.h"

#include "sotto/xmpp/Logging.h"

#include <QDnsLookup>

#include <algorithm>

namespace sotto::xmpp {

void EndpointResolver::resolve(const QString &domain) {
  cancel();
  domain_ = domain;
  pending_ = 2;
  lookup(QStringLiteral("_xmpps-client._tcp.") + domain, true);
  lookup(QStringLiteral("_xmpp-client._tcp.") + domain, false);
}

void EndpointResolver::cancel() {
  for (const auto &lookup : std::as_const(lookups_)) {
    if (lookup) {
      lookup->disconnect(this);
      lookup->abort();
      lookup->deleteLater();
    }
  }
  lookups_.clear();
  directTls_.clear();
  startTls_.clear();
  pending_ = 0;
}

void EndpointResolver::lookup(const QString &service, bool directTls) {
  auto *dns = new QDnsLookup(QDnsLookup::SRV, service, this);
  if (!nameserver_.isNull())
    dns->setNameserver(nameserver_);
  lookups_.append(dns);
  connect(dns, &QDnsLookup::finished, this, [this, dns, directTls] { finishOne(dns, directTls); });
  dns->lookup();
}

void EndpointResolver::finishOne(QDnsLookup *dns, bool directTls) {
  QList<Endpoint> &target = directTls ? directTls_ : startTls_;
  if (dns->error() == QDnsLookup::NoError) {
    auto records = dns->serviceRecords();
    // Lowest priority first; within one priority, heavier weight first (a simplification
    // of RFC 2782's weighted random choice that keeps the order deterministic).
    std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
      return a.priority() != b.priority() ? a.priority() < b.priority() : a.weight() > b.weight();
    });
    for (const auto &record : records) {
      // A target of "." means the service is decidedly not available (RFC 2782).
      if (record.target() == u"." || record.target().isEmpty())
        continue;
      target.append({record.target(), record.port(), directTls});
    }
  }
  dns->deleteLater();
  if (--pending_ > 0)
    return;
  lookups_.clear();
  QList<Endpoint> endpoints = directTls_ + startTls_;
  if (endpoints.isEmpty())
    endpoints.append({domain_, 5222, false});
  qCDebug(lcXmpp) << "resolved" << endpoints.size() << "endpoints";
  Q_EMIT resolved(endpoints);
}

} // namespace sotto::xmpp
