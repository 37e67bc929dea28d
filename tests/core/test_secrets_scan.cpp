// Secrets stay secret (issue 8): known names, ID numbers and notes written through every feature, then every
// file the application leaves behind and every log line it printed (at debug level) is scanned for them in
// UTF-8, UTF-16 (both byte orders), decomposed (NFD) and search-folded forms. Zero hits allowed.
#include "cli_runner.h"
#include "records/people/person_service.h"
#include "test_database.h"

#include <QDate>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcessEnvironment>

using namespace legalaid;
using namespace legalaid::test;

namespace {

const QStringList kSecrets = {QStringLiteral("Vàng Thị Mỷ Huyền"),
                              QStringLiteral("079301234567"),
                              QStringLiteral("Giàng Seo Phử"),
                              QStringLiteral("0987654321"),
                              QStringLiteral("bị lừa bán sang Quảng Tây"),
                              QStringLiteral("Lý Thị Dợ"),
                              QStringLiteral("thông tin kín về vụ việc XK9"),
                              QStringLiteral("ghi chú phiên họp QZ7"),
                              QStringLiteral("chuyển gửi bí mật RW5"),
                              QStringLiteral("Hầu Thị Chở"),
                              QStringLiteral("ghi chú trong tiến trình PX3")};

// Every byte form a secret could take on disk or in a log.
std::vector<QByteArray> needles() {
    std::vector<QByteArray> forms;
    for (const QString& secret : kSecrets) {
        for (const QString& text : {secret, secret.normalized(QString::NormalizationForm_D)}) {
            forms.push_back(text.toUtf8());
            QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
            forms.push_back(le);
            QByteArray be = le;
            for (qsizetype i = 0; i + 1 < be.size(); i += 2)
                std::swap(be[i], be[i + 1]);
            forms.push_back(be);
        }
        // The search index folds names to lower-case ASCII.
        QString folded = secret.normalized(QString::NormalizationForm_D);
        folded.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
        folded.replace(QChar(0x0111), QLatin1Char('d')).replace(QChar(0x0110), QLatin1Char('D'));
        forms.push_back(folded.toLower().toUtf8());
    }
    return forms;
}

struct ScanResult {
    qint64 bytes = 0;
    int files = 0;
    QStringList hits;
};

void scan(const QString& what, const QByteArray& bytes, ScanResult& result) {
    static const std::vector<QByteArray> forms = needles();
    result.bytes += bytes.size();
    ++result.files;
    for (const QByteArray& needle : forms) {
        if (bytes.contains(needle))
            result.hits << QStringLiteral("%1 contains %2").arg(what, QString::fromUtf8(needle.toHex()));
    }
}

QMutex logMutex;
QByteArray capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message) {
    QMutexLocker lock(&logMutex);
    capturedLog += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

} // namespace

TEST_CASE("No name, ID number or note is ever in clear in any file or log", "[secrets]") {
    TempWorkspace ws;
    const QString db = ws.path(QStringLiteral("data/centre.db"));
    QDir(ws.dir()).mkpath(QStringLiteral("data"));
    for (const char* folder : {"tmp", "config", "home", "print", "exports", "usb"})
        QDir(ws.dir()).mkpath(QString::fromLatin1(folder));
    const QString passwordFile = ws.writeFile(QStringLiteral("admin.pw"), kCliAdminPassword + '\n');

    // Every CLI run: debug logging on, temp files, settings and home inside the workspace.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("TMPDIR"), ws.path(QStringLiteral("tmp")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), ws.path(QStringLiteral("config")));
    environment.insert(QStringLiteral("HOME"), ws.path(QStringLiteral("home")));
    QByteArray cliLogs;
    const auto cli = [&](QStringList arguments, bool asAdmin = true) {
        arguments << QStringLiteral("--db") << db << QStringLiteral("--lang") << QStringLiteral("en");
        if (asAdmin)
            arguments << QStringLiteral("--user") << QStringLiteral("admin")
                      << QStringLiteral("--password-file") << passwordFile;
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LEGALAID_CLI_PATH), arguments);
        REQUIRE(process.waitForFinished(60000));
        Run result{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        cliLogs += result.err; // stderr is the CLI's log
        return result;
    };
    const auto idOf = [](const Run& result) {
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const qint64 id = result.json().value(QStringLiteral("id")).toInteger();
        REQUIRE(id > 0);
        return QString::number(id);
    };
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString s = QString();

    REQUIRE(
        cli({QStringLiteral("init"), QStringLiteral("--centre-name"),
             QStringLiteral("Trung tâm TGPL Lào Cai"), QStringLiteral("--centre-code"), QStringLiteral("TT"),
             QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--kdf"),
             QStringLiteral("interactive"), QStringLiteral("--password-file"), passwordFile},
            false)
            .exitCode == 0);
    const QString org = idOf(
        cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("police"),
             QStringLiteral("--name"), QStringLiteral("Công an tỉnh Lào Cai"), QStringLiteral("--json")}));
    const QString provider =
        idOf(cli({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("--kind"),
                  QStringLiteral("legal_aid_officer"), QStringLiteral("--full-name"),
                  QStringLiteral("Trần Văn Minh"), QStringLiteral("--card-number"), QStringLiteral("123/TGV"),
                  QStringLiteral("--organisation"), org, QStringLiteral("--json")}));
    const QString person =
        idOf(cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--category"),
                  QStringLiteral("victim"), QStringLiteral("--full-name"), kSecrets[0],
                  QStringLiteral("--id-type"), QStringLiteral("cccd"), QStringLiteral("--id-number"),
                  kSecrets[1], QStringLiteral("--phone"), kSecrets[3], QStringLiteral("--birth-year"),
                  QStringLiteral("2001"), QStringLiteral("--notes"), kSecrets[4], QStringLiteral("--json")}));
    idOf(cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--category"),
              QStringLiteral("accompanying_minor"), QStringLiteral("--full-name"), kSecrets[2],
              QStringLiteral("--birth-date"), QDate::currentDate().addYears(-9).toString(Qt::ISODate),
              QStringLiteral("--accompanies"), person, QStringLiteral("--arrival-date"), today,
              QStringLiteral("--json")}));
    CHECK(cli({QStringLiteral("person"), QStringLiteral("search"), QStringLiteral("Mỷ Huyền")}).exitCode ==
          0);
    CHECK(cli({QStringLiteral("identification"), QStringLiteral("set"), person, QStringLiteral("--status"),
               QStringLiteral("identified"), QStringLiteral("--body"), QStringLiteral("police"),
               QStringLiteral("--decision-date"), today, QStringLiteral("--note"), kSecrets[6]})
              .exitCode == 0);
    CHECK(cli({QStringLiteral("consent"), QStringLiteral("set"), person, QStringLiteral("--keep-data"),
               QStringLiteral("yes"), QStringLiteral("--share"), QStringLiteral("yes"),
               QStringLiteral("--partners"), org, QStringLiteral("--given-by"), QStringLiteral("both"),
               QStringLiteral("--representative"), kSecrets[5], QStringLiteral("--given-on"), today})
              .exitCode == 0);
    const QString legalCase =
        idOf(cli({QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--person"), person,
                  QStringLiteral("--form"), QStringLiteral("consultation"), QStringLiteral("--field"),
                  QStringLiteral("hinh_su"), QStringLiteral("--summary"), kSecrets[6],
                  QStringLiteral("--requester-name"), kSecrets[9], QStringLiteral("--requester-relation"),
                  QStringLiteral("mẹ"), QStringLiteral("--json")}));
    CHECK(cli({QStringLiteral("case"), QStringLiteral("event"), legalCase, QStringLiteral("--kind"),
               QStringLiteral("note"), QStringLiteral("--text"), kSecrets[7]})
              .exitCode == 0);
    CHECK(cli({QStringLiteral("case"), QStringLiteral("accept"), legalCase}).exitCode == 0);
    CHECK(cli({QStringLiteral("case"), QStringLiteral("assign"), legalCase, QStringLiteral("--provider"),
               provider})
              .exitCode == 0);
    idOf(cli({QStringLiteral("referral"), QStringLiteral("add"), QStringLiteral("--person"), person,
              QStringLiteral("--direction"), QStringLiteral("out"), QStringLiteral("--organisation"), org,
              QStringLiteral("--service"), QStringLiteral("medical"), QStringLiteral("--note"), kSecrets[8],
              QStringLiteral("--json")}));
    idOf(cli({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--kind"),
              QStringLiteral("legal_dissemination"), QStringLiteral("--date"), today,
              QStringLiteral("--title"), QStringLiteral("Tuyên truyền pháp luật"), QStringLiteral("--notes"),
              QStringLiteral("buổi sinh hoạt"), QStringLiteral("--json")}));
    // Printing: the PDF holds the name by design; it goes to a temp folder that is then emptied, and nothing
    // else may be left there.
    const QString pdf = ws.path(QStringLiteral("print/request.pdf"));
    const Run printed =
        cli({QStringLiteral("print"), QStringLiteral("request"), legalCase, QStringLiteral("--out"), pdf});
    INFO(printed.err.toStdString());
    CHECK(printed.exitCode == 0);
    CHECK(QFile::exists(pdf));
    QFile::remove(pdf);
    // Anonymised exports (the default) of every kind.
    const QString year = QString::number(QDate::currentDate().year());
    int exports = 0;
    for (const char* kind : {"people", "cases", "referrals", "activities"}) {
        const Run exported = cli({QStringLiteral("export"), QString::fromLatin1(kind),
                                  QStringLiteral("--period"), year, QStringLiteral("--out"),
                                  ws.path(QStringLiteral("exports/%1.csv").arg(QString::fromLatin1(kind)))});
        INFO(exported.err.toStdString());
        CHECK(exported.exitCode == 0);
        exports += exported.exitCode == 0 ? 1 : 0;
    }
    CHECK(
        cli({QStringLiteral("backup"), QStringLiteral("--out"), ws.path(QStringLiteral("usb/centre.labak"))})
            .exitCode == 0);
    // A failed sign-in leaves the sealed journal and the sign-in delay file.
    const QString wrong = ws.writeFile(QStringLiteral("wrong.pw"), "wrong password 2026\n");
    CHECK(cli({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("admin"),
               QStringLiteral("--password-file"), wrong},
              false)
              .exitCode != 0);

    // In this process: debug logging captured by a message handler, and a session left open so the
    // write-ahead log is on disk when it is scanned.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    auto session = Session::open(db, QStringLiteral("admin"), QString::fromUtf8(kCliAdminPassword).trimmed());
    REQUIRE(session.ok());
    PersonDetails details;
    details.category = PersonCategory::Victim;
    details.fullName = kSecrets[9];
    details.notes = kSecrets[10];
    REQUIRE(PersonService(**session).create(details).ok());
    REQUIRE(PersonService(**session).get(1).ok());
    REQUIRE(QFile::exists(db + QStringLiteral("-wal")));

    ScanResult result;
    QStringList scanned;
    QDirIterator files(ws.dir(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(QLatin1String(".pw")))
            continue;
        scanned << QDir(ws.dir()).relativeFilePath(path);
        scan(path, readAll(path), result);
    }
    scan(QStringLiteral("CLI logs"), cliLogs, result);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    {
        QMutexLocker lock(&logMutex);
        scan(QStringLiteral("debug log"), capturedLog, result);
    }
    INFO(scanned.join(QStringLiteral(", ")).toStdString());
    CHECK(result.hits.isEmpty());
    for (const QString& hit : std::as_const(result.hits))
        WARN(hit.toStdString());
    // What must have been scanned: database, log, keyring, backup, exports (the journal and the sign-in
    // delays are cleared by the successful sign-in above).
    for (const QString& expected :
         {QStringLiteral("data/centre.db"), QStringLiteral("data/centre.db-wal"),
          QStringLiteral("data/centre.db.keyring"), QStringLiteral("usb/centre.labak")})
        CHECK(scanned.contains(expected));
    CHECK(exports == 4);
    WARN("secrets scan: " << result.bytes << " bytes in " << result.files << " files and logs, "
                          << kSecrets.size() << " secrets x " << needles().size() / kSecrets.size()
                          << " forms, " << result.hits.size()
                          << " hits; files: " << scanned.join(QStringLiteral(" ")).toStdString());
}
