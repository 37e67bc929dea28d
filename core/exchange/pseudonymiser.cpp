#include "exchange/pseudonymiser.h"

#include "exchange/export_repository.h"

#include <cstring>
#include <sodium.h>

namespace legalaid::exchange {

Result<Pseudonymiser> Pseudonymiser::forSession(Session& session) {
    const ExchangeSecretRepository repository(session.db());
    auto existing = repository.read(QStringLiteral("pseudonym"));
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Pseudonymiser(std::move(existing).value());

    storage::SecureBytes fresh(crypto_generichash_KEYBYTES);
    randombytes_buf(fresh.data(), fresh.size());
    // Two exports starting at once: the first insert wins and both read it back.
    const auto created = session.writeAudited(
        session.event(QStringLiteral("exchange.secret_create"), QStringLiteral("database")),
        [&]() -> Status { return repository.insertIfAbsent(QStringLiteral("pseudonym"), fresh); });
    if (!created)
        return created.error();
    auto stored = repository.read(QStringLiteral("pseudonym"));
    if (!stored)
        return stored.error();
    return Pseudonymiser(std::move(stored).value());
}

Pseudonymiser::Pseudonymiser(storage::SecureBytes secret)
    : m_secret(std::move(secret))
    , m_keyedState(sizeof(crypto_generichash_state)) {
    alignas(64) crypto_generichash_state state;
    crypto_generichash_init(&state, m_secret.data(), m_secret.size(), 16);
    std::memcpy(m_keyedState.data(), &state, sizeof state);
    sodium_memzero(&state, sizeof state);
}

void Pseudonymiser::writeId(const char* kind, qint64 recordId, std::array<char, 32>& out) const {
    // "<kind>:<id>", as id() always hashed it (formatted by hand: snprintf showed in the profile).
    char input[48];
    std::size_t length = 0;
    for (const char* k = kind; *k && length < 24; ++k)
        input[length++] = *k;
    input[length++] = ':';
    char digits[24];
    std::size_t count = 0;
    unsigned long long magnitude = recordId < 0 ? 0ULL - static_cast<unsigned long long>(recordId)
                                                : static_cast<unsigned long long>(recordId);
    do {
        digits[count++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (recordId < 0)
        input[length++] = '-';
    while (count > 0)
        input[length++] = digits[--count];
    alignas(64) crypto_generichash_state state;
    std::memcpy(&state, m_keyedState.data(), sizeof state);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(input),
                              static_cast<unsigned long long>(length));
    unsigned char hash[16];
    crypto_generichash_final(&state, hash, sizeof hash);
    sodium_memzero(&state, sizeof state);
    static const char hex[] = "0123456789abcdef";
    char* cursor = out.data();
    for (const unsigned char byte : hash) {
        *cursor++ = hex[byte >> 4];
        *cursor++ = hex[byte & 0x0f];
    }
}

QString Pseudonymiser::id(const char* kind, qint64 recordId) const {
    std::array<char, 32> hex;
    writeId(kind, recordId, hex);
    return QString::fromLatin1(hex.data(), 32);
}

} // namespace legalaid::exchange
