#pragma once

namespace sotto::storage {
class Database;
}

namespace sotto::app {

// The privacy switches of a profile (global settings in its encrypted database). Unset
// means on, as in the messengers people know; a database that cannot be read means off,
// so a failure never sends more than the user allowed.
class PrivacySettings {
public:
  [[nodiscard]] static bool sendReadReceipts(storage::Database &database);
  static bool setSendReadReceipts(storage::Database &database, bool enabled);
  [[nodiscard]] static bool sendTypingIndicators(storage::Database &database);
  static bool setSendTypingIndicators(storage::Database &database, bool enabled);
};

} // namespace sotto::app
