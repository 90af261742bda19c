#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace sotto::storage {
class Database;
}

namespace sotto::app {

// What the user reported and when, kept in the encrypted database (account settings) so
// the user can always see what left the device with a report. Only ids and the reason
// are kept here: the messages themselves stay in the history.
class SafetyReportLog {
public:
  struct Entry {
    QString jid;
    QString reason; // spam, abuse, other
    qint64 at = 0;  // ms since the epoch
    QList<qint64> messageIds;
  };

  SafetyReportLog(storage::Database &database, std::int64_t accountId)
      : database_(database), accountId_(accountId) {}

  [[nodiscard]] QList<Entry> entries() const; // oldest first
  bool append(const Entry &entry);

private:
  storage::Database &database_;
  std::int64_t accountId_;
};

} // namespace sotto::app
