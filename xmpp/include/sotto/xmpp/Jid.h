#pragma once

#include <QString>

#include <optional>

namespace sotto::xmpp {

// A Jabber ID, localpart@domain/resource (RFC 7622). Parsing checks the structure and
// the lengths; full PRECIS profiles are the server's job, but what we accept from the
// network must never be ambiguous or oversized.
class Jid {
public:
  Jid() = default;
  static std::optional<Jid> parse(const QString &text);

  [[nodiscard]] const QString &local() const { return local_; }
  [[nodiscard]] const QString &domain() const { return domain_; }
  [[nodiscard]] const QString &resource() const { return resource_; }

  [[nodiscard]] bool isValid() const { return !domain_.isEmpty(); }
  [[nodiscard]] bool isBare() const { return resource_.isEmpty(); }
  [[nodiscard]] Jid bare() const;
  [[nodiscard]] Jid withResource(const QString &resource) const;
  [[nodiscard]] QString toString() const;
  [[nodiscard]] QString bareString() const { return bare().toString(); }

  friend bool operator==(const Jid &, const Jid &) = default;

private:
  QString local_;
  QString domain_;
  QString resource_;
};

} // namespace sotto::xmpp
