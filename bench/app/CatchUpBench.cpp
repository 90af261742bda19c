// MAM catch-up: alice sends N messages while bob is offline (prepared outside the timed
// region, and reported as a send rate), then the time from bob's connect until the
// catch-up has finished and all N are decrypted and stored is measured.
#include "BenchPeer.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace sotto::app::bench {
namespace {

// Messages alice may have stored but not yet acknowledged by the server: a window keeps
// the device-list reads and encryptions flowing without queueing thousands of IQs at once.
constexpr int kSendWindow = 100;

// `perf record --control=fifo:F -D -1` profiles only the catch-up when SOTTO_PERF_CTL_FIFO
// names the same fifo: the send phase would otherwise dominate the profile.
void perfControl(const char *command) {
  const char *fifo = std::getenv("SOTTO_PERF_CTL_FIFO");
  if (!fifo || !*fifo)
    return;
  if (std::FILE *control = std::fopen(fifo, "w")) {
    std::fprintf(control, "%s\n", command);
    std::fclose(control);
  }
}

// Sends `count` messages and waits until the server acknowledged each one; returns the
// seconds it took, or a negative number on failure.
double sendBatch(BenchPeer &alice, const QString &to, int count) {
  QSet<qint64> sent;
  QSet<qint64> settled;
  int failures = 0;
  QObject context;
  QObject::connect(&alice.controller(), &MessagingController::messageChanged, &context,
                   [&](const QString &, qint64 id) { settled.insert(id); });
  QObject::connect(&alice.controller(), &MessagingController::errorOccurred, &context,
                   [&](AppError::Code code, const QString &) {
                     std::fprintf(stderr, "send failed: error %d\n", int(code));
                     ++failures;
                   });
  QElapsedTimer clock;
  clock.start();
  for (int i = 0; i < count; ++i) {
    if (!waitUntil([&] { return sent.size() - settled.size() < kSendWindow || failures > 0; }, 30000) ||
        failures > 0) {
      std::fprintf(stderr, "the send window did not move (%d sent, %d settled)\n", int(sent.size()),
                   int(settled.size()));
      return -1;
    }
    const qint64 id = alice.controller().send(to, QStringLiteral("catch-up message %1").arg(i));
    if (id == 0)
      return -1;
    sent.insert(id);
  }
  if (!waitUntil([&] { return settled.size() >= sent.size() || failures > 0; }, 120000) || failures > 0)
    return -1;
  return double(clock.nsecsElapsed()) / 1e9;
}

void BM_MamCatchUp(benchmark::State &state) {
  const int count = int(state.range(0));
  for (auto _ : state) {
    BenchPeer alice;
    BenchPeer bob;
    if (!alice.start(uniqueUser("cua")) || !bob.start(uniqueUser("cub")))
      return state.SkipWithError("could not sign in");
    // The session exists before the batch, as in a conversation that goes on.
    if (!sendUntilReceived(alice, bob, QStringLiteral("first")))
      return state.SkipWithError("first message not received");
    bob.controller().signOut();
    const double sendCpuBefore = processCpuSeconds();
    const double sendServerBefore = serverCpuSeconds();
    const double sendSeconds = sendBatch(alice, bob.jid(), count);
    if (sendSeconds < 0)
      return state.SkipWithError("sending the batch failed");
    const double sendCpu = processCpuSeconds() - sendCpuBefore;
    const double sendServerCpu = serverCpuSeconds() - sendServerBefore;

    int stored = 0;
    bool caughtUp = false;
    double allStoredSeconds = 0;
    double caughtUpSeconds = 0;
    QElapsedTimer clock;
    QObject context;
    QObject::connect(&bob.controller(), &MessagingController::messageAdded, &context,
                     [&](const QString &conversation, qint64) {
                       stored += conversation == alice.jid();
                       if (stored == count)
                         allStoredSeconds = double(clock.nsecsElapsed()) / 1e9;
                     });
    QObject::connect(&bob.controller(), &MessagingController::catchUpFinished, &context, [&] {
      caughtUp = true;
      caughtUpSeconds = double(clock.nsecsElapsed()) / 1e9;
    });
    const double catchUpCpuBefore = processCpuSeconds();
    const double catchUpServerBefore = serverCpuSeconds();
    perfControl("enable");
    clock.start();
    bob.controller().connectAccount();
    const bool finished = waitUntil([&] { return caughtUp && stored >= count; }, 600000);
    perfControl("disable");
    if (!finished)
      return state.SkipWithError(qPrintable(QStringLiteral("caught up %1 of %2").arg(stored).arg(count)));
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    // Where the time goes: this process (bob decrypting and storing; alice is idle) and
    // the server (offline store, archive queries).
    state.counters["catch_up_client_cpu_s"] = processCpuSeconds() - catchUpCpuBefore;
    state.counters["catch_up_server_cpu_s"] = serverCpuSeconds() - catchUpServerBefore;
    state.counters["send_client_cpu_s"] = sendCpu;
    state.counters["send_server_cpu_s"] = sendServerCpu;
    state.SetIterationTime(seconds);
    state.counters["stored_per_s"] = double(count) / seconds;
    state.counters["sent_per_s"] = double(count) / sendSeconds;
    state.counters["send_s"] = sendSeconds;
    // Prosody's offline store delivers on presence, the archive pages then bring duplicates:
    // both moments are reported.
    state.counters["all_stored_s"] = allStoredSeconds;
    state.counters["catch_up_finished_s"] = caughtUpSeconds;
    state.counters["extra_stored"] = stored - count; // must be 0: no duplicates
  }
}

} // namespace
} // namespace sotto::app::bench

// 1,000 for a quick look, 10,000 as the issue asks (pick one with --benchmark_filter=/10000).
BENCHMARK(sotto::app::bench::BM_MamCatchUp)
    ->Arg(1000)
    ->Arg(10000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kSecond);
