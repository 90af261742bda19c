#pragma once

#include "ControllerBoundModel.h"

#include "sotto/app/ConversationEntry.h"

#include <QHash>
#include <QList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace sotto::ui {

// The conversation list: message requests (senders not in the roster) first in their own
// section, then pinned, then by last activity; a row is titled with the roster name, or
// the bare JID. Re-read when the controller says the list or the roster changed, through
// app's ConversationList (from an index, bounded).
class ConversationListModel : public ControllerBoundModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
  Q_PROPERTY(bool showArchived READ showArchived WRITE setShowArchived NOTIFY showArchivedChanged)
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  Q_PROPERTY(int totalUnread READ totalUnread NOTIFY countChanged)
public:
  struct Row {
    app::ConversationEntry conversation;
    QString match; // a message that matched the search (full text), shown instead of the last one
  };

  enum Role {
    JidRole = Qt::UserRole + 1,
    TitleRole,
    LastBodyRole,
    LastOutgoingRole,
    LastStateRole,
    LastActivityRole,
    UnreadRole,
    PinnedRole,
    MutedRole,
    ArchivedRole,
    RequestRole,
    SectionRole,
    DraftRole,
    MatchRole,
  };
  Q_ENUM(Role)

  explicit ConversationListModel(QObject *parent = nullptr);

  [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

  [[nodiscard]] QString filterText() const { return filterText_; }
  void setFilterText(const QString &text);
  [[nodiscard]] bool showArchived() const { return showArchived_; }
  void setShowArchived(bool show);
  [[nodiscard]] int totalUnread() const;

  // Rows as read from the store (before filtering); tests and screenshots may set them.
  void setRows(const QList<Row> &rows);

  Q_INVOKABLE void refresh();
  Q_INVOKABLE QString jidAt(int row) const;
  // The peer's roster name, or the bare JID when none is known (app::ConversationList);
  // namesChanged says when to ask again.
  Q_INVOKABLE QString displayName(const QString &jid) const;
  Q_INVOKABLE QString draft(const QString &jid) const;
  Q_INVOKABLE void setDraft(const QString &jid, const QString &text);
  Q_INVOKABLE void setPinned(const QString &jid, bool pinned);
  Q_INVOKABLE void setMuted(const QString &jid, bool muted);
  Q_INVOKABLE void setArchived(const QString &jid, bool archived);
  Q_INVOKABLE void markRead(const QString &jid);

Q_SIGNALS:
  void filterTextChanged();
  void showArchivedChanged();
  void countChanged();
  // The roster (and so perhaps a name) changed.
  void namesChanged();

protected:
  void followController(app::MessagingController &controller) override;
  void reload() override { refresh(); }

private:
  void applyFilter();

  QString filterText_;
  bool showArchived_ = false;
  QList<Row> all_;
  QList<Row> shown_;
  QHash<QString, QString> drafts_; // drafts typed before a conversation is stored
  // Signals from the controller arrive in bursts (archive catch-up): re-read once per burst.
  QTimer refreshTimer_;
};

} // namespace sotto::ui
