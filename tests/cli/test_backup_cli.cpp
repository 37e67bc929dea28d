// `legalaid-cli backup` and `restore` (issue 8).
#include "cli_runner.h"

#include <QDir>
#include <QtEndian>

using namespace legalaid::test;

namespace {

const char kVictim[] = "Hà Thị Phương Thảo Backup";

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("backup writes one checked, encrypted file that restore brings back", "[backup-cli]") {
    CliFixture f;
    REQUIRE(f.asAdmin({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--category"),
                       QStringLiteral("victim"), QStringLiteral("--full-name"), QString::fromUtf8(kVictim),
                       QStringLiteral("--id-type"), QStringLiteral("cccd"), QStringLiteral("--id-number"),
                       QStringLiteral("001195099887")})
                .exitCode == 0);
    QDir(f.ws.dir()).mkdir(QStringLiteral("usb"));
    const QString backup = f.ws.path(QStringLiteral("usb/centre.labak"));
    const Run written =
        f.asAdmin({QStringLiteral("backup"), QStringLiteral("--out"), backup, QStringLiteral("--json")});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.json().value(QStringLiteral("verified")).toBool());
    CHECK(filesIn(f.ws.path(QStringLiteral("usb"))) == QStringList{QStringLiteral("centre.labak")});
    const QByteArray bytes = readAll(backup);
    CHECK(bytes.size() > 4096);
    CHECK_FALSE(bytes.contains(kVictim));
    CHECK_FALSE(bytes.contains("001195099887"));
    CHECK_FALSE(bytes.contains("SQLite format 3"));

    const Run status =
        f.asAdmin({QStringLiteral("backup"), QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    CHECK_FALSE(status.json().value(QStringLiteral("overdue")).toBool());
    const Run audit = f.asAdmin({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(audit.out.contains("backup.create"));

    // To a new place with the password.
    const QString target = f.ws.path(QStringLiteral("restored.db"));
    const Run restored =
        run({QStringLiteral("restore"), backup, QStringLiteral("--to"), target, QStringLiteral("--user"),
             QStringLiteral("admin"), QStringLiteral("--password-file"), f.passwordFile,
             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json")});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const Run verify =
        run({QStringLiteral("verify"), QStringLiteral("--db"), target, QStringLiteral("--user"),
             QStringLiteral("admin"), QStringLiteral("--password-file"), f.passwordFile});
    CHECK(verify.exitCode == 0);
    const Run search = run({QStringLiteral("person"), QStringLiteral("search"), QStringLiteral("Phương Thảo"),
                            QStringLiteral("--db"), target, QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("--password-file"), f.passwordFile});
    CHECK(search.out.contains(kVictim));

    // Over the existing database: refused unless --replace, then the old one is kept aside.
    const QByteArray before = f.snapshot();
    requireError(run({QStringLiteral("restore"), backup, QStringLiteral("--to"), f.db,
                      QStringLiteral("--recovery-code"), f.recoveryCode, QStringLiteral("--lang"),
                      QStringLiteral("en")}),
                 "E_DATABASE_EXISTS", "left untouched");
    CHECK(f.snapshot() == before);
    const Run replaced = run({QStringLiteral("restore"), backup, QStringLiteral("--to"), f.db,
                              QStringLiteral("--recovery-code"), f.recoveryCode, QStringLiteral("--replace"),
                              QStringLiteral("--json")});
    INFO(replaced.err.toStdString());
    REQUIRE(replaced.exitCode == 0);
    const QString aside = replaced.json().value(QStringLiteral("kept_aside")).toString();
    CHECK(aside.contains(QStringLiteral(".replaced-")));
    CHECK(readAll(aside) + readAll(aside + QStringLiteral(".keyring")) == before);
    CHECK(f.asAdmin({QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("restore reports damaged, truncated and foreign files clearly", "[backup-cli]") {
    CliFixture f;
    const QString backup = f.ws.path(QStringLiteral("centre.labak"));
    REQUIRE(f.asAdmin({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode == 0);
    const QByteArray good = readAll(backup);
    QByteArray flipped = good;
    flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 1);
    const QString target = f.ws.path(QStringLiteral("target.db"));
    for (const auto& [name, bytes] :
         {std::pair{"flipped.labak", flipped}, std::pair{"cut.labak", good.left(5000)},
          std::pair{"db.labak", readAll(f.db)}, std::pair{"empty.labak", QByteArray()}}) {
        const QString path = f.ws.writeFile(QString::fromLatin1(name), bytes);
        requireError(run({QStringLiteral("restore"), path, QStringLiteral("--to"), target,
                          QStringLiteral("--recovery-code"), f.recoveryCode, QStringLiteral("--lang"),
                          QStringLiteral("en")}),
                     "E_BACKUP_INVALID", "Use another backup");
        CHECK_FALSE(QFile::exists(target));
    }
    requireError(run({QStringLiteral("restore"), f.ws.path(QStringLiteral("absent.labak")),
                      QStringLiteral("--to"), target, QStringLiteral("--recovery-code"), f.recoveryCode}),
                 "E_BACKUP_INVALID");
    requireError(f.asAdmin({QStringLiteral("backup")}), "E_INVALID_ARGUMENT");
    CHECK(filesIn(f.ws.dir()).filter(QStringLiteral("target")).isEmpty());
}

namespace {

// Runs the CLI under a file-size limit (RLIMIT_FSIZE, in KiB): a write past it fails with EFBIG, as on a full
// disk. SIGXFSZ is ignored so that the write fails instead of killing the process.
Run underFileSizeLimit(qint64 kib, const QStringList& arguments) {
    return run(QStringList{QStringLiteral("-c"),
                           QStringLiteral("trap '' XFSZ; ulimit -f \"$1\"; shift; exec \"$@\""),
                           QStringLiteral("bash"), QString::number(kib), QStringLiteral(LEGALAID_CLI_PATH)} +
                   arguments,
               {}, QStringLiteral("/bin/bash"));
}

} // namespace

TEST_CASE("A streamed restore that does not fit on the disk leaves nothing behind",
          "[backup-cli][backup-stream]") {
    CliFixture f;
    const QString good = f.ws.path(QStringLiteral("good.labak"));
    REQUIRE(f.asAdmin({QStringLiteral("backup"), QStringLiteral("--out"), good}).exitCode == 0);
    // The size of the database part, which is exactly the size of the exported copy.
    const QByteArray bytes = readAll(good);
    qint64 at = 16;
    at += 4 + qFromLittleEndian<quint32>(bytes.constData() + at);
    at += 8 + qint64(qFromLittleEndian<quint64>(bytes.constData() + at));
    const auto databaseSize = qint64(qFromLittleEndian<quint64>(bytes.constData() + at));
    REQUIRE(databaseSize % 1024 == 0);
    REQUIRE(databaseSize > 16 * 1024);
    QDir(f.ws.dir()).mkdir(QStringLiteral("small"));
    const QString small = f.ws.path(QStringLiteral("small"));
    // A restore whose database does not fit: the streamed extraction stops with a clear error and leaves
    // nothing (the staged copy is removed).
    const Run restore = underFileSizeLimit(
        databaseSize / 1024 - 4,
        {QStringLiteral("restore"), good, QStringLiteral("--to"), small + QStringLiteral("/r.db"),
         QStringLiteral("--recovery-code"), f.recoveryCode, QStringLiteral("--lang"), QStringLiteral("en")});
    requireError(restore, "E_DISK_FULL", "restored database does not fit");
    CHECK(filesIn(small).isEmpty());
    // With room, the same restore works.
    const Run roomy =
        run({QStringLiteral("restore"), good, QStringLiteral("--to"), small + QStringLiteral("/r.db"),
             QStringLiteral("--recovery-code"), f.recoveryCode});
    INFO(roomy.err.toStdString());
    CHECK(roomy.exitCode == 0);
}
