#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWindow>
#include <QtQml/qqmlregistration.h>

#include <cstdint>

#ifdef SOTTO_DBUS_NOTIFICATIONS
class QDBusConnection;
#endif
class QQmlEngine;
class QJSEngine;

namespace sotto::app {
class MessagingController;
}

namespace sotto::ui {

class NotificationSink;

// The QML singleton `NotificationCenter`: a system notification for each conversation
// with new incoming messages, as a demanding user expects:
// - only messages from others (not ours, not carbons of what we sent on another device);
// - none for a muted conversation, none while the window is active and shows it;
// - a burst (archive catch-up) gives one notification per conversation that is replaced
//   in place ("%n new messages"), never one per message;
// - a message request says only "New message request": no name, no address, no text;
// - clicking it raises the window and opens the conversation (activated());
// - reading the conversation closes it.
// What it shows (Content) and whether at all are the profile's settings.
class NotificationCenter : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY settingsChanged)
  Q_PROPERTY(Content content READ content WRITE setContent NOTIFY settingsChanged)
  // The conversation the window shows (MainView binds it); "" when none.
  Q_PROPERTY(
      QString openConversation READ openConversation WRITE setOpenConversation NOTIFY openConversationChanged)
public:
  // What a notification shows; like Signal's "Show: Name and message / Name only / No name or message".
  enum class Content { NameAndMessage = 0, NameOnly = 1, Nothing = 2 };
  Q_ENUM(Content)

  static constexpr const char *kEnabledKey = "notifications.enabled";
  static constexpr const char *kContentKey = "notifications.content";

  // With the platform's notifications: on Linux the session bus; elsewhere none until
  // setSink() (main.cpp gives the tray icon's). No default argument: Qt 6.4 would build
  // the QML singleton with a default constructor instead of create().
  explicit NotificationCenter(QObject *parent);
  // Shows through `sink`, which it takes over; nullptr shows nothing.
  NotificationCenter(NotificationSink *sink, QObject *parent);
#ifdef SOTTO_DBUS_NOTIFICATIONS
  // On another bus (tests run their own bus with their own notification server).
  NotificationCenter(const QDBusConnection &bus, QObject *parent);
#endif
  ~NotificationCenter() override;

  // main.cpp (and tests) make the instance before QML loads; QML gets it through create().
  static void setInstance(NotificationCenter *center);
  static NotificationCenter *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

  // Replaces the sink (deleting the old one) and takes this one over; nullptr shows nothing.
  void setSink(NotificationSink *sink);
  void setController(app::MessagingController *controller);
  // The window to raise on a click, and whose focus says whether the user is looking.
  void setWindow(QWindow *window);

  [[nodiscard]] bool enabled() const {
    return enabled_;
  }
  void setEnabled(bool enabled);
  [[nodiscard]] Content content() const {
    return content_;
  }
  void setContent(Content content);
  [[nodiscard]] QString openConversation() const {
    return openConversation_;
  }
  void setOpenConversation(const QString &conversation);

  // Conversations that have a notification on screen now (tests, the tray's tooltip).
  [[nodiscard]] QStringList shownConversations() const;
  // Nothing waits to be shown and no call to the server is on its way (tests).
  [[nodiscard]] bool settled() const;

Q_SIGNALS:
  void settingsChanged();
  void openConversationChanged();
  // The user clicked the notification of this conversation; the window was raised.
  void activated(const QString &conversation);

private:
  struct Shown {
    uint id = 0;           // the server's id; 0 while none is on screen
    int count = 0;         // new messages since the conversation was last read
    QString lastText;      // kept only in memory, for a single message's notification
    bool request = false;  // a stranger's: nothing about them is shown
    bool dirty = false;    // to be sent at the next flush
    bool inFlight = false; // a Notify call is on its way; its id is not known yet
  };

  void onMessageAdded(const QString &conversation, qint64 messageId);
  void closeReadConversations();
  void flush();
  void send(const QString &conversation);
  void forget(const QString &conversation);
  void readSettings();
  [[nodiscard]] bool userIsLooking(const QString &conversation) const;
  [[nodiscard]] QString title(const QString &conversation) const;
  void onActionInvoked(uint id, const QString &action);
  void onClosed(uint id, uint reason);

  NotificationSink *sink_ = nullptr;
  QPointer<app::MessagingController> controller_;
  QPointer<QWindow> window_;
  QList<QMetaObject::Connection> connections_;
  QHash<QString, Shown> shown_;
  QString openConversation_;
  bool enabled_ = true;
  Content content_ = Content::NameAndMessage;
  bool catchingUp_ = false;
  // Messages arrive in bursts (catch-up pages, a contact typing fast): one update per burst.
  QTimer flushTimer_;
};

} // namespace sotto::ui
