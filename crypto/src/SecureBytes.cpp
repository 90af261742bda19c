#include "sotto/crypto/SecureBytes.h"

#include <sodium.h>

#include <QtGlobal>

#include <cstring>
#include <new>
#include <utility>

namespace sotto::crypto {

namespace {
unsigned char *allocate(std::size_t size) {
  if (size == 0)
    return nullptr;
  return new unsigned char[size]();
}
} // namespace

SecureBytes::SecureBytes(std::size_t size) : data_(allocate(size)), size_(size) {
}

SecureBytes::SecureBytes(const unsigned char *data, std::size_t size) : SecureBytes(size) {
  if (size > 0)
    std::memcpy(data_, data, size);
}

SecureBytes SecureBytes::fromByteArray(QByteArray &source) {
  SecureBytes bytes(reinterpret_cast<const unsigned char *>(source.constData()),
                    static_cast<std::size_t>(source.size()));
  if (!source.isEmpty())
    sodium_memzero(source.data(), static_cast<std::size_t>(source.size()));
  source.clear();
  return bytes;
}

SecureBytes::~SecureBytes() {
  clear();
}

SecureBytes::SecureBytes(const SecureBytes &other) : SecureBytes(other.data_, other.size_) {
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other) {
  if (this != &other) {
    SecureBytes copy(other);
    *this = std::move(copy);
  }
  return *this;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept {
  if (this != &other) {
    clear();
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

void SecureBytes::clear() {
  if (data_ != nullptr) {
    sodium_memzero(data_, size_);
    delete[] data_;
  }
  data_ = nullptr;
  size_ = 0;
}

bool SecureBytes::equals(const SecureBytes &other) const {
  if (size_ != other.size_)
    return false;
  return size_ == 0 || sodium_memcmp(data_, other.data_, size_) == 0;
}

QByteArray SecureBytes::toByteArrayUnsafe() const {
  return QByteArray(reinterpret_cast<const char *>(data_), static_cast<qsizetype>(size_));
}

SecureBytes randomSecret(std::size_t size) {
  // Idempotent and thread-safe; picks the best randomness source once.
  if (sodium_init() < 0)
    qFatal("libsodium could not initialise: no secure randomness available");
  SecureBytes bytes(size);
  if (size > 0)
    randombytes_buf(bytes.data(), size);
  return bytes;
}

} // namespace sotto::crypto
