#include "documents/document_template.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <memory>

namespace legalaid::documents {

namespace {

enum class TokenKind { Text, Value, Section, Inverted, Close };

struct Node {
    TokenKind kind = TokenKind::Text;
    QString text; // the literal text, or the name
    std::vector<Node> children;
};

Error templateError(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

// Parses the body into a tree of text, values and sections; refuses malformed or unbalanced tags.
Result<std::vector<Node>> parse(const QString& body) {
    static const QRegularExpression tag(QStringLiteral("\\{\\{(.*?)\\}\\}"),
                                        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression name(QStringLiteral("^([#^/]?)\\s*([A-Za-z0-9_.]+)$"));
    std::vector<Node> root;
    std::vector<Node*> open; // the sections not yet closed, innermost last
    auto current = [&]() -> std::vector<Node>& { return open.empty() ? root : open.back()->children; };
    qsizetype position = 0;
    auto it = tag.globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedStart() > position)
            current().push_back({TokenKind::Text, body.mid(position, match.capturedStart() - position), {}});
        position = match.capturedEnd();
        const QString inner = match.captured(1).trimmed();
        const auto parts = name.match(inner);
        if (!parts.hasMatch())
            return templateError(QCoreApplication::translate("Documents", "The template has a malformed "
                                                                          "placeholder {{%1}}.")
                                     .arg(inner));
        const QString sigil = parts.captured(1);
        const QString word = parts.captured(2);
        if (sigil.isEmpty()) {
            current().push_back({TokenKind::Value, word, {}});
        } else if (sigil == QLatin1String("/")) {
            if (open.empty() || open.back()->text != word)
                return templateError(
                    QCoreApplication::translate("Documents",
                                                "The template closes the section {{/%1}} that is not open.")
                        .arg(word));
            open.pop_back();
        } else {
            current().push_back(
                {sigil == QLatin1String("#") ? TokenKind::Section : TokenKind::Inverted, word, {}});
            open.push_back(&current().back());
        }
    }
    if (!open.empty())
        return templateError(
            QCoreApplication::translate("Documents", "The template does not close the section {{#%1}}.")
                .arg(open.back()->text));
    const qsizetype stray = body.indexOf(QStringLiteral("{{"), position);
    if (stray >= 0)
        return templateError(QCoreApplication::translate("Documents",
                                                         "The template has a placeholder that is "
                                                         "not closed with }}: %1")
                                 .arg(body.mid(stray, 40)));
    if (position < body.size())
        current().push_back({TokenKind::Text, body.mid(position), {}});
    return root;
}

// The names visible at one point of the template: the document's values and lists, and the keys of the
// items of every enclosing list section.
struct Scope {
    const TemplateSchema& schema;
    std::vector<const QSet<QString>*> itemKeys;
    [[nodiscard]] bool hasValue(const QString& name) const {
        for (const auto* keys : itemKeys)
            if (keys->contains(name))
                return true;
        return schema.values.contains(name);
    }
};

Status check(const std::vector<Node>& nodes, Scope& scope) {
    for (const Node& node : nodes) {
        if (node.kind == TokenKind::Text)
            continue;
        const bool isList = scope.schema.lists.contains(node.text);
        if (!isList && !scope.hasValue(node.text))
            return templateError(
                QCoreApplication::translate("Documents", "The template uses an unknown placeholder {{%1}}.")
                    .arg(node.text));
        if (node.kind == TokenKind::Value) {
            if (isList)
                return templateError(
                    QCoreApplication::translate("Documents",
                                                "{{%1}} is a list: use it as a section {{#%1}}…{{/%1}}.")
                        .arg(node.text));
            continue;
        }
        if (isList)
            scope.itemKeys.push_back(&scope.schema.lists.find(node.text).value());
        const Status inner = check(node.children, scope);
        if (isList)
            scope.itemKeys.pop_back();
        if (!inner)
            return inner;
    }
    return {};
}

QString escapedValue(const QString& value) {
    QString html = value.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

struct Frame {
    std::vector<const TemplateData*> stack; // the document's data first, the innermost item last
    [[nodiscard]] QString value(const QString& name) const {
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            const auto found = (*it)->values.constFind(name);
            if (found != (*it)->values.cend())
                return *found;
        }
        return {};
    }
    [[nodiscard]] const std::vector<TemplateData>* list(const QString& name) const {
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            const auto found = (*it)->lists.constFind(name);
            if (found != (*it)->lists.cend())
                return &found.value();
        }
        return nullptr;
    }
};

void fill(const std::vector<Node>& nodes, Frame& frame, QString& out) {
    for (const Node& node : nodes) {
        switch (node.kind) {
        case TokenKind::Text:
            out += node.text;
            break;
        case TokenKind::Value:
            out += escapedValue(frame.value(node.text));
            break;
        case TokenKind::Section:
        case TokenKind::Inverted: {
            const auto* items = frame.list(node.text);
            const bool present = items ? !items->empty() : !frame.value(node.text).trimmed().isEmpty();
            if (node.kind == TokenKind::Inverted) {
                if (!present)
                    fill(node.children, frame, out);
            } else if (items) {
                for (const TemplateData& item : *items) {
                    frame.stack.push_back(&item);
                    fill(node.children, frame, out);
                    frame.stack.pop_back();
                }
            } else if (present) {
                fill(node.children, frame, out);
            }
            break;
        }
        case TokenKind::Close:
            break;
        }
    }
}

} // namespace

Status validateTemplate(const QString& body, const TemplateSchema& schema) {
    auto tree = parse(body);
    if (!tree)
        return tree.error();
    Scope scope{schema, {}};
    return check(*tree, scope);
}

Result<QString> expandTemplate(const QString& body, const TemplateData& data) {
    auto tree = parse(body);
    if (!tree)
        return tree.error();
    Frame frame;
    frame.stack.push_back(&data);
    QString out;
    fill(*tree, frame, out);
    return out;
}

} // namespace legalaid::documents
