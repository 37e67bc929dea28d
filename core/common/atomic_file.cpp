#include "common/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace legalaid {

Error fileWriteError(const QString& path, int err) {
    if (err == EACCES || err == EPERM || err == EROFS)
        return makeError(
            ErrorCode::ReadOnlyLocation,
            QCoreApplication::translate(
                "AtomicFile", "Cannot write %1: the folder is read-only. Choose a folder you can write to.")
                .arg(QDir::toNativeSeparators(path)));
    if (err == ENOSPC || err == EFBIG)
        return makeError(
            ErrorCode::DiskFull,
            QCoreApplication::translate("AtomicFile",
                                        "Cannot write %1: the disk is full. Free some space and try again.")
                .arg(QDir::toNativeSeparators(path)));
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("AtomicFile", "Cannot write %1: %2.")
                         .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(err))));
}

bool syncFile(QFile& file) {
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

void syncFolder(const QString& folder) {
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

bool replaceFile(const QString& from, const QString& to) {
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<LPCWSTR>(from.utf16()), reinterpret_cast<LPCWSTR>(to.utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

Status writeFileAtomically(const QString& path, const QByteArray& content) {
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (!isWritableFolder(folder))
        return fileWriteError(path, EACCES);

    // A name of its own per writer: two processes replacing the same file must not share a temporary.
    const QString temporary = folder + QStringLiteral("/.") + target.fileName() + QLatin1Char('.') +
                              QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".tmp");
    QFile file(temporary);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fileWriteError(path, errno ? errno : EIO);
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    errno = 0;
    const bool written = file.write(content) == content.size() && file.flush() && syncFile(file);
    const int writeErrno = errno;
    file.close();
    if (!written) {
        QFile::remove(temporary);
        return fileWriteError(path, writeErrno ? writeErrno : EIO);
    }
    errno = 0;
    if (!replaceFile(temporary, path)) {
        const int renameErrno = errno;
        QFile::remove(temporary);
        return fileWriteError(path, renameErrno ? renameErrno : EIO);
    }
    syncFolder(folder);
    return {};
}

bool isWritableFolder(const QString& folder) {
    const QFileInfo info(folder);
    if (!info.exists() || !info.isDir() || !info.isWritable())
        return false;
    // The mode bits only: Qt derives WriteUser from access(), which is always true for root.
    const auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return (info.permissions() & anyWrite) != 0;
}

} // namespace legalaid
