#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace legalaid::test {

// A temporary folder for one test, removed afterwards.
class TempWorkspace {
public:
    TempWorkspace();
    [[nodiscard]] QString path(const QString& name) const;
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    // Writes `content` to `name` inside the workspace and returns the full path.
    QString writeFile(const QString& name, const QByteArray& content) const;

private:
    QTemporaryDir m_dir;
};

[[nodiscard]] QByteArray readAll(const QString& path);

} // namespace legalaid::test
