#include "BenchmarkProbe.h"

#include <QAbstractItemModel>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace sotto::gui {

namespace {
const QString kReport = QStringLiteral("benchmark-report");
const QString kReadyObject = QStringLiteral("benchmark-ready-object");
const QString kSettle = QStringLiteral("benchmark-settle-ms");
const QString kConversation = QStringLiteral("benchmark-conversation");
const QString kScrollBack = QStringLiteral("benchmark-scroll-back");
const QString kPassphraseFile = QStringLiteral("benchmark-passphrase-file");

// The chat's own stickToEnd() keeps re-positioning for a few frames after opening; the
// scrolling starts after it so it measures paging, not a tug of war with that timer.
constexpr int kScrollStartDelayMs = 500;
// A page load that never comes (the view at the oldest message): give up, say why.
constexpr int kMaxFramesWithoutProgress = 600;

QCommandLineOption hidden(QCommandLineOption option) {
  option.setFlags(QCommandLineOption::HiddenFromHelp);
  return option;
}

// "Rss:  1234 kB" lines of /proc/self/smaps_rollup (one pass over the mappings by the
// kernel; the same numbers the driver reads from /proc/PID for programs without a probe).
QJsonObject readSmapsRollup() {
  QJsonObject values;
  QFile file(QStringLiteral("/proc/self/smaps_rollup"));
  if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
    return values;
  // readAll, not atEnd/readLine: a /proc file has size 0, so QFile thinks it is at its end.
  for (const QByteArray &line : file.readAll().split('\n')) {
    const QList<QByteArray> parts = line.simplified().split(' ');
    if (parts.size() != 3 || !parts[0].endsWith(':') || parts[2] != "kB")
      continue;
    const QByteArray key = parts[0].chopped(1);
    if (key == "Rss" || key == "Pss" || key == "Pss_Anon" || key == "Pss_File")
      values.insert(QString::fromLatin1(key.toLower()) + QStringLiteral("_kib"), parts[1].toLongLong());
  }
  return values;
}

bool isShownWithRows(QObject *object) {
  if (object == nullptr)
    return false;
  if (auto *item = qobject_cast<QQuickItem *>(object); item && (!item->isVisible() || item->height() <= 0))
    return false;
  const QVariant count = object->property("count");
  return !count.isValid() || count.toInt() > 0;
}
} // namespace

void BenchmarkProbe::addOptions(QCommandLineParser &parser) {
  parser.addOptions({
      hidden({kReport, QStringLiteral("Benchmark: write start-up figures to <file> and quit."),
              QStringLiteral("file")}),
      hidden({kReadyObject, QStringLiteral("Benchmark: the object whose first shown frame counts."),
              QStringLiteral("objectName")}),
      hidden({kSettle, QStringLiteral("Benchmark: memory is read this long after the first frame."),
              QStringLiteral("ms")}),
      hidden({kConversation, QStringLiteral("Benchmark: open this conversation after the settle time."),
              QStringLiteral("jid")}),
      hidden({kScrollBack,
              QStringLiteral("Benchmark: then scroll back until this many older messages loaded."),
              QStringLiteral("messages")}),
      hidden({kPassphraseFile, QStringLiteral("Benchmark: unlock the profile with the first line of <file>."),
              QStringLiteral("file")}),
  });
}

BenchmarkProbe::Plan BenchmarkProbe::planFrom(const QCommandLineParser &parser) {
  Plan plan;
  plan.reportPath = parser.value(kReport);
  if (parser.isSet(kReadyObject))
    plan.readyObject = parser.value(kReadyObject);
  if (parser.isSet(kSettle))
    plan.settleMs = parser.value(kSettle).toInt();
  plan.conversation = parser.value(kConversation);
  plan.scrollBack = parser.value(kScrollBack).toInt();
  return plan;
}

QString BenchmarkProbe::passphraseFrom(const QCommandLineParser &parser) {
  if (!parser.isSet(kPassphraseFile))
    return {};
  // Like sotto-cli's --passphrase-file: never on the command line, where ps shows it.
  QFile file(parser.value(kPassphraseFile));
  if (!file.open(QIODevice::ReadOnly))
    return {};
  return QString::fromUtf8(file.readLine()).trimmed();
}

void BenchmarkProbe::attachIfRequested(QQuickWindow *window, const Plan &plan) {
  if (window != nullptr && !plan.reportPath.isEmpty())
    new BenchmarkProbe(window, plan);
}

double BenchmarkProbe::nowMs() {
#ifdef Q_OS_LINUX
  timespec now{};
  clock_gettime(CLOCK_BOOTTIME, &now); // the clock the kernel's starttime counts on
  return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
#else
  return 0;
#endif
}

double BenchmarkProbe::processStartMs() {
#ifdef Q_OS_LINUX
  QFile file(QStringLiteral("/proc/self/stat"));
  if (!file.open(QIODevice::ReadOnly))
    return 0;
  const QByteArray stat = file.readAll();
  // The command name may hold spaces and parentheses: the fields start after the last ')'.
  const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
  constexpr int kStartTimeIndex = 22 - 3; // field 22 of proc(5), counted from field 3
  if (fields.size() <= kStartTimeIndex)
    return 0;
  return fields[kStartTimeIndex].toDouble() * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
#else
  return 0;
#endif
}

BenchmarkProbe::BenchmarkProbe(QQuickWindow *window, Plan plan)
    : QObject(window), window_(window), plan_(std::move(plan)), startMs_(processStartMs()) {
  report_.insert(QStringLiteral("qsg_render_loop"),
                 qEnvironmentVariable("QSG_RENDER_LOOP", QStringLiteral("default")));
  report_.insert(QStringLiteral("qpa_platform"), QGuiApplication::platformName());
  // "software" when GraphicsBackend chose Qt Quick's software renderer, else "rhi" (OpenGL).
  const QString backend = QQuickWindow::sceneGraphBackend();
  report_.insert(QStringLiteral("scene_graph"), backend.isEmpty() ? QStringLiteral("rhi") : backend);
  connect(window_, &QQuickWindow::afterAnimating, this, &BenchmarkProbe::findTargets, Qt::DirectConnection);
  connect(window_, &QQuickWindow::beforeSynchronizing, this, &BenchmarkProbe::checkTargetShown,
          Qt::DirectConnection);
  connect(window_, &QQuickWindow::frameSwapped, this, &BenchmarkProbe::stampFrame, Qt::DirectConnection);
  // Queued to this (GUI) thread when the render loop is threaded, direct when it is not.
  connect(window_, &QQuickWindow::frameSwapped, this, &BenchmarkProbe::onFrameSwapped);
  window_->requestUpdate();
}

QObject *BenchmarkProbe::findObject(const QString &name) const {
  if (window_->objectName() == name)
    return window_;
  return window_->findChild<QObject *>(name);
}

void BenchmarkProbe::findTargets() {
  if (phase_ == Phase::WaitingForFirstFrame && target_ == nullptr)
    target_ = findObject(plan_.readyObject); // a Loader may make it later: look each frame
}

void BenchmarkProbe::checkTargetShown() {
  switch (phase_.load()) {
  case Phase::WaitingForFirstFrame:
    targetInSync_ = isShownWithRows(target_);
    return;
  case Phase::Opening:
    targetInSync_ = chatPane_ != nullptr && chatPane_->property("peerJid").toString() == plan_.conversation &&
                    isShownWithRows(target_);
    return;
  default:
    targetInSync_ = false;
  }
}

void BenchmarkProbe::stampFrame() {
  double none = -1;
  if (targetInSync_)
    shownAtMs_.compare_exchange_strong(none, nowMs());
}

void BenchmarkProbe::onFrameSwapped() {
  const double shownAt = shownAtMs_.exchange(-1);
  switch (phase_.load()) {
  case Phase::WaitingForFirstFrame:
    if (shownAt < 0)
      return;
    report_.insert(QStringLiteral("first_frame_ms"), shownAt - startMs_);
    phase_ = Phase::Settling;
    QTimer::singleShot(plan_.settleMs, this, &BenchmarkProbe::afterSettling);
    return;
  case Phase::Opening:
    if (shownAt < 0)
      return;
    report_.insert(QStringLiteral("open_conversation_ms"), shownAt - openRequestedMs_);
    phase_ = Phase::Done; // until the chat's own positioning settled
    if (plan_.scrollBack <= 0) {
      finish();
      return;
    }
    QTimer::singleShot(kScrollStartDelayMs, this, [this]() {
      phase_ = Phase::Scrolling;
      scrollTimer_.start();
      scrollStep();
    });
    return;
  case Phase::Scrolling:
    scrollStep();
    return;
  case Phase::Settling:
  case Phase::Done:
    return;
  }
}

void BenchmarkProbe::afterSettling() {
  recordMemory(QStringLiteral("settled"));
  if (plan_.conversation.isEmpty()) {
    finish();
    return;
  }
  startOpening();
}

void BenchmarkProbe::startOpening() {
  QObject *mainView = findObject(QStringLiteral("mainView"));
  chatPane_ = findObject(QStringLiteral("chatPane"));
  messageView_ = findObject(QStringLiteral("messageView"));
  target_ = messageView_.data();
  messageModel_ = messageView_
                      ? qobject_cast<QAbstractItemModel *>(messageView_->property("model").value<QObject *>())
                      : nullptr;
  if (mainView == nullptr || chatPane_ == nullptr || messageModel_.isNull()) {
    finish(QStringLiteral("no mainView or message model"));
    return;
  }
  // Older pages are prepended: count them, that is how far back the view has paged.
  connect(messageModel_, &QAbstractItemModel::rowsInserted, this,
          [this](const QModelIndex &, int first, int last) {
            if (phase_ == Phase::Scrolling && first == 0)
              olderLoaded_ += last - first + 1;
          });
  phase_ = Phase::Opening;
  openRequestedMs_ = nowMs();
  QMetaObject::invokeMethod(mainView, "openConversation", Q_ARG(QVariant, QVariant(plan_.conversation)));
  window_->requestUpdate();
}

void BenchmarkProbe::scrollStep() {
  if (messageView_.isNull()) {
    finish(QStringLiteral("the message view went away"));
    return;
  }
  if (olderLoaded_ >= plan_.scrollBack) {
    report_.insert(QStringLiteral("scroll_ms"), static_cast<double>(scrollTimer_.nsecsElapsed()) / 1e6);
    report_.insert(QStringLiteral("scroll_frames"), scrollFrames_);
    report_.insert(QStringLiteral("scrolled_messages"), olderLoaded_);
    recordMemory(QStringLiteral("after_scroll"));
    finish();
    return;
  }
  const double y = messageView_->property("contentY").toDouble();
  const double top = messageView_->property("originY").toDouble();
  const double target = std::max(top, y - messageView_->property("height").toDouble());
  if (target < y) {
    // What a scroll bar drag or Page Up does: the view moves, its onContentYChanged pages.
    messageView_->setProperty("contentY", target);
  } else {
    // At the top, ChatPane shows a loaded page in place without moving contentY, so its
    // onContentYChanged does not ask for the next one (a user has to scroll down and up
    // again: docs/PERFORMANCE.md "ui"). Do what that user does: one pixel down, then up.
    messageView_->setProperty("contentY", y + 1);
  }
  framesWithoutProgress_ = olderLoaded_ == olderLoadedBefore_ ? framesWithoutProgress_ + 1 : 0;
  olderLoadedBefore_ = olderLoaded_;
  if (framesWithoutProgress_ > kMaxFramesWithoutProgress) {
    finish(QStringLiteral("scrolling stopped after %1 older messages").arg(olderLoaded_));
    return;
  }
  ++scrollFrames_;
  window_->update(); // a frame even while waiting for the next page
}

void BenchmarkProbe::recordMemory(const QString &prefix) {
  const QJsonObject memory = readSmapsRollup();
  for (auto it = memory.begin(); it != memory.end(); ++it)
    report_.insert(prefix + QLatin1Char('_') + it.key(), it.value());
}

void BenchmarkProbe::finish(const QString &error) {
  phase_ = Phase::Done;
  if (!error.isEmpty())
    report_.insert(QStringLiteral("error"), error);
  QFile file(plan_.reportPath);
  const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                       file.write(QJsonDocument(report_).toJson()) > 0;
  QCoreApplication::exit(written && error.isEmpty() ? 0 : 1);
}

} // namespace sotto::gui
