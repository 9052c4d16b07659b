// SPDX-License-Identifier: MIT
#include "exportmodel.h"

#include "common/exporter.h"
#include "common/gate.h"
#include "common/safepath.h"
#include "editor.h"
#include "io/document.h"
#include "layout/layout.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::gui {
namespace {

/// The same registry as cloudwright-cli export.
const exporters::ExporterRegistry &registry()
{
    static const exporters::ExporterRegistry r = [] {
        exporters::ExporterRegistry reg;
        exporters::registerBuiltinExporters(reg);
        return reg;
    }();
    return r;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString optionText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

} // namespace

ExportModel::ExportModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome o = m_watcher.result();
        if (o.ok)
            m_lastOutput = o.output;
        setProgress(o.ok ? 1 : 0,
            o.ok              ? tr("Done")
                : o.cancelled ? tr("Cancelled")
                              : tr("Not exported"));
        emit busyChanged();
        emit finished(o.ok, o.message, o.files, o.gated);
    });
}

ExportModel::~ExportModel()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

int ExportModel::count() const
{
    return int(registry().all().size());
}

int ExportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> ExportModel::roleNames() const
{
    return { { IdRole, "exporterId" }, { NameRole, "name" }, { DescriptionRole, "description" },
        { SingleFileRole, "singleFile" }, { Qt::DisplayRole, "display" } };
}

QVariant ExportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &e = registry().all()[std::size_t(index.row())];
    switch (role) {
    case IdRole:
        return qs(e->id());
    case Qt::DisplayRole:
    case NameRole:
        return qs(e->displayName());
    case DescriptionRole:
        return qs(e->description());
    case SingleFileRole:
        return singleFile(qs(e->id()));
    }
    return {};
}

QString ExportModel::nameOf(const QString &id) const
{
    const auto *e = registry().find(id.toStdString());
    return e ? qs(e->displayName()) : id;
}

QString ExportModel::descriptionOf(const QString &id) const
{
    const auto *e = registry().find(id.toStdString());
    return e ? qs(e->description()) : QString();
}

bool ExportModel::singleFile(const QString &id) const
{
    // Decided by the format, not the design: an empty design still exports into the same shape.
    const auto *e = registry().find(id.toStdString());
    return e && e->outputFiles(Model {}).size() == 1
        && e->outputFiles(Model {}).front().find('/') == std::string::npos;
}

QString ExportModel::suffixOf(const QString &id) const
{
    if (!singleFile(id))
        return {};
    return QFileInfo(qs(registry().find(id.toStdString())->outputFiles(Model {}).front())).suffix();
}

QVariantList ExportModel::optionsOf(const QString &id) const
{
    QVariantList out;
    const auto *e = registry().find(id.toStdString());
    if (!e)
        return out;
    using Kind = exporters::ExportOptionSpec::Kind;
    for (const auto &o : e->optionSpecs()) {
        QStringList choices;
        for (const auto &c : o.choices)
            choices << qs(c);
        const QString kind = o.kind == Kind::Flag ? QStringLiteral("flag")
            : o.kind == Kind::Number              ? QStringLiteral("number")
                                                  : QStringLiteral("choice");
        QVariant value = qs(o.defaultValue);
        if (o.kind == Kind::Flag)
            value = o.defaultValue == "1";
        else if (o.kind == Kind::Number)
            value = QString::fromStdString(o.defaultValue).toDouble();
        out << QVariantMap { { QStringLiteral("key"), qs(o.key) },
            { QStringLiteral("label"), tr(o.label.c_str()) }, { QStringLiteral("kind"), kind },
            { QStringLiteral("value"), value }, { QStringLiteral("choices"), choices },
            { QStringLiteral("min"), o.min }, { QStringLiteral("max"), o.max } };
    }
    return out;
}

QString ExportModel::suggestedTarget(const QString &id) const
{
    const QString design = m_doc ? m_doc->filePath() : QString();
    const QDir dir = design.isEmpty() ? QDir::home() : QFileInfo(design).absoluteDir();
    QString base = design.isEmpty() ? QStringLiteral("architecture") : QFileInfo(design).fileName();
    for (const char *suffix : { ".cloudwright.yaml", ".cloudwright.json", ".yaml", ".json" })
        if (base.endsWith(QLatin1String(suffix))) {
            base.chop(int(qstrlen(suffix)));
            break;
        }
    if (singleFile(id))
        return dir.filePath(base + QLatin1Char('.') + suffixOf(id));
    return dir.filePath(base + QLatin1Char('-') + id);
}

QStringList ExportModel::plannedFiles(const QString &id) const
{
    QStringList out;
    const auto *e = registry().find(id.toStdString());
    if (e && m_doc)
        for (const auto &f : e->outputFiles(m_doc->model()))
            out << qs(f);
    return out;
}

QStringList ExportModel::existingFiles(const QString &id, const QString &target) const
{
    const QString path = Document::toLocalPath(target);
    QStringList out;
    if (path.isEmpty())
        return out;
    if (singleFile(id)) {
        if (QFileInfo::exists(path))
            out << QFileInfo(path).absoluteFilePath();
        return out;
    }
    for (const auto &rel : plannedFiles(id)) {
        const QFileInfo f(QDir(path).filePath(rel));
        if (f.exists())
            out << f.absoluteFilePath();
    }
    return out;
}

void ExportModel::setProgress(double p, const QString &stage)
{
    m_progress = p;
    m_stage = stage;
    emit progressChanged();
}

void ExportModel::cancel()
{
    if (m_cancel && busy()) {
        *m_cancel = true;
        setProgress(m_progress, tr("Cancelling\u2026"));
    }
}

bool ExportModel::openOutput() const
{
    return !m_lastOutput.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastOutput));
}

bool ExportModel::run(
    const QString &id, const QString &target, const QVariantMap &values, bool force)
{
    const auto *e = registry().find(id.toStdString());
    const QString path = Document::toLocalPath(target);
    if (!e || !m_doc || busy() || path.isEmpty())
        return false;
    auto model = std::make_shared<const Model>(m_doc->model());
    // The designer's findings when they are for this revision; a configuration with errors
    // stops the export as it stops `cloudwright-cli export`.
    std::shared_ptr<const rules::Report> report;
    rules::RunRequest request {
        .designPath = m_doc->filePath().toStdString(), .configFile = {}, .today = {}
    };
    if (const Validator *v = m_editor ? m_editor->validator() : nullptr) {
        request = v->request();
        if (v->reportRevision() == m_doc->revision() && !v->busy()) {
            if (!v->config().ok()) {
                QStringList lines;
                for (const auto &err : v->config().errors)
                    lines << qs(err);
                emit finished(false,
                    tr("The rules configuration has errors; fix them first:\n%1")
                        .arg(lines.join(QLatin1Char('\n'))),
                    {}, false);
                return false;
            }
            report = std::make_shared<const rules::Report>(v->report());
        }
    }
    exporters::ExportOptions options;
    options.force = force;
    for (auto it = values.begin(); it != values.end(); ++it)
        options.values[it.key().toStdString()] = optionText(it.value()).toStdString();
    if (const std::string bad = exporters::checkOptionKeys(*e, options); !bad.empty()) {
        emit finished(false, qs(bad), {}, false);
        return false;
    }
    const bool single = singleFile(id);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setProgress(0.05, tr("Preparing %1\u2026").arg(qs(e->displayName())));
    QPointer<ExportModel> self(this);
    auto stage = [self](double p, const QString &text) {
        QMetaObject::invokeMethod(self, [self, p, text] {
            if (self)
                self->setProgress(p, text);
        });
    };
    m_watcher.setFuture(QtConcurrent::run(
        [e, model, report, request, options, path, single, cancel = m_cancel, stage]() mutable {
            Outcome o;
            auto cancelled = [&] {
                if (!*cancel)
                    return false;
                o.cancelled = true;
                o.message = tr("Export cancelled; nothing was written.");
                return true;
            };
            if (!report) {
                stage(0.15, tr("Checking the design\u2026"));
                auto run = rules::runRules(*model, request);
                if (!run.effective.ok()) {
                    QStringList lines;
                    for (const auto &err : run.effective.errors)
                        lines << qs(err);
                    o.message = tr("The rules configuration has errors; fix them first:\n%1")
                                    .arg(lines.join(QLatin1Char('\n')));
                    return o;
                }
                report = std::make_shared<const rules::Report>(std::move(run.report));
            }
            if (cancelled())
                return o;
            stage(0.3, tr("Laying out\u2026"));
            const cw::layout::Geometry geometry = cw::layout::layout(*model);
            if (cancelled())
                return o;
            stage(0.45, tr("Generating %1\u2026").arg(qs(e->displayName())));
            auto result = e->generate({ *model, geometry, *report }, options);
            if (!result.ok()) {
                QStringList lines;
                for (const auto &err : result.errors)
                    lines << qs(err);
                o.gated = result.gated;
                if (o.gated)
                    lines << tr("Fix them, or choose Export anyway to write the files knowing the "
                                "deployment would fail.");
                o.message = lines.join(QLatin1Char('\n'));
                return o;
            }
            if (cancelled())
                return o;
            stage(0.8, tr("Writing %n file(s)\u2026", nullptr, int(result.files.size())));
            std::string error;
            if (single) {
                // The user named this file; write exactly there, atomically.
                QDir().mkpath(QFileInfo(path).absolutePath());
                if (!io::writeFileAtomic(path.toStdString(), result.files.front().bytes, &error)) {
                    o.message = tr("Cannot write %1: %2").arg(path, qs(error));
                    return o;
                }
                o.files << path;
            } else {
                if (!exporters::writeOutput(result, path.toStdString(), &error)) {
                    o.message = tr("Cannot write into %1: %2").arg(path, qs(error));
                    return o;
                }
                for (const auto &f : result.files)
                    o.files << QDir(path).filePath(qs(f.path));
            }
            o.ok = true;
            o.output = path;
            o.message = single
                ? tr("Wrote %1.").arg(path)
                : tr("Wrote %n file(s) into %1.", nullptr, int(o.files.size())).arg(path);
            if (options.force && !exporters::blockingFindings(*report).empty())
                o.message += QLatin1Char('\n')
                    + tr("Exported despite constraint findings: the provider would reject this "
                         "deployment.");
            return o;
        }));
    emit busyChanged();
    return true;
}

} // namespace cw::gui
