#include "widgets/print_progress.h"

#include "records/session.h"

#include <QMainWindow>
#include <QPagedPaintDevice>
#include <QProgressDialog>
#include <QStatusBar>

namespace legalaid::ui {

PrintProgress::PrintProgress(QWidget* parent)
    : m_parent(parent) {}

PrintProgress::~PrintProgress() {
    delete m_dialog
        .data(); // parented to a widget that outlives this object; gone early if the lock closed it
}

documents::RenderControl PrintProgress::control() {
    documents::RenderControl control;
    control.progress = [this](int pagesDone, int pageCount) { update(pagesDone, pageCount); };
    control.cancel = &m_cancel;
    return control;
}

void PrintProgress::update(int pagesDone, int pageCount) {
    m_done = pagesDone;
    m_total = pageCount;
    if (!m_dialog && m_parent && !m_cancel) {
        m_dialog = new QProgressDialog(m_parent);
        m_dialog->setObjectName(QStringLiteral("printProgress"));
        m_dialog->setWindowTitle(tr("Printing"));
        m_dialog->setCancelButtonText(tr("Cancel"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(400); // a one-page form never shows it
        m_dialog->setMinimumWidth(380);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        QObject::connect(m_dialog, &QProgressDialog::canceled, m_dialog, [this] { m_cancel = true; });
    }
    if (!m_dialog)
        return;
    m_dialog->setMaximum(std::max(pageCount, 1));
    m_dialog->setLabelText(
        tr("Printing page %1 of %2…").arg(std::min(pagesDone + 1, pageCount)).arg(pageCount));
    m_dialog->setValue(std::min(pagesDone, pageCount)); // processes events once the dialog is shown
    if (m_dialog && m_dialog->wasCanceled())
        m_cancel = true;
}

QString PrintProgress::cancelledSentence() const {
    return tr("Printing cancelled after %1 of %2 pages.").arg(m_done).arg(m_total);
}

void showPrintNote(QWidget* from, const QString& sentence) {
    if (!from)
        return;
    if (auto* window = qobject_cast<QMainWindow*>(from->window()))
        window->statusBar()->showMessage(sentence, 8000);
}

Result<documents::RenderStats> printWithProgress(Session* const& session,
                                                 const documents::PrintRequest& request,
                                                 QPagedPaintDevice& device, QWidget* parent) {
    if (!session)
        return makeError(ErrorCode::Cancelled,
                         PrintProgress::tr("The desk is locked; unlock it and print again."));
    const documents::PrintableDocument* kind = documents::printableDocument(request.code);
    auto document = documents::buildDocument(*session, request);
    if (!document)
        return document.error();
    if (!kind || !device.setPageLayout(document->pageLayout()))
        return makeError(ErrorCode::Io,
                         PrintProgress::tr("The printer does not accept an A4 page with the margins "
                                           "of an official document."));
    // The entry documents::printDocument writes, pages drawn before a cancel included.
    AuditEvent event = documents::printAuditEvent(*session, request);

    PrintProgress progress(parent);
    int drawn = 0;
    documents::RenderControl control = progress.control();
    const auto report = control.progress;
    control.progress = [&](int done, int total) {
        drawn = done;
        report(done, total);
        if (!session) // locked while the dialog processed events: stop drawing
            progress.cancel();
    };
    auto stats = documents::renderDocument(*document, device, control);
    if (!session)
        return makeError(ErrorCode::Cancelled, progress.cancelledSentence());
    if (!stats && !(stats.error().code == ErrorCode::Cancelled && drawn > 0)) {
        if (stats.error().code == ErrorCode::Cancelled)
            return makeError(ErrorCode::Cancelled, progress.cancelledSentence());
        return stats.error();
    }
    if (!stats)
        event.details += QStringLiteral(" cancelled_after_pages=%1").arg(drawn);
    if (const Status audited = session->audit(event); !audited)
        return audited.error();
    if (!stats)
        return makeError(ErrorCode::Cancelled, progress.cancelledSentence());
    return stats;
}

} // namespace legalaid::ui
