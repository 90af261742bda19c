#pragma once

#include <QString>

#include <cstdint>

namespace sotto::app {

// How to open a profile and reach the server. The GUI fills it from the command line and
// the login screen; sotto-cli from --profile, --passphrase-file, --server and --pin-cert.
struct ProfileOptions {
  QString directory;  // empty: storage::Profile::defaultDirectory()
  QString passphrase; // used when there is no keychain, or the profile was made with one
  bool preferKeychain = true;
  QString keychainService = QStringLiteral("Sotto"); // tests use their own service name
  bool fastKdfForTests = false;                      // Argon2id "interactive" limits; never in production
  // Explicit server endpoint (empty host: SRV lookup) and a pinned certificate (lowercase
  // hex SHA-256 of the DER certificate) for servers with a self-signed one.
  QString serverHost;
  quint16 serverPort = 0;
  bool directTls = false;
  QString pinnedCertificateSha256;
};

} // namespace sotto::app
