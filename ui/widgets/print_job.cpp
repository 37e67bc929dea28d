#include "widgets/print_job.h"

#include "records/session.h"
#include "widgets/print_progress.h"

#include <QEventLoop>
#include <QPrinter>
#include <QProgressDialog>
#include <QThread>

namespace legalaid::ui {

namespace {

std::function<void(int, int)>& pageHookForTests() {
    static std::function<void(int, int)> hook;
    return hook;
}

} // namespace

void PrintJob::setPageHookForTests(std::function<void(int pagesDone, int pageCount)> hook) {
    pageHookForTests() = std::move(hook);
}

PrintJob::PrintJob(documents::OfficialDocument document, documents::PrintRequest request, QWidget* parent)
    : m_document(std::move(document))
    , m_request(std::move(request))
    , m_parent(parent) {}

PrintJob::~PrintJob() {
    stopWorker();
    // Parented to a widget that may outlive the job; already gone if the lock closed it.
    delete m_dialog.data();
}

std::unique_ptr<PrintJob> PrintJob::startPdf(documents::OfficialDocument document,
                                             documents::PrintRequest request, QWidget* parent) {
    std::unique_ptr<PrintJob> job(new PrintJob(std::move(document), std::move(request), parent));
    job->start();
    return job;
}

Result<std::unique_ptr<PrintJob>> PrintJob::startPrinter(documents::OfficialDocument document,
                                                         documents::PrintRequest request,
                                                         std::unique_ptr<QPrinter> printer, QWidget* parent) {
    if (!printer || !printer->setPageLayout(document.pageLayout()))
        return makeError(ErrorCode::Io,
                         PrintProgress::tr("The printer does not accept an A4 page with the margins "
                                           "of an official document."));
    std::unique_ptr<PrintJob> job(new PrintJob(std::move(document), std::move(request), parent));
    job->m_printer = std::move(printer);
    job->start();
    return job;
}

void PrintJob::start() {
    if (m_parent) {
        m_dialog = new QProgressDialog(m_parent);
        m_dialog->setObjectName(QStringLiteral("printProgress"));
        m_dialog->setWindowTitle(PrintProgress::tr("Printing"));
        m_dialog->setCancelButtonText(PrintProgress::tr("Cancel"));
        m_dialog->setLabelText(tr("Laying out the pages…"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(400); // a one-page form never shows it
        m_dialog->setMinimumWidth(380);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setRange(0, 0); // busy until the pages are laid out
        m_dialog->setValue(0);    // starts the minimum-duration timer
        connect(m_dialog, &QProgressDialog::canceled, this, &PrintJob::cancel);
    }

    // The worker sees only the document, the device and the atomics: never the Session.
    documents::RenderControl control;
    control.cancel = &m_cancel;
    control.progress = [this](int done, int total) {
        m_done = done;
        m_total = total;
        // Coalesced: a fast worker does not flood the GUI thread with one event per page.
        if (!m_progressPosted.exchange(true))
            QMetaObject::invokeMethod(this, &PrintJob::showProgress, Qt::QueuedConnection);
        if (const auto& hook = pageHookForTests())
            hook(done, total);
    };
    m_worker = QThread::create([this, control] {
        if (m_printer) {
            auto stats = documents::renderDocument(m_document, *m_printer, control);
            if (stats)
                m_renderedPages = stats->pageCount;
            else
                m_error = stats.error();
        } else {
            auto pdf = documents::renderPdf(m_document, control);
            if (pdf) {
                m_renderedPages = pdf->pageCount;
                m_pdf = std::move(pdf->pdf);
            } else {
                m_error = pdf.error();
            }
        }
    });
    m_worker->setObjectName(QStringLiteral("printWorker"));
    connect(m_worker, &QThread::finished, this, &PrintJob::workerEnded, Qt::QueuedConnection);
    m_worker->start();
}

void PrintJob::showProgress() {
    m_progressPosted = false;
    if (!m_dialog || m_finished || m_cancel.load())
        return;
    const int total = m_total.load();
    const int done = std::min(m_done.load(), total);
    m_dialog->setMaximum(std::max(total, 1));
    m_dialog->setLabelText(
        PrintProgress::tr("Printing page %1 of %2…").arg(std::min(done + 1, total)).arg(total));
    m_dialog->setValue(done); // may process events (the dialog is modal): nothing may follow it here
}

void PrintJob::cancel() {
    m_cancel = true;
}

void PrintJob::stopWorker() {
    if (!m_worker)
        return;
    m_cancel = true;
    m_worker->wait();
    delete std::exchange(m_worker, nullptr);
}

void PrintJob::workerEnded() {
    if (m_finished)
        return;   // abandoned meanwhile
    stopWorker(); // already ended: joins at once
    m_finished = true;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater(); // this may run inside the dialog's own setValue()
    }
    emit finished();
}

void PrintJob::abandon() {
    m_abandoned = true;
    stopWorker();
    m_pdf.clear();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    if (!std::exchange(m_finished, true))
        emit finished();
}

Status PrintJob::abandonAudited(Session& session) {
    abandon(); // joins the worker: m_error, m_renderedPages and pagesDone() are final now
    if (!m_printer)
        return {};
    const bool wholeDocument = !m_error && m_renderedPages > 0;
    const int drawn = wholeDocument ? m_renderedPages : pagesDone();
    if (drawn == 0 || m_audited)
        return {};
    AuditEvent event = documents::printAuditEvent(session, m_request);
    if (!wholeDocument)
        event.details += QStringLiteral(" cancelled_after_pages=%1").arg(drawn);
    m_audited = true;
    return session.audit(event);
}

void PrintJob::waitForFinished() {
    if (m_finished)
        return;
    QEventLoop loop;
    connect(this, &PrintJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (!m_finished) // the application is quitting
        abandon();
}

QString PrintJob::cancelledSentence() const {
    return PrintProgress::tr("Printing cancelled after %1 of %2 pages.").arg(pagesDone()).arg(pageCount());
}

Result<documents::RenderStats> PrintJob::finishAudited(Session& session) {
    if (!m_finished || m_abandoned)
        return makeError(ErrorCode::Cancelled, cancelledSentence());
    const bool cancelled = m_error && m_error->code == ErrorCode::Cancelled;
    const int drawn = pagesDone();
    if (m_error) {
        // A PDF not wholly drawn is not made; a printer that got no page printed nothing.
        if (!m_printer || !cancelled || drawn == 0)
            return cancelled ? makeError(ErrorCode::Cancelled, cancelledSentence()) : *m_error;
    }
    AuditEvent event = documents::printAuditEvent(session, m_request);
    if (m_error) // pages already sent to the printer before a cancel were printed: audited too
        event.details += QStringLiteral(" cancelled_after_pages=%1").arg(drawn);
    if (const Status audited = session.audit(event); !audited) {
        m_pdf.clear();
        return audited.error();
    }
    m_audited = true;
    if (m_error)
        return makeError(ErrorCode::Cancelled, cancelledSentence());
    return documents::RenderStats{m_renderedPages};
}

} // namespace legalaid::ui
