#include "RawStore.h"

#include "OpenSslProvider.h"

#include <cstdlib>

namespace sotto::bench {

namespace {

RawStore &self(void *userData) {
  return *static_cast<RawStore *>(userData);
}

std::pair<std::string, std::int32_t> key(const signal_protocol_address *address) {
  return {std::string(address->name, address->name_len), address->device_id};
}

signal_buffer *buffer(const QByteArray &bytes) {
  return signal_buffer_create(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                              static_cast<std::size_t>(bytes.size()));
}

QByteArray bytes(const std::uint8_t *data, std::size_t len) {
  return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(len));
}

} // namespace

RawContext::RawContext() {
  if (signal_context_create(&context_, nullptr) < 0 ||
      signal_context_set_crypto_provider(context_, &crypto::detail::openSslProvider()) < 0)
    std::abort();
}

RawContext::~RawContext() {
  signal_context_destroy(context_);
}

RawStore::RawStore(signal_context *context) {
  if (signal_protocol_store_context_create(&store_, context) < 0)
    std::abort();

  signal_protocol_session_store sessionStore{};
  sessionStore.load_session_func = [](signal_buffer **record, signal_buffer **user,
                                      const signal_protocol_address *a, void *d) -> int {
    *user = nullptr;
    auto it = self(d).sessions.find(key(a));
    if (it == self(d).sessions.end())
      return 0;
    *record = buffer(it->second);
    return 1;
  };
  sessionStore.get_sub_device_sessions_func = [](signal_int_list **out, const char *name, std::size_t len,
                                                 void *d) -> int {
    signal_int_list *list = signal_int_list_alloc();
    int count = 0;
    for (const auto &[k, v] : self(d).sessions)
      if (k.first == std::string(name, len)) {
        signal_int_list_push_back(list, k.second);
        ++count;
      }
    *out = list;
    return count;
  };
  sessionStore.store_session_func = [](const signal_protocol_address *a, std::uint8_t *record,
                                       std::size_t len, std::uint8_t *, std::size_t, void *d) -> int {
    self(d).sessions[key(a)] = bytes(record, len);
    return 0;
  };
  sessionStore.contains_session_func = [](const signal_protocol_address *a, void *d) -> int {
    return self(d).sessions.count(key(a)) != 0 ? 1 : 0;
  };
  sessionStore.delete_session_func = [](const signal_protocol_address *a, void *d) -> int {
    return static_cast<int>(self(d).sessions.erase(key(a)));
  };
  sessionStore.delete_all_sessions_func = [](const char *, std::size_t, void *) -> int { return 0; };
  sessionStore.user_data = this;

  signal_protocol_pre_key_store preKeyStore{};
  preKeyStore.load_pre_key = [](signal_buffer **record, std::uint32_t id, void *d) -> int {
    auto it = self(d).preKeys.find(id);
    if (it == self(d).preKeys.end())
      return SG_ERR_INVALID_KEY_ID;
    *record = buffer(it->second);
    return SG_SUCCESS;
  };
  preKeyStore.store_pre_key = [](std::uint32_t id, std::uint8_t *record, std::size_t len, void *d) -> int {
    self(d).preKeys[id] = bytes(record, len);
    return 0;
  };
  preKeyStore.contains_pre_key = [](std::uint32_t id, void *d) -> int {
    return self(d).preKeys.count(id) != 0 ? 1 : 0;
  };
  preKeyStore.remove_pre_key = [](std::uint32_t id, void *d) -> int {
    self(d).preKeys.erase(id);
    return 0;
  };
  preKeyStore.user_data = this;

  signal_protocol_signed_pre_key_store signedStore{};
  signedStore.load_signed_pre_key = [](signal_buffer **record, std::uint32_t id, void *d) -> int {
    auto it = self(d).signedPreKeys.find(id);
    if (it == self(d).signedPreKeys.end())
      return SG_ERR_INVALID_KEY_ID;
    *record = buffer(it->second);
    return SG_SUCCESS;
  };
  signedStore.store_signed_pre_key = [](std::uint32_t id, std::uint8_t *record, std::size_t len,
                                        void *d) -> int {
    self(d).signedPreKeys[id] = bytes(record, len);
    return 0;
  };
  signedStore.contains_signed_pre_key = [](std::uint32_t id, void *d) -> int {
    return self(d).signedPreKeys.count(id) != 0 ? 1 : 0;
  };
  signedStore.remove_signed_pre_key = [](std::uint32_t id, void *d) -> int {
    self(d).signedPreKeys.erase(id);
    return 0;
  };
  signedStore.user_data = this;

  signal_protocol_identity_key_store identityStore{};
  identityStore.get_identity_key_pair = [](signal_buffer **pub, signal_buffer **priv, void *d) -> int {
    *pub = buffer(self(d).identityPublic);
    *priv = buffer(self(d).identityPrivate);
    return 0;
  };
  identityStore.get_local_registration_id = [](void *d, std::uint32_t *id) -> int {
    *id = self(d).registrationId;
    return 0;
  };
  identityStore.save_identity = [](const signal_protocol_address *a, std::uint8_t *k, std::size_t len,
                                   void *d) -> int {
    self(d).identities[key(a)] = bytes(k, len);
    return 0;
  };
  identityStore.is_trusted_identity = [](const signal_protocol_address *a, std::uint8_t *k, std::size_t len,
                                         void *d) -> int {
    auto it = self(d).identities.find(key(a));
    return it == self(d).identities.end() || it->second == bytes(k, len) ? 1 : 0;
  };
  identityStore.user_data = this;

  signal_protocol_store_context_set_session_store(store_, &sessionStore);
  signal_protocol_store_context_set_pre_key_store(store_, &preKeyStore);
  signal_protocol_store_context_set_signed_pre_key_store(store_, &signedStore);
  signal_protocol_store_context_set_identity_key_store(store_, &identityStore);
}

RawStore::~RawStore() {
  signal_protocol_store_context_destroy(store_);
}

} // namespace sotto::bench
