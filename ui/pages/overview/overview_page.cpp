#include "pages/overview/overview_page.h"

#include "domain/case_catalogues.h"
#include "domain/person_catalogues.h"
#include "pages/overview/figure_button.h"
#include "records/permissions.h"
#include "records/reader_access.h"
#include "records/session.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

namespace legalaid::ui {

namespace {

QVariantMap linkFilter(std::initializer_list<std::pair<const char*, QVariant>> entries) {
    QVariantMap filter;
    for (const auto& [name, value] : entries)
        filter.insert(QLatin1String(name), value);
    return filter;
}

QGroupBox* figureGroup(const QString& title, QWidget* parent) {
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QHBoxLayout(group);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(8);
    return group;
}

QChartView* makeChartView(const QString& accessibleName, QWidget* parent) {
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setAccessibleName(accessibleName);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

// QChartView::setChart releases the old chart without deleting it.
void replaceChart(QChartView* view, QChart* chart) {
    QChart* previous = view->chart();
    view->setChart(chart);
    delete previous;
}

// Long category names break over lines (axis labels are rich text) instead of being cut short.
QString wrappedLabel(const QString& label, int lineLength = 16) {
    QStringList lines;
    QString line;
    for (const QString& word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > lineLength) {
            lines << line;
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QStringLiteral("<br>"));
}

// The sexes in the order the chart shows them; "" is a person whose sex is not recorded.
const QStringList& sexOrder() {
    static const QStringList order{QStringLiteral("f"), QStringLiteral("m"), QStringLiteral("x"), QString()};
    return order;
}

const QStringList& categoryOrder() {
    static const QStringList order{QStringLiteral("victim"), QStringLiteral("under_identification"),
                                   QStringLiteral("accompanying_minor")};
    return order;
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : DeskPage(parent) {
    setObjectName(QStringLiteral("overviewPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    outer->setSpacing(8);

    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(tr("Overview"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    header->addWidget(heading);
    m_asOfLabel = new QLabel(this);
    m_asOfLabel->setObjectName(QStringLiteral("overviewAsOf"));
    header->addWidget(m_asOfLabel);
    header->addStretch();
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("overviewRefresh"));
    m_refresh->setAccessibleName(tr("Refresh the figures"));
    m_refresh->setToolTip(tr("Count the figures again (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refresh);
    auto* refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &OverviewPage::refresh);
    header->addWidget(m_refresh);
    outer->addLayout(header);

    m_states = new QStackedWidget(this);
    outer->addWidget(m_states, 1);

    m_welcome = new QWidget(m_states);
    auto* welcomeLayout = new QVBoxLayout(m_welcome);
    m_welcomeText = new QLabel(m_welcome);
    m_welcomeText->setObjectName(QStringLiteral("overviewWelcome"));
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setTextFormat(Qt::PlainText);
    m_welcomeText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    welcomeLayout->addWidget(m_welcomeText);
    welcomeLayout->addStretch();
    m_states->addWidget(m_welcome);

    m_loading = new QWidget(m_states);
    auto* loadingLayout = new QVBoxLayout(m_loading);
    auto* loadingText = new QLabel(tr("Counting the figures…"), m_loading);
    loadingText->setObjectName(QStringLiteral("overviewLoading"));
    loadingText->setAlignment(Qt::AlignCenter);
    auto* loadingBar = new QProgressBar(m_loading);
    loadingBar->setRange(0, 0); // busy: the count has no steps to report
    loadingBar->setMaximumWidth(320);
    loadingBar->setAccessibleName(tr("Counting the figures"));
    loadingLayout->addStretch();
    loadingLayout->addWidget(loadingText);
    loadingLayout->addWidget(loadingBar, 0, Qt::AlignHCenter);
    loadingLayout->addStretch();
    m_states->addWidget(m_loading);

    auto* scroll = new QScrollArea(m_states);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    buildFigures(m_content);
    scroll->setWidget(m_content);
    m_contentPage = scroll;
    m_states->addWidget(scroll);

    m_error = new QLabel(m_states);
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_states->addWidget(m_error);
    m_refresh->setEnabled(false);
}

OverviewPage::~OverviewPage() {
    finishWorker();
}

FigureButton* OverviewPage::addFigure(const QString& objectName, const QString& caption,
                                      const QString& pageKey, const QVariantMap& filter, bool warning) {
    auto* button =
        new FigureButton(caption, pageKey, filter,
                         warning ? FigureButton::Tone::Warning : FigureButton::Tone::Normal, m_content);
    button->setObjectName(objectName);
    connect(button, &FigureButton::linkActivated, this, &DeskPage::navigateRequested);
    return button;
}

void OverviewPage::buildFigures(QWidget* host) {
    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    // First row: cases and their deadlines.
    auto* firstRow = new QHBoxLayout;
    firstRow->setSpacing(10);
    auto* cases = figureGroup(tr("Cases in progress"), host);
    m_openCases = addFigure(QStringLiteral("figureOpenCases"), tr("All forms"), QStringLiteral("cases"),
                            linkFilter({{"status", QStringLiteral("open")}}));
    cases->layout()->addWidget(m_openCases);
    for (const CaseForm form : allCaseForms()) {
        const QString code = caseFormCode(form);
        auto* button =
            addFigure(QStringLiteral("figureOpen_") + code, caseFormLabel(form), QStringLiteral("cases"),
                      linkFilter({{"status", QStringLiteral("open")}, {"form", code}}));
        m_openByForm[code] = button;
        cases->layout()->addWidget(button);
    }
    firstRow->addWidget(cases, 4);
    auto* deadlines = figureGroup(tr("Case deadlines"), host);
    m_dueThisWeek =
        addFigure(QStringLiteral("figureDueThisWeek"), tr("Due this week"), QStringLiteral("cases"),
                  linkFilter({{"deadline", QStringLiteral("this_week")}}));
    m_overdue = addFigure(QStringLiteral("figureOverdue"), tr("Overdue"), QStringLiteral("cases"),
                          linkFilter({{"deadline", QStringLiteral("overdue")}}), true);
    deadlines->layout()->addWidget(m_dueThisWeek);
    deadlines->layout()->addWidget(m_overdue);
    firstRow->addWidget(deadlines, 2);
    layout->addLayout(firstRow);

    // Second row: referrals, people waiting for a case, coverage.
    auto* secondRow = new QHBoxLayout;
    secondRow->setSpacing(10);
    auto* referrals = figureGroup(tr("Referrals"), host);
    m_referralsAwaiting = addFigure(QStringLiteral("figureReferralsAwaiting"), tr("Awaiting an answer"),
                                    QStringLiteral("referrals"), linkFilter({{"awaitingAnswer", true}}));
    m_referralsOverdue =
        addFigure(QStringLiteral("figureReferralsOverdue"), tr("Answer overdue"), QStringLiteral("referrals"),
                  linkFilter({{"awaitingAnswer", true}, {"overdue", true}}), true);
    referrals->layout()->addWidget(m_referralsAwaiting);
    referrals->layout()->addWidget(m_referralsOverdue);
    secondRow->addWidget(referrals, 2);
    auto* people = figureGroup(tr("People"), host);
    m_withoutCase =
        addFigure(QStringLiteral("figureWithoutCase"), tr("Under identification, no case yet"),
                  QStringLiteral("people"),
                  linkFilter({{"category", QStringLiteral("under_identification")}, {"withoutCase", true}}));
    people->layout()->addWidget(m_withoutCase);
    secondRow->addWidget(people, 1);

    auto* coverage = new QGroupBox(tr("Legal aid coverage this period"), host);
    auto* coverageLayout = new QVBoxLayout(coverage);
    coverageLayout->setContentsMargins(10, 6, 10, 8);
    m_coverageText = new QLabel(coverage);
    m_coverageText->setObjectName(QStringLiteral("overviewCoverage"));
    QFont coverageFont = m_coverageText->font();
    coverageFont.setPointSizeF(coverageFont.pointSizeF() * 1.2);
    coverageFont.setBold(true);
    m_coverageText->setFont(coverageFont);
    m_coverageBar = new QProgressBar(coverage);
    m_coverageBar->setObjectName(QStringLiteral("overviewCoverageBar"));
    m_coverageBar->setAccessibleName(tr("Share of people who received legal aid"));
    m_coverageBar->setTextVisible(true);
    m_coveragePeriod = new QLabel(coverage);
    m_coveragePeriod->setWordWrap(true);
    m_coveragePeriod->setStyleSheet(QStringLiteral("color: #5f6368;"));
    coverageLayout->addWidget(m_coverageText);
    coverageLayout->addWidget(m_coverageBar);
    coverageLayout->addWidget(m_coveragePeriod);
    coverageLayout->addStretch();
    secondRow->addWidget(coverage, 2);
    layout->addLayout(secondRow);

    auto* charts = new QHBoxLayout;
    charts->setSpacing(10);
    m_casesChart = makeChartView(tr("Cases received per month by form"), host);
    m_casesChart->setObjectName(QStringLiteral("overviewCasesChart"));
    m_peopleChart = makeChartView(tr("People by category and sex"), host);
    m_peopleChart->setObjectName(QStringLiteral("overviewPeopleChart"));
    charts->addWidget(m_casesChart, 1);
    charts->addWidget(m_peopleChart, 1);
    layout->addLayout(charts, 1);
}

QString OverviewPage::title() const {
    return tr("Overview");
}

bool OverviewPage::isAvailableTo(Role /*role*/) const {
    // Every role sees the overview: roles without figures get a short welcome instead.
    return true;
}

void OverviewPage::attach(Session& session) {
    m_session = &session;
    if (!isAllowed(session.user().role, Operation::ViewAggregates)) {
        const QString name =
            session.user().fullName.isEmpty() ? session.user().name : session.user().fullName;
        m_welcomeText->setText(
            tr("Welcome, %1.\n\nUse the list on the left to record people, legal-aid requests and referrals. "
               "Ctrl+N starts a new person, Ctrl+F searches, Ctrl+L locks the desk when you step away.\n\n"
               "The figures of the overview are shown to roles that may view statistics.")
                .arg(name));
        m_refresh->setEnabled(false);
        m_refresh->setToolTip(
            requirePermission(session.user().role, Operation::ViewAggregates).error().message);
        m_states->setCurrentWidget(m_welcome);
        return;
    }
    m_refresh->setEnabled(true);
    m_refresh->setToolTip(tr("Count the figures again (F5)"));
    refresh();
}

void OverviewPage::detach() {
    finishWorker();
    m_session = nullptr;
    clearFigures();
    m_welcomeText->clear();
    m_refresh->setEnabled(false);
    m_states->setCurrentWidget(m_loading);
}

void OverviewPage::finishWorker() {
    // A newer generation makes the finished handler of the old worker a no-op; waiting here means the
    // worker's connection is closed before the session (and its key) goes away.
    ++m_generation;
    m_refreshAgain = false;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
}

void OverviewPage::refresh() {
    if (!m_session || !isAllowed(m_session->user().role, Operation::ViewAggregates))
        return;
    if (m_worker) {
        m_refreshAgain = true;
        return;
    }
    const quint64 generation = ++m_generation;
    auto result = std::make_shared<std::optional<Result<OverviewFigures>>>();
    const ReaderAccess access(*m_session);
    const Role role = m_session->user().role;
    const QDate asOf = m_asOf;
    m_worker = QThread::create([access, role, asOf, result] {
        auto database = access.open();
        if (!database) {
            result->emplace(database.error());
            return;
        }
        {
            const OverviewService service((*database)->connection(), role);
            result->emplace(service.figures(asOf));
        }
        // `database` closes here, in the thread that opened it.
    });
    m_worker->setObjectName(QStringLiteral("overviewWorker"));
    connect(m_worker, &QThread::finished, this, [this, generation, result] {
        if (generation != m_generation)
            return; // detached or destroyed meanwhile: the worker was already reaped
        m_worker->deleteLater();
        m_worker = nullptr;
        if (!m_session)
            return;
        if (!result->has_value())
            showError(tr("The figures could not be counted."));
        else if (!result->value())
            showError(result->value().error().message);
        else
            showFigures(*result->value());
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
    if (!m_figures)
        m_states->setCurrentWidget(m_loading);
    m_asOfLabel->setText(tr("counting…"));
    m_worker->start(QThread::LowPriority);
}

void OverviewPage::showError(const QString& message) {
    m_figures.reset();
    m_error->setText(message);
    m_asOfLabel->clear();
    m_states->setCurrentWidget(m_error);
    emit figuresShown();
}

void OverviewPage::clearFigures() {
    m_figures.reset();
    for (FigureButton* button : findChildren<FigureButton*>())
        button->clearValue();
    m_coverageText->clear();
    m_coveragePeriod->clear();
    m_coverageBar->setValue(0);
    m_asOfLabel->clear();
    m_error->clear();
    // Charts hold figures read from the database too: an empty chart replaces them.
    replaceChart(m_casesChart, new QChart);
    replaceChart(m_peopleChart, new QChart);
}

void OverviewPage::showFigures(const OverviewFigures& figures) {
    m_figures = figures;
    const QLocale locale;
    m_asOfLabel->setText(tr("as of %1").arg(locale.toString(figures.asOf, QLocale::ShortFormat)));

    m_openCases->setValue(figures.openCases);
    for (const auto& [form, button] : m_openByForm) {
        const auto found = figures.openCasesByForm.find(form);
        button->setValue(found == figures.openCasesByForm.end() ? 0 : found->second);
    }
    m_dueThisWeek->setValue(figures.deadlinesDueThisWeek);
    m_overdue->setValue(figures.deadlinesOverdue);
    m_referralsAwaiting->setValue(figures.referralsAwaitingAnswer);
    m_referralsOverdue->setValue(figures.referralsOverdue);
    m_withoutCase->setValue(figures.underIdentificationWithoutCase);

    m_coverageText->setText(
        tr("%1 of %2 people received legal aid")
            .arg(locale.toString(figures.coverageAided), locale.toString(figures.coverageKnown)));
    m_coverageBar->setRange(0, 100);
    m_coverageBar->setValue(
        figures.coverageKnown == 0
            ? 0
            : int((figures.coverageAided * 100 + figures.coverageKnown / 2) / figures.coverageKnown));
    m_coveragePeriod->setText(tr("Victims, people under identification and accompanying minors recorded from "
                                 "%1 to %2 (this half-year)")
                                  .arg(locale.toString(figures.coverageFrom, QLocale::ShortFormat),
                                       locale.toString(figures.coverageTo, QLocale::ShortFormat)));

    // Cases per month, stacked by form; a bar segment opens that month's cases of that form.
    auto* casesChart = new QChart;
    casesChart->setTitle(tr("Cases received per month"));
    casesChart->legend()->setAlignment(Qt::AlignBottom);
    auto* stacked = new QStackedBarSeries(casesChart);
    qint64 largestMonth = 0;
    for (const QString& month : figures.months) {
        qint64 total = 0;
        for (const auto& [form, count] : figures.casesByMonthAndForm.at(month))
            total += count;
        largestMonth = std::max(largestMonth, total);
    }
    for (const CaseForm form : allCaseForms()) {
        const QString code = caseFormCode(form);
        auto* set = new QBarSet(caseFormLabel(form), stacked);
        for (const QString& month : figures.months)
            *set << double(figures.casesByMonthAndForm.at(month).at(code));
        connect(set, &QBarSet::clicked, this, [this, code, months = figures.months](int index) {
            if (index >= 0 && index < months.size())
                emit navigateRequested(QStringLiteral("cases"),
                                       linkFilter({{"month", months.at(index)}, {"form", code}}));
        });
        stacked->append(set);
    }
    casesChart->addSeries(stacked);
    auto* monthAxis = new QBarCategoryAxis(casesChart);
    for (const QString& month : figures.months)
        monthAxis->append(
            QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).toString(QStringLiteral("M/yy")));
    QFont axisFont = monthAxis->labelsFont();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.85);
    monthAxis->setLabelsFont(axisFont);
    casesChart->addAxis(monthAxis, Qt::AlignBottom);
    stacked->attachAxis(monthAxis);
    auto* countAxis = new QValueAxis(casesChart);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setRange(0, std::max<qint64>(largestMonth, 4));
    countAxis->applyNiceNumbers();
    casesChart->addAxis(countAxis, Qt::AlignLeft);
    stacked->attachAxis(countAxis);
    replaceChart(m_casesChart, casesChart);

    // People per category, one bar per sex; a bar opens those people.
    auto* peopleChart = new QChart;
    peopleChart->setTitle(tr("People by category and sex"));
    peopleChart->legend()->setAlignment(Qt::AlignBottom);
    auto* bars = new QBarSeries(peopleChart);
    qint64 largestBar = 0;
    for (const QString& sex : sexOrder()) {
        const QString label =
            sex.isEmpty() ? tr("Not recorded") : personCatalogueLabel(PersonCatalogue::Sex, sex);
        auto* set = new QBarSet(label, bars);
        for (const QString& category : categoryOrder()) {
            qint64 count = 0;
            if (const auto bySex = figures.peopleByCategoryAndSex.find(category);
                bySex != figures.peopleByCategoryAndSex.end()) {
                if (const auto found = bySex->second.find(sex); found != bySex->second.end())
                    count = found->second;
            }
            largestBar = std::max(largestBar, count);
            *set << double(count);
        }
        if (sex.isEmpty() && set->sum() == 0) {
            delete set; // no unrecorded sex: no empty legend entry
            continue;
        }
        connect(set, &QBarSet::clicked, this, [this, sex](int index) {
            if (index >= 0 && index < categoryOrder().size() && !sex.isEmpty())
                emit navigateRequested(QStringLiteral("people"),
                                       linkFilter({{"category", categoryOrder().at(index)}, {"sex", sex}}));
        });
        bars->append(set);
    }
    peopleChart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis(peopleChart);
    for (const QString& category : categoryOrder())
        categoryAxis->append(wrappedLabel(personCatalogueLabel(PersonCatalogue::Category, category)));
    categoryAxis->setLabelsFont(axisFont);
    peopleChart->addAxis(categoryAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    auto* peopleAxis = new QValueAxis(peopleChart);
    peopleAxis->setLabelFormat(QStringLiteral("%d"));
    peopleAxis->setRange(0, std::max<qint64>(largestBar, 4));
    peopleAxis->applyNiceNumbers();
    peopleChart->addAxis(peopleAxis, Qt::AlignLeft);
    bars->attachAxis(peopleAxis);
    replaceChart(m_peopleChart, peopleChart);

    m_states->setCurrentWidget(m_contentPage);
    emit figuresShown();
}

} // namespace legalaid::ui
