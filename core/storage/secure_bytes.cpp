#include "storage/secure_bytes.h"

#include <new>
#include <sodium.h>
#include <utility>

namespace legalaid::storage {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size) {
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBytes::~SecureBytes() {
    wipe();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size) {
    SecureBytes bytes(size);
    if (size > 0)
        randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecureBytes SecureBytes::copyOf(const unsigned char* data, std::size_t size) {
    SecureBytes bytes(size);
    if (size > 0)
        std::copy(data, data + size, bytes.m_data);
    return bytes;
}

SecureBytes SecureBytes::fromUtf8(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    SecureBytes bytes = copyOf(reinterpret_cast<const unsigned char*>(utf8.constData()),
                               static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return bytes;
}

bool SecureBytes::equals(const SecureBytes& other) const {
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureBytes SecureBytes::toSqlCipherKeySpec() const {
    // x' + 2 hex digits per byte + ' + NUL written by sodium_bin2hex.
    SecureBytes spec(m_size * 2 + 4);
    spec.m_data[0] = 'x';
    spec.m_data[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char*>(spec.m_data + 2), m_size * 2 + 1, m_data, m_size);
    spec.m_data[m_size * 2 + 2] = '\'';
    spec.m_data[m_size * 2 + 3] = '\0';
    spec.m_size = m_size * 2 + 3; // the terminating NUL stays allocated but is not part of the spec
    return spec;
}

void SecureBytes::wipe() {
    if (m_data) {
        // sodium_free zeroes the region before unlocking and releasing it.
        sodium_free(m_data);
        m_data = nullptr;
    }
    m_size = 0;
}

} // namespace legalaid::storage
