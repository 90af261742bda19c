#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace sotto::storage {
class Database;
}

namespace sotto::app {

// Where the XMPP password of an account is kept: the OS keychain when the profile uses
// one (entry "<vault entry>/xmpp/<jid>" in the profile's keychain service); in
// passphrase mode there is no keychain, so it lives in the encrypted database's settings.
class PasswordStore {
public:
  PasswordStore(storage::Database &database, bool keychain, QString service, QString entryPrefix);

  bool store(std::int64_t accountId, const QString &jid, const QString &password);
  [[nodiscard]] std::optional<QString> load(std::int64_t accountId, const QString &jid) const;

private:
  [[nodiscard]] QString entryName(const QString &jid) const;

  storage::Database &database_;
  bool keychain_;
  QString service_;
  QString entryPrefix_;
};

} // namespace sotto::app
