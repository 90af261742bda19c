// Whole conversations in memory, through the OMEMO layer: two and three parties, 1,000
// messages with reordering and loss (skipped message keys), simultaneous initiation, and
// an account with two devices. Deterministic: a fixed seed drives delivery order and loss.
#include "support/TestDevice.h"

#include <sotto/crypto/OmemoDecryptor.h>
#include <sotto/crypto/OmemoEncryptor.h>

#include <QTest>

#include <deque>
#include <random>

using namespace sotto::crypto;
using sotto::crypto::testing::TestDevice;

namespace {

// A lossy, reordering network between in-memory devices.
class Network {
public:
  Network(double lossRate, int reorderWindow, std::uint64_t seed)
      : lossRate_(lossRate), window_(reorderWindow), random_(seed) {}

  TestDevice &add(const QString &jid) {
    devices_.push_back(std::make_unique<TestDevice>(jid));
    inboxes_.emplace_back();
    return *devices_.back();
  }

  // Every device builds sessions to every other device (all PreKey messages cross).
  // Each sender takes a different one-time prekey: two senders picking the same one is
  // a real race (the second PreKey message then fails with InvalidKeyId once the first
  // consumed it), but not the one these tests are about.
  void meshSessions() {
    for (std::size_t i = 0; i < devices_.size(); ++i)
      for (auto &to : devices_)
        if (devices_[i] != to && !devices_[i]->sessions->buildSession(
                                     to->address(), to->bundle(), to->bundle().preKeys.at(qsizetype(i)).id))
          qFatal("session set-up failed");
  }

  // Encrypts `text` from `sender` to every other device and queues it (or loses it).
  bool send(TestDevice &sender, const QString &text) {
    QList<ProtocolAddress> recipients;
    for (auto &device : devices_)
      if (device.get() != &sender)
        recipients.append(device->address());
    auto outcome = OmemoEncryptor(*sender.engine).encrypt(text, recipients);
    if (!outcome || !outcome->failed.isEmpty())
      return false;
    for (std::size_t i = 0; i < devices_.size(); ++i) {
      if (devices_[i].get() == &sender)
        continue;
      if (std::uniform_real_distribution<>(0, 1)(random_) < lossRate_) {
        ++lost_;
        continue;
      }
      inboxes_[i].push_back({sender.jid, outcome->message, text});
    }
    return true;
  }

  // Delivers one queued message to a random device, picked from the first `window`
  // entries of its inbox (so messages overtake each other). Returns false on a wrong or
  // failed decryption.
  bool deliverOne() {
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < inboxes_.size(); ++i)
      if (!inboxes_[i].empty())
        pending.push_back(i);
    if (pending.empty())
      return true;
    const std::size_t device = pending[random_() % pending.size()];
    auto &inbox = inboxes_[device];
    const std::size_t pick =
        random_() % std::min<std::size_t>(inbox.size(), static_cast<std::size_t>(window_));
    const Envelope envelope = inbox[pick];
    inbox.erase(inbox.begin() + static_cast<std::ptrdiff_t>(pick));
    auto result = OmemoDecryptor(*devices_[device]->engine).decrypt(envelope.senderJid, envelope.message);
    if (!result) {
      qWarning() << "decrypt failed:" << result.error();
      return false;
    }
    ++delivered_;
    return result->text() == envelope.text;
  }

  bool deliverAll() {
    while (pendingCount() > 0)
      if (!deliverOne())
        return false;
    return true;
  }

  [[nodiscard]] std::size_t pendingCount() const {
    std::size_t count = 0;
    for (const auto &inbox : inboxes_)
      count += inbox.size();
    return count;
  }
  [[nodiscard]] int delivered() const { return delivered_; }
  [[nodiscard]] int lost() const { return lost_; }
  std::mt19937_64 &random() { return random_; }
  TestDevice &device(std::size_t i) { return *devices_[i]; }
  [[nodiscard]] std::size_t size() const { return devices_.size(); }

private:
  struct Envelope {
    QString senderJid;
    OmemoMessage message;
    QString text;
  };
  double lossRate_;
  int window_;
  std::mt19937_64 random_;
  std::vector<std::unique_ptr<TestDevice>> devices_;
  std::vector<std::deque<Envelope>> inboxes_;
  int delivered_ = 0;
  int lost_ = 0;
};

// 1,000 messages from random senders; deliveries interleave with sends.
void converse(Network &network, int messages) {
  for (int i = 0; i < messages; ++i) {
    TestDevice &sender = network.device(network.random()() % network.size());
    QVERIFY2(network.send(sender, QStringLiteral("message %1 from %2").arg(i).arg(sender.deviceId)),
             "encrypt failed");
    while (network.pendingCount() > 0 && network.random()() % 3 != 0)
      QVERIFY(network.deliverOne());
  }
  QVERIFY(network.deliverAll());
}

} // namespace

class ConversationTest : public QObject {
  Q_OBJECT

private Q_SLOTS:
  void twoPartiesThousandMessagesWithReorderingAndLoss() {
    Network network(0.05, 8, 1);
    network.add(QStringLiteral("alice@example.org"));
    network.add(QStringLiteral("bob@example.org"));
    network.meshSessions(); // both start at once: simultaneous initiation
    converse(network, 1000);
    QVERIFY(network.lost() > 20);
    QCOMPARE(network.delivered() + network.lost(), 1000);
  }

  void threePartiesThousandMessagesWithReorderingAndLoss() {
    Network network(0.05, 6, 2);
    network.add(QStringLiteral("alice@example.org"));
    network.add(QStringLiteral("bob@example.org"));
    network.add(QStringLiteral("carol@example.org"));
    network.meshSessions();
    converse(network, 1000);
    QCOMPARE(network.delivered() + network.lost(), 2000);
  }

  void oneAccountWithTwoDevices() {
    Network network(0.0, 4, 3);
    network.add(QStringLiteral("alice@example.org")); // phone
    network.add(QStringLiteral("alice@example.org")); // laptop: gets her own messages too
    network.add(QStringLiteral("bob@example.org"));
    network.meshSessions();
    converse(network, 200);
    QCOMPARE(network.delivered(), 400);
  }

  void simultaneousInitiationWithoutMesh() {
    // Both send before either receives; then both keep talking.
    TestDevice alice(QStringLiteral("alice@example.org"));
    TestDevice bob(QStringLiteral("bob@example.org"));
    QVERIFY(alice.sessions->buildSession(bob.address(), bob.bundle()).has_value());
    QVERIFY(bob.sessions->buildSession(alice.address(), alice.bundle()).has_value());
    auto fromAlice = OmemoEncryptor(*alice.engine).encrypt(QStringLiteral("hi bob"), {bob.address()}).value();
    auto fromBob = OmemoEncryptor(*bob.engine).encrypt(QStringLiteral("hi alice"), {alice.address()}).value();
    QCOMPARE(OmemoDecryptor(*bob.engine).decrypt(alice.jid, fromAlice.message)->text(),
             QStringLiteral("hi bob"));
    QCOMPARE(OmemoDecryptor(*alice.engine).decrypt(bob.jid, fromBob.message)->text(),
             QStringLiteral("hi alice"));
    for (int i = 0; i < 20; ++i) {
      const QString a = QStringLiteral("a%1").arg(i);
      const QString b = QStringLiteral("b%1").arg(i);
      auto ma = OmemoEncryptor(*alice.engine).encrypt(a, {bob.address()}).value();
      auto mb = OmemoEncryptor(*bob.engine).encrypt(b, {alice.address()}).value();
      QCOMPARE(OmemoDecryptor(*bob.engine).decrypt(alice.jid, ma.message)->text(), a);
      QCOMPARE(OmemoDecryptor(*alice.engine).decrypt(bob.jid, mb.message)->text(), b);
    }
  }
};

QTEST_GUILESS_MAIN(ConversationTest)
#include "ConversationTest.moc"
