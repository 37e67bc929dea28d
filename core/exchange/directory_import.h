#pragma once

#include "common/result.h"
#include "records/session.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace legalaid::exchange {

// One problem of an import file: the line it starts on and what is wrong, in one sentence.
struct ImportLineError {
    qsizetype line = 0;
    QString reason;
};

// What an import did — or, when `errors` is not empty, why it did nothing at all.
struct DirectoryImportReport {
    int organisations = 0; // added
    int providers = 0;     // added
    std::vector<ImportLineError> errors;
};

// Imports the directory (organisations and providers) from a CSV file, such as the lists other centres
// publish. RFC 4180, UTF-8 (with or without BOM), a header naming the columns in any order:
//
//   record        organisation | provider                                          (required)
//   kind          an organisation kind or a provider kind code                     (required)
//   name          the organisation's name, or the provider's full name             (required)
//   code          unit code (centre and branches only: capital letters and digits)
//   short_name, address, phone, province (a province code)                         (organisations)
//   organisation  for a provider: the organisation it works for; for an organisation: its parent.
//                 A unit code or an exact name, of an organisation earlier in the file or already in
//                 the directory.
//   card_number   required for legal-aid officers and lawyers                      (providers)
//
// All or nothing: every line is checked first (the same rules as DirectoryService, plus duplicates within
// the file and against the directory) and every problem is reported with its line number; only a file
// without any problem is written, in one transaction with one audit entry (counts only). Needs
// DirectoryEdit.
class DirectoryImportService {
public:
    explicit DirectoryImportService(Session& session);

    // An Error only for what stops the import as a whole (role, unreadable file, database); problems in the
    // file are in the report's `errors`.
    [[nodiscard]] Result<DirectoryImportReport> importCsv(const QByteArray& bytes);
    [[nodiscard]] Result<DirectoryImportReport> importFile(const QString& path);

private:
    Session& m_session;
};

} // namespace legalaid::exchange
