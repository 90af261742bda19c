#include "ConversationListModel.h"

#include "sotto/app/MessagingController.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"

#include <algorithm>

namespace sotto::ui {

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractListModel(parent) {
  refreshTimer_.setSingleShot(true);
  refreshTimer_.setInterval(50);
  connect(&refreshTimer_, &QTimer::timeout, this, &ConversationListModel::refresh);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const {
  return parent.isValid() ? 0 : static_cast<int>(shown_.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= shown_.size())
    return {};
  const Row &row = shown_.at(index.row());
  switch (role) {
  case Qt::DisplayRole:
  case TitleRole:
    // The roster name comes later (contacts); the bare JID's local part reads well.
    return row.jid.section(QLatin1Char('@'), 0, 0);
  case JidRole:
    return row.jid;
  case LastBodyRole:
    return row.lastBody;
  case LastOutgoingRole:
    return row.lastOutgoing;
  case LastStateRole:
    return row.lastState;
  case LastActivityRole:
    return row.lastActivity;
  case UnreadRole:
    return row.unread;
  case PinnedRole:
    return row.pinned;
  case MutedRole:
    return row.muted;
  case ArchivedRole:
    return row.archived;
  case RequestRole:
    return row.request;
  case SectionRole:
    return row.request ? QStringLiteral("requests") : QStringLiteral("chats");
  case DraftRole:
    return drafts_.value(row.jid, row.draft);
  case MatchRole:
    return row.match;
  default:
    return {};
  }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const {
  return {
      {JidRole, "jid"},
      {TitleRole, "title"},
      {LastBodyRole, "lastBody"},
      {LastOutgoingRole, "lastOutgoing"},
      {LastStateRole, "lastState"},
      {LastActivityRole, "lastActivity"},
      {UnreadRole, "unread"},
      {PinnedRole, "pinned"},
      {MutedRole, "muted"},
      {ArchivedRole, "archived"},
      {RequestRole, "request"},
      {SectionRole, "section"},
      {DraftRole, "draft"},
      {MatchRole, "match"},
  };
}

QObject *ConversationListModel::controllerObject() const {
  return controller_.data();
}

void ConversationListModel::setControllerObject(QObject *controller) {
  setController(qobject_cast<app::MessagingController *>(controller));
}

void ConversationListModel::setController(app::MessagingController *controller) {
  if (controller_ == controller)
    return;
  for (const auto &connection : connections_)
    disconnect(connection);
  connections_.clear();
  controller_ = controller;
  if (controller_) {
    auto later = [this]() { refreshTimer_.start(); };
    connections_.append(connect(controller_, &app::MessagingController::conversationsChanged, this, later));
    connections_.append(connect(controller_, &app::MessagingController::profileChanged, this,
                                &ConversationListModel::refresh));
    connections_.append(connect(controller_, &app::MessagingController::accountChanged, this,
                                &ConversationListModel::refresh));
    connections_.append(connect(controller_, &app::MessagingController::messageAdded, this, later));
    connections_.append(connect(controller_, &app::MessagingController::messageChanged, this, later));
  }
  Q_EMIT controllerChanged();
  refresh();
}

void ConversationListModel::setFilterText(const QString &text) {
  if (filterText_ == text)
    return;
  filterText_ = text;
  Q_EMIT filterTextChanged();
  applyFilter();
}

void ConversationListModel::setShowArchived(bool show) {
  if (showArchived_ == show)
    return;
  showArchived_ = show;
  Q_EMIT showArchivedChanged();
  refresh();
}

int ConversationListModel::totalUnread() const {
  int total = 0;
  for (const Row &row : all_)
    if (!row.muted)
      total += row.unread;
  return total;
}

void ConversationListModel::refresh() {
  if (!controller_ || !controller_->isProfileOpen() || controller_->database() == nullptr ||
      controller_->accountId() <= 0)
    return;
  auto listed =
      storage::ConversationRepository(*controller_->database()).list(controller_->accountId(), showArchived_);
  if (!listed)
    return;
  QList<Row> rows;
  rows.reserve(listed->size());
  for (const storage::ConversationSummary &summary : *listed) {
    const storage::Conversation &c = summary.conversation;
    if (c.requestState == storage::RequestState::Declined)
      continue;
    Row row;
    row.id = c.id;
    row.jid = c.peerJid;
    row.lastBody = summary.lastBody;
    row.lastOutgoing = summary.lastDirection == 1;
    row.lastState = summary.lastState;
    row.lastActivity = QDateTime::fromMSecsSinceEpoch(c.lastActivity);
    row.unread = c.unreadCount;
    row.pinned = c.pinned;
    row.muted = c.muted;
    row.archived = c.archived;
    row.request = c.requestState == storage::RequestState::Pending;
    row.draft = c.draft;
    rows.append(row);
  }
  setRows(rows);
}

void ConversationListModel::setRows(const QList<Row> &rows) {
  all_ = rows;
  // Requests form their own section, shown first so a stranger's first message is seen;
  // the store's order (pinned, then activity) holds within each section.
  std::stable_partition(all_.begin(), all_.end(), [](const Row &row) { return row.request; });
  applyFilter();
}

void ConversationListModel::applyFilter() {
  const QString needle = filterText_.trimmed();
  // Message text is searched with the full-text index (newest matches first), so a word
  // from years ago finds its conversation without reading the history.
  QHash<std::int64_t, QString> matches;
  if (!needle.isEmpty() && controller_ && controller_->isProfileOpen() &&
      controller_->database() != nullptr) {
    auto found = storage::MessageRepository(*controller_->database()).search(needle, 200);
    if (found)
      for (const storage::Message &message : *found)
        if (!matches.contains(message.conversationId))
          matches.insert(message.conversationId, message.body);
  }
  beginResetModel();
  shown_.clear();
  for (const Row &row : all_) {
    if (needle.isEmpty() || row.jid.contains(needle, Qt::CaseInsensitive)) {
      shown_.append(row);
    } else if (matches.contains(row.id)) {
      Row matched = row;
      matched.match = matches.value(row.id);
      shown_.append(matched);
    }
  }
  endResetModel();
  Q_EMIT countChanged();
}

QString ConversationListModel::jidAt(int row) const {
  return row >= 0 && row < shown_.size() ? shown_.at(row).jid : QString();
}

QString ConversationListModel::draft(const QString &jid) const {
  if (drafts_.contains(jid))
    return drafts_.value(jid);
  for (const Row &row : all_)
    if (row.jid == jid)
      return row.draft;
  return {};
}

template <typename Change> void ConversationListModel::changeConversation(const QString &jid, Change change) {
  if (!controller_ || !controller_->isProfileOpen() || controller_->database() == nullptr)
    return;
  storage::ConversationRepository conversations(*controller_->database());
  auto found = conversations.findByPeer(controller_->accountId(), jid);
  if (!found || !found->has_value())
    return;
  change(conversations, (*found)->id);
  refresh();
}

void ConversationListModel::setDraft(const QString &jid, const QString &text) {
  if (jid.isEmpty() || draft(jid) == text)
    return;
  // Kept in memory at once (switching conversations is instant) and written through when
  // the conversation is stored.
  drafts_.insert(jid, text);
  if (!controller_ || !controller_->isProfileOpen() || controller_->database() == nullptr)
    return;
  storage::ConversationRepository conversations(*controller_->database());
  auto found = conversations.findByPeer(controller_->accountId(), jid);
  if (found && found->has_value())
    (void)conversations.setDraft((*found)->id, text);
}

void ConversationListModel::setPinned(const QString &jid, bool pinned) {
  changeConversation(
      jid, [pinned](storage::ConversationRepository &c, std::int64_t id) { (void)c.setPinned(id, pinned); });
}

void ConversationListModel::setMuted(const QString &jid, bool muted) {
  changeConversation(
      jid, [muted](storage::ConversationRepository &c, std::int64_t id) { (void)c.setMuted(id, muted); });
}

void ConversationListModel::setArchived(const QString &jid, bool archived) {
  changeConversation(jid, [archived](storage::ConversationRepository &c, std::int64_t id) {
    (void)c.setArchived(id, archived);
  });
}

void ConversationListModel::acceptRequest(const QString &jid) {
  changeConversation(jid, [](storage::ConversationRepository &c, std::int64_t id) {
    (void)c.setRequestState(id, storage::RequestState::Accepted);
  });
}

void ConversationListModel::declineRequest(const QString &jid) {
  changeConversation(jid, [](storage::ConversationRepository &c, std::int64_t id) {
    (void)c.setRequestState(id, storage::RequestState::Declined);
  });
}

void ConversationListModel::markRead(const QString &jid) {
  // The controller also tells the peer (chat marker) when it can; otherwise mark locally.
  if (controller_ && controller_->metaObject()->indexOfMethod("markRead(QString)") >= 0) {
    bool done = false;
    QMetaObject::invokeMethod(controller_, "markRead", Qt::DirectConnection, Q_RETURN_ARG(bool, done),
                              Q_ARG(QString, jid));
    if (done) {
      refresh();
      return;
    }
  }
  changeConversation(jid, [](storage::ConversationRepository &c, std::int64_t id) { (void)c.markRead(id); });
}

} // namespace sotto::ui
