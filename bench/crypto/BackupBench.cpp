// Backup container throughput, with the KDF measured apart: the writer and reader runs
// use the smallest Argon2id limits so that their figures are the streaming cost only
// (secretstream + framing + copies); BM_BackupKdf* shows what a real backup adds once.
#include <sotto/crypto/BackupReader.h>
#include <sotto/crypto/BackupWriter.h>

#include <benchmark/benchmark.h>

#include <QBuffer>
#include <QFile>

using namespace sotto::crypto;

namespace {
constexpr int kRecords = 100'000;
constexpr int kPayload = 200; // about a short chat message with its metadata

SecureBytes passphrase() {
  QByteArray text = "benchmark passphrase 12345";
  return SecureBytes::fromByteArray(text);
}

QByteArray payload() {
  return QByteArray(kPayload, 'm');
}

void BM_BackupKdfModerate(benchmark::State &state) {
  for (auto _ : state) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BackupWriter writer(BackupKdfParams::moderate());
    if (!writer.open(&buffer, passphrase()))
      state.SkipWithError("open failed");
  }
}
BENCHMARK(BM_BackupKdfModerate)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_BackupWrite(benchmark::State &state) {
  const QByteArray message = payload();
  quint64 bytes = 0;
  for (auto _ : state) {
    QFile sink(QStringLiteral("/dev/null"));
    sink.open(QIODevice::WriteOnly);
    BackupWriter writer({1, 8192});
    if (!writer.open(&sink, passphrase()))
      state.SkipWithError("open failed");
    for (int i = 0; i < kRecords; ++i)
      (void)writer.append(BackupRecordType::Message, 1, message);
    if (!writer.finish())
      state.SkipWithError("finish failed");
    bytes += writer.bytesWritten();
  }
  state.SetItemsProcessed(state.iterations() * kRecords);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_BackupWrite)->Unit(benchmark::kMillisecond);

void BM_BackupRead(benchmark::State &state) {
  QBuffer source;
  source.open(QIODevice::WriteOnly);
  {
    BackupWriter writer({1, 8192});
    (void)writer.open(&source, passphrase());
    const QByteArray message = payload();
    for (int i = 0; i < kRecords; ++i)
      (void)writer.append(BackupRecordType::Message, 1, message);
    (void)writer.finish();
  }
  const QByteArray file = source.data();
  for (auto _ : state) {
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    BackupReader reader;
    if (!reader.open(&buffer, passphrase()) || !reader.verifyAll())
      state.SkipWithError("read failed");
  }
  state.SetItemsProcessed(state.iterations() * kRecords);
  state.SetBytesProcessed(state.iterations() * file.size());
}
BENCHMARK(BM_BackupRead)->Unit(benchmark::kMillisecond);
} // namespace

BENCHMARK_MAIN();
