#pragma once

#include "sotto/crypto/SecureBytes.h"

#include <QString>

namespace sotto::storage::detail {

// QtKeychain's asynchronous jobs run to completion on a local event loop, with their
// error codes folded into what the key vault distinguishes. Called at startup (before the
// UI shows) or from a worker; a job has a timeout so a hung D-Bus cannot hang Sotto.
class KeychainClient {
public:
  enum class Outcome {
    Ok,
    NotFound,     // no entry under this name
    AccessDenied, // the user or the system refused access
    NoBackend,    // no keychain service (no Secret Service / D-Bus on a bare session)
    Failed,       // anything else
  };
  struct Reply {
    Outcome outcome = Outcome::Failed;
    QString detail; // QtKeychain's text, for the log and the error message
  };

  KeychainClient(QString service, int timeoutMs);

  [[nodiscard]] Reply write(const QString &account, const crypto::SecureBytes &secret) const;
  [[nodiscard]] Reply read(const QString &account, crypto::SecureBytes &secret) const;
  [[nodiscard]] Reply remove(const QString &account) const;

private:
  QString service_;
  int timeoutMs_;
};

} // namespace sotto::storage::detail
