#include "NotificationCenter.h"

#include "sotto/app/ConversationList.h"
#include "sotto/app/MessageHistory.h"
#include "sotto/app/MessagingController.h"

#include "NotificationSink.h"

#ifdef SOTTO_DBUS_NOTIFICATIONS
#include "NotificationDBus.h"

#include <QDBusConnection>
#endif

#include <QCoreApplication>
#include <QJSEngine>

#include <algorithm>

namespace sotto::ui {

namespace {
QPointer<NotificationCenter> g_instance; // NOLINT: the one window's notifications, set by main.cpp

// A message arriving live is shown after this pause, so a quick run of them is one update.
constexpr int kLiveFlushMs = 150;
// During the archive catch-up (thousands may arrive) at most one update per this interval
// until catchUpFinished shows the final count.
constexpr int kCatchUpFlushMs = 1500;

// The spec's reasons (org.freedesktop.Notifications NotificationClosed).
constexpr uint kClosedExpired = 1;

QString contentToSetting(NotificationCenter::Content content) {
  switch (content) {
  case NotificationCenter::Content::NameOnly:
    return QStringLiteral("name");
  case NotificationCenter::Content::Nothing:
    return QStringLiteral("none");
  case NotificationCenter::Content::NameAndMessage:
    break;
  }
  return QStringLiteral("full");
}

NotificationCenter::Content contentFromSetting(const QString &value) {
  if (value == u"name")
    return NotificationCenter::Content::NameOnly;
  if (value == u"none")
    return NotificationCenter::Content::Nothing;
  return NotificationCenter::Content::NameAndMessage;
}
} // namespace

#ifdef SOTTO_DBUS_NOTIFICATIONS
NotificationCenter::NotificationCenter(QObject *parent)
    : NotificationCenter(QDBusConnection::sessionBus(), parent) {
}

NotificationCenter::NotificationCenter(const QDBusConnection &bus, QObject *parent)
    : NotificationCenter(new NotificationDBus(bus), parent) {
}
#else
NotificationCenter::NotificationCenter(QObject *parent) : NotificationCenter(nullptr, parent) {
}
#endif

NotificationCenter::NotificationCenter(NotificationSink *sink, QObject *parent) : QObject(parent) {
  flushTimer_.setSingleShot(true);
  connect(&flushTimer_, &QTimer::timeout, this, &NotificationCenter::flush);
  setSink(sink);
}

void NotificationCenter::setSink(NotificationSink *sink) {
  if (sink_ == sink)
    return;
  delete sink_;
  sink_ = sink;
  if (!sink_)
    return;
  sink_->setParent(this);
  connect(sink_, &NotificationSink::actionInvoked, this, &NotificationCenter::onActionInvoked);
  connect(sink_, &NotificationSink::closed, this, &NotificationCenter::onClosed);
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::setInstance(NotificationCenter *center) {
  g_instance = center;
}

NotificationCenter *NotificationCenter::create(QQmlEngine *, QJSEngine *) {
  // Without one from main.cpp (UI tests): the engine's own, which it deletes.
  if (g_instance.isNull())
    return new NotificationCenter(nullptr);
  // The engine must not delete main.cpp's.
  QJSEngine::setObjectOwnership(g_instance.data(), QJSEngine::CppOwnership);
  return g_instance.data();
}

void NotificationCenter::setController(app::MessagingController *controller) {
  for (const auto &connection : connections_)
    disconnect(connection);
  connections_.clear();
  controller_ = controller;
  if (controller_) {
    using Controller = app::MessagingController;
    connections_.append(
        connect(controller_, &Controller::messageAdded, this, &NotificationCenter::onMessageAdded));
    connections_.append(connect(controller_, &Controller::conversationsChanged, this,
                                &NotificationCenter::closeReadConversations));
    connections_.append(
        connect(controller_, &Controller::profileChanged, this, &NotificationCenter::readSettings));
    connections_.append(connect(controller_, &Controller::connectionStateChanged, this, [this]() {
      // A (re)connection reads the archive next: hold updates until it is done.
      if (controller_->connectionState() != app::MessagingController::ConnectionState::Online)
        catchingUp_ = true;
    }));
    connections_.append(connect(controller_, &Controller::catchUpFinished, this, [this]() {
      catchingUp_ = false;
      flush();
    }));
    catchingUp_ = controller_->connectionState() != app::MessagingController::ConnectionState::Online;
  }
  readSettings();
}

void NotificationCenter::setWindow(QWindow *window) {
  window_ = window;
}

void NotificationCenter::readSettings() {
  if (!controller_ || !controller_->isProfileOpen())
    return;
  const bool enabled = controller_->profileSetting(QLatin1String(kEnabledKey)) != u"0";
  const Content content = contentFromSetting(controller_->profileSetting(QLatin1String(kContentKey)));
  if (enabled == enabled_ && content == content_)
    return;
  enabled_ = enabled;
  content_ = content;
  Q_EMIT settingsChanged();
}

void NotificationCenter::setEnabled(bool enabled) {
  if (controller_)
    (void)controller_->setProfileSetting(QLatin1String(kEnabledKey),
                                         enabled ? QStringLiteral("1") : QStringLiteral("0"));
  if (enabled_ == enabled)
    return;
  enabled_ = enabled;
  if (!enabled_) {
    const QStringList conversations = shown_.keys();
    for (const QString &conversation : conversations)
      forget(conversation);
  }
  Q_EMIT settingsChanged();
}

void NotificationCenter::setContent(Content content) {
  if (controller_)
    (void)controller_->setProfileSetting(QLatin1String(kContentKey), contentToSetting(content));
  if (content_ == content)
    return;
  content_ = content;
  Q_EMIT settingsChanged();
}

void NotificationCenter::setOpenConversation(const QString &conversation) {
  if (openConversation_ == conversation)
    return;
  openConversation_ = conversation;
  Q_EMIT openConversationChanged();
}

QStringList NotificationCenter::shownConversations() const {
  QStringList conversations;
  for (auto it = shown_.cbegin(); it != shown_.cend(); ++it)
    if (it->id != 0)
      conversations.append(it.key());
  return conversations;
}

bool NotificationCenter::settled() const {
  if (flushTimer_.isActive())
    return false;
  return std::none_of(shown_.cbegin(), shown_.cend(),
                      [](const Shown &shown) { return shown.dirty || shown.inFlight; });
}

bool NotificationCenter::userIsLooking(const QString &conversation) const {
  return window_ && window_->isActive() && window_->isVisible() && openConversation_ == conversation;
}

void NotificationCenter::onMessageAdded(const QString &conversation, qint64 messageId) {
  if (!enabled_ || !controller_ || !controller_->isProfileOpen())
    return;
  // The conversation is read once; a muted one (or a declined request: find() leaves
  // those out) stops here, before the message is read.
  const auto stored = app::ConversationList(*controller_).find(conversation);
  if (!stored || stored->muted || userIsLooking(conversation))
    return;
  const auto message = app::MessageHistory(*controller_, stored->id).find(messageId);
  // Ours (sent here, or a carbon of what we sent elsewhere) never notifies.
  if (!message || message->outgoing)
    return;
  Shown &shown = shown_[conversation];
  shown.count += 1;
  shown.request = stored->request || controller_->isRequest(conversation);
  // Only the one message's text is kept, only until it is shown, and only if it may be
  // shown. An undecryptable message has none (never the sender's fallback text).
  shown.lastText = content_ == Content::NameAndMessage && !shown.request ? message->body : QString();
  shown.dirty = true;
  if (!flushTimer_.isActive())
    flushTimer_.start(catchingUp_ ? kCatchUpFlushMs : kLiveFlushMs);
}

void NotificationCenter::flush() {
  flushTimer_.stop();
  const QStringList conversations = shown_.keys();
  for (const QString &conversation : conversations)
    if (shown_.value(conversation).dirty && !shown_.value(conversation).inFlight)
      send(conversation);
}

QString NotificationCenter::title(const QString &conversation) const {
  // The roster name when there is one (read when shown, so a rename shows), else the address.
  return controller_ ? app::ConversationList(*controller_).displayName(conversation) : conversation;
}

void NotificationCenter::send(const QString &conversation) {
  Shown &shown = shown_[conversation];
  shown.dirty = false;
  QString summary;
  QString body;
  const QString count = shown.count == 1 ? tr("New message") : tr("%n new messages", nullptr, shown.count);
  if (shown.request) {
    // Issue 9: nothing about a stranger reaches the screen until the user accepts them.
    summary = tr("New message request");
  } else if (content_ == Content::Nothing) {
    summary = QCoreApplication::applicationName();
    body = count;
  } else {
    summary = title(conversation);
    body = content_ == Content::NameAndMessage && shown.count == 1 && !shown.lastText.isEmpty()
               ? shown.lastText
               : count;
  }
  shown.lastText.clear();
  if (!sink_)
    return;
  shown.inFlight = true;
  sink_->notify(summary, body, shown.id,
                [this, conversation, self = QPointer<NotificationCenter>(this)](uint id) {
                  if (!self || !shown_.contains(conversation))
                    return;
                  Shown &sent = shown_[conversation];
                  sent.inFlight = false;
                  sent.id = id;
                  if (sent.dirty) // more arrived while the call was on its way
                    send(conversation);
                });
}

void NotificationCenter::forget(const QString &conversation) {
  const Shown shown = shown_.take(conversation);
  if (shown.id != 0 && sink_)
    sink_->close(shown.id);
}

void NotificationCenter::closeReadConversations() {
  if (shown_.isEmpty() || !controller_ || !controller_->isProfileOpen())
    return;
  const app::ConversationList conversations(*controller_);
  const QStringList shownConversations = shown_.keys();
  for (const QString &conversation : shownConversations) {
    const auto stored = conversations.find(conversation);
    // Read here (or on another device, which moves the read marker too), declined, or deleted.
    if (!stored || stored->unread == 0)
      forget(conversation);
  }
}

void NotificationCenter::onActionInvoked(uint id, const QString &action) {
  if (id == 0 || action != u"default")
    return;
  for (auto it = shown_.cbegin(); it != shown_.cend(); ++it) {
    if (it->id != id)
      continue;
    const QString conversation = it.key();
    if (window_) {
      window_->show();
      window_->raise();
      window_->requestActivate();
    }
    Q_EMIT activated(conversation);
    return;
  }
}

void NotificationCenter::onClosed(uint id, uint reason) {
  for (auto it = shown_.begin(); it != shown_.end(); ++it) {
    if (it->id != id)
      continue;
    if (reason == kClosedExpired) {
      // Gone from the screen but still unread: the next message counts on from here.
      it->id = 0;
    } else {
      shown_.erase(it); // dismissed by the user, or closed by us
    }
    return;
  }
}

} // namespace sotto::ui
