#include "sotto/xmpp/ScramClient.h"

#include <QByteArrayList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>

namespace sotto::xmpp {

namespace {

void wipe(QByteArray &bytes) {
  // volatile writes so that the compiler cannot drop them as dead stores
  volatile char *data = bytes.data();
  for (qsizetype i = 0; i < bytes.size(); ++i)
    data[i] = 0;
  bytes.clear();
}

QByteArray saslName(const QString &name) {
  QByteArray out = name.toUtf8();
  out.replace("=", "=3D");
  out.replace(",", "=2C");
  return out;
}

QByteArray xorBytes(const QByteArray &a, const QByteArray &b) {
  QByteArray out(a.size(), '\0');
  for (qsizetype i = 0; i < a.size(); ++i)
    out[i] = static_cast<char>(a[i] ^ b[i]);
  return out;
}

QByteArray hmac(QCryptographicHash::Algorithm algorithm, const QByteArray &key, const QByteArray &data) {
  return QMessageAuthenticationCode::hash(data, key, algorithm);
}

// Constant-time comparison: the signature check must not leak where it differs.
bool equalBytes(const QByteArray &a, const QByteArray &b) {
  if (a.size() != b.size())
    return false;
  unsigned char diff = 0;
  for (qsizetype i = 0; i < a.size(); ++i)
    diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

} // namespace

ScramClient::ScramClient(QCryptographicHash::Algorithm algorithm, const QString &username,
                         const QString &password, QByteArray clientNonce)
    : algorithm_(algorithm), username_(saslName(username)), password_(password.toUtf8()),
      clientNonce_(std::move(clientNonce)) {
  if (clientNonce_.isEmpty()) {
    QByteArray random(24, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    clientNonce_ = random.toBase64();
  }
}

ScramClient::~ScramClient() {
  wipe(password_);
  wipe(expectedServerSignature_);
}

QByteArray ScramClient::clientFirstMessage() const {
  return "n,,n=" + username_ + ",r=" + clientNonce_;
}

tl::expected<QByteArray, QString> ScramClient::respond(const QByteArray &serverFirst) {
  QByteArray nonce;
  QByteArray salt;
  int iterations = 0;
  for (const QByteArray &part : serverFirst.split(',')) {
    if (part.startsWith("r="))
      nonce = part.mid(2);
    else if (part.startsWith("s="))
      salt = QByteArray::fromBase64(part.mid(2), QByteArray::AbortOnBase64DecodingErrors);
    else if (part.startsWith("i="))
      iterations = part.mid(2).toInt();
    else if (part.startsWith("m="))
      return tl::unexpected(QStringLiteral("server requires an unknown SCRAM extension"));
  }
  if (!nonce.startsWith(clientNonce_) || nonce.size() <= clientNonce_.size())
    return tl::unexpected(QStringLiteral("server nonce does not extend ours"));
  if (salt.isEmpty())
    return tl::unexpected(QStringLiteral("missing or invalid salt"));
  if (iterations < kMinIterations || iterations > kMaxIterations)
    return tl::unexpected(QStringLiteral("iteration count out of range: %1").arg(iterations));

  const int hashLength = QCryptographicHash::hashLength(algorithm_);
  QByteArray saltedPassword =
      QPasswordDigestor::deriveKeyPbkdf2(algorithm_, password_, salt, iterations, hashLength);
  QByteArray clientKey = hmac(algorithm_, saltedPassword, "Client Key");
  QByteArray storedKey = QCryptographicHash::hash(clientKey, algorithm_);
  QByteArray serverKey = hmac(algorithm_, saltedPassword, "Server Key");

  const QByteArray withoutProof = "c=biws,r=" + nonce;
  const QByteArray authMessage = clientFirstMessage().mid(3) + ',' + serverFirst + ',' + withoutProof;
  QByteArray clientSignature = hmac(algorithm_, storedKey, authMessage);
  const QByteArray proof = xorBytes(clientKey, clientSignature);
  expectedServerSignature_ = hmac(algorithm_, serverKey, authMessage);
  wipe(saltedPassword);
  wipe(clientKey);
  wipe(storedKey);
  wipe(serverKey);
  wipe(clientSignature);
  return withoutProof + ",p=" + proof.toBase64();
}

bool ScramClient::verifyServerFinal(const QByteArray &serverFinal) const {
  if (expectedServerSignature_.isEmpty())
    return false;
  for (const QByteArray &part : serverFinal.split(',')) {
    if (part.startsWith("v="))
      return equalBytes(QByteArray::fromBase64(part.mid(2)), expectedServerSignature_);
  }
  return false;
}

} // namespace sotto::xmpp
