#pragma once

#include "common/result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <vector>

namespace legalaid::documents {

// The words a document's template may use.
//   {{name}}              a value, HTML-escaped when inserted (a line break becomes <br/>)
//   {{#name}}…{{/name}}   a section: repeated for each item of a list, or shown once when a value is not
//   empty
//   {{^name}}…{{/name}}   an inverted section: shown when the list is empty or the value is empty
// Inside a list section the item's own keys are used by their short name ({{title}}) and the document's
// values stay visible. Names are letters, digits, '_' and '.'.
struct TemplateSchema {
    QSet<QString> values;
    QHash<QString, QSet<QString>> lists; // list name -> the keys of one item
};

// The values a template is filled with. Values are plain text; the engine escapes them.
struct TemplateData {
    QHash<QString, QString> values;
    QHash<QString, std::vector<TemplateData>> lists;
};

// Checks the placeholders and sections of `body`: an unknown name, a section left open, a closing tag with no
// section open, or a malformed tag is refused (InvalidArgument) with the name in the message.
[[nodiscard]] Status validateTemplate(const QString& body, const TemplateSchema& schema);

// Fills `body` with `data` (validate it against the document's schema first; a name missing from `data` is
// empty). Every inserted value is escaped, so a value can never add markup.
[[nodiscard]] Result<QString> expandTemplate(const QString& body, const TemplateData& data);

} // namespace legalaid::documents
