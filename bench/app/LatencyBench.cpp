// Send-to-decrypted latency: alice's controller.send() until bob's controller has
// decrypted and stored the message (messageAdded), one message at a time, both
// controllers in this process on one event loop, through the loopback Prosody.
#include "BenchPeer.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace sotto::app::bench {
namespace {

double percentile(std::vector<double> sorted, double q) {
  std::sort(sorted.begin(), sorted.end());
  return sorted[static_cast<std::size_t>(q * double(sorted.size() - 1))];
}

void BM_SendToDecrypted(benchmark::State &state) {
  BenchPeer alice;
  BenchPeer bob;
  if (!alice.start(uniqueUser("lta")) || !bob.start(uniqueUser("ltb")))
    return state.SkipWithError("could not sign in");
  alice.controller().addContact(bob.jid());
  bob.controller().addContact(alice.jid());
  // First contact (PreKey message, bundle fetch) is not part of the steady state.
  if (!sendUntilReceived(alice, bob, QStringLiteral("hello")) ||
      !sendUntilReceived(bob, alice, QStringLiteral("hello back")))
    return state.SkipWithError("first contact failed");

  int received = 0;
  QObject context;
  QObject::connect(&bob.controller(), &MessagingController::messageAdded, &context,
                   [&](const QString &conversation, qint64) { received += conversation == alice.jid(); });
  std::vector<double> samples;
  int sent = 0;
  for (auto _ : state) {
    QElapsedTimer clock;
    clock.start();
    alice.controller().send(bob.jid(), QStringLiteral("latency %1").arg(sent));
    ++sent;
    if (!waitUntil([&] { return received >= sent; }, 10000))
      return state.SkipWithError("a message did not arrive");
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    state.SetIterationTime(seconds);
    samples.push_back(seconds * 1e3);
  }
  if (samples.empty())
    return;
  state.counters["p50_ms"] = percentile(samples, 0.50);
  state.counters["p99_ms"] = percentile(samples, 0.99);
  state.counters["max_ms"] = *std::max_element(samples.begin(), samples.end());
}

} // namespace
} // namespace sotto::app::bench

BENCHMARK(sotto::app::bench::BM_SendToDecrypted)
    ->Iterations(500)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
