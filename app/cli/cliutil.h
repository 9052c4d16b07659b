// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <string>
#include <string_view>

/// Small helpers shared by the subcommands.
namespace cw::cli {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

/// Parses args; on error prints "cloudwright-cli <command>: message" and the help, returns false.
bool parseOrComplain(QCommandLineParser &parser, const QStringList &args);

/// Writes to stdout, or atomically to path when it is not empty. Returns false after printing
/// why on failure.
bool writeOut(std::string_view text, const QString &path);

void printErr(const QString &message);

/// The value of a --format option checked against allowed; prints the error when it is not.
bool checkChoice(
    const QCommandLineParser &parser, const QString &option, const QStringList &allowed);

} // namespace cw::cli
