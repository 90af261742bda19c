#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>

class QAbstractItemModel;
class QCommandLineParser;
class QQuickWindow;

namespace sotto::gui {

// Benchmark-only (scripts/bench-ui, docs/PERFORMANCE.md "ui"): measures issue 7's start-up
// figures inside the real app, on the real models and views, and writes them as JSON to
// the file given with --benchmark-report, then quits. Hidden from --help; does nothing
// unless that option is given. The same probe runs in bench/ui's bare Qt Quick window, so
// both are measured the same way.
//
// 1. The first frame that shows the object named by --benchmark-ready-object (default
//    "conversationList") visible and, if it is a view, with rows: milliseconds since the
//    process started (/proc/self/stat), not since main().
// 2. RSS and PSS (/proc/self/smaps_rollup) --benchmark-settle-ms (5000) later.
// 3. With --benchmark-conversation JID: opens it as a click would (MainView's
//    openConversation) and times the request to the first frame with its messages.
// 4. With --benchmark-scroll-back N: scrolls the chat's ListView up by one view height per
//    frame, so the view itself pages older history in through MessageListModel, until N
//    older messages were loaded; then RSS and PSS again.
//
// A frame "shows" something when the state copied into it at beforeSynchronizing did (the
// GUI thread is blocked then, also in the threaded render loop Qt 6.4 uses on Xvfb with
// llvmpipe); its time is taken at frameSwapped, on the render thread.
class BenchmarkProbe : public QObject {
  Q_OBJECT
public:
  struct Plan {
    QString reportPath;
    QString readyObject = QStringLiteral("conversationList");
    int settleMs = 5000;
    QString conversation;
    int scrollBack = 0;
  };

  static void addOptions(QCommandLineParser &parser);
  // Nullopt-like: an empty reportPath means "no benchmark asked for".
  static Plan planFrom(const QCommandLineParser &parser);
  // --benchmark-passphrase-file: the start-up benchmark opens a passphrase-protected
  // profile without the unlock screen (a keychain profile starts the same way). Empty
  // when not given or unreadable (then the unlock screen asks, as usual).
  static QString passphraseFrom(const QCommandLineParser &parser);
  // Starts measuring `window` if the plan asks for it; the probe is parented to the window.
  static void attachIfRequested(QQuickWindow *window, const Plan &plan);

  // When the kernel started this process, on CLOCK_BOOTTIME, in ms (10 ms resolution).
  static double processStartMs();
  static double nowMs(); // CLOCK_BOOTTIME

private:
  enum class Phase { WaitingForFirstFrame, Settling, Opening, Scrolling, Done };

  BenchmarkProbe(QQuickWindow *window, Plan plan);
  void findTargets();      // GUI thread, before each frame's sync
  void checkTargetShown(); // beforeSynchronizing: the GUI thread is blocked
  void stampFrame();       // frameSwapped, render thread
  void onFrameSwapped();   // GUI thread, after a frame
  void afterSettling();
  void startOpening();
  void scrollStep();
  void recordMemory(const QString &prefix);
  void finish(const QString &error = QString());
  [[nodiscard]] QObject *findObject(const QString &name) const;

  QQuickWindow *window_;
  Plan plan_;
  std::atomic<Phase> phase_ = Phase::WaitingForFirstFrame;
  // Read on the render thread during sync, set on the GUI thread outside it.
  QObject *target_ = nullptr;
  QObject *chatPane_ = nullptr;
  std::atomic<bool> targetInSync_ = false;
  std::atomic<double> shownAtMs_ = -1;
  double startMs_ = 0;
  double openRequestedMs_ = 0;
  QJsonObject report_;
  QElapsedTimer scrollTimer_;
  QPointer<QObject> messageView_;
  QPointer<QAbstractItemModel> messageModel_;
  int olderLoaded_ = 0;
  int olderLoadedBefore_ = 0;
  int scrollFrames_ = 0;
  int framesWithoutProgress_ = 0;
};

} // namespace sotto::gui
