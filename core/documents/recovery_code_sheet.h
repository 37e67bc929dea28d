#pragma once

#include "common/result.h"
#include "records/centre_settings.h"

#include <QDateTime>
#include <QPageLayout>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace legalaid::documents {

// What the paper kept in the safe says: whose database the code opens and the code itself.
struct RecoveryCodeSheet {
    CentreSettings centre;
    QString databaseFileName; // the file name only, e.g. "legalaid.db"
    QDateTime createdAt;
    QString recoveryCode; // as RecoveryCode::encode writes it: 14 groups joined by '-'
};

// A4 portrait with the margins of Decree 30/2020 (top/bottom 20 mm, left 30 mm, right 15 mm).
[[nodiscard]] QPageLayout recoveryCodeSheetPageLayout();

// Lays the sheet out on `device` (a QPdfWriter or a QPrinter whose page layout is already chosen): fonts
// resolve at its resolution and the page is its printable area, so print() copies it 1:1.
[[nodiscard]] std::unique_ptr<QTextDocument> buildRecoveryCodeSheet(const RecoveryCodeSheet& sheet,
                                                                    QPagedPaintDevice& device);

// Lays out and prints the sheet on a device whose page layout the caller has already chosen.
void printRecoveryCodeSheet(const RecoveryCodeSheet& sheet, QPagedPaintDevice& device);

// Writes the sheet as an A4 PDF at 300 dpi. The file holds the code in clear: it is meant to be printed and
// then deleted or kept on removable media in the safe. Written atomically and readable by its owner only.
[[nodiscard]] Status writeRecoveryCodePdf(const QString& path, const RecoveryCodeSheet& sheet);

} // namespace legalaid::documents
