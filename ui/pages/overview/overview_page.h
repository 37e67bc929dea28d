#pragma once

#include "overview/overview_service.h"
#include "pages/desk_page.h"

#include <QDate>
#include <memory>
#include <optional>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QThread;

namespace legalaid::ui {

class FigureButton;

// Tổng quan: today's figures as large numbers that open the list behind them, this period's coverage, and
// two charts. The figures are read on a worker thread with its own connection; a result that arrives after
// detach() (or after a newer request) is dropped.
class OverviewPage : public DeskPage {
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    [[nodiscard]] QString key() const override { return QStringLiteral("overview"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString iconPath() const override { return QStringLiteral(":/icons/overview.svg"); }
    [[nodiscard]] bool isAvailableTo(Role role) const override;

    void attach(Session& session) override;
    void detach() override;

    // The day the figures are counted for; today unless a test pins it. Takes effect at the next refresh.
    void setAsOf(const QDate& date) { m_asOf = date; }
    // Reads the figures again (F5 and the Refresh button).
    void refresh();
    // True while a worker is counting.
    [[nodiscard]] bool isLoading() const { return m_worker != nullptr; }
    // The figures shown, if any (tests compare them with the buttons).
    [[nodiscard]] const std::optional<OverviewFigures>& figures() const { return m_figures; }

signals:
    // Figures (or an error) are on screen.
    void figuresShown();

private:
    void buildFigures(QWidget* host);
    void showFigures(const OverviewFigures& figures);
    void showError(const QString& message);
    void clearFigures();
    void finishWorker();
    FigureButton* addFigure(const QString& objectName, const QString& caption, const QString& pageKey,
                            const QVariantMap& filter, bool warning = false);

    Session* m_session = nullptr;
    QDate m_asOf;
    std::optional<OverviewFigures> m_figures;

    // Requests are numbered; a finished worker whose number is not the latest is ignored.
    quint64 m_generation = 0;
    QThread* m_worker = nullptr;
    bool m_refreshAgain = false;

    QStackedWidget* m_states = nullptr;
    QWidget* m_welcome = nullptr;
    QLabel* m_welcomeText = nullptr;
    QWidget* m_loading = nullptr;
    QWidget* m_content = nullptr;     // the figures and charts
    QWidget* m_contentPage = nullptr; // the scroll area around them
    QLabel* m_error = nullptr;
    QLabel* m_asOfLabel = nullptr;
    QPushButton* m_refresh = nullptr;

    FigureButton* m_openCases = nullptr;
    std::map<QString, FigureButton*> m_openByForm;
    FigureButton* m_dueThisWeek = nullptr;
    FigureButton* m_overdue = nullptr;
    FigureButton* m_referralsAwaiting = nullptr;
    FigureButton* m_referralsOverdue = nullptr;
    FigureButton* m_withoutCase = nullptr;
    QLabel* m_coverageText = nullptr;
    QLabel* m_coveragePeriod = nullptr;
    QProgressBar* m_coverageBar = nullptr;
    QChartView* m_casesChart = nullptr;
    QChartView* m_peopleChart = nullptr;
};

} // namespace legalaid::ui
