#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <tl/expected.hpp>

namespace sotto::xmpp {

// SCRAM (RFC 5802, RFC 7677) client side without channel binding ("n,,"). The server's
// signature in the final message is verified: a server that does not know the password
// (or a man in the middle) cannot complete the exchange.
class ScramClient {
public:
  ScramClient(QCryptographicHash::Algorithm algorithm, const QString &username, const QString &password,
              QByteArray clientNonce = {});
  ~ScramClient();
  ScramClient(const ScramClient &) = delete;
  ScramClient &operator=(const ScramClient &) = delete;

  [[nodiscard]] QByteArray clientFirstMessage() const;
  // Answers server-first with client-final; errors name the protocol problem.
  tl::expected<QByteArray, QString> respond(const QByteArray &serverFirst);
  // Checks server-final ("v=…"); false also for "e=…".
  [[nodiscard]] bool verifyServerFinal(const QByteArray &serverFinal) const;

  // Lower and upper bounds on the iteration count a server may ask for: below, offline
  // guessing of a captured exchange is cheap; above, the UI thread would stall.
  static constexpr int kMinIterations = 4096;
  static constexpr int kMaxIterations = 1'000'000;

private:
  QCryptographicHash::Algorithm algorithm_;
  QByteArray username_;
  QByteArray password_;
  QByteArray clientNonce_;
  QByteArray expectedServerSignature_;
};

} // namespace sotto::xmpp
