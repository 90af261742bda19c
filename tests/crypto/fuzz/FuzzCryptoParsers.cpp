// Hostile text and bytes for everything crypto parses without a session: verification
// links (QR codes from anywhere), scanned safety-number codes, the OMEMO payload cipher's
// key/IV/payload split, device fingerprints.
#include <sotto/crypto/DeviceFingerprint.h>
#include <sotto/crypto/OmemoPayloadCipher.h>
#include <sotto/crypto/SafetyNumber.h>
#include <sotto/crypto/VerificationLink.h>

#include <cstdint>
#include <cstdlib>

using namespace sotto::crypto;

namespace {
const SafetyNumber &ours() {
  static const SafetyNumber number =
      SafetyNumber::compute(
          {QStringLiteral("a@x"),
           {QByteArray::fromHex("0506863bc66d02b40d27b8d49ca7c09e9239236f9d7d25d6fcca5ce13c7064d868")}},
          {QStringLiteral("b@x"),
           {QByteArray::fromHex("05f781b6fb32fed9ba1cf2de978d4d5da28dc34046ae814402b5c0dbd96fda907b")}})
          .value();
  return number;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  if (size > 20000)
    return 0;
  const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

  auto link = VerificationLink::parse(QString::fromUtf8(bytes));
  if (link) {
    // Whatever parses must build again and parse to the same thing.
    auto text = link->toString();
    if (!text || !(VerificationLink::parse(*text).value() == *link))
      std::abort();
  }

  (void)ours().matchesScanned(bytes);
  (void)DeviceFingerprint::hex(bytes);
  (void)DeviceFingerprint::keyFromHex(QString::fromLatin1(bytes));

  // [key length byte][iv length byte][key][iv][payload]
  if (size >= 2) {
    const auto keyLength = static_cast<qsizetype>(data[0] % 48);
    const auto ivLength = static_cast<qsizetype>(data[1] % 20);
    if (bytes.size() >= 2 + keyLength + ivLength) {
      const QByteArray key = bytes.mid(2, keyLength);
      SecureBytes keyMaterial(reinterpret_cast<const unsigned char *>(key.constData()),
                              static_cast<std::size_t>(key.size()));
      (void)OmemoPayloadCipher::open(keyMaterial, bytes.mid(2 + keyLength, ivLength),
                                     bytes.mid(2 + keyLength + ivLength));
    }
  }
  return 0;
}
