#include "BlockListModel.h"

#include "sotto/app/MessagingController.h"

namespace sotto::ui {

using Controller = app::MessagingController;
static_assert(int(BlockListModel::Reason::Spam) == int(Controller::ReportReason::Spam) &&
                  int(BlockListModel::Reason::Abuse) == int(Controller::ReportReason::Abuse) &&
                  int(BlockListModel::Reason::Other) == int(Controller::ReportReason::Other),
              "QML's report reasons mirror the controller's");

BlockListModel::BlockListModel(QObject *parent) : QAbstractListModel(parent) {
}

int BlockListModel::rowCount(const QModelIndex &parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant BlockListModel::data(const QModelIndex &index, int role) const {
  if (!index.isValid() || index.row() >= rows_.size())
    return {};
  const Row &row = rows_.at(index.row());
  switch (role) {
  case Qt::DisplayRole:
  case JidRole:
    return row.jid;
  case ReportReasonRole:
    return row.reportReason;
  case ReportedAtRole:
    return row.reportedAt;
  case ReportedMessagesRole:
    return row.reportedMessages;
  default:
    return {};
  }
}

QHash<int, QByteArray> BlockListModel::roleNames() const {
  return {{JidRole, "jid"},
          {ReportReasonRole, "reportReason"},
          {ReportedAtRole, "reportedAt"},
          {ReportedMessagesRole, "reportedMessages"}};
}

QObject *BlockListModel::controllerObject() const {
  return controller_;
}

void BlockListModel::setControllerObject(QObject *object) {
  auto *controller = qobject_cast<Controller *>(object);
  if (controller == controller_)
    return;
  for (const auto &connection : std::as_const(connections_))
    disconnect(connection);
  connections_.clear();
  controller_ = controller;
  if (controller_) {
    connections_ << connect(controller_, &Controller::blockedChanged, this, &BlockListModel::refresh)
                 << connect(controller_, &Controller::reportFinished, this, &BlockListModel::refresh);
  }
  Q_EMIT controllerChanged();
  refresh();
}

void BlockListModel::setRows(const QList<Row> &rows) {
  beginResetModel();
  rows_ = rows;
  endResetModel();
  Q_EMIT countChanged();
}

void BlockListModel::refresh() {
  if (!controller_)
    return setRows({});
  QHash<QString, QVariantMap> lastReport;
  for (const QVariant &entry : controller_->reports())
    lastReport.insert(entry.toMap().value(QStringLiteral("jid")).toString(), entry.toMap());
  QList<Row> rows;
  for (const QString &jid : controller_->blocked()) {
    Row row;
    row.jid = jid;
    if (lastReport.contains(jid)) {
      const QVariantMap report = lastReport.value(jid);
      row.reportReason = report.value(QStringLiteral("reason")).toString();
      row.reportedAt = QDateTime::fromMSecsSinceEpoch(report.value(QStringLiteral("at")).toLongLong());
      row.reportedMessages = static_cast<int>(report.value(QStringLiteral("messageIds")).toList().size());
    }
    rows.append(row);
  }
  setRows(rows);
}

void BlockListModel::block(const QString &jid) {
  if (controller_)
    controller_->block(jid);
}

void BlockListModel::unblock(const QString &jid) {
  if (controller_)
    controller_->unblock(jid);
}

bool BlockListModel::report(const QString &jid, int reason, const QVariantList &messageIds) {
  if (!controller_ || reason < int(Reason::Spam) || reason > int(Reason::Other))
    return false;
  return controller_->report(jid, static_cast<Controller::ReportReason>(reason), messageIds);
}

} // namespace sotto::ui
