#pragma once

// PDFs drawn by the tests: saved in the workspace (and kept with LEGALAID_KEEP_PDF=DIR to look at them with
// pdftoppm -png), and read back with poppler's command-line tools.
#include "temp_workspace.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace legalaid::test {

// Runs a poppler tool (pdftotext, pdffonts, pdfinfo) and returns what it printed.
inline QString poppler(const QString& tool, const QStringList& arguments) {
    QProcess process;
    process.start(tool, arguments);
    INFO(tool.toStdString() + " is missing: install poppler-utils (packaging/install-deps.sh)");
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString savePdf(const TempWorkspace& ws, const QString& name, const QByteArray& pdf) {
    const QString path = ws.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    if (const QString keep = qEnvironmentVariable("LEGALAID_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep + QLatin1Char('/') + name);
        QFile::copy(path, keep + QLatin1Char('/') + name);
    }
    return path;
}

} // namespace legalaid::test
