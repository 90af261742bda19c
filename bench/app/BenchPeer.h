#pragma once

// One benchmark participant: its own profile directory and MessagingController, signed in
// to the loopback Prosody that scripts/lib/services.sh started (SOTTO_TEST_XMPP_*).
#include "sotto/app/MessagingController.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace sotto::app::bench {

// True when the environment names a test server.
bool haveServer();
QString serverDomain();
QString uniqueUser(const char *prefix);

// CPU seconds this process has used so far (both controllers live in it).
double processCpuSeconds();
// CPU seconds the test server's process has used so far, or -1 when it cannot be read
// (SOTTO_TEST_SERVER_CTL's directory holds prosody.pid).
double serverCpuSeconds();

// Runs the event loop until done() or the timeout; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

class BenchPeer {
public:
  BenchPeer();
  ~BenchPeer();
  BenchPeer(const BenchPeer &) = delete;
  BenchPeer &operator=(const BenchPeer &) = delete;

  // Registers a new account user@domain (or signs in to it when signIn is true) on a new
  // profile and waits until it is online with a published OMEMO device.
  bool start(const QString &user, bool signIn = false);
  bool waitOnline(int timeoutMs = 30000);
  MessagingController &controller() { return *controller_; }
  [[nodiscard]] QString jid() const { return jid_; }

private:
  QTemporaryDir dir_;
  std::unique_ptr<MessagingController> controller_;
  QString jid_;
};

// Sends until `to` has stored one (the peer's device may not be on the server yet right
// after its first login). True once it arrived.
bool sendUntilReceived(BenchPeer &from, BenchPeer &to, const QString &text);

} // namespace sotto::app::bench
