// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"

#include <QString>
#include <QStringList>

/// Golden-file comparison and the external checks shared by the exporter tests.
namespace cw::testing {

/// The golden folder for a model and format: tests/exporters/golden/<model>/<format>.
QString goldenDir(const QString &model, const QString &format);

/// Compares result with the golden folder; with CW_UPDATE_GOLDEN=1 in the environment, rewrites
/// the folder instead. Returns an empty string when they match, else what differs.
QString compareWithGolden(const exporters::ExportResult &result, const QString &dir);

/// The templates shipped in templates/, as (stem, path), sorted.
QList<QPair<QString, QString>> templateFiles();

/// Runs node tools/hclcheck.mjs over files; returns the exit code and fills messages (what the
/// script printed). With json set, also asks for the parsed files (--json) and stores them there.
/// -1 when node or the npm packages are missing (messages says how to fix it).
int runHclCheck(const QStringList &files, QString *messages, QByteArray *json = nullptr);

/// Writes result under a fresh folder in dir and returns the absolute paths with suffix.
QStringList writeAll(
    const exporters::ExportResult &result, const QString &dir, const QString &suffix);

} // namespace cw::testing
