#include "InMemoryProtocolStore.h"

namespace sotto::crypto::testing {

namespace {
const auto kUnavailable = tl::unexpected(StoreError::Unavailable);

bool sameLocal(const std::optional<LocalIdentity> &a, const std::optional<LocalIdentity> &b) {
  if (a.has_value() != b.has_value())
    return false;
  if (!a)
    return true;
  return a->identityPublicKey == b->identityPublicKey &&
         a->identityPrivateKey.equals(b->identityPrivateKey) && a->registrationId == b->registrationId &&
         a->deviceId == b->deviceId;
}

bool sameIdentities(const QHash<ProtocolAddress, RemoteIdentity> &a,
                    const QHash<ProtocolAddress, RemoteIdentity> &b) {
  if (a.size() != b.size())
    return false;
  for (auto it = a.cbegin(); it != a.cend(); ++it) {
    auto other = b.constFind(it.key());
    if (other == b.cend() || other->identityKey != it->identityKey || other->trust != it->trust)
      return false;
  }
  return true;
}
} // namespace

bool InMemoryProtocolStore::State::operator==(const State &other) const {
  return sameLocal(local, other.local) && preKeys == other.preKeys && signedPreKeys == other.signedPreKeys &&
         sessions == other.sessions && sameIdentities(identities, other.identities);
}

auto InMemoryProtocolStore::loadLocalIdentity() const -> Result<std::optional<LocalIdentity>> {
  if (failing())
    return kUnavailable;
  return state_.local;
}

auto InMemoryProtocolStore::saveLocalIdentity(const LocalIdentity &identity) -> Result<void> {
  if (failing())
    return kUnavailable;
  state_.local = identity;
  ++writes_;
  return {};
}

auto InMemoryProtocolStore::loadPreKey(std::uint32_t id) const -> Result<std::optional<QByteArray>> {
  if (failing())
    return kUnavailable;
  auto it = state_.preKeys.constFind(id);
  if (it == state_.preKeys.cend())
    return std::optional<QByteArray>{};
  return std::optional<QByteArray>{*it};
}

auto InMemoryProtocolStore::storePreKey(std::uint32_t id, const QByteArray &record) -> Result<void> {
  if (failing())
    return kUnavailable;
  state_.preKeys.insert(id, record);
  ++writes_;
  return {};
}

auto InMemoryProtocolStore::containsPreKey(std::uint32_t id) const -> Result<bool> {
  if (failing())
    return kUnavailable;
  return state_.preKeys.contains(id);
}

auto InMemoryProtocolStore::removePreKey(std::uint32_t id) -> Result<void> {
  if (failing())
    return kUnavailable;
  state_.preKeys.remove(id);
  ++writes_;
  return {};
}

auto InMemoryProtocolStore::preKeyIds() const -> Result<QList<std::uint32_t>> {
  if (failing())
    return kUnavailable;
  return state_.preKeys.keys();
}

auto InMemoryProtocolStore::loadSignedPreKey(std::uint32_t id) const -> Result<std::optional<QByteArray>> {
  if (failing())
    return kUnavailable;
  auto it = state_.signedPreKeys.constFind(id);
  if (it == state_.signedPreKeys.cend())
    return std::optional<QByteArray>{};
  return std::optional<QByteArray>{*it};
}

auto InMemoryProtocolStore::storeSignedPreKey(std::uint32_t id, const QByteArray &record) -> Result<void> {
  if (failing())
    return kUnavailable;
  state_.signedPreKeys.insert(id, record);
  ++writes_;
  return {};
}

auto InMemoryProtocolStore::containsSignedPreKey(std::uint32_t id) const -> Result<bool> {
  if (failing())
    return kUnavailable;
  return state_.signedPreKeys.contains(id);
}

auto InMemoryProtocolStore::removeSignedPreKey(std::uint32_t id) -> Result<void> {
  if (failing())
    return kUnavailable;
  state_.signedPreKeys.remove(id);
  ++writes_;
  return {};
}

auto InMemoryProtocolStore::signedPreKeyIds() const -> Result<QList<std::uint32_t>> {
  if (failing())
    return kUnavailable;
  return state_.signedPreKeys.keys();
}

auto InMemoryProtocolStore::loadSession(const ProtocolAddress &address) const
    -> Result<std::optional<QByteArray>> {
  if (failing())
    return kUnavailable;
  auto it = state_.sessions.constFind(address);
  if (it == state_.sessions.cend())
    return std::optional<QByteArray>{};
  return std::optional<QByteArray>{*it};
}

auto InMemoryProtocolStore::storeSession(const ProtocolAddress &address, const QByteArray &record)
    -> Result<void> {
  if (failing())
    return kUnavailable;
  state_.sessions.insert(address, record);
  ++writes_;
  return {};
}

auto InMemoryProtocolStore::containsSession(const ProtocolAddress &address) const -> Result<bool> {
  if (failing())
    return kUnavailable;
  return state_.sessions.contains(address);
}

auto InMemoryProtocolStore::deleteSession(const ProtocolAddress &address) -> Result<bool> {
  if (failing())
    return kUnavailable;
  const bool removed = state_.sessions.remove(address);
  if (removed)
    ++writes_;
  return removed;
}

auto InMemoryProtocolStore::deleteAllSessions(const QString &name) -> Result<int> {
  if (failing())
    return kUnavailable;
  const auto removed = state_.sessions.removeIf([&](auto it) { return it.key().name == name; });
  writes_ += removed > 0 ? 1 : 0;
  return static_cast<int>(removed);
}

auto InMemoryProtocolStore::subDeviceSessions(const QString &name) const -> Result<QList<std::int32_t>> {
  if (failing())
    return kUnavailable;
  QList<std::int32_t> devices;
  for (auto it = state_.sessions.cbegin(); it != state_.sessions.cend(); ++it)
    if (it.key().name == name)
      devices.append(it.key().deviceId);
  return devices;
}

auto InMemoryProtocolStore::loadIdentity(const ProtocolAddress &address) const
    -> Result<std::optional<RemoteIdentity>> {
  if (failing())
    return kUnavailable;
  auto it = state_.identities.constFind(address);
  if (it == state_.identities.cend())
    return std::optional<RemoteIdentity>{};
  return std::optional<RemoteIdentity>{*it};
}

auto InMemoryProtocolStore::saveIdentity(const ProtocolAddress &address, const QByteArray &identityKey)
    -> Result<void> {
  if (failing())
    return kUnavailable;
  auto it = state_.identities.find(address);
  if (it != state_.identities.end() && it->identityKey == identityKey)
    return {}; // same key again: keep the user's decision
  state_.identities.insert(address, RemoteIdentity{identityKey, TrustState::Undecided});
  ++writes_;
  return {};
}

auto InMemoryProtocolStore::setIdentityTrust(const ProtocolAddress &address, TrustState trust)
    -> Result<bool> {
  if (failing())
    return kUnavailable;
  auto it = state_.identities.find(address);
  if (it == state_.identities.end())
    return false;
  it->trust = trust;
  ++writes_;
  return true;
}

} // namespace sotto::crypto::testing
