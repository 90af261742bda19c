#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sotto::app {
class MessagingController;
}

namespace sotto::ui {

// The account's block list as the server has it (kept current by its pushes, also from
// our other devices), with what the user reported about each JID and when. Also the QML
// door to blocking and reporting, so QML need not know the controller's enum types.
class BlockListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  // QObject * for QML (the controller's type is not registered there); must be a MessagingController.
  Q_PROPERTY(QObject *controller READ controllerObject WRITE setControllerObject NOTIFY controllerChanged)
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
  struct Row {
    QString jid;
    QString reportReason; // empty: blocked without a report
    QDateTime reportedAt;
    int reportedMessages = 0;
  };
  enum Role { JidRole = Qt::UserRole + 1, ReportReasonRole, ReportedAtRole, ReportedMessagesRole };
  Q_ENUM(Role)
  // MessagingController::ReportReason, same values.
  enum class Reason { Spam = 0, Abuse = 1, Other = 2 };
  Q_ENUM(Reason)

  explicit BlockListModel(QObject *parent = nullptr);

  [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

  [[nodiscard]] QObject *controllerObject() const;
  void setControllerObject(QObject *controller);
  // Tests and screenshots without a server.
  void setRows(const QList<Row> &rows);

  Q_INVOKABLE void refresh();
  Q_INVOKABLE void block(const QString &jid);
  Q_INVOKABLE void unblock(const QString &jid);
  // reason: Reason as an int; messageIds: the ticked ones of controller.reportableMessages.
  Q_INVOKABLE bool report(const QString &jid, int reason, const QVariantList &messageIds);

Q_SIGNALS:
  void controllerChanged();
  void countChanged();

private:
  QPointer<app::MessagingController> controller_;
  QList<QMetaObject::Connection> connections_;
  QList<Row> rows_;
};

} // namespace sotto::ui
