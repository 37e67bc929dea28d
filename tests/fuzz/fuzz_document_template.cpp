// libFuzzer target: the document template parser validates and expands any text without crashing, and a value
// can never add markup.
#include "documents/document_template.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace legalaid::documents;
    const QString body = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    TemplateSchema schema;
    schema.values = {QStringLiteral("person.full_name"), QStringLiteral("case.code"),
                     QStringLiteral("today")};
    schema.lists.insert(QStringLiteral("events"), {QStringLiteral("title"), QStringLiteral("date")});
    TemplateData values;
    values.values.insert(QStringLiteral("person.full_name"), QStringLiteral("<script>Nguyễn</script>"));
    values.values.insert(QStringLiteral("case.code"), QStringLiteral("TT.TV.01.2026"));
    TemplateData item;
    item.values.insert(QStringLiteral("title"), QStringLiteral("a & b <i>"));
    values.lists.insert(QStringLiteral("events"), {item, item});
    const auto valid = validateTemplate(body, schema);
    const auto expanded = expandTemplate(body, values);
    if (valid && expanded && !body.contains(QLatin1String("<script>")) &&
        expanded->contains(QLatin1String("<script>")))
        std::abort(); // an inserted value added markup
    return 0;
}
