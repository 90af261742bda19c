#pragma once

#include "ControllerBoundModel.h"

#include <QDateTime>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace sotto::ui {

// The OMEMO devices of one JID (a contact's, or ours when `jid` is empty or our own
// address), as MessagingController::devices() gives them, kept current by its
// devicesChanged signal. Roles are named after the controller's map keys: deviceId,
// fingerprint (8 groups of 8 hex digits; empty while the key is unknown), trust
// (MessagingController::Trust as an int), active, own (this device), lastSeen (QDateTime).
class DeviceListModel : public ControllerBoundModel {
  Q_OBJECT
  QML_ELEMENT
  // Empty: our own account's devices.
  Q_PROPERTY(QString jid READ jid WRITE setJid NOTIFY jidChanged)
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
  struct Row {
    int deviceId = 0;
    QString fingerprint;
    int trust = 0;
    bool active = false;
    bool own = false;
    QDateTime lastSeen;
  };
  enum Role {
    DeviceIdRole = Qt::UserRole + 1,
    FingerprintRole,
    TrustRole,
    ActiveRole,
    OwnRole,
    LastSeenRole
  };
  Q_ENUM(Role)

  explicit DeviceListModel(QObject *parent = nullptr);

  [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

  [[nodiscard]] QString jid() const { return jid_; }
  void setJid(const QString &jid);
  // The JID whose devices are listed (our own when `jid` is empty).
  [[nodiscard]] QString effectiveJid() const;

  Q_INVOKABLE void refresh();
  // trust: MessagingController::Trust as an int. False for an unknown device or key.
  Q_INVOKABLE bool setTrust(int deviceId, int trust);
  // Ours only, and never this device: it stops receiving our messages.
  Q_INVOKABLE bool removeOwnDevice(int deviceId);
  Q_INVOKABLE int rowOf(int deviceId) const;

Q_SIGNALS:
  void jidChanged();
  void countChanged();

protected:
  void followController(app::MessagingController &controller) override;
  void reload() override { refresh(); }

private:
  QString jid_;
  QList<Row> rows_;
};

} // namespace sotto::ui
