#pragma once

#include "common/result.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace legalaid::ui {

class ErrorLabel;

// Where the database and its keyring are created. This is the commit page: leaving it creates them.
class DataFolderPage : public QWizardPage {
    Q_OBJECT

public:
    static QString databaseFileName() { return QStringLiteral("legalaid.db"); }

    // `createDatabase` receives the full database path; its error sentence is shown and the page stays.
    explicit DataFolderPage(std::function<Status(const QString& databasePath)> createDatabase,
                            QWidget* parent = nullptr);

    [[nodiscard]] QString folder() const;
    void setFolder(const QString& folder);
    [[nodiscard]] QString databasePath() const;

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();
    void showTarget();

    std::function<Status(const QString&)> m_createDatabase;
    QLabel* m_folderLabel = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_target = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace legalaid::ui
