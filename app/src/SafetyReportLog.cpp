#include "SafetyReportLog.h"

#include "sotto/storage/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sotto::app {

namespace {
const QString kReportsKey = QStringLiteral("safety.reports");
}

QList<SafetyReportLog::Entry> SafetyReportLog::entries() const {
  storage::SettingsRepository settings(database_);
  auto stored = settings.value(kReportsKey, accountId_);
  QList<Entry> result;
  if (!stored || !stored->has_value())
    return result;
  const QJsonArray array = QJsonDocument::fromJson(**stored).array();
  for (const QJsonValue &value : array) {
    const QJsonObject object = value.toObject();
    Entry entry;
    entry.jid = object.value(QStringLiteral("jid")).toString();
    entry.reason = object.value(QStringLiteral("reason")).toString();
    entry.at = static_cast<qint64>(object.value(QStringLiteral("at")).toDouble());
    for (const QJsonValue &id : object.value(QStringLiteral("messages")).toArray())
      entry.messageIds.append(static_cast<qint64>(id.toDouble()));
    result.append(entry);
  }
  return result;
}

bool SafetyReportLog::append(const Entry &entry) {
  storage::SettingsRepository settings(database_);
  auto stored = settings.value(kReportsKey, accountId_);
  if (!stored)
    return false;
  QJsonArray array = stored->has_value() ? QJsonDocument::fromJson(**stored).array() : QJsonArray();
  QJsonArray messages;
  for (qint64 id : entry.messageIds)
    messages.append(static_cast<double>(id));
  array.append(QJsonObject{{QStringLiteral("jid"), entry.jid},
                           {QStringLiteral("reason"), entry.reason},
                           {QStringLiteral("at"), static_cast<double>(entry.at)},
                           {QStringLiteral("messages"), messages}});
  return settings.set(kReportsKey, QJsonDocument(array).toJson(QJsonDocument::Compact), accountId_)
      .has_value();
}

} // namespace sotto::app
