#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QDnsLookup;

namespace sotto::xmpp {

struct Endpoint {
  QString host;
  quint16 port = 0;
  bool directTls = false;
};

// RFC 6120 §3.2 and XEP-0368: the places to try for a domain, best first. Direct TLS
// records come before STARTTLS ones; without any SRV record, domain:5222 with STARTTLS.
class EndpointResolver : public QObject {
  Q_OBJECT
public:
  using QObject::QObject;
  void resolve(const QString &domain);
  void cancel();
  // Asks this DNS server instead of the system's (tests with a local one; Qt 6.4 always
  // queries port 53). A null address means the system resolver.
  void setNameserver(const QHostAddress &nameserver) { nameserver_ = nameserver; }

Q_SIGNALS:
  void resolved(const QList<sotto::xmpp::Endpoint> &endpoints);

private:
  void lookup(const QString &service, bool directTls);
  void finishOne(QDnsLookup *lookup, bool directTls);

  QString domain_;
  QHostAddress nameserver_;
  QList<Endpoint> directTls_;
  QList<Endpoint> startTls_;
  int pending_ = 0;
  QList<QPointer<QDnsLookup>> lookups_;
};

} // namespace sotto::xmpp
