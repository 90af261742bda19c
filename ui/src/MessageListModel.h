#pragma once

#include "ControllerBoundModel.h"
#include "MessageItem.h"
#include "MessagePageSource.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sotto::ui {

// The chat view's model: a sliding window over one conversation's history. It holds at
// most `maxRows` messages and loads `pageSize` more at whichever end the view nears
// (loadOlder / loadNewer, or fetchMore at the bottom), dropping rows at the far end, so a
// conversation of a million messages costs the same as one of a thousand.
class MessageListModel : public ControllerBoundModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString peerJid READ peerJid WRITE setPeerJid NOTIFY peerJidChanged)
  Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
  Q_PROPERTY(int maxRows READ maxRows WRITE setMaxRows NOTIFY maxRowsChanged)
  Q_PROPERTY(bool atOldest READ atOldest NOTIFY windowChanged)
  Q_PROPERTY(bool atNewest READ atNewest NOTIFY windowChanged)
  Q_PROPERTY(int count READ rowCount NOTIFY windowChanged)
  Q_PROPERTY(int unseenCount READ unseenCount NOTIFY unseenCountChanged)
public:
  enum Role {
    IdRole = Qt::UserRole + 1,
    BodyRole,
    OutgoingRole,
    SenderRole,
    TimestampRole,
    StateRole,
    ErrorRole,
    EncryptedRole,
    TrustedRole,
    UndecryptableRole,
    ShowDateRole, // first message of its day in the window: the view draws a separator
    DateRole,     // QDate of the message, local time
  };
  Q_ENUM(Role)

  explicit MessageListModel(QObject *parent = nullptr);
  ~MessageListModel() override;

  [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
  // Qt's own paging hook serves the newer direction (the view's end).
  [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
  void fetchMore(const QModelIndex &parent) override;

  [[nodiscard]] QString peerJid() const { return peerJid_; }
  void setPeerJid(const QString &jid);
  [[nodiscard]] int pageSize() const { return pageSize_; }
  void setPageSize(int size);
  [[nodiscard]] int maxRows() const { return maxRows_; }
  void setMaxRows(int rows);
  [[nodiscard]] bool atOldest() const { return atOldest_; }
  [[nodiscard]] bool atNewest() const { return atNewest_; }
  [[nodiscard]] int unseenCount() const { return unseenCount_; }

  // Tests and tools drive the window over any source; QML uses controller + peerJid.
  void setSource(std::unique_ptr<MessagePageSource> source);

  // Loads one page before the first row; returns how many rows were added.
  Q_INVOKABLE int loadOlder();
  Q_INVOKABLE int loadNewer();
  // Drops the window and shows the newest page (scroll-to-bottom); clears unseenCount.
  Q_INVOKABLE void jumpToNewest();
  // The view is at the bottom again: new messages no longer count as unseen.
  Q_INVOKABLE void markSeen();
  // Row of a message in the window, or -1.
  Q_INVOKABLE int rowOf(qint64 messageId) const;
  Q_INVOKABLE QString textAt(int row) const;

  // A message was stored (controller::messageAdded). Appended when the window shows the
  // newest messages, otherwise counted in unseenCount.
  void messageAdded(qint64 messageId);
  void messageChanged(qint64 messageId);

Q_SIGNALS:
  void peerJidChanged();
  void pageSizeChanged();
  void maxRowsChanged();
  void windowChanged();
  void unseenCountChanged();
  // A message arrived while the window showed the newest ones (the view may follow it).
  void appended(bool outgoing);

protected:
  void followController(app::MessagingController &controller) override;
  void reload() override { rebuildSource(); }

private:
  void rebuildSource();
  void trimFront();
  void trimBack();
  void setUnseen(int count);

  QString peerJid_;
  std::unique_ptr<MessagePageSource> source_;
  QList<MessageItem> rows_;
  int pageSize_ = 50;
  int maxRows_ = 300;
  bool atOldest_ = true;
  bool atNewest_ = true;
  int unseenCount_ = 0;
};

} // namespace sotto::ui
