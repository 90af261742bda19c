// Storage benchmarks on a profile made by make-profile (see docs/PERFORMANCE.md):
//   SOTTO_BENCH_PROFILE=DIR bench_storage --benchmark_repetitions=10 --benchmark_report_aggregates_only=true
// Without SOTTO_BENCH_PROFILE only the bulk-insert benchmark runs, on a fresh database.
#include "ProfileGenerator.h"
#include "sotto/crypto/SecureBytes.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/KeyVault.h"
#include "sotto/storage/MessageRepository.h"
#include "sotto/storage/Profile.h"
#include "sotto/storage/Schema.h"
#include "sotto/storage/Transaction.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace sotto::storage;

namespace {

struct BenchProfile {
  std::optional<Profile> profile;
  sotto::crypto::SecureBytes key;
  std::optional<Database> db;
  std::int64_t accountId = 0;
  std::int64_t largest = 0;
  // Anchors for paging back: the id of the message `depth` messages from the newest.
  std::int64_t anchorAt(std::int64_t depth) {
    auto statement = db->prepare("SELECT id FROM messages WHERE conversation_id = ?1 "
                                 "ORDER BY timestamp DESC, id DESC LIMIT 1 OFFSET ?2");
    statement->bind(1, largest).bind(2, depth);
    return statement->step().value() ? statement->int64At(0) : 0;
  }
};

BenchProfile *bench() {
  static BenchProfile *instance = [] {
    const QString dir = qEnvironmentVariable("SOTTO_BENCH_PROFILE");
    if (dir.isEmpty())
      return static_cast<BenchProfile *>(nullptr);
    auto *p = new BenchProfile;
    auto profile = Profile::open(dir);
    if (!profile) {
      std::fprintf(stderr, "%s\n", qPrintable(profile.error().toString()));
      std::exit(1);
    }
    p->profile.emplace(std::move(*profile));
    auto unlocked = KeyVault(*p->profile).unlockWithPassphrase(sotto::bench::kBenchPassphrase);
    if (!unlocked) {
      std::fprintf(stderr, "%s\n", qPrintable(unlocked.error().toString()));
      std::exit(1);
    }
    p->key = std::move(unlocked->key);
    p->db.emplace(std::move(Database::open(p->profile->databasePath(), p->key).value()));
    p->accountId = AccountRepository(*p->db).findByJid(sotto::bench::kAccountJid).value()->id;
    p->largest =
        ConversationRepository(*p->db).findByPeer(p->accountId, sotto::bench::kLargestPeer).value()->id;
    return p;
  }();
  return instance;
}

#define REQUIRE_PROFILE(state)                                                                               \
  if (bench() == nullptr) {                                                                                  \
    (state).SkipWithError("set SOTTO_BENCH_PROFILE to a profile made by make-profile");                      \
    return;                                                                                                  \
  }

void BM_OpenDatabase(benchmark::State &state) {
  REQUIRE_PROFILE(state)
  for (auto _ : state) {
    auto db = Database::open(bench()->profile->databasePath(), bench()->key);
    if (!db || Schema::version(*db).value_or(0) != Schema::latestVersion())
      state.SkipWithError("open failed");
    benchmark::DoNotOptimize(db);
  }
}
BENCHMARK(BM_OpenDatabase)->Unit(benchmark::kMillisecond);

void BM_NewestPage(benchmark::State &state) {
  REQUIRE_PROFILE(state)
  MessageRepository messages(*bench()->db);
  for (auto _ : state) {
    auto page = messages.newest(bench()->largest, 50);
    if (!page || page->size() != 50)
      state.SkipWithError("page failed");
    benchmark::DoNotOptimize(page);
  }
}
BENCHMARK(BM_NewestPage)->Unit(benchmark::kMillisecond);

void BM_PageBack(benchmark::State &state) {
  REQUIRE_PROFILE(state)
  MessageRepository messages(*bench()->db);
  const std::int64_t anchor = bench()->anchorAt(state.range(0));
  for (auto _ : state) {
    auto page = messages.before(bench()->largest, anchor, 50);
    if (!page || page->size() != 50)
      state.SkipWithError("page failed");
    benchmark::DoNotOptimize(page);
  }
}
BENCHMARK(BM_PageBack)
    ->Arg(50)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(250000)
    ->Arg(499000)
    ->Unit(benchmark::kMillisecond);

void BM_ConversationList(benchmark::State &state) {
  REQUIRE_PROFILE(state)
  ConversationRepository conversations(*bench()->db);
  for (auto _ : state) {
    auto list = conversations.list(bench()->accountId, false, static_cast<int>(state.range(0)));
    auto unread = conversations.totalUnread(bench()->accountId);
    if (!list || list->isEmpty() || !unread)
      state.SkipWithError("list failed");
    benchmark::DoNotOptimize(list);
  }
}
BENCHMARK(BM_ConversationList)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_Search(benchmark::State &state, const QString &word) {
  REQUIRE_PROFILE(state)
  MessageRepository messages(*bench()->db);
  for (auto _ : state) {
    auto hits = messages.search(word, 50);
    if (!hits || hits->isEmpty())
      state.SkipWithError("search failed");
    benchmark::DoNotOptimize(hits);
  }
}
BENCHMARK_CAPTURE(BM_Search, rare, sotto::bench::kRareWord)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, common, sotto::bench::kCommonWord)->Unit(benchmark::kMillisecond);

// Where the bulk-insert benchmarks write: the big profile when there is one (the indexes
// and FTS are then as large as they get), else a fresh database in a scratch folder.
struct InsertTarget {
  std::optional<QTemporaryDir> scratch;
  std::optional<Database> fresh;
  Database *db = nullptr;
  std::int64_t conversation = 0;

  InsertTarget() {
    if (bench() != nullptr) {
      db = &*bench()->db;
      conversation = ConversationRepository(*db)
                         .obtain(bench()->accountId, QStringLiteral("insert@example.org"))
                         .value();
      return;
    }
    scratch.emplace();
    fresh.emplace(
        std::move(Database::open(scratch->filePath(QStringLiteral("bench.db")),
                                 sotto::crypto::randomSecret(32), Database::OpenMode::CreateIfMissing)
                      .value()));
    (void)Schema::migrate(*fresh);
    db = &*fresh;
    const auto account =
        AccountRepository(*db).add({0, sotto::bench::kAccountJid, {}, {}, {}, true, 0}).value();
    conversation = ConversationRepository(*db).obtain(account, sotto::bench::kLargestPeer).value();
  }
};

// Timestamps start at `epoch` so the two benchmarks' rows never collide in one profile.
Message bulkMessage(std::int64_t conversation, std::int64_t counter, std::int64_t epoch) {
  Message message;
  message.conversationId = conversation;
  message.direction = Direction::Incoming;
  message.senderJid = QStringLiteral("insert@example.org");
  message.body = QStringLiteral("bulk message number %1 with a few more words to index").arg(counter);
  message.timestamp = epoch + counter;
  message.receivedAt = message.timestamp;
  message.state = MessageState::Read;
  return message;
}

constexpr int kBatch = 1000;

// Batches of 1,000 messages per transaction, one INSERT each.
void BM_BulkInsert(benchmark::State &state) {
  InsertTarget target;
  MessageRepository messages(*target.db);
  std::int64_t counter = 0;
  for (auto _ : state) {
    auto transaction = Transaction::begin(*target.db);
    for (int i = 0; i < kBatch; ++i, ++counter) {
      if (!messages.insert(bulkMessage(target.conversation, counter, 1900000000000)))
        state.SkipWithError("insert failed");
    }
    if (!transaction->commit())
      state.SkipWithError("commit failed");
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(BM_BulkInsert)->Unit(benchmark::kMillisecond);

// The same batches through insertMany (multi-row INSERT statements).
void BM_BulkInsertMany(benchmark::State &state) {
  InsertTarget target;
  MessageRepository messages(*target.db);
  std::int64_t counter = 0;
  for (auto _ : state) {
    QList<Message> batch;
    batch.reserve(kBatch);
    for (int i = 0; i < kBatch; ++i, ++counter)
      batch << bulkMessage(target.conversation, counter, 2000000000000);
    if (!messages.insertMany(batch))
      state.SkipWithError("insertMany failed");
  }
  state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(BM_BulkInsertMany)->Unit(benchmark::kMillisecond);

// --explain: run each hot query once on the profile and print the plan SQLite chose for
// the exact SQL the repositories use (for docs/PERFORMANCE.md).
int explainHotQueries() {
  BenchProfile *p = bench();
  if (p == nullptr) {
    std::fprintf(stderr, "set SOTTO_BENCH_PROFILE\n");
    return 1;
  }
  MessageRepository messages(*p->db);
  ConversationRepository conversations(*p->db);
  (void)messages.newest(p->largest, 50);
  (void)messages.before(p->largest, p->anchorAt(250000), 50);
  (void)messages.search(sotto::bench::kCommonWord, 50);
  (void)messages.search(sotto::bench::kCommonWord, 50, p->largest);
  (void)conversations.list(p->accountId);
  (void)conversations.totalUnread(p->accountId);
  for (const QString &sql : p->db->cachedSql()) {
    if (!sql.startsWith(QLatin1String("SELECT")))
      continue;
    std::printf("%s\n", qPrintable(sql));
    const QStringList plan = p->db->explainQueryPlan(sql.toStdString()).value_or(QStringList());
    for (const QString &step : plan)
      std::printf("    %s\n", qPrintable(step));
  }
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  if (argc > 1 && qstrcmp(argv[1], "--explain") == 0)
    return explainHotQueries();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
