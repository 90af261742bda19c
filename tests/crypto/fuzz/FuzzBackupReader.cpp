// Hostile backup files for BackupReader. Mode 0 (first byte even): the bytes are the file,
// exercising header and frame parsing. Mode 1 (odd): the bytes are *plaintext* wrapped in
// a valid, authenticated container, so the record parser meets input from someone who
// knows the passphrase (a crafted backup handed to a victim) — a fuzzer cannot forge
// ciphertext, so this is the only way to reach the record layer.
#include "BackupHeader.h"
#include <sotto/crypto/BackupReader.h>

#include <sodium.h>

#include <QBuffer>
#include <QtEndian>

#include <cstdint>

using namespace sotto::crypto;
namespace bf = sotto::crypto::backup_format;

namespace {
const char kPassphrase[] = "fuzzing.passphrase.1234"; // already normalised

SecureBytes passphrase() {
  return SecureBytes(reinterpret_cast<const unsigned char *>(kPassphrase), sizeof kPassphrase - 1);
}

// The same header and keys for every input (fixed salt): the KDF runs once.
struct Fixed {
  BackupHeader header;
  BackupKeys keys;
  Fixed() {
    header.kdf = {1, 8192};
    keys = BackupKeys::derive(passphrase(), header).value(); // normalised already
    header.keyCheck = keys.keyCheck;
  }
};

QByteArray wrap(const std::uint8_t *data, std::size_t size) {
  static const Fixed fixed;
  BackupHeader header = fixed.header;
  crypto_secretstream_xchacha20poly1305_state state;
  crypto_secretstream_xchacha20poly1305_init_push(&state, header.streamHeader.data(),
                                                  fixed.keys.streamKey.data());
  const QByteArray head = header.serialize();
  QByteArray file = head;
  // Small chunks so records straddle chunk boundaries; the size comes from the input.
  const std::size_t chunk = size == 0 ? 1 : 1 + data[0] % 64;
  std::size_t pos = 0;
  quint32 index = 0;
  do {
    const std::size_t take = std::min(chunk, size - pos);
    const bool last = pos + take == size;
    unsigned char frame[8];
    qToBigEndian<quint32>(index, frame);
    qToBigEndian<quint32>(static_cast<quint32>(take + bf::kChunkOverhead), frame + 4);
    QByteArray ad = index == 0 ? head : QByteArray();
    ad.append(reinterpret_cast<const char *>(frame), 8);
    QByteArray out(static_cast<qsizetype>(take + bf::kChunkOverhead), '\0');
    crypto_secretstream_xchacha20poly1305_push(
        &state, reinterpret_cast<unsigned char *>(out.data()), nullptr, data + pos, take,
        reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
             : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    file.append(reinterpret_cast<const char *>(frame), 8);
    file += out;
    pos += take;
    ++index;
  } while (pos < size);
  return file;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  if (size == 0 || size > 20000)
    return 0;
  const QByteArray file = (data[0] & 1) != 0 ? wrap(data + 1, size - 1)
                                             : QByteArray(reinterpret_cast<const char *>(data + 1),
                                                          static_cast<qsizetype>(size - 1));
  QBuffer buffer;
  buffer.setData(file);
  buffer.open(QIODevice::ReadOnly);
  BackupReader reader;
  if (!reader.open(&buffer, passphrase()))
    return 0;
  for (int i = 0; i < 100000; ++i) {
    const auto record = reader.next();
    if (!record || !*record)
      break;
  }
  return 0;
}
