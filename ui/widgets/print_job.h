#pragma once

#include "common/result.h"
#include "documents/document_catalogue.h"
#include "documents/official_document.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QPrinter;
class QProgressDialog;
class QThread;
class QWidget;

namespace legalaid::ui {

// A long print drawn off the GUI thread: a document already built on the GUI thread (buildDocument reads the
// session there; the worker never touches the Session or its connection) is rendered on a QThread, to PDF
// bytes or to a printer the user chose, under a window-modal "Printing page N of M…" dialog with Cancel.
// Progress comes back to the GUI thread as queued invocations; Cancel sets the render's atomic flag. Once
// finished() has been emitted the caller writes the audit entry on the GUI thread with finishAudited().
//
// The lock: the page's detach() calls abandon(), which cancels, joins the worker and drops the result before
// the session goes; finishAudited() then writes nothing.
class PrintJob : public QObject {
    Q_OBJECT

public:
    ~PrintJob() override; // cancels and joins a worker still running

    // Starts drawing `document` as PDF bytes (renderPdf). `request` is what it is a print of (the audit
    // entry).
    [[nodiscard]] static std::unique_ptr<PrintJob> startPdf(documents::OfficialDocument document,
                                                            documents::PrintRequest request, QWidget* parent);
    // Starts drawing `document` on `printer` (one the user chose in a QPrintDialog, never a preview: a
    // preview paints synchronously on the GUI thread). The page layout is set here, on the GUI thread.
    [[nodiscard]] static Result<std::unique_ptr<PrintJob>> startPrinter(documents::OfficialDocument document,
                                                                        documents::PrintRequest request,
                                                                        std::unique_ptr<QPrinter> printer,
                                                                        QWidget* parent);

    [[nodiscard]] bool isFinished() const { return m_finished; }
    // Runs a local event loop (the GUI stays responsive) until finished() has been emitted.
    void waitForFinished();
    // What the Cancel button does: the worker stops before its next page.
    void cancel();
    // The desk is locking: cancels, joins the worker, closes the dialog and forgets the result. Emits
    // finished() now when it was not emitted yet.
    void abandon();
    [[nodiscard]] bool wasAbandoned() const { return m_abandoned; }
    [[nodiscard]] bool isPrinterJob() const { return m_printer != nullptr; }
    // The desk is locking and the session is still open: abandon(), and a printer job that had already sent
    // pages to the printer is audited now (with "cancelled_after_pages=N" when it did not end), because those
    // pages are on paper whatever the lock does. A PDF job writes nothing and audits nothing.
    [[nodiscard]] Status abandonAudited(Session& session);

    [[nodiscard]] int pagesDone() const { return m_done.load(); }
    [[nodiscard]] int pageCount() const { return m_total.load(); }
    // "Printing cancelled after 3 of 40 pages." — one sentence, not an error.
    [[nodiscard]] QString cancelledSentence() const;

    // After finished(), on the GUI thread: writes the entry documents::printDocument / printDocumentPdf write
    // (documents::printAuditEvent) and returns how the drawing ended. Nothing is audited when the job was
    // abandoned, failed, or is a PDF not wholly drawn; a printer job cancelled after some pages is audited
    // with "cancelled_after_pages=N" and still returns ErrorCode::Cancelled (with cancelledSentence()).
    [[nodiscard]] Result<documents::RenderStats> finishAudited(Session& session);
    // The PDF bytes, once finishAudited() succeeded for a PDF job.
    [[nodiscard]] QByteArray takePdf() { return std::exchange(m_pdf, {}); }

    // Tests only: called on the worker thread after each progress report (pagesDone, pageCount), so that a
    // test can see where the pages are drawn and slow them down to cancel or lock in the middle of a small
    // document. Set it while no job runs; an empty function removes it.
    static void setPageHookForTests(std::function<void(int pagesDone, int pageCount)> hook);

signals:
    // The worker has ended (or the job was abandoned); emitted once, on the GUI thread.
    void finished();

private:
    PrintJob(documents::OfficialDocument document, documents::PrintRequest request, QWidget* parent);
    void start();
    void showProgress();
    void workerEnded();
    void stopWorker();

    documents::OfficialDocument m_document;
    documents::PrintRequest m_request;
    std::unique_ptr<QPrinter> m_printer; // null: PDF
    QPointer<QWidget> m_parent;
    QPointer<QProgressDialog> m_dialog;
    QThread* m_worker = nullptr;

    std::atomic_bool m_cancel{false};
    std::atomic_int m_done{0};
    std::atomic_int m_total{0};
    std::atomic_bool m_progressPosted{false}; // one queued update at a time

    // Written by the worker, read on the GUI thread only after it was joined.
    std::optional<Error> m_error;
    int m_renderedPages = 0;
    QByteArray m_pdf;

    bool m_finished = false;
    bool m_abandoned = false;
    bool m_audited = false; // finishAudited or abandonAudited wrote the entry
};

} // namespace legalaid::ui
