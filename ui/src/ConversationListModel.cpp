#include "ConversationListModel.h"

#include "sotto/app/ConversationList.h"
#include "sotto/app/MessagingController.h"

#include <QDateTime>

#include <algorithm>

namespace sotto::ui {

ConversationListModel::ConversationListModel(QObject *parent) : ControllerBoundModel(parent) {
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
  const app::ConversationEntry &c = row.conversation;
  switch (role) {
  case Qt::DisplayRole:
  case TitleRole:
    // The roster name, or the whole address: a local part alone ("bob") could be anyone's.
    return c.peerName.isEmpty() ? c.peerJid : c.peerName;
  case JidRole:
    return c.peerJid;
  case LastBodyRole:
    return c.lastBody;
  case LastOutgoingRole:
    return c.lastOutgoing;
  case LastStateRole:
    return c.lastState;
  case LastActivityRole:
    return QDateTime::fromMSecsSinceEpoch(c.lastActivity);
  case UnreadRole:
    return c.unread;
  case PinnedRole:
    return c.pinned;
  case MutedRole:
    return c.muted;
  case ArchivedRole:
    return c.archived;
  case RequestRole:
    return c.request;
  case SectionRole:
    return c.request ? QStringLiteral("requests") : QStringLiteral("chats");
  case DraftRole:
    return drafts_.value(c.peerJid, c.draft);
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

void ConversationListModel::followController(app::MessagingController &controller) {
  // Signals arrive in bursts (archive catch-up): re-read once per burst.
  auto later = [this]() { refreshTimer_.start(); };
  follow(connect(&controller, &app::MessagingController::conversationsChanged, this, later));
  follow(connect(&controller, &app::MessagingController::messageAdded, this, later));
  follow(connect(&controller, &app::MessagingController::messageChanged, this, later));
  // A roster push renamed someone (the names are stored by then): rows and chat titles.
  follow(connect(&controller, &app::MessagingController::contactsChanged, this, [this, later]() {
    later();
    Q_EMIT namesChanged();
  }));
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
    if (!row.conversation.muted)
      total += row.conversation.unread;
  return total;
}

void ConversationListModel::refresh() {
  if (!controller() || !controller()->hasAccount())
    return;
  const QList<app::ConversationEntry> entries = app::ConversationList(*controller()).entries(showArchived_);
  QList<Row> rows;
  rows.reserve(entries.size());
  for (const app::ConversationEntry &entry : entries)
    rows.append(Row{entry, {}});
  setRows(rows);
}

void ConversationListModel::setRows(const QList<Row> &rows) {
  all_ = rows;
  // Requests form their own section, shown first so a stranger's first message is seen;
  // the store's order (pinned, then activity) holds within each section.
  std::stable_partition(all_.begin(), all_.end(), [](const Row &row) { return row.conversation.request; });
  applyFilter();
}

void ConversationListModel::applyFilter() {
  const QString needle = filterText_.trimmed();
  // Message text is searched with the full-text index (newest matches first), so a word
  // from years ago finds its conversation without reading the history.
  QHash<std::int64_t, QString> matches;
  if (!needle.isEmpty() && controller())
    for (const app::MessageMatch &match : app::ConversationList(*controller()).search(needle, 200))
      if (!matches.contains(match.conversationId))
        matches.insert(match.conversationId, match.body);
  QList<Row> shown;
  for (const Row &row : all_) {
    if (needle.isEmpty() || row.conversation.peerJid.contains(needle, Qt::CaseInsensitive) ||
        row.conversation.peerName.contains(needle, Qt::CaseInsensitive)) {
      shown.append(row);
    } else if (matches.contains(row.conversation.id)) {
      shown.append(Row{row.conversation, matches.value(row.conversation.id)});
    }
  }
  const auto samePeer = [](const Row &a, const Row &b) {
    return a.conversation.peerJid == b.conversation.peerJid;
  };
  if (!shown.isEmpty() &&
      std::equal(shown.cbegin(), shown.cend(), shown_.cbegin(), shown_.cend(), samePeer)) {
    // The same conversations in the same order (one was read, a last message changed):
    // the view updates its delegates instead of creating the whole list again.
    shown_ = std::move(shown);
    Q_EMIT dataChanged(index(0), index(static_cast<int>(shown_.size()) - 1));
  } else {
    beginResetModel();
    shown_ = std::move(shown);
    endResetModel();
  }
  Q_EMIT countChanged();
}

QString ConversationListModel::jidAt(int row) const {
  return row >= 0 && row < shown_.size() ? shown_.at(row).conversation.peerJid : QString();
}

QString ConversationListModel::displayName(const QString &jid) const {
  if (jid.isEmpty() || !controller())
    return jid;
  return app::ConversationList(*controller()).displayName(jid);
}

QString ConversationListModel::draft(const QString &jid) const {
  if (drafts_.contains(jid))
    return drafts_.value(jid);
  for (const Row &row : all_)
    if (row.conversation.peerJid == jid)
      return row.conversation.draft;
  return {};
}

void ConversationListModel::setDraft(const QString &jid, const QString &text) {
  if (jid.isEmpty() || draft(jid) == text)
    return;
  // Kept in memory at once (switching conversations is instant) and written through when
  // the conversation is stored.
  drafts_.insert(jid, text);
  if (controller())
    app::ConversationList(*controller()).setDraft(jid, text);
}

void ConversationListModel::setPinned(const QString &jid, bool pinned) {
  if (controller() && app::ConversationList(*controller()).setPinned(jid, pinned))
    refresh();
}

void ConversationListModel::setMuted(const QString &jid, bool muted) {
  if (controller() && app::ConversationList(*controller()).setMuted(jid, muted))
    refresh();
}

void ConversationListModel::setArchived(const QString &jid, bool archived) {
  if (controller() && app::ConversationList(*controller()).setArchived(jid, archived))
    refresh();
}

void ConversationListModel::markRead(const QString &jid) {
  if (!controller())
    return;
  // The controller also tells the peer (chat marker) when it can; otherwise mark locally.
  if (controller()->markRead(jid) || app::ConversationList(*controller()).markReadLocally(jid)) {
    refresh();
    refreshTimer_.stop(); // the controller's conversationsChanged asked for this same read
  }
}

} // namespace sotto::ui
