#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

namespace legalaid::storage {

// Key material in locked memory: allocated with sodium_malloc (mlock'ed, guard pages, never swapped),
// wiped and released on destruction. Move-only so a key is never silently copied into ordinary memory.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    [[nodiscard]] static SecureBytes random(std::size_t size);
    // Copies `size` bytes from plain memory (e.g. a decrypted buffer) into locked memory.
    [[nodiscard]] static SecureBytes copyOf(const unsigned char* data, std::size_t size);
    // Copies a password's UTF-8 bytes into locked memory.
    [[nodiscard]] static SecureBytes fromUtf8(const QString& text);

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }

    // Constant-time comparison.
    [[nodiscard]] bool equals(const SecureBytes& other) const;

    // The SQLCipher raw-key form x'<hex>' (itself kept in locked memory).
    [[nodiscard]] SecureBytes toSqlCipherKeySpec() const;

    void wipe();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace legalaid::storage
