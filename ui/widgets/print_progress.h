#pragma once

#include "common/result.h"
#include "documents/document_catalogue.h"
#include "documents/official_document.h"

#include <QCoreApplication>
#include <QPointer>
#include <atomic>

class QPagedPaintDevice;
class QProgressDialog;
class QWidget;

namespace legalaid::ui {

// The progress of a long print (a register, the directory, a dossier): a window-modal dialog saying
// "Printing page 3 of 40…" with a Cancel button that sets the render's cancel flag. Setting the dialog's
// value processes events, so the window stays painted while the pages are drawn on the GUI thread.
class PrintProgress {
    Q_DECLARE_TR_FUNCTIONS(PrintProgress)

public:
    explicit PrintProgress(QWidget* parent);
    ~PrintProgress();
    PrintProgress(const PrintProgress&) = delete;
    PrintProgress& operator=(const PrintProgress&) = delete;

    // The control to pass to renderDocument / printDocument; valid while this object lives.
    [[nodiscard]] documents::RenderControl control();
    [[nodiscard]] bool cancelled() const { return m_cancel.load(); }
    // "Printing cancelled after 3 of 40 pages." — one sentence, not an error.
    [[nodiscard]] QString cancelledSentence() const;
    // Stops the drawing from outside (the page was detached: the desk is locking).
    void cancel() { m_cancel = true; }

private:
    void update(int pagesDone, int pageCount);

    QPointer<QWidget> m_parent;
    QPointer<QProgressDialog> m_dialog;
    std::atomic_bool m_cancel{false};
    int m_done = 0;
    int m_total = 0;
};

// Shows a sentence that is news, not an error (a cancelled print) in the status bar of the window `from`
// is in, for a few seconds; nothing when that window has no status bar.
void showPrintNote(QWidget* from, const QString& sentence);

// Builds `request`'s document, lays it out on `device` and draws it under a PrintProgress, then writes
// the same audit entry as documents::printDocument. Unlike printDocument it uses the session only before
// and after the drawing, and after only if `session` (the page's pointer, cleared by detach) is still set:
// the progress dialog processes events, and a lock in the middle destroys the session.
// For a print preview only (a preview paints synchronously on the GUI thread); a PDF or a printer the user
// chose is drawn off the GUI thread with PrintJob (widgets/print_job.h).
[[nodiscard]] Result<documents::RenderStats> printWithProgress(Session* const& session,
                                                               const documents::PrintRequest& request,
                                                               QPagedPaintDevice& device, QWidget* parent);

} // namespace legalaid::ui
