#include "password_input.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>
#include <iostream>
#include <sodium.h>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace legalaid::cli {

namespace {

QString firstLine(QByteArray bytes) {
    const qsizetype newline = bytes.indexOf('\n');
    if (newline >= 0)
        bytes.truncate(newline);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

bool stdinIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

// Turns terminal echo off for its lifetime.
class EchoOff {
public:
    EchoOff() {
#ifndef Q_OS_WIN
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios silent = m_saved;
            silent.c_lflag &= static_cast<tcflag_t>(~ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        }
#else
        HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(in, &m_saved)) {
            m_active = SetConsoleMode(in, m_saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
        }
#endif
    }
    ~EchoOff() {
        if (!m_active)
            return;
#ifndef Q_OS_WIN
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#else
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
#ifndef Q_OS_WIN
    termios m_saved{};
#else
    DWORD m_saved = 0;
#endif
    bool m_active = false;
};

} // namespace

Result<QString> readPasswordFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Cli", "Cannot read the password file %1: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray bytes = file.read(64 * 1024);
    const QString password = firstLine(bytes);
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    if (password.isEmpty())
        return makeError(ErrorCode::EmptyPassword,
                         QCoreApplication::translate(
                             "Cli", "The password file %1 is empty: write the password on its first line.")
                             .arg(QDir::toNativeSeparators(path)));
    return password;
}

Result<QString> readPasswordLineFromStdin() {
    std::string line;
    if (!std::getline(std::cin, line) || line.empty() || line == "\r")
        return makeError(ErrorCode::EmptyPassword,
                         QCoreApplication::translate("Cli", "No password arrived on standard input."));
    const QString password = firstLine(QByteArray::fromStdString(line));
    sodium_memzero(line.data(), line.size());
    return password;
}

Result<QString> promptPassword(const QString& prompt) {
    if (!stdinIsTerminal())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "Cli", "No password given: use --password-file FILE or --password-stdin, or run the command "
                       "in a terminal."));
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    {
        EchoOff echoOff;
        std::getline(std::cin, line);
    }
    std::fputs("\n", stderr);
    if (line.empty())
        return makeError(ErrorCode::EmptyPassword,
                         QCoreApplication::translate("Cli", "The password is empty. Enter a password."));
    const QString password = firstLine(QByteArray::fromStdString(line));
    sodium_memzero(line.data(), line.size());
    return password;
}

} // namespace legalaid::cli
