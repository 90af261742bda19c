#pragma once

#include <QByteArray>

#include <cstddef>

namespace sotto::crypto {

// A byte buffer for secrets (keys, passphrases): wiped with sodium_memzero when it is
// cleared, reassigned or destroyed, never implicitly copied into an ordinary QByteArray.
class SecureBytes {
public:
  SecureBytes() = default;
  explicit SecureBytes(std::size_t size);
  SecureBytes(const unsigned char *data, std::size_t size);
  static SecureBytes fromByteArray(QByteArray &source); // wipes `source`
  ~SecureBytes();

  SecureBytes(const SecureBytes &other);
  SecureBytes &operator=(const SecureBytes &other);
  SecureBytes(SecureBytes &&other) noexcept;
  SecureBytes &operator=(SecureBytes &&other) noexcept;

  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool isEmpty() const { return size_ == 0; }
  [[nodiscard]] unsigned char *data() { return data_; }
  [[nodiscard]] const unsigned char *data() const { return data_; }
  void clear();

  // Constant-time comparison: no early exit that leaks where two secrets differ.
  [[nodiscard]] bool equals(const SecureBytes &other) const;
  // An explicit, visible copy out, for APIs that need a QByteArray (the caller wipes it).
  [[nodiscard]] QByteArray toByteArrayUnsafe() const;

private:
  unsigned char *data_ = nullptr;
  std::size_t size_ = 0;
};

// `size` bytes from the operating system's CSPRNG.
[[nodiscard]] SecureBytes randomSecret(std::size_t size);

} // namespace sotto::crypto
