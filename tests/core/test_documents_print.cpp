// The printed documents of issue 5 besides the request form: every document renders from the records on the
// Decree 30 frame, is audited, refuses the roles that may not see it, and long tables paginate properly.
#include "documents/document_catalogue.h"
#include "documents/official_document.h"
#include "documents/official_documents.h"
#include "documents/recovery_code_sheet.h"
#include "pdf_files.h"
#include "records/cases/case_event_service.h"
#include "records/cases/case_lifecycle_service.h"
#include "records/cases/case_service.h"
#include "records/people/consent_service.h"
#include "records/people/person_service.h"
#include "records/referrals/referral_service.h"
#include "test_cases_support.h"
#include "test_database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace legalaid;
using namespace legalaid::documents;
using namespace legalaid::test;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

// The text of every page, in reading order with the layout kept (pdftotext separates pages with \f).
QStringList pagesOf(const QString& path) {
    QStringList pages =
        poppler(s("pdftotext"), {s("-layout"), path, s("-")}).split(QLatin1Char('\f'), Qt::KeepEmptyParts);
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString allText(const QString& path) {
    return pagesOf(path).join(QLatin1Char('\n'));
}

// The checks every official document passes.
void checkFrame(const QString& text) {
    CHECK(text.contains(s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(s("Độc lập - Tự do - Hạnh phúc")));
}

struct PrintFixture {
    TempWorkspace ws;
    SetupResult created = createTestDatabase(ws);
    std::unique_ptr<Session> session = openAsAdmin(created.files.database);
    qint64 personId = 0;
    qint64 caseId = 0;
    QString fileCode;
    qint64 firstProvider = 0;
    qint64 secondProvider = 0;

    PrintFixture() {
        PersonDetails details;
        details.fullName = s("Nguyễn Thị Ánh Tuyết");
        details.sex = Sex::Female;
        details.birthYear = 1998;
        details.provinceCode = s("hai_phong");
        details.commune = s("Xã Tiên Lãng");
        details.phone = s("0912345678");
        auto saved = PersonService(*session).create(details);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
        personId = saved->id;
        firstProvider = cases::insertProvider(session->db(), s("Trần Văn Minh"));
        secondProvider = cases::insertProvider(session->db(), s("Lê Thị Hồng"));
        caseId = openCase(QDate(2026, 3, 2));
    }

    qint64 openCase(const QDate& receivedOn) {
        NewCase request;
        request.personId = personId;
        request.form = s("litigation");
        request.fieldCode = s("hinh_su");
        request.receivedOn = receivedOn;
        request.summary = s("Bảo vệ quyền lợi của nạn nhân trong vụ án mua bán người.");
        auto opened = CaseService(*session).open(request);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        fileCode = opened->fileCode;
        return opened->id;
    }

    void assignAndChange() {
        CaseLifecycleService lifecycle(*session);
        REQUIRE(lifecycle.accept(caseId, QDate(2026, 3, 3)).ok());
        REQUIRE(lifecycle.assign(caseId, firstProvider, QDate(2026, 3, 4)).ok());
        REQUIRE(lifecycle
                    .changeProvider(caseId, secondProvider, s("Người thực hiện ốm dài ngày"),
                                    QDate(2026, 3, 9), QDate(2026, 3, 10))
                    .ok());
    }

    QString render(const PrintRequest& request, const QString& name) {
        auto pdf = printDocumentPdf(*session, request);
        INFO((pdf ? QString() : pdf.error().message).toStdString());
        REQUIRE(pdf.ok());
        return savePdf(ws, name, pdf->pdf);
    }
};

PrintRequest caseRequest(const QString& code, qint64 id) {
    PrintRequest request;
    request.code = code;
    request.id = id;
    return request;
}

PrintRequest periodRequest(const QString& code, int year) {
    PrintRequest request;
    request.code = code;
    request.from = QDate(year, 1, 1);
    request.to = QDate(year, 12, 31);
    request.periodLabel = s("Năm %1").arg(year);
    return request;
}

} // namespace

TEST_CASE("The decisions, the refusal and the notice print from the case with the frame",
          "[documents-print]") {
    PrintFixture f;
    f.assignAndChange();
    const qint64 before = cases::auditCount(f.session->db(), s("document.print"));

    const QString assign = allText(f.render(caseRequest(s("decision_assign"), f.caseId), s("assign.pdf")));
    checkFrame(assign);
    CHECK(assign.contains(s("QUYẾT ĐỊNH")));
    CHECK(assign.contains(s("Về việc cử người thực hiện trợ giúp pháp lý")));
    CHECK(assign.contains(s("TRUNG TÂM TRỢ GIÚP PHÁP LÝ")));
    CHECK(assign.contains(s("Nguyễn Thị Ánh Tuyết")));
    CHECK(assign.contains(f.fileCode));
    CHECK(assign.contains(s("/QĐ-TGPL")));
    CHECK(assign.contains(s("Nơi nhận:")));
    CHECK(assign.contains(QRegularExpression(s("Hải Phòng, ngày \\d\\d tháng \\d{1,2} năm 20\\d\\d"))));
    CHECK(assign.contains(s("CONFIDENTIAL")));

    const QString change =
        allText(f.render(caseRequest(s("decision_change_provider"), f.caseId), s("change.pdf")));
    checkFrame(change);
    CHECK(change.contains(s("Về việc thay đổi người thực hiện trợ giúp pháp lý")));
    CHECK(change.contains(s("Trần Văn Minh"))); // the previous provider
    CHECK(change.contains(s("Lê Thị Hồng")));   // the new one
    CHECK(change.contains(s("10/03/2026")));
    CHECK(change.contains(s("Người thực hiện ốm dài ngày")));

    // The refusal is printed only for a refused case, with its legal ground.
    auto early = printDocumentPdf(*f.session, caseRequest(s("refusal"), f.caseId));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::InvalidArgument);
    const qint64 refused = f.openCase(QDate(2026, 4, 1));
    REQUIRE(CaseLifecycleService(*f.session)
                .refuse(refused, s("not_eligible"), s("Đã có luật sư riêng"), QDate(2026, 4, 2))
                .ok());
    const QString refusal = allText(f.render(caseRequest(s("refusal"), refused), s("refusal.pdf")));
    checkFrame(refusal);
    CHECK(refusal.contains(s("từ chối trợ giúp pháp lý")));
    CHECK(refusal.contains(s("không thuộc diện người được trợ giúp pháp lý")));
    CHECK(refusal.contains(s("Đã có luật sư riêng")));
    CHECK_FALSE(refusal.contains(s("nội dung trái pháp luật"))); // only the case's own ground

    const qint64 stopped = f.openCase(QDate(2026, 4, 3));
    CaseLifecycleService lifecycle(*f.session);
    REQUIRE(lifecycle.accept(stopped, QDate(2026, 4, 3)).ok());
    REQUIRE(
        lifecycle.discontinue(stopped, s("withdrawal"), s("Người được TGPL rút yêu cầu"), QDate(2026, 4, 5))
            .ok());
    const QString notice = allText(f.render(caseRequest(s("discontinuation"), stopped), s("notice.pdf")));
    checkFrame(notice);
    CHECK(notice.contains(s("không tiếp tục thực hiện trợ giúp pháp lý")));
    CHECK(notice.contains(s("rút yêu cầu trợ giúp pháp lý")));

    const QString feedback = allText(f.render(caseRequest(s("feedback"), f.caseId), s("feedback.pdf")));
    checkFrame(feedback);
    CHECK(feedback.contains(s("PHIẾU LẤY Ý KIẾN NGƯỜI ĐƯỢC TRỢ GIÚP PHÁP LÝ")));
    CHECK(feedback.contains(s("Lê Thị Hồng")));

    // Every print is audited against its case, with the document's code and no personal data.
    CHECK(cases::auditCount(f.session->db(), s("document.print")) == before + 5);
    CHECK(scalar(
              f.session->db(),
              s("SELECT count(*) FROM audit_log WHERE action = 'document.print' AND target_type = 'case' AND "
                "target_id = ? AND details = 'code=decision_assign'"),
              {QString::number(f.caseId)}) == 1);
    CHECK(scalar(f.session->db(),
                 s("SELECT count(*) FROM audit_log WHERE action = 'document.print' AND details LIKE ?"),
                 {s("%Tuyết%")}) == 0);
}

TEST_CASE("The case dossier has a cover, a contents page with page numbers and every section",
          "[documents-print]") {
    PrintFixture f;
    f.assignAndChange();
    CaseEventService events(*f.session);
    NewCaseEvent hearing;
    hearing.caseId = f.caseId;
    hearing.kind = s("hearing");
    hearing.on = QDate(2026, 3, 20);
    hearing.court = s("Tòa án nhân dân thành phố Hải Phòng");
    hearing.stage = s("first_instance");
    REQUIRE(events.add(hearing).ok());
    NewCaseEvent document;
    document.caseId = f.caseId;
    document.kind = s("document");
    document.direction = s("received");
    document.documentType = s("decision");
    document.title = s("Quyết định khởi tố vụ án");
    document.number = s("15/QĐ-CSĐT");
    REQUIRE(events.add(document).ok());
    // Enough notes for the timeline to run over pages.
    for (int i = 1; i <= 60; ++i) {
        NewCaseEvent note;
        note.caseId = f.caseId;
        note.kind = s("note");
        note.on = QDate(2026, 3, 10).addDays(i % 20);
        note.text =
            s("Ghi chú làm việc số %1 với người được trợ giúp pháp lý về tiến độ vụ án và các yêu cầu "
              "bồi thường thiệt hại.")
                .arg(i);
        REQUIRE(events.add(note).ok());
    }

    QElapsedTimer timer;
    timer.start();
    const QString path = f.render(caseRequest(s("dossier"), f.caseId), s("dossier.pdf"));
    WARN("dossier with 63 events rendered in " << timer.elapsed() << " ms");
    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() >= 4);
    checkFrame(pages.at(0));
    CHECK(pages.at(0).contains(s("HỒ SƠ VỤ VIỆC TRỢ GIÚP PHÁP LÝ")));
    CHECK(pages.at(0).contains(f.fileCode));
    CHECK(pages.at(0).contains(s("Nguyễn Thị Ánh Tuyết")));
    CHECK(pages.at(1).contains(s("MỤC LỤC")));
    CHECK_FALSE(pages.at(1).contains(s("[[page:")));
    // The contents give the page each section starts on.
    const auto sectionPage = [&](const QString& heading) {
        for (int page = 2; page < pages.size(); ++page)
            if (pages.at(page).simplified().contains(heading))
                return page + 1;
        return 0;
    };
    const int timelinePage = sectionPage(s("III. DIỄN BIẾN VỤ VIỆC"));
    const int registerPage = sectionPage(s("V. DANH MỤC TÀI LIỆU TRONG HỒ SƠ"));
    REQUIRE(timelinePage > 0);
    REQUIRE(registerPage > timelinePage);
    CHECK(pages.at(1).contains(QRegularExpression(s("III\\. Diễn biến vụ việc\\s+%1\\s*$").arg(timelinePage),
                                                  QRegularExpression::MultilineOption)));
    CHECK(pages.at(1).contains(
        QRegularExpression(s("V\\. Danh mục tài liệu trong hồ sơ\\s+%1\\s*$").arg(registerPage),
                           QRegularExpression::MultilineOption)));
    const QString text = pages.join(QLatin1Char('\n'));
    CHECK(text.contains(s("Tòa án nhân dân thành phố Hải Phòng")));
    CHECK(text.contains(s("Quyết định khởi tố vụ án")));
    CHECK(text.contains(s("Ghi chú làm việc số 60")));
    CHECK(text.contains(s("Trần Văn Minh")));
    CHECK(text.contains(s("Lê Thị Hồng")));
    for (const QString& page : pages)
        CHECK(page.contains(s("CONFIDENTIAL")));
}

TEST_CASE("The referral slip shows only the fields the consent covers", "[documents-print]") {
    PrintFixture f;
    const qint64 shelter = cases::insertOrganisation(f.session->db(), s("victim_support_facility"),
                                                     s("Cơ sở hỗ trợ nạn nhân Hải Phòng"));
    ConsentDetails consent;
    consent.personId = f.personId;
    consent.keepData = true;
    consent.share = true;
    consent.givenOn = QDate::currentDate().addDays(-10);
    consent.partnerOrganisationIds = {shelter};
    REQUIRE(ConsentService(*f.session).record(consent).ok());
    NewReferral referral;
    referral.personId = f.personId;
    referral.direction = s("out");
    referral.organisationId = shelter;
    referral.service = s("shelter");
    referral.sentOn = QDate::currentDate().addDays(-1);
    referral.disclose = {s("full_name"), s("birth_year")};
    auto created = ReferralService(*f.session).create(referral);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());

    const QString text = allText(f.render(caseRequest(s("referral_slip"), created->id), s("referral.pdf")));
    checkFrame(text);
    CHECK(text.contains(s("PHIẾU CHUYỂN GỬI")));
    CHECK(text.contains(s("Cơ sở hỗ trợ nạn nhân Hải Phòng")));
    CHECK(text.contains(s("Nguyễn Thị Ánh Tuyết")));
    CHECK(text.contains(s("1998")));
    // The phone and the commune are recorded but not covered: they are not on the slip.
    CHECK(text.contains(s("Họ và tên")));
    CHECK(text.contains(s("Năm sinh")));
    CHECK(text.simplified().contains(s("Hỗ trợ nơi ở tạm thời")));
    CHECK_FALSE(text.contains(s("Số điện thoại")));
    CHECK_FALSE(text.contains(s("0912345678")));
    CHECK_FALSE(text.contains(s("Tiên Lãng")));
    CHECK(scalar(
              f.session->db(),
              s("SELECT count(*) FROM audit_log WHERE action = 'document.print' AND target_type = 'referral' "
                "AND target_id = ?"),
              {QString::number(created->id)}) == 1);
}

TEST_CASE("A long register repeats its header on every landscape page and never cuts a row",
          "[documents-print]") {
    PrintFixture f;
    // 120 more cases in 2026, inserted directly (the register reads them, it does not open them); every
    // third has a long name and address so that rows take several lines.
    {
        QSqlDatabase db = f.session->db();
        REQUIRE(db.transaction());
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (int i = 1; i <= 120; ++i) {
            const QString name =
                i % 3 == 0 ? s("Nguyễn Thị Phương Thảo Hoàng Lan Anh số %1").arg(i) : s("Người số %1").arg(i);
            const qint64 person = insertRow(
                db,
                s("INSERT INTO people (category, full_name, name_folded, commune, province_code, created_at, "
                  "created_by, updated_at, updated_by) VALUES ('victim', ?, ?, ?, 'hai_phong', ?, 't', ?, "
                  "'t')"),
                {name, name.toLower(),
                 i % 3 == 0 ? s("Xã Tiên Lãng, thôn Đông Xuân Hạ, xóm Bắc") : s("Xã An Lão"), now, now});
            insertRow(db,
                      s("INSERT INTO cases (unit_code, form, field_code, group_code, beneficiary_person_id, "
                        "source, "
                        "received_on, status, register_year, register_number, file_code, last_step_on, "
                        "created_at, updated_at) VALUES ('TT', 'consultation', 'hinh_su', 'art7_6a', ?, "
                        "'walk_in', ?, 'received', 2026, ?, ?, ?, ?, ?)"),
                      {person, QDate(2026, 5, 1).toString(Qt::ISODate), 100 + i,
                       s("TT.TV.%1.2026").arg(100 + i), QDate(2026, 5, 1).toString(Qt::ISODate), now, now});
        }
        REQUIRE(db.commit());
    }
    QElapsedTimer timer;
    timer.start();
    const QString path = f.render(periodRequest(s("register"), 2026), s("register.pdf"));
    WARN("register of 121 cases rendered in " << timer.elapsed() << " ms");
    CHECK(poppler(s("pdfinfo"), {path}).contains(s("842 x 595 pts (A4)"))); // landscape
    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() >= 3);
    CHECK(pages.at(0).contains(s("SỔ THỤ LÝ, THEO DÕI VỤ VIỆC TRỢ GIÚP PHÁP LÝ")));
    CHECK(pages.at(0).contains(s("121 vụ việc")));
    static const QRegularExpression fileCode(s("TT\\.TV\\.(\\d+)\\.2026"));
    QSet<int> seen;
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        const QString& text = pages.at(page);
        // Every page of the table starts with its header row.
        CHECK(text.contains(s("Người thực hiện")));
        CHECK(text.contains(s("STT")));
        CHECK(text.contains(s("CONFIDENTIAL")));
        // A row is whole on its page: the long name's last words and the long address are on the page
        // of its file code.
        for (auto it = fileCode.globalMatch(text); it.hasNext();) {
            const int number = it.next().captured(1).toInt();
            seen.insert(number);
            if ((number - 100) % 3 == 0 && number > 100) {
                CHECK(text.contains(s("số %1").arg(number - 100)));
            }
        }
    }
    CHECK(seen.size() == 120); // the fixture's own case is a litigation case (TT.TGTT…)
    // Each long row's name and its address lines are on one page: count the long rows' address ends.
    int addressEnds = 0;
    for (const QString& text : pages)
        addressEnds += text.count(s("Bắc, Hải Phòng"));
    CHECK(addressEnds == 40);
}

TEST_CASE("The engine never cuts a multi-line row of a long table", "[documents-print]") {
    OfficialDocument document;
    document.setIssuer(s("Sở Tư pháp"), s("Trung tâm")).setTitle(s("BẢNG"));
    QString table = s("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                      "<th>HEADCOL</th><th>Nội dung</th></tr></thead>");
    for (int row = 1; row <= 90; ++row)
        table += s("<tr><td>ROWSTART%1</td><td>dòng một<br/>dòng hai<br/>ROWEND%1</td></tr>").arg(row);
    document.appendBodyHtml(table + s("</table>"));
    auto pdf = renderPdf(document);
    REQUIRE(pdf.ok());
    TempWorkspace ws;
    const QStringList pages = pagesOf(savePdf(ws, s("rows.pdf"), pdf->pdf));
    REQUIRE(pages.size() >= 3);
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages.at(page).contains(s("HEADCOL")));
        for (int row = 1; row <= 90; ++row) {
            const bool starts = pages.at(page).contains(QRegularExpression(s("ROWSTART%1\\b").arg(row)));
            const bool ends = pages.at(page).contains(QRegularExpression(s("ROWEND%1\\b").arg(row)));
            INFO("row " << row);
            CHECK(starts == ends);
        }
    }
}

TEST_CASE("The directory and the beneficiary list print; the list is for the director and admin only",
          "[documents-print]") {
    PrintFixture f;
    const qint64 centre = cases::insertOrganisation(
        f.session->db(), s("centre"), s("Trung tâm Trợ giúp pháp lý nhà nước thành phố Hải Phòng"), s("TT"));
    insertRow(f.session->db(),
              s("INSERT INTO providers (kind, full_name, card_number, organisation_id) VALUES "
                "('legal_aid_officer', "
                "'Phạm Văn Đức', 'TGV-0123', ?)"),
              {centre});
    const QString directory =
        allText(f.render(PrintRequest{s("directory"), 0, {}, {}, {}, {}}, s("directory.pdf")));
    checkFrame(directory);
    CHECK(directory.contains(s("DANH SÁCH TỔ CHỨC THỰC HIỆN TRỢ GIÚP PHÁP LÝ")));
    CHECK(directory.contains(s("Phạm Văn Đức")));
    CHECK(directory.contains(s("TGV-0123")));
    CHECK_FALSE(directory.contains(s("CONFIDENTIAL"))); // published to partners: no personal data

    const QString list = allText(f.render(periodRequest(s("beneficiaries"), 2026), s("beneficiaries.pdf")));
    checkFrame(list);
    CHECK(list.contains(s("DANH SÁCH NGƯỜI ĐƯỢC TRỢ GIÚP PHÁP LÝ")));
    CHECK(list.contains(s("Nguyễn Thị Ánh Tuyết")));
    CHECK(list.contains(f.fileCode));
    CHECK(list.contains(s("CONFIDENTIAL")));
    CHECK(scalar(
              f.session->db(),
              s("SELECT count(*) FROM audit_log WHERE action = 'document.print' AND target_type = 'document' "
                "AND target_id = 'beneficiaries' AND details = 'code=beneficiaries from=2026-01-01 "
                "to=2026-12-31'")) == 1);

    const QString path = f.created.files.database;
    f.session.reset();
    for (Role role : {Role::LegalAidOfficer, Role::IntakeClerk, Role::StatisticsOfficer, Role::Auditor}) {
        auto other = sessionWithRole(path, role);
        auto refused = printDocumentPdf(*other, periodRequest(s("beneficiaries"), 2026));
        INFO(roleCode(role).toStdString());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(cases::auditCount(other->db(), s("document.print")) == 2); // the admin's two prints only
        bool listed = false;
        for (const PrintableDocument& document : printableDocuments(PrintContext::Centre, role))
            listed = listed || document.code == QLatin1String("beneficiaries");
        CHECK_FALSE(listed);
    }
    auto director = sessionWithRole(path, Role::Director);
    CHECK(printDocumentPdf(*director, periodRequest(s("beneficiaries"), 2026)).ok());
}

TEST_CASE("The print catalogue lists the documents of each context and refuses unknown ones",
          "[documents-print]") {
    QStringList caseCodes;
    for (const PrintableDocument& document : printableDocuments(PrintContext::Case, Role::Admin))
        caseCodes << document.code;
    CHECK(caseCodes == QStringList{s("request"), s("decision_assign"), s("decision_change_provider"),
                                   s("refusal"), s("discontinuation"), s("feedback"), s("dossier")});
    CHECK(printableDocuments(PrintContext::Referral, Role::Admin).size() == 1);
    CHECK(printableDocuments(PrintContext::Case, Role::StatisticsOfficer).empty());
    // Every printable document has a shipped template that passes its own schema check.
    for (const PrintableDocument& document : printableDocuments()) {
        INFO(document.code.toStdString());
        CHECK_FALSE(document.title.isEmpty());
    }
    PrintFixture f;
    auto unknown = printDocumentPdf(*f.session, caseRequest(s("sonnet"), f.caseId));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(s("sonnet")));
    auto noPeriod = printDocumentPdf(*f.session, PrintRequest{s("register"), 0, {}, {}, {}, {}});
    REQUIRE_FALSE(noPeriod.ok());
    CHECK(noPeriod.error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("The recovery code sheet is drawn on the official layout", "[documents-print]") {
    TempWorkspace ws;
    const RecoveryCodeSheet sheet{
        CentreSettings{kCentreName, s("TT"), s("Hải Phòng"), s("Sở Tư pháp thành phố Hải Phòng")},
        s("legalaid.db"), QDateTime(QDate(2026, 6, 5), QTime(10, 0)), s("ABCDE-FGHIJ-KLMNP-QRSTU")};
    const QString path = ws.path(s("recovery.pdf"));
    REQUIRE(writeRecoveryCodePdf(path, sheet).ok());
    const QString text = allText(path);
    checkFrame(text);
    CHECK(text.contains(s("SỞ TƯ PHÁP THÀNH PHỐ HẢI PHÒNG")));
    CHECK(text.contains(s("Hải Phòng, ngày 05 tháng 6 năm 2026")));
    CHECK(text.contains(s("KLMNP")));
    CHECK(poppler(s("pdfinfo"), {path}).contains(s("595 x 842 pts (A4)")));
}
