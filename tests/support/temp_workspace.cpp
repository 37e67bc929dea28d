#include "temp_workspace.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

namespace legalaid::test {

TempWorkspace::TempWorkspace() {
    REQUIRE(m_dir.isValid());
}

QString TempWorkspace::path(const QString& name) const {
    return QDir(m_dir.path()).filePath(name);
}

QString TempWorkspace::writeFile(const QString& name, const QByteArray& content) const {
    const QString full = path(name);
    QFile f(full);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(content) == content.size());
    return full;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace legalaid::test
