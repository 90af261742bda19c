#include "TestDevice.h"

namespace sotto::crypto::testing {

TestDevice::TestDevice(QString jidValue, KeyPolicy policy)
    : jid(std::move(jidValue)), store(std::make_unique<InMemoryProtocolStore>()) {
  auto created = SignalEngine::create(*store);
  if (!created)
    qFatal("TestDevice: engine creation failed");
  engine = std::move(*created);
  engine->setBundleChangedHandler([this] { ++bundleChanges; });
  keys = std::make_unique<KeyManager>(*engine, policy);
  if (!keys->ensureIdentity())
    qFatal("TestDevice: identity creation failed");
  deviceId = keys->deviceId().value();
  sessions = std::make_unique<SessionCipher>(*engine);
}

Bundle TestDevice::bundle() const {
  auto result = keys->bundle();
  if (!result)
    qFatal("TestDevice: bundle failed");
  return *result;
}

} // namespace sotto::crypto::testing
