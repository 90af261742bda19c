#include "MessageCommands.h"

#include "CliContext.h"

#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/MessageRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace sotto::cli {

namespace {

QString stateName(storage::MessageState state) {
  switch (state) {
  case storage::MessageState::Pending:
    return QStringLiteral("pending");
  case storage::MessageState::Sent:
    return QStringLiteral("sent");
  case storage::MessageState::Delivered:
    return QStringLiteral("delivered");
  case storage::MessageState::Read:
    return QStringLiteral("read");
  case storage::MessageState::Failed:
    return QStringLiteral("failed");
  }
  return {};
}

std::optional<storage::Message> findMessage(CliContext &context, qint64 id) {
  storage::MessageRepository messages(*context.controller().database());
  auto found = messages.find(id);
  if (!found || !found->has_value())
    return std::nullopt;
  return **found;
}

void printMessage(CliContext &context, const QString &conversation, const storage::Message &message) {
  const bool incoming = message.direction == storage::Direction::Incoming;
  const QString sender =
      incoming ? message.senderJid
               : QCoreApplication::translate("sotto-cli", "me", "the sender of your own messages");
  QString text =
      QStringLiteral("%1 %2: %3")
          .arg(QDateTime::fromMSecsSinceEpoch(message.timestamp).toString(Qt::ISODate), sender,
               message.error.isEmpty()
                   ? message.body
                   : QCoreApplication::translate("sotto-cli", "[could not decrypt: %1]").arg(message.error));
  if (!message.encrypted)
    text += u' ' + QCoreApplication::translate("sotto-cli", "[NOT ENCRYPTED]");
  context.print(text, QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                  {QStringLiteral("id"), qint64(message.id)},
                                  {QStringLiteral("conversation"), conversation},
                                  {QStringLiteral("direction"),
                                   incoming ? QStringLiteral("in") : QStringLiteral("out")},
                                  {QStringLiteral("from"), message.senderJid},
                                  {QStringLiteral("body"), message.body},
                                  {QStringLiteral("timestamp"), qint64(message.timestamp)},
                                  {QStringLiteral("state"), stateName(message.state)},
                                  {QStringLiteral("encrypted"), message.encrypted},
                                  {QStringLiteral("trusted"), message.trusted},
                                  {QStringLiteral("error"), message.error}});
}

int optionValue(const QStringList &arguments, const QString &name, int fallback) {
  const int index = arguments.indexOf(name);
  return index >= 0 ? arguments.value(index + 1).toInt() : fallback;
}

} // namespace

int MessageCommands::send(CliContext &context, const QStringList &arguments) {
  if (arguments.size() != 2)
    return context.usage(QCoreApplication::translate("sotto-cli", "usage: send JID TEXT"));
  if (const int result = context.connectAndWait(); result != kOk)
    return result;
  auto &controller = context.controller();
  const qint64 id = controller.send(arguments.at(0), arguments.at(1));
  if (id == 0)
    return context.fail(context.lastError(), kNotSent);
  // Done when the server has taken it (or it failed): then the outbox no longer needs us.
  QEventLoop loop;
  QObject::connect(&controller, &app::MessagingController::messageChanged, &loop,
                   [&](const QString &, qint64 changed) {
                     if (changed == id)
                       loop.quit();
                   });
  QTimer::singleShot(30000, &loop, &QEventLoop::quit);
  auto message = findMessage(context, id);
  if (message && message->state == storage::MessageState::Pending)
    loop.exec();
  message = findMessage(context, id);
  if (!message)
    return context.fail(app::AppError::Code::UnknownMessage, kNotSent);
  if (message->state == storage::MessageState::Failed)
    return context.fail(context.lastError(), kNotSent);
  if (message->state == storage::MessageState::Pending)
    return kTimeout;
  printMessage(context, arguments.at(0), *message);
  return kOk;
}

int MessageCommands::listen(CliContext &context, const QStringList &arguments) {
  const int count = optionValue(arguments, QStringLiteral("--count"), 0);
  const int timeoutSeconds = optionValue(arguments, QStringLiteral("--timeout"), 0);
  auto &controller = context.controller();
  int received = 0;
  QEventLoop loop;
  // Connected before connecting: the archive catch-up already adds messages.
  QObject::connect(&controller, &app::MessagingController::messageAdded, &loop,
                   [&](const QString &conversation, qint64 id) {
                     auto message = findMessage(context, id);
                     if (!message || message->direction != storage::Direction::Incoming)
                       return;
                     printMessage(context, conversation, *message);
                     if (count > 0 && ++received >= count)
                       loop.quit();
                   });
  if (const int result = context.connectAndWait(); result != kOk)
    return result;
  if (count > 0 && received >= count)
    return kOk;
  bool timedOut = false;
  if (timeoutSeconds > 0)
    QTimer::singleShot(timeoutSeconds * 1000, &loop, [&] {
      timedOut = true;
      loop.quit();
    });
  loop.exec();
  return timedOut && count > 0 ? kTimeout : kOk;
}

int MessageCommands::history(CliContext &context, const QStringList &arguments) {
  if (arguments.isEmpty())
    return context.usage(QCoreApplication::translate("sotto-cli", "usage: history JID [--limit N]"));
  const int limit = optionValue(arguments, QStringLiteral("--limit"), 50);
  auto &controller = context.controller();
  storage::ConversationRepository conversations(*controller.database());
  auto conversation = conversations.findByPeer(controller.accountId(), arguments.at(0));
  if (!conversation || !conversation->has_value())
    return kOk; // no messages yet
  storage::MessageRepository messages(*controller.database());
  auto page = messages.newest((*conversation)->id, limit);
  if (!page)
    return context.fail(app::AppError::Code::StorageFailed, kProfile);
  for (const auto &message : *page)
    printMessage(context, arguments.at(0), message);
  return kOk;
}

} // namespace sotto::cli
