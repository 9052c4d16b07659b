// SPDX-License-Identifier: MIT
#include "editorselection.h"

#include "connectionsmodel.h"
#include "scenemodel.h"

#include <QSet>
#include <algorithm>

namespace cw::gui {

EditorSelection::EditorSelection(SceneModel *scene, ConnectionsModel *connections, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_connections(connections)
{ }

QString EditorSelection::currentId() const
{
    if (!m_connection.isEmpty())
        return m_connection;
    return m_ids.size() == 1 ? m_ids.front() : QString();
}

int EditorSelection::currentType() const
{
    if (!m_connection.isEmpty())
        return 6;
    const int i = m_ids.size() == 1 ? m_scene->indexOf(m_ids.front()) : -1;
    return i < 0 ? -1 : int(m_scene->node(i).type);
}

QList<int> EditorSelection::roots() const
{
    QSet<int> selected;
    for (const auto &id : m_ids)
        if (int i = m_scene->indexOf(id); i >= 0 && m_scene->node(i).type != NodeType::Zone)
            selected.insert(i);
    QList<int> roots;
    for (int i : selected) {
        bool nested = false;
        for (int p = m_scene->node(i).parent; p >= 0 && !nested; p = m_scene->node(p).parent)
            nested = selected.contains(p);
        if (!nested)
            roots << i;
    }
    std::sort(roots.begin(), roots.end());
    return roots;
}

void EditorSelection::set(const QStringList &ids, const QString &connection)
{
    if (ids == m_ids && connection == m_connection)
        return;
    const QString before = currentId();
    m_ids = ids;
    m_connection = connection;
    m_scene->setSelected(QSet<QString>(ids.begin(), ids.end()));
    m_connections->setSelectedKey(connection);
    highlightEnds();
    emit changed(before);
}

void EditorSelection::select(const QString &id, int modifiers)
{
    const int i = m_scene->indexOf(id);
    if (i < 0 || m_scene->node(i).type == NodeType::Zone) {
        if (modifiers == 0)
            clear();
        return;
    }
    QStringList ids = modifiers == 0 ? QStringList {} : m_ids;
    if (modifiers == 1 && ids.contains(id))
        ids.removeAll(id);
    else if (!ids.contains(id))
        ids << id;
    set(ids, {});
}

void EditorSelection::selectConnection(const QString &key)
{
    set({}, m_connections->rowOfKey(key) >= 0 ? key : QString());
}

void EditorSelection::selectInRect(const QRectF &r, bool additive)
{
    QStringList ids = additive ? m_ids : QStringList {};
    const QRectF rect = r.normalized();
    for (int i : m_scene->nodesIn(rect)) {
        const SceneNode &n = m_scene->node(i);
        if (n.type != NodeType::Zone && rect.contains(m_scene->rectOf(i)) && !ids.contains(n.id))
            ids << n.id;
    }
    set(ids, {});
}

void EditorSelection::selectAll()
{
    QStringList ids;
    for (const auto &n : m_scene->scene().nodes)
        if (n.type != NodeType::Zone)
            ids << n.id;
    set(ids, {});
}

void EditorSelection::rename(const QString &from, const QString &to)
{
    // Quietly: the rename's own change notification follows and re-marks everything.
    if (m_ids.contains(from))
        m_ids[m_ids.indexOf(from)] = to;
    if (m_connection == from)
        m_connection = to;
}

void EditorSelection::prune()
{
    QStringList ids;
    for (const auto &id : m_ids)
        if (m_scene->indexOf(id) >= 0)
            ids << id;
    const QString conn = m_connections->rowOfKey(m_connection) >= 0 ? m_connection : QString();
    set(ids, conn);
}

void EditorSelection::remark()
{
    m_scene->setSelected(QSet<QString>(m_ids.begin(), m_ids.end()));
    highlightEnds();
}

void EditorSelection::highlightEnds()
{
    QSet<QString> ends;
    const int row = m_connections->rowOfKey(m_connection);
    if (row >= 0)
        ends << m_connections->fromOf(row) << m_connections->toOf(row);
    m_scene->setHighlighted(ends);
}

} // namespace cw::gui
