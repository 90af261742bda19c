#include "SafetyCommands.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <functional>

namespace sotto::cli {

namespace {

using Controller = app::MessagingController;
constexpr int kServerAnswerMs = 15000;

// Runs the event loop until `done()` holds (checked after each `signal`), an error other
// than a dropped connection arrives, or the timeout. kOk, the error's exit code, or kTimeout.
template <typename Signal>
int waitUntil(CliContext &context, Signal signal, const std::function<bool()> &done, int errorExitCode) {
  if (done())
    return kOk;
  auto &controller = context.controller();
  QEventLoop loop;
  int result = kTimeout;
  QObject::connect(&controller, signal, &loop, [&] {
    if (done()) {
      result = kOk;
      loop.quit();
    }
  });
  QObject::connect(&controller, &Controller::errorOccurred, &loop,
                   [&](app::AppError::Code error, const QString &) {
                     if (error == app::AppError::Code::ConnectionLost)
                       return;
                     result = context.fail(error, errorExitCode);
                     loop.quit();
                   });
  QTimer::singleShot(kServerAnswerMs, &loop, &QEventLoop::quit);
  loop.exec();
  if (result == kTimeout)
    return context.fail(app::AppError::Code::NotConnected, kTimeout);
  return result;
}

// Online, caught up, and the server's block list read (it comes with the session).
int connectWithBlockList(CliContext &context) {
  bool listRead = false;
  QObject scope; // ends the connection with this function: it writes to a local
  QObject::connect(&context.controller(), &Controller::blockedChanged, &scope,
                   [&listRead] { listRead = true; });
  if (const int result = context.connectAndWait(); result != kOk)
    return result;
  return waitUntil(
      context, &Controller::blockedChanged, [&listRead] { return listRead; }, kConnection);
}

QString isoTime(qint64 ms) {
  return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

} // namespace

int SafetyCommands::requests(CliContext &context, const QStringList &arguments) {
  if (!arguments.isEmpty())
    return context.usage(QCoreApplication::translate("sotto-cli", "usage: requests"));
  if (const int result = context.connectAndWait(); result != kOk)
    return result;
  for (const QString &jid : context.controller().requests())
    context.print(
        jid, QJsonObject{{QStringLiteral("type"), QStringLiteral("request")}, {QStringLiteral("jid"), jid}});
  return kOk;
}

int SafetyCommands::accept(CliContext &context, const QStringList &arguments) {
  if (arguments.size() != 1)
    return context.usage(QCoreApplication::translate("sotto-cli", "usage: accept JID"));
  const QString jid = arguments.at(0);
  if (const int result = context.connectAndWait(); result != kOk)
    return result;
  auto &controller = context.controller();
  if (!controller.acceptRequest(jid))
    return context.fail(app::AppError::Code::InvalidJid, kNotFound);
  // The roster push tells that the server has the new contact.
  if (const int result = waitUntil(
          context, &Controller::contactsChanged, [&] { return controller.contacts().contains(jid); },
          kConnection);
      result != kOk)
    return result;
  context.print(
      QCoreApplication::translate("sotto-cli", "accepted %1").arg(jid),
      QJsonObject{{QStringLiteral("type"), QStringLiteral("accepted")}, {QStringLiteral("jid"), jid}});
  return kOk;
}

int SafetyCommands::block(CliContext &context, const QStringList &arguments, bool blocking) {
  if (arguments.size() != 1)
    return context.usage(blocking ? QCoreApplication::translate("sotto-cli", "usage: block JID")
                                  : QCoreApplication::translate("sotto-cli", "usage: unblock JID"));
  const QString jid = arguments.at(0);
  if (const int result = connectWithBlockList(context); result != kOk)
    return result;
  auto &controller = context.controller();
  if (blocking)
    controller.block(jid);
  else
    controller.unblock(jid);
  if (const int result = waitUntil(
          context, &Controller::blockedChanged, [&] { return controller.isBlocked(jid) == blocking; },
          kUsage);
      result != kOk)
    return result;
  const QString what = blocking ? QStringLiteral("blocked") : QStringLiteral("unblocked");
  context.print((blocking ? QCoreApplication::translate("sotto-cli", "blocked %1")
                          : QCoreApplication::translate("sotto-cli", "unblocked %1"))
                    .arg(jid),
                QJsonObject{{QStringLiteral("type"), what}, {QStringLiteral("jid"), jid}});
  return kOk;
}

int SafetyCommands::blocked(CliContext &context, const QStringList &arguments) {
  if (!arguments.isEmpty())
    return context.usage(QCoreApplication::translate("sotto-cli", "usage: blocked"));
  if (const int result = connectWithBlockList(context); result != kOk)
    return result;
  auto &controller = context.controller();
  // The local record of reports, shown beside the server's list.
  QHash<QString, QVariantMap> lastReport;
  for (const QVariant &entry : controller.reports())
    lastReport.insert(entry.toMap().value(QStringLiteral("jid")).toString(), entry.toMap());
  for (const QString &jid : controller.blocked()) {
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("blocked")}, {QStringLiteral("jid"), jid}};
    QString text = jid;
    if (lastReport.contains(jid)) {
      const QVariantMap report = lastReport.value(jid);
      const QString reason = report.value(QStringLiteral("reason")).toString();
      const qint64 at = report.value(QStringLiteral("at")).toLongLong();
      const int attached = report.value(QStringLiteral("messageIds")).toList().size();
      text += QStringLiteral("  ") +
              QCoreApplication::translate("sotto-cli", "(reported as %1 on %2, %n message(s) attached)",
                                          nullptr, attached)
                  .arg(reason, isoTime(at));
      object.insert(QStringLiteral("reportReason"), reason);
      object.insert(QStringLiteral("reportedAt"), at);
      object.insert(QStringLiteral("reportedMessages"), attached);
    }
    context.print(text, object);
  }
  return kOk;
}

int SafetyCommands::report(CliContext &context, const QStringList &arguments) {
  const QString usage = QCoreApplication::translate(
      "sotto-cli", "usage: report JID --reason spam|abuse|other [--include MESSAGE_ID...]");
  if (arguments.isEmpty() || arguments.at(0).startsWith(u'-'))
    return context.usage(usage);
  const QString jid = arguments.at(0);
  QString reasonText;
  QVariantList ids;
  for (int i = 1; i < arguments.size(); ++i) {
    if (arguments.at(i) == u"--reason" && i + 1 < arguments.size()) {
      reasonText = arguments.at(++i);
    } else if (arguments.at(i) == u"--include") {
      // One or more ids follow, up to the next option.
      bool any = false;
      while (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u'-')) {
        bool ok = false;
        const qint64 id = arguments.at(++i).toLongLong(&ok);
        if (!ok)
          return context.usage(usage);
        ids.append(id);
        any = true;
      }
      if (!any)
        return context.usage(usage);
    } else {
      return context.usage(usage);
    }
  }
  Controller::ReportReason reason = Controller::ReportReason::Other;
  if (reasonText == u"spam")
    reason = Controller::ReportReason::Spam;
  else if (reasonText == u"abuse")
    reason = Controller::ReportReason::Abuse;
  else if (reasonText != u"other")
    return context.usage(usage);

  if (const int result = connectWithBlockList(context); result != kOk)
    return result;
  auto &controller = context.controller();
  bool finished = false;
  bool accepted = false;
  QObject scope; // ends the connection with this function: it writes to locals
  QObject::connect(&controller, &Controller::reportFinished, &scope, [&](const QString &, bool ok) {
    finished = true;
    accepted = ok;
  });
  if (!controller.report(jid, reason, ids))
    return context.fail(context.lastError(),
                        context.lastError() == app::AppError::Code::UnknownMessage ? kNotFound : kUsage);
  if (const int result = waitUntil(
          context, &Controller::reportFinished, [&finished] { return finished; }, kConnection);
      result != kOk)
    return result;
  if (!accepted)
    return context.fail(app::AppError::Code::ProtocolError, kConnection);
  QJsonArray attached;
  for (const QVariant &id : ids)
    attached.append(id.toLongLong());
  const int attachedCount = static_cast<int>(ids.size());
  context.print(QCoreApplication::translate("sotto-cli",
                                            "reported %1 as %2 and blocked; %n message(s) attached", nullptr,
                                            attachedCount)
                    .arg(jid, reasonText),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("reported")},
                            {QStringLiteral("jid"), jid},
                            {QStringLiteral("reason"), reasonText},
                            {QStringLiteral("messages"), attached}});
  return kOk;
}

} // namespace sotto::cli
