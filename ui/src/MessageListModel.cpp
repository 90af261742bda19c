#include "MessageListModel.h"

#include "HistoryMessageSource.h"

#include "sotto/app/MessagingController.h"

#include <QDateTime>

namespace sotto::ui {

MessageListModel::MessageListModel(QObject *parent) : ControllerBoundModel(parent) {
}

MessageListModel::~MessageListModel() = default;

int MessageListModel::rowCount(const QModelIndex &parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rows_.size())
    return {};
  const MessageItem &item = rows_.at(index.row());
  switch (role) {
  case Qt::DisplayRole:
  case BodyRole:
    return item.body;
  case IdRole:
    return QVariant::fromValue<qint64>(item.id);
  case OutgoingRole:
    return item.outgoing;
  case SenderRole:
    return item.senderJid;
  case TimestampRole:
    return QDateTime::fromMSecsSinceEpoch(item.timestamp);
  case StateRole:
    return static_cast<int>(item.state);
  case ErrorRole:
    return item.error;
  case EncryptedRole:
    return item.encrypted;
  case TrustedRole:
    return item.trusted;
  case UndecryptableRole:
    return item.undecryptable;
  case DateRole:
    return QDateTime::fromMSecsSinceEpoch(item.timestamp).date();
  case ShowDateRole: {
    if (index.row() == 0)
      return true;
    const QDate previous = QDateTime::fromMSecsSinceEpoch(rows_.at(index.row() - 1).timestamp).date();
    return previous != QDateTime::fromMSecsSinceEpoch(item.timestamp).date();
  }
  default:
    return {};
  }
}

QHash<int, QByteArray> MessageListModel::roleNames() const {
  return {
      {IdRole, "messageId"},        {BodyRole, "body"},
      {OutgoingRole, "outgoing"},   {SenderRole, "sender"},
      {TimestampRole, "timestamp"}, {StateRole, "deliveryState"},
      {ErrorRole, "errorText"},     {EncryptedRole, "encrypted"},
      {TrustedRole, "trusted"},     {UndecryptableRole, "undecryptable"},
      {ShowDateRole, "showDate"},   {DateRole, "date"},
  };
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const {
  return !parent.isValid() && source_ && !atNewest_;
}

void MessageListModel::fetchMore(const QModelIndex &parent) {
  if (!parent.isValid())
    loadNewer();
}

void MessageListModel::followController(app::MessagingController &controller) {
  follow(connect(&controller, &app::MessagingController::messageAdded, this,
                 [this](const QString &conversation, qint64 id) {
                   if (conversation == peerJid_)
                     messageAdded(id);
                 }));
  follow(connect(&controller, &app::MessagingController::messageChanged, this,
                 [this](const QString &conversation, qint64 id) {
                   if (conversation == peerJid_)
                     messageChanged(id);
                 }));
}

void MessageListModel::setPeerJid(const QString &jid) {
  if (peerJid_ == jid)
    return;
  peerJid_ = jid;
  Q_EMIT peerJidChanged();
  rebuildSource();
}

void MessageListModel::setPageSize(int size) {
  if (size < 1 || size == pageSize_)
    return;
  pageSize_ = size;
  Q_EMIT pageSizeChanged();
}

void MessageListModel::setMaxRows(int rows) {
  if (rows < 1 || rows == maxRows_)
    return;
  maxRows_ = rows;
  Q_EMIT maxRowsChanged();
}

void MessageListModel::rebuildSource() {
  std::unique_ptr<MessagePageSource> source;
  if (controller() && !peerJid_.isEmpty()) {
    app::MessageHistory history(*controller(), peerJid_);
    if (history.isValid())
      source = std::make_unique<HistoryMessageSource>(std::move(history));
  }
  setSource(std::move(source));
}

void MessageListModel::setSource(std::unique_ptr<MessagePageSource> source) {
  source_ = std::move(source);
  jumpToNewest();
}

void MessageListModel::jumpToNewest() {
  beginResetModel();
  rows_ = source_ ? source_->newest(pageSize_) : QList<MessageItem>();
  atOldest_ = rows_.size() < pageSize_;
  atNewest_ = true;
  endResetModel();
  setUnseen(0);
  Q_EMIT windowChanged();
}

int MessageListModel::loadOlder() {
  if (!source_ || atOldest_ || rows_.isEmpty())
    return 0;
  const QList<MessageItem> page = source_->before(rows_.constFirst().id, pageSize_);
  if (page.size() < pageSize_)
    atOldest_ = true;
  if (!page.isEmpty()) {
    beginInsertRows(QModelIndex(), 0, static_cast<int>(page.size()) - 1);
    rows_ = page + rows_;
    endInsertRows();
    // The old first row may have lost its date separator.
    const QModelIndex boundary = index(static_cast<int>(page.size()));
    Q_EMIT dataChanged(boundary, boundary, {ShowDateRole});
    trimBack();
  }
  Q_EMIT windowChanged();
  return static_cast<int>(page.size());
}

int MessageListModel::loadNewer() {
  if (!source_ || atNewest_ || rows_.isEmpty())
    return 0;
  const QList<MessageItem> page = source_->after(rows_.constLast().id, pageSize_);
  if (page.size() < pageSize_)
    atNewest_ = true;
  if (!page.isEmpty()) {
    const int first = static_cast<int>(rows_.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    rows_.append(page);
    endInsertRows();
    trimFront();
  }
  if (atNewest_)
    setUnseen(0);
  Q_EMIT windowChanged();
  return static_cast<int>(page.size());
}

void MessageListModel::trimFront() {
  const int excess = static_cast<int>(rows_.size()) - maxRows_;
  if (excess <= 0)
    return;
  beginRemoveRows(QModelIndex(), 0, excess - 1);
  rows_.remove(0, excess);
  endRemoveRows();
  atOldest_ = false;
  const QModelIndex first = index(0);
  Q_EMIT dataChanged(first, first, {ShowDateRole});
}

void MessageListModel::trimBack() {
  const int excess = static_cast<int>(rows_.size()) - maxRows_;
  if (excess <= 0)
    return;
  const int keep = maxRows_;
  beginRemoveRows(QModelIndex(), keep, static_cast<int>(rows_.size()) - 1);
  rows_.resize(keep);
  endRemoveRows();
  atNewest_ = false;
}

void MessageListModel::markSeen() {
  setUnseen(0);
}

void MessageListModel::setUnseen(int count) {
  if (unseenCount_ == count)
    return;
  unseenCount_ = count;
  Q_EMIT unseenCountChanged();
}

int MessageListModel::rowOf(qint64 messageId) const {
  // Bounded by maxRows: the window, never the history.
  for (int row = 0; row < rows_.size(); ++row)
    if (rows_.at(row).id == messageId)
      return row;
  return -1;
}

QString MessageListModel::textAt(int row) const {
  return row >= 0 && row < rows_.size() ? rows_.at(row).body : QString();
}

void MessageListModel::messageAdded(qint64 messageId) {
  if (!source_) {
    // The first message of a new conversation: now there is something to page over.
    rebuildSource();
    if (rowOf(messageId) >= 0 && !rows_.isEmpty())
      Q_EMIT appended(rows_.constLast().outgoing);
    return;
  }
  if (rowOf(messageId) >= 0)
    return;
  if (!atNewest_) {
    setUnseen(unseenCount_ + 1);
    return;
  }
  const std::optional<MessageItem> item = source_->find(messageId);
  if (!item)
    return;
  if (rows_.isEmpty()) {
    jumpToNewest();
  } else {
    // Messages are ordered by (timestamp, id): one arriving late from the archive may
    // belong before the end; everything after the last row is read in order.
    const QList<MessageItem> page = source_->after(rows_.constLast().id, pageSize_);
    if (!page.isEmpty()) {
      const int first = static_cast<int>(rows_.size());
      beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
      rows_.append(page);
      endInsertRows();
      trimFront();
    }
  }
  Q_EMIT windowChanged();
  Q_EMIT appended(item->outgoing);
}

void MessageListModel::messageChanged(qint64 messageId) {
  const int row = rowOf(messageId);
  if (row < 0 || !source_)
    return;
  const std::optional<MessageItem> item = source_->find(messageId);
  if (!item)
    return;
  rows_[row] = *item;
  const QModelIndex changed = index(row);
  Q_EMIT dataChanged(changed, changed);
}

} // namespace sotto::ui
