// SPDX-License-Identifier: MIT
#include "commands/fieldcommands.h"

#include "fields.h"

#include <QSet>

namespace cw::gui {

static const QSet<QString> kStructuralKeys { "tier", "zone", "zones", "subnets", "provider" };

SetFieldCommand::SetFieldCommand(Document *doc, const std::string &elemId, const QString &key,
    const QVariant &value, int session, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_elemId(elemId)
    , m_key(key)
    , m_value(value)
    , m_session(session)
{
    setText(QObject::tr("Change %1").arg(labelFor(key).toLower()));
}

ChangeSet SetFieldCommand::change() const
{
    ChangeSet c;
    c.ids << QString::fromStdString(m_elemId);
    if (m_path.type == ElemType::Connection)
        c.flags = ChangeSet::Connections | ChangeSet::Fields;
    else
        c.flags = ChangeSet::Fields | (kStructuralKeys.contains(m_key) ? ChangeSet::Structure : 0);
    return c;
}

void SetFieldCommand::redo()
{
    Model &m = m_doc->edit();
    if (!m_after) {
        const auto path = findPath(m, m_elemId);
        if (!path)
            return;
        m_path = *path;
        m_before = valueAt(m, m_path);
        setFieldValue(m, m_elemId, m_key, m_value);
        m_after = valueAt(m, m_path);
    } else {
        replaceAt(m, m_path, *m_after);
    }
    m_doc->notify(change());
}

void SetFieldCommand::undo()
{
    if (!m_before)
        return;
    replaceAt(m_doc->edit(), m_path, *m_before);
    m_doc->notify(change());
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const SetFieldCommand *>(other);
    if (!o || o->m_session != m_session || o->m_elemId != m_elemId || o->m_key != m_key
        || !(o->m_path == m_path))
        return false;
    m_after = o->m_after;
    m_value = o->m_value;
    return true;
}

SetDocumentFieldCommand::SetDocumentFieldCommand(
    Document *doc, const QString &key, const QString &value, int session)
    : m_doc(doc)
    , m_key(key)
    , m_after(value.toStdString())
    , m_session(session)
{
    const auto &m = doc->model();
    m_before = key == QLatin1String("name") ? m.name : m.description;
    setText(QObject::tr("Change design %1").arg(key));
}

void SetDocumentFieldCommand::apply(const std::string &value)
{
    auto &m = m_doc->edit();
    (m_key == QLatin1String("name") ? m.name : m.description) = value;
    ChangeSet c;
    c.flags = ChangeSet::Meta;
    m_doc->notify(c);
}

void SetDocumentFieldCommand::redo()
{
    apply(m_after);
}
void SetDocumentFieldCommand::undo()
{
    apply(m_before);
}

bool SetDocumentFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const SetDocumentFieldCommand *>(other);
    if (!o || o->m_session != m_session || o->m_key != m_key)
        return false;
    m_after = o->m_after;
    return true;
}

RenameCommand::RenameCommand(
    Document *doc, const std::string &oldId, const std::string &newId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_old(oldId)
    , m_new(newId)
{
    setText(QObject::tr("Rename %1").arg(QString::fromStdString(oldId)));
}

void RenameCommand::apply(const std::string &from, const std::string &to)
{
    const auto path = findPath(m_doc->model(), from);
    if (!path || !renameId(m_doc->edit(), from, to))
        return;
    ChangeSet c;
    c.flags
        = ChangeSet::Structure | ChangeSet::Fields | ChangeSet::Connections | ChangeSet::Renamed;
    c.ids << QString::fromStdString(from) << QString::fromStdString(to);
    m_doc->notify(c);
}

void RenameCommand::redo()
{
    apply(m_old, m_new);
}
void RenameCommand::undo()
{
    apply(m_new, m_old);
}

} // namespace cw::gui
