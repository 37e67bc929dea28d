#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace legalaid::cli {

// Where results and errors go: text or JSON on stdout, errors as one sentence plus a stable code on stderr.
class Console {
public:
    explicit Console(bool json)
        : m_json(json) {}

    [[nodiscard]] bool json() const { return m_json; }
    void text(const QString& line) const;       // printed only in text mode
    void result(const QJsonValue& value) const; // printed only in JSON mode
    // Prints the error and returns the process exit code for it.
    int fail(const Error& error) const;
    int usage(const QString& message) const;

private:
    bool m_json;
};

} // namespace legalaid::cli
