#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <cstdint>

namespace sotto::app {
class MessagingController;
}

namespace sotto::ui {

// The conversation list: message requests (senders not in the roster) first in their own
// section, then pinned, then by last activity. Re-read when the controller says the list
// changed; the repository returns it from an index, bounded by `limit`.
class ConversationListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  // QObject * for QML (the controller's type is not registered there); must be a MessagingController.
  Q_PROPERTY(QObject *controller READ controllerObject WRITE setControllerObject NOTIFY controllerChanged)
  Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
  Q_PROPERTY(bool showArchived READ showArchived WRITE setShowArchived NOTIFY showArchivedChanged)
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  Q_PROPERTY(int totalUnread READ totalUnread NOTIFY countChanged)
public:
  struct Row {
    std::int64_t id = 0; // the stored conversation
    QString jid;
    QString lastBody;
    bool lastOutgoing = false;
    int lastState = 0;
    QDateTime lastActivity;
    int unread = 0;
    bool pinned = false;
    bool muted = false;
    bool archived = false;
    bool request = false;
    QString draft;
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

  [[nodiscard]] app::MessagingController *controller() const { return controller_; }
  void setController(app::MessagingController *controller);
  [[nodiscard]] QObject *controllerObject() const;
  void setControllerObject(QObject *controller);
  [[nodiscard]] QString filterText() const { return filterText_; }
  void setFilterText(const QString &text);
  [[nodiscard]] bool showArchived() const { return showArchived_; }
  void setShowArchived(bool show);
  [[nodiscard]] int totalUnread() const;

  // Rows as read from the store (before filtering); tests and screenshots may set them.
  void setRows(const QList<Row> &rows);

  Q_INVOKABLE void refresh();
  Q_INVOKABLE QString jidAt(int row) const;
  Q_INVOKABLE QString draft(const QString &jid) const;
  Q_INVOKABLE void setDraft(const QString &jid, const QString &text);
  Q_INVOKABLE void setPinned(const QString &jid, bool pinned);
  Q_INVOKABLE void setMuted(const QString &jid, bool muted);
  Q_INVOKABLE void setArchived(const QString &jid, bool archived);
  Q_INVOKABLE void acceptRequest(const QString &jid);
  Q_INVOKABLE void declineRequest(const QString &jid);
  Q_INVOKABLE void markRead(const QString &jid);

Q_SIGNALS:
  void controllerChanged();
  void filterTextChanged();
  void showArchivedChanged();
  void countChanged();

private:
  void applyFilter();
  // Runs a change on the stored conversation with this peer, then re-reads the list.
  template <typename Change> void changeConversation(const QString &jid, Change change);

  QPointer<app::MessagingController> controller_;
  QString filterText_;
  bool showArchived_ = false;
  QList<Row> all_;
  QList<Row> shown_;
  QHash<QString, QString> drafts_; // drafts typed before a conversation is stored
  QList<QMetaObject::Connection> connections_;
  // Signals from the controller arrive in bursts (archive catch-up): re-read once per burst.
  QTimer refreshTimer_;
};

} // namespace sotto::ui
