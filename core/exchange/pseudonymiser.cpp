#include "exchange/pseudonymiser.h"

#include "exchange/export_repository.h"

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

QString Pseudonymiser::id(const char* kind, qint64 recordId) const {
    char input[48];
    const int length = std::snprintf(input, sizeof input, "%s:%lld", kind, static_cast<long long>(recordId));
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(input),
                       static_cast<unsigned long long>(length), m_secret.data(), m_secret.size());
    static const char digits[] = "0123456789abcdef";
    QString text(32, Qt::Uninitialized);
    QChar* out = text.data();
    for (const unsigned char byte : hash) {
        *out++ = QLatin1Char(digits[byte >> 4]);
        *out++ = QLatin1Char(digits[byte & 0x0f]);
    }
    return text;
}

} // namespace legalaid::exchange
