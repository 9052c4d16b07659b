// SPDX-License-Identifier: MIT
#include "document.h"

#include "common/templatestore.h"
#include "io/document.h"
#include "layout/layout.h"

#include <QFileInfo>
#include <QUrl>

namespace cw::gui {

Document::Document(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<cw::gui::ChangeSet>();
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] {
        emit modifiedChanged();
        emit titleChanged();
    });
    auto undoState = [this] { emit undoStateChanged(); };
    connect(&m_undo, &QUndoStack::canUndoChanged, this, undoState);
    connect(&m_undo, &QUndoStack::canRedoChanged, this, undoState);
    connect(&m_undo, &QUndoStack::undoTextChanged, this, undoState);
    connect(&m_undo, &QUndoStack::redoTextChanged, this, undoState);
}

QString Document::fileName() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).fileName();
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : fileName();
}

QString Document::title() const
{
    return displayName() + (isModified() ? QStringLiteral("*") : QString())
        + QStringLiteral(" \u2014 Cloudwright");
}

QString Document::toLocalPath(const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(QLatin1String("file:")))
        return QUrl(pathOrUrl).toLocalFile();
    return pathOrUrl;
}

QString Document::text() const
{
    return QString::fromStdString(io::saveText(m_model, io::Format::Yaml));
}

void Document::setError(const QString &error)
{
    m_lastError = error;
    emit lastErrorChanged();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged();
    emit titleChanged();
}

void Document::reset(Model model, const QString &filePath, bool dirty)
{
    const bool wasModified = isModified();
    m_undo.clear();
    m_model = std::move(model);
    m_dirty = dirty;
    setFilePath(filePath);
    ++m_revision;
    emit modelReset();
    emit revisionChanged();
    if (wasModified != isModified())
        emit modifiedChanged();
    emit titleChanged();
}

bool Document::newFromTemplate(const QString &templateId)
{
    const QByteArray bytes = app::TemplateStore::read(templateId);
    if (bytes.isEmpty()) {
        setError(tr("There is no template named %1.").arg(templateId));
        return false;
    }
    auto loaded = io::loadText(std::string_view(bytes.constData(), std::size_t(bytes.size())),
        io::Format::Yaml, templateId.toStdString() + ".cloudwright.yaml");
    if (!loaded.model) {
        QStringList lines;
        for (const auto &d : loaded.errors)
            lines << QString::fromStdString(d.format());
        setError(lines.join(QLatin1Char('\n')));
        return false;
    }
    loaded.model->sourceFile.clear();
    reset(std::move(*loaded.model), QString());
    setError({});
    return true;
}

bool Document::open(const QString &pathOrUrl)
{
    const QString path = QFileInfo(toLocalPath(pathOrUrl)).absoluteFilePath();
    auto loaded = io::loadFile(path.toStdString());
    if (!loaded.model) {
        QStringList lines;
        for (const auto &d : loaded.errors)
            lines << QString::fromStdString(d.format());
        setError(
            lines.isEmpty() ? tr("Could not open %1.").arg(path) : lines.join(QLatin1Char('\n')));
        return false;
    }
    reset(std::move(*loaded.model), path);
    setError({});
    emit fileUsed(path);
    return true;
}

bool Document::save()
{
    if (m_filePath.isEmpty()) {
        setError(tr("The design has no file yet: use Save As."));
        return false;
    }
    return saveAs(m_filePath);
}

bool Document::saveAs(const QString &pathOrUrl)
{
    QString path = QFileInfo(toLocalPath(pathOrUrl)).absoluteFilePath();
    if (!path.endsWith(QLatin1String(".yaml")) && !path.endsWith(QLatin1String(".yml"))
        && !path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".cloudwright.yaml");
    std::string error;
    // The file holds the geometry as drawn (normalised), not the raw rects of the gestures.
    Model settled = m_model;
    settled.diagram = layout::settledGeometry(m_model);
    if (!io::saveFile(settled, path.toStdString(), &error)) {
        setError(tr("Could not save %1: %2").arg(path, QString::fromStdString(error)));
        return false;
    }
    const bool wasModified = isModified();
    m_dirty = false;
    m_undo.setClean();
    setFilePath(path);
    if (wasModified)
        emit modifiedChanged();
    emit titleChanged();
    setError({});
    emit fileUsed(path);
    return true;
}

void Document::notify(const ChangeSet &change)
{
    ++m_revision;
    emit changed(change);
    emit revisionChanged();
}

} // namespace cw::gui
