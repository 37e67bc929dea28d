#pragma once

#include "pages/desk_page.h"
#include "records/referrals/referral_service.h"

#include <QPointer>
#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace legalaid::ui {

class ColumnFitter;

class ConsentCheckPanel;
class ErrorLabel;
class NewReferralDialog;
class OverdueHighlightModel;
class WindowedListModel;

// Chuyển gửi: incoming and outgoing referrals with overdue answers highlighted, the selected referral's
// status workflow, history and disclosures, and new referrals with the consent check shown before anything
// is disclosed.
class ReferralsPage : public DeskPage {
    Q_OBJECT

public:
    explicit ReferralsPage(QWidget* parent = nullptr);

    [[nodiscard]] QString key() const override { return QStringLiteral("referrals"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/referrals.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;
    [[nodiscard]] bool hasUnsavedChanges() const override;
    bool save() override;
    void focusSearch() override;
    void openLink(const QVariantMap& filter) override;

    [[nodiscard]] WindowedListModel* model() const { return m_model; }
    [[nodiscard]] OverdueHighlightModel* highlightModel() const { return m_highlight; }
    [[nodiscard]] QStandardItemModel* historyModel() const { return m_history; }
    [[nodiscard]] QPushButton* statusButton(const QString& toStatus) const {
        return m_statusButtons.at(toStatus);
    }
    // Shows one referral's detail (an audited view).
    bool showReferral(qint64 id);
    // Starts a new referral ("in" or "out").
    NewReferralDialog* beginReferral(const QString& direction);
    // Opens the dialog that moves the shown referral to `toStatus`.
    void beginStatusChange(const QString& toStatus);
    // The consent check before printing the shown outgoing referral's slip; false with the reason shown.
    bool checkConsentForPrint();

private:
    void applyFilter();
    void showCurrent();
    void fillDetail();
    void buildPrintMenu();
    void print(const QString& code);

    Session* m_session = nullptr;
    bool m_settingControls = false;
    std::optional<ReferralDetails> m_details;
    QComboBox* m_direction = nullptr;
    QCheckBox* m_awaiting = nullptr;
    QCheckBox* m_overdue = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_order = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_newOut = nullptr;
    QPushButton* m_newIn = nullptr;
    ErrorLabel* m_listError = nullptr;
    QTableView* m_table = nullptr;
    ColumnFitter* m_columns = nullptr; // keeps the columns inside the list's width
    WindowedListModel* m_model = nullptr;
    OverdueHighlightModel* m_highlight = nullptr;
    QLabel* m_summary = nullptr;
    std::map<QString, QPushButton*> m_statusButtons;
    QToolButton* m_print = nullptr;
    ErrorLabel* m_detailError = nullptr;
    QStandardItemModel* m_history = nullptr;
    ConsentCheckPanel* m_disclosed = nullptr;
    QPointer<NewReferralDialog> m_newReferral;
};

} // namespace legalaid::ui
