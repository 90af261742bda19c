// First message to a contact with N devices (N profiles signed in to bob's account):
// alice's send() until the message is encrypted and handed to her XMPP client (device
// list reads, N bundle fetches, N session builds, one payload and N key encryptions),
// then until the first and the last of bob's devices decrypted and stored it. A second
// message on the built sessions shows what part of that is the first-message cost.
#include "BenchPeer.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>

#include <memory>
#include <vector>

namespace sotto::app::bench {
namespace {

int activeDevices(MessagingController &controller, const QString &jid) {
  int active = 0;
  for (const QVariant &device : controller.devices(jid))
    active += device.toMap().value(QStringLiteral("active")).toBool();
  return active;
}

struct Timings {
  double handedMs = -1;
  double firstStoredMs = -1;
  double allStoredMs = -1;
};

// One message from alice to every device in bob; negative figures when it did not arrive.
Timings sendAndTime(BenchPeer &alice, std::vector<std::unique_ptr<BenchPeer>> &bob, const QString &text) {
  Timings timings;
  QElapsedTimer clock;
  int stored = 0;
  QObject context;
  for (auto &device : bob)
    QObject::connect(&device->controller(), &MessagingController::messageAdded, &context,
                     [&](const QString &conversation, qint64) {
                       if (conversation != alice.jid())
                         return;
                       const double at = double(clock.nsecsElapsed()) / 1e6;
                       if (stored++ == 0)
                         timings.firstStoredMs = at;
                       if (stored == int(bob.size()))
                         timings.allStoredMs = at;
                     });
  alice.controller().setOutgoingFilterForTests([&](xmpp::Element &) {
    if (timings.handedMs < 0)
      timings.handedMs = double(clock.nsecsElapsed()) / 1e6;
  });
  clock.start();
  alice.controller().send(bob.front()->jid(), text);
  waitUntil([&] { return stored >= int(bob.size()); }, 60000);
  alice.controller().setOutgoingFilterForTests({});
  return timings;
}

void BM_FirstMessageToDevices(benchmark::State &state) {
  const int deviceCount = int(state.range(0));
  std::vector<std::unique_ptr<BenchPeer>> bob;
  const QString bobUser = uniqueUser("mdb");
  for (int i = 0; i < deviceCount; ++i) {
    bob.push_back(std::make_unique<BenchPeer>());
    if (!bob.back()->start(bobUser, /*signIn=*/i > 0))
      return state.SkipWithError("a device of bob could not sign in");
  }
  // Every device re-adds itself when a list arrives without it: wait until they agree.
  if (!waitUntil([&] { return activeDevices(bob.front()->controller(), bob.front()->jid()) >= deviceCount; },
                 60000))
    return state.SkipWithError("bob's device list did not reach all devices");

  double handed = 0, first = 0, all = 0, secondHanded = 0, secondAll = 0;
  for (auto _ : state) {
    BenchPeer alice; // a new contact each time: the first message builds every session
    if (!alice.start(uniqueUser("mda")))
      return state.SkipWithError("alice could not sign in");
    const Timings firstMessage = sendAndTime(alice, bob, QStringLiteral("first"));
    if (firstMessage.allStoredMs < 0)
      return state.SkipWithError("the first message did not reach every device");
    const Timings secondMessage = sendAndTime(alice, bob, QStringLiteral("second"));
    if (secondMessage.allStoredMs < 0)
      return state.SkipWithError("the second message did not reach every device");
    state.SetIterationTime(firstMessage.handedMs / 1e3);
    handed += firstMessage.handedMs;
    first += firstMessage.firstStoredMs;
    all += firstMessage.allStoredMs;
    secondHanded += secondMessage.handedMs;
    secondAll += secondMessage.allStoredMs;
  }
  const auto average = [](double sum) { return benchmark::Counter(sum, benchmark::Counter::kAvgIterations); };
  state.counters["handed_ms"] = average(handed);
  state.counters["first_stored_ms"] = average(first);
  state.counters["all_stored_ms"] = average(all);
  state.counters["second_handed_ms"] = average(secondHanded);
  state.counters["second_all_stored_ms"] = average(secondAll);
}

} // namespace
} // namespace sotto::app::bench

BENCHMARK(sotto::app::bench::BM_FirstMessageToDevices)
    ->Arg(1)
    ->Arg(10)
    ->Iterations(5)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
