// SPDX-License-Identifier: MIT
#include "exportmodel.h"

#include "common/exporter.h"
#include "common/safepath.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::gui {
namespace {

const exporters::ExporterRegistry &registry()
{
    static const exporters::ExporterRegistry r = [] {
        exporters::ExporterRegistry reg;
#ifdef CW_HAVE_IAC_EXPORTERS
        exporters::registerIacExporters(reg);
#endif
        return reg;
    }();
    return r;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

ExportModel::ExportModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome o = m_watcher.result();
        setProgress(1, o.ok ? tr("Done") : tr("Failed"));
        emit busyChanged();
        emit finished(o.ok, o.message, o.files);
    });
}

ExportModel::~ExportModel()
{
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
        { Qt::DisplayRole, "display" } };
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
    }
    return {};
}

QString ExportModel::nameOf(const QString &id) const
{
    const auto *e = registry().find(id.toStdString());
    return e ? qs(e->displayName()) : id;
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

void ExportModel::setProgress(double p, const QString &stage)
{
    m_progress = p;
    m_stage = stage;
    emit progressChanged();
}

bool ExportModel::run(const QString &id, const QString &folder, bool force)
{
    const auto *e = registry().find(id.toStdString());
    if (!e || !m_doc || busy())
        return false;
    auto model = std::make_shared<const Model>(m_doc->model());
    const std::string dir = Document::toLocalPath(folder).toStdString();
    setProgress(0.1, tr("Generating %1\u2026").arg(qs(e->displayName())));
    QPointer<ExportModel> self(this);
    m_watcher.setFuture(QtConcurrent::run([e, model, dir, force, self] {
        Outcome o;
        exporters::ExportOptions options;
        options.force = force;
        const auto result = e->generate(*model, options);
        if (!result.ok()) {
            QStringList lines;
            for (const auto &err : result.errors)
                lines << qs(err);
            o.message = lines.join(QLatin1Char('\n'));
            return o;
        }
        if (self)
            QMetaObject::invokeMethod(self, [self, n = result.files.size()] {
                if (self)
                    self->setProgress(0.6, tr("Writing %n files\u2026", nullptr, int(n)));
            });
        std::string error;
        if (!exporters::writeOutput(result, dir, &error)) {
            o.message = qs(error);
            return o;
        }
        o.ok = true;
        for (const auto &f : result.files)
            o.files << qs(f.path);
        o.message = tr("Wrote %n files to %1.", nullptr, int(o.files.size())).arg(qs(dir));
        return o;
    }));
    emit busyChanged();
    return true;
}

} // namespace cw::gui
