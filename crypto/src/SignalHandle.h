#pragma once

// RAII for libsignal-protocol-c objects. Internal to sotto_crypto: nothing outside this
// library sees a libsignal type. Every object the library hands out goes straight into
// one of these, so an early return on an error path cannot leak it.

#include <signal/key_helper.h>
#include <signal/signal_protocol.h>

#include "sotto/crypto/SecureBytes.h"

#include <QByteArray>

#include <memory>

namespace sotto::crypto::detail {

// Reference-counted libsignal types (ec_public_key, session_record, …) all start with a
// signal_type_base; dropping our reference is signal_type_unref.
struct SignalUnref {
  void operator()(void *instance) const {
    if (instance != nullptr)
      signal_type_unref(static_cast<signal_type_base *>(instance));
  }
};
template <typename T> using SignalRef = std::unique_ptr<T, SignalUnref>;

// Buffers may hold key material (serialized private keys, session records, plaintext):
// always wipe them.
struct BufferFree {
  void operator()(signal_buffer *buffer) const { signal_buffer_bzero_free(buffer); }
};
using SignalBuffer = std::unique_ptr<signal_buffer, BufferFree>;

struct BufferListFree {
  void operator()(signal_buffer_list *list) const { signal_buffer_list_bzero_free(list); }
};
using SignalBufferList = std::unique_ptr<signal_buffer_list, BufferListFree>;

struct IntListFree {
  void operator()(signal_int_list *list) const { signal_int_list_free(list); }
};
using SignalIntList = std::unique_ptr<signal_int_list, IntListFree>;

struct KeyListFree {
  void operator()(signal_protocol_key_helper_pre_key_list_node *head) const {
    signal_protocol_key_helper_key_list_free(head);
  }
};
using PreKeyList = std::unique_ptr<signal_protocol_key_helper_pre_key_list_node, KeyListFree>;

// Adapts an owning pointer to libsignal's `T **out` parameters:
//   rc = ec_public_key_deserialize(out(key), …);
// Whatever the callee stored is owned by `key` once the full expression ends, also when
// the callee failed after allocating.
template <typename Owner> class OutParam {
public:
  using Pointer = typename Owner::pointer;
  explicit OutParam(Owner &owner) : owner_(owner) {}
  ~OutParam() { owner_.reset(raw_); }
  OutParam(const OutParam &) = delete;
  OutParam &operator=(const OutParam &) = delete;
  operator Pointer *() { return &raw_; } // NOLINT(google-explicit-constructor): the point of it

private:
  Owner &owner_;
  Pointer raw_ = nullptr;
};
template <typename Owner> OutParam<Owner> out(Owner &owner) {
  return OutParam<Owner>(owner);
}

inline QByteArray toByteArray(const signal_buffer *buffer) {
  if (buffer == nullptr)
    return {};
  return QByteArray(reinterpret_cast<const char *>(signal_buffer_const_data(buffer)),
                    static_cast<qsizetype>(signal_buffer_len(buffer)));
}

inline SecureBytes toSecureBytes(const signal_buffer *buffer) {
  if (buffer == nullptr)
    return {};
  return SecureBytes(signal_buffer_const_data(buffer), signal_buffer_len(buffer));
}

inline const std::uint8_t *bytes(const QByteArray &array) {
  return reinterpret_cast<const std::uint8_t *>(array.constData());
}

inline SignalBuffer makeBuffer(const std::uint8_t *data, std::size_t size) {
  return SignalBuffer(signal_buffer_create(data, size));
}
inline SignalBuffer makeBuffer(const QByteArray &array) {
  return makeBuffer(bytes(array), static_cast<std::size_t>(array.size()));
}

} // namespace sotto::crypto::detail
