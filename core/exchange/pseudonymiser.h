#pragma once

#include "common/result.h"
#include "records/session.h"
#include "storage/secure_bytes.h"

#include <QString>
#include <array>

namespace legalaid::exchange {

// Stable pseudonymous ids for anonymised exports: BLAKE2b keyed with the database's own secret over the
// record kind and id (crypto_generichash, 128-bit output, 32 hex digits). The same record gets the same id in
// every export from this database, so exports of different periods join upstream; without the secret, which
// never leaves the encrypted database, an id cannot be linked back to a record.
class Pseudonymiser {
public:
    // Reads the secret, creating it (32 bytes from randombytes_buf, audited) the first time.
    [[nodiscard]] static Result<Pseudonymiser> forSession(Session& session);

    // e.g. id("case", 42). Kinds keep a person and a case with the same number apart.
    [[nodiscard]] QString id(const char* kind, qint64 recordId) const;
    // The same 32 hex digits as id(), written to `out` without allocating (the export's hot path).
    void writeId(const char* kind, qint64 recordId, std::array<char, 32>& out) const;

private:
    explicit Pseudonymiser(storage::SecureBytes secret);
    storage::SecureBytes m_secret;
    // The BLAKE2b state after the key block, computed once: each id then costs one compression instead of
    // two. Key-derived, so it lives in locked memory like the secret.
    storage::SecureBytes m_keyedState;
};

} // namespace legalaid::exchange
