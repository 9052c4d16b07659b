// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/// The cloudwright-cli subcommands. Each takes its own arguments (argv[1..]: the command name
/// first) and returns the process exit code: 0 ok, 1 findings, 2 usage or input errors.
namespace cw::cli {

int runValidate(const QStringList &args);
int runPlan(const QStringList &args);
int runRules(const QStringList &args);
int runTemplates(const QStringList &args);
int runExport(const QStringList &args);

} // namespace cw::cli
