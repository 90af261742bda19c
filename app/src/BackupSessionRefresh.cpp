#include "BackupSessionRefresh.h"

#include "OmemoService.h"
#include "Session.h"

#include "sotto/app/Logging.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/SettingsRepository.h"

#include <QMap>

namespace sotto::app {

const QString BackupSessionRefresh::kRestoredAtSetting = QStringLiteral("backup.restoredAt");

bool BackupSessionRefresh::markRestored(storage::Database &database, std::int64_t now) {
  auto mark =
      database.prepare("INSERT OR REPLACE INTO settings (scope, key, value) SELECT id, ?1, ?2 FROM accounts");
  return mark && mark->bind(1, kRestoredAtSetting).bind(2, QString::number(now).toUtf8()).run().has_value();
}

void BackupSessionRefresh::afterCatchUp(Session &session) {
  if (!session.omemo || !session.client || session.accountId == 0)
    return;
  storage::Database &database = session.opened.database;
  storage::SettingsRepository settings(database);
  auto restoredAt = settings.value(kRestoredAtSetting, session.accountId);
  if (!restoredAt || !restoredAt->has_value())
    return;

  QMap<QString, QList<std::int32_t>> restored; // peer JID → device ids
  auto sessions = database.prepare("SELECT jid, device_id FROM omemo_sessions WHERE account_id = ?1");
  if (!sessions)
    return;
  sessions->bind(1, session.accountId);
  for (auto row = sessions->step(); row && *row; row = sessions->step())
    restored[sessions->textAt(0)].append(std::int32_t(sessions->int64At(1)));
  for (auto it = restored.cbegin(); it != restored.cend(); ++it)
    for (std::int32_t device : it.value())
      (void)session.omemo->store().deleteSession({it.key(), device});
  // Once only: from here on sessions are this device's own.
  (void)settings.remove(kRestoredAtSetting, session.accountId);
  qCInfo(lcApp) << "restored profile: replacing" << restored.size() << "contacts' sessions with fresh ones";

  // Fetches the bundles and builds the sessions that are now missing.
  for (auto it = restored.cbegin(); it != restored.cend(); ++it)
    session.omemo->sendKeyTransport(it.key(), it.value());
}

} // namespace sotto::app
