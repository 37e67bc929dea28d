#pragma once

#include "common/result.h"
#include "records/database_setup.h"
#include "storage/kdf_profile.h"

#include <QWizard>
#include <optional>

namespace legalaid::ui {

class AdministratorPage;
class CentrePage;
class DataFolderPage;
class LanguagePage;
class RecoveryCodePage;

// First run: language, centre, first administrator, data folder; then the database is created and its
// recovery code shown once. Once the database exists there is no way back and no cancelling: the wizard
// closes only when the recovery code has been kept.
class SetupWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { LanguagePageId, CentrePageId, AdministratorPageId, DataFolderPageId, RecoveryCodePageId };

    // The real desk derives keys with the Moderate profile; tests pass Interactive to stay fast.
    explicit SetupWizard(storage::KdfProfile kdf = storage::KdfProfile::Moderate, QWidget* parent = nullptr);
    ~SetupWizard() override;

    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);
    void setDataFolder(const QString& folder);

    [[nodiscard]] bool databaseCreated() const { return m_created.has_value(); }
    // Valid once the database has been created.
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString administratorName() const;

    [[nodiscard]] RecoveryCodePage* recoveryCodePage() const { return m_recoveryCodePage; }

public slots:
    void reject() override;

signals:
    void languageChosen(const QString& language);
    // Emitted as soon as the files exist, before the recovery code has been kept.
    void databaseCreatedAt(const QString& databasePath);

protected:
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] Status createDatabaseAt(const QString& databasePath);
    void retranslate();

    storage::KdfProfile m_kdf;
    LanguagePage* m_languagePage = nullptr;
    CentrePage* m_centrePage = nullptr;
    AdministratorPage* m_administratorPage = nullptr;
    DataFolderPage* m_dataFolderPage = nullptr;
    RecoveryCodePage* m_recoveryCodePage = nullptr;
    std::optional<storage::DatabaseFiles> m_created;
    QString m_administratorName;
};

} // namespace legalaid::ui
