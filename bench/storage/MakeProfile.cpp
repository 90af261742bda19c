// make-profile DIR [--messages N] [--conversations C] [--largest L]
//
// Fills a Sotto profile with synthetic history for the benchmarks: by default 1,000,000
// messages over 1,000 conversations, one of them holding 500,000. The key vault is in
// passphrase mode (no keychain needed) with the passphrase in ProfileGenerator.h.
// Messages go in through MessageRepository::insertMany, 10,000 per transaction, in
// global time order, so the FTS index and the triggers do the same work as in use.
#include "ProfileGenerator.h"
#include "sotto/storage/AccountRepository.h"
#include "sotto/storage/ConversationRepository.h"
#include "sotto/storage/Database.h"
#include "sotto/storage/KeyVault.h"
#include "sotto/storage/MessageRepository.h"
#include "sotto/storage/Profile.h"
#include "sotto/storage/Schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace sotto::storage;

namespace {

int failWith(const QString &what) {
  std::fprintf(stderr, "make-profile: %s\n", qPrintable(what));
  return 1;
}

// ~3,000 made-up words with a Zipf-like frequency, plus a few real, very common ones.
class BodyMaker {
public:
  explicit BodyMaker(std::mt19937_64 &random) : random_(random) {
    static const char *syllables[] = {"ka", "lo", "mi", "ner", "tu", "sa",  "vo", "ri", "pe", "zan",
                                      "do", "fi", "gu", "hel", "ja", "qua", "ro", "si", "te", "wy"};
    for (const char *a : syllables)
      for (const char *b : syllables)
        for (const char *c : {"", "n", "s", "ra", "ti", "lo", "mek"})
          words_ << QString::fromLatin1(a) + QString::fromLatin1(b) + QString::fromLatin1(c);
  }

  QString body(bool rare) {
    std::uniform_int_distribution<int> length(3, 18);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    QStringList parts;
    const int count = length(random_);
    for (int i = 0; i < count; ++i) {
      const double u = unit(random_);
      if (i == 1 && u < 0.4) {
        parts << sotto::bench::kCommonWord;
        continue;
      }
      // u^3 skews towards the start of the list: a few words are frequent, most are rare.
      const auto index =
          static_cast<qsizetype>(std::pow(unit(random_), 3.0) * static_cast<double>(words_.size()));
      parts << words_.at(std::min(index, words_.size() - 1));
    }
    if (rare)
      parts.insert(parts.size() / 2, sotto::bench::kRareWord);
    return parts.join(QLatin1Char(' '));
  }

private:
  std::mt19937_64 &random_;
  QStringList words_;
};

} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Fills a Sotto profile with synthetic messages."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("profile directory (created)"));
  QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("total messages"),
                                    QStringLiteral("n"), QStringLiteral("1000000"));
  QCommandLineOption conversationsOption(QStringLiteral("conversations"), QStringLiteral("conversations"),
                                         QStringLiteral("n"), QStringLiteral("1000"));
  QCommandLineOption largestOption(QStringLiteral("largest"),
                                   QStringLiteral("messages in the largest conversation"),
                                   QStringLiteral("n"), QStringLiteral("500000"));
  parser.addOptions({messagesOption, conversationsOption, largestOption});
  parser.process(app);
  if (parser.positionalArguments().size() != 1)
    parser.showHelp(2);
  const qint64 total = parser.value(messagesOption).toLongLong();
  const int conversationCount = parser.value(conversationsOption).toInt();
  const qint64 largest = std::min(parser.value(largestOption).toLongLong(), total);
  if (total <= 0 || conversationCount <= 1)
    return failWith(QStringLiteral("need at least one message and two conversations"));

  auto profile = Profile::open(parser.positionalArguments().first());
  if (!profile)
    return failWith(profile.error().toString());
  KeyVault::Options options;
  options.limits = KeyVault::KdfLimits::interactive(); // a benchmark profile, not a real one
  KeyVault vault(*profile, options);
  auto created = vault.createWithPassphrase(sotto::bench::kBenchPassphrase);
  if (!created)
    return failWith(created.error().toString());
  auto db = Database::open(profile->databasePath(), created->key, Database::OpenMode::CreateIfMissing);
  if (!db)
    return failWith(db.error().toString());
  if (auto migrated = Schema::migrate(*db); !migrated)
    return failWith(migrated.error().toString());

  AccountRepository accounts(*db);
  const auto account = accounts.add({0, sotto::bench::kAccountJid, {}, {}, {}, true, 0});
  if (!account)
    return failWith(account.error().toString());
  ConversationRepository conversations(*db);
  std::vector<std::int64_t> conversationIds;
  for (int i = 0; i < conversationCount; ++i) {
    auto id = conversations.obtain(*account, sotto::bench::peerJid(i));
    if (!id)
      return failWith(id.error().toString());
    conversationIds.push_back(*id);
  }

  std::mt19937_64 random(20261129);
  BodyMaker bodies(random);
  std::uniform_int_distribution<int> otherConversation(1, conversationCount - 1);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  // Rare-word messages spread evenly through the history.
  const qint64 rareEvery = std::max<qint64>(1, total / sotto::bench::kRareCount);

  MessageRepository messages(*db);
  QElapsedTimer timer;
  timer.start();
  constexpr qint64 kBatch = 10000;
  std::int64_t timestamp = 1600000000000; // Sep 2020, then ~30 s apart
  for (qint64 done = 0; done < total;) {
    QList<Message> batch;
    batch.reserve(kBatch);
    for (qint64 i = 0; i < kBatch && done < total; ++i, ++done) {
      // The largest conversation gets `largest` of `total` messages, evenly interleaved.
      const bool inLargest = unit(random) < static_cast<double>(largest) / static_cast<double>(total);
      Message message;
      message.conversationId =
          conversationIds[inLargest ? 0 : static_cast<std::size_t>(otherConversation(random))];
      const bool outgoing = unit(random) < 0.5;
      message.direction = outgoing ? Direction::Outgoing : Direction::Incoming;
      message.senderJid = outgoing ? sotto::bench::kAccountJid : QStringLiteral("peer@example.org");
      message.senderDevice = 12345;
      message.body = bodies.body(done % rareEvery == rareEvery / 2);
      message.stanzaId = QStringLiteral("stanza-%1").arg(done);
      timestamp += 1000 + static_cast<std::int64_t>(unit(random) * 60000);
      message.timestamp = timestamp;
      message.receivedAt = timestamp + 50;
      // The last few hundred incoming messages are unread, the rest read or delivered.
      message.state = outgoing ? MessageState::Delivered
                               : (done > total - 2000 ? MessageState::Delivered : MessageState::Read);
      message.encrypted = true;
      message.trusted = true;
      batch << message;
    }
    // One transaction per batch, multi-row INSERTs inside (MessageRepository::insertMany).
    if (auto ids = messages.insertMany(batch); !ids)
      return failWith(ids.error().toString());
    if (done % 100000 == 0 || done == total)
      std::printf("%lld messages, %.0f inserts/s\n", static_cast<long long>(done),
                  static_cast<double>(done) * 1000.0 /
                      static_cast<double>(std::max<qint64>(1, timer.elapsed())));
    std::fflush(stdout);
  }
  if (auto checkpoint = db->checkpoint(); !checkpoint)
    return failWith(checkpoint.error().toString());
  // No ANALYZE: the app never runs it, so the benchmarks see the plans users get.
  std::printf("done: %lld messages in %.1f s\n", static_cast<long long>(total),
              static_cast<double>(timer.elapsed()) / 1000.0);
  return 0;
}
