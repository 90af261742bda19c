#include "DeviceListModel.h"

#include "sotto/app/MessagingController.h"

#include <algorithm>

namespace sotto::ui {

DeviceListModel::DeviceListModel(QObject *parent) : ControllerBoundModel(parent) {
}

int DeviceListModel::rowCount(const QModelIndex &parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rows_.size())
    return {};
  const Row &row = rows_.at(index.row());
  switch (role) {
  case Qt::DisplayRole:
  case DeviceIdRole:
    return row.deviceId;
  case FingerprintRole:
    return row.fingerprint;
  case TrustRole:
    return row.trust;
  case ActiveRole:
    return row.active;
  case OwnRole:
    return row.own;
  case LastSeenRole:
    return row.lastSeen;
  default:
    return {};
  }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const {
  return {{DeviceIdRole, "deviceId"}, {FingerprintRole, "fingerprint"},
          {TrustRole, "trust"},       {ActiveRole, "active"},
          {OwnRole, "own"},           {LastSeenRole, "lastSeen"}};
}

void DeviceListModel::setJid(const QString &jid) {
  if (jid_ == jid)
    return;
  jid_ = jid;
  Q_EMIT jidChanged();
  refresh();
}

QString DeviceListModel::effectiveJid() const {
  if (!jid_.isEmpty())
    return jid_;
  return controller() ? controller()->accountJid() : QString();
}

void DeviceListModel::followController(app::MessagingController &controller) {
  follow(connect(&controller, &app::MessagingController::devicesChanged, this, [this](const QString &jid) {
    if (jid == effectiveJid())
      refresh();
  }));
}

void DeviceListModel::refresh() {
  QList<Row> rows;
  const QString who = effectiveJid();
  if (controller() && !who.isEmpty()) {
    const QVariantList devices = controller()->devices(who);
    rows.reserve(devices.size());
    for (const QVariant &device : devices) {
      const QVariantMap map = device.toMap();
      Row row;
      row.deviceId = map.value(QStringLiteral("deviceId")).toInt();
      row.fingerprint = map.value(QStringLiteral("fingerprint")).toString();
      row.trust = map.value(QStringLiteral("trust")).toInt();
      row.active = map.value(QStringLiteral("active")).toBool();
      row.own = map.value(QStringLiteral("own")).toBool();
      const qint64 lastSeen = map.value(QStringLiteral("lastSeen")).toLongLong();
      row.lastSeen = lastSeen > 0 ? QDateTime::fromMSecsSinceEpoch(lastSeen) : QDateTime();
      rows.append(row);
    }
    // This device first, then the ones in the published list, then by id (stable order).
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
      if (a.own != b.own)
        return a.own;
      if (a.active != b.active)
        return a.active;
      return a.deviceId < b.deviceId;
    });
  }
  beginResetModel();
  rows_ = rows;
  endResetModel();
  Q_EMIT countChanged();
}

bool DeviceListModel::setTrust(int deviceId, int trust) {
  if (!controller() || trust < 0 || trust > static_cast<int>(app::MessagingController::Trust::Untrusted))
    return false;
  const bool changed =
      controller()->setTrust(effectiveJid(), deviceId, static_cast<app::MessagingController::Trust>(trust));
  if (changed)
    refresh();
  return changed;
}

bool DeviceListModel::removeOwnDevice(int deviceId) {
  if (!controller() || effectiveJid() != controller()->accountJid())
    return false;
  const bool removed = controller()->removeOwnDevice(deviceId);
  if (removed)
    refresh();
  return removed;
}

int DeviceListModel::rowOf(int deviceId) const {
  for (int row = 0; row < rows_.size(); ++row)
    if (rows_.at(row).deviceId == deviceId)
      return row;
  return -1;
}

} // namespace sotto::ui
