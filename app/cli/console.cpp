#include "console.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace legalaid::cli {

namespace {

void write(FILE* stream, const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::text(const QString& line) const {
    if (!m_json)
        write(stdout, line.toUtf8() + '\n');
}

void Console::result(const QJsonValue& value) const {
    if (!m_json)
        return;
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, document.toJson(QJsonDocument::Indented));
}

int Console::fail(const Error& error) const {
    const QString code = errorCodeName(error.code);
    if (m_json) {
        const QJsonObject object{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), error.message}}}};
        write(stderr, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    } else {
        write(stderr, (code + QStringLiteral(": ") + error.message).toUtf8() + '\n');
    }
    return error.code == ErrorCode::InvalidArgument ? 2 : 1;
}

int Console::usage(const QString& message) const {
    return fail(Error{ErrorCode::InvalidArgument, message});
}

} // namespace legalaid::cli
