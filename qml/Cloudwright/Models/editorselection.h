// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QRectF>
#include <QStringList>

namespace cw::gui {

class ConnectionsModel;
class SceneModel;

/// What the designer has selected: element ids (scene nodes, never zone columns) or one
/// connection, never both. Keeps the scene's selection marks and the highlighted ends of the
/// selected connection in step; Editor forwards its selection verbs here.
class EditorSelection : public QObject
{
    Q_OBJECT

public:
    EditorSelection(SceneModel *scene, ConnectionsModel *connections, QObject *parent = nullptr);

    const QStringList &ids() const { return m_ids; }
    const QString &connection() const { return m_connection; }
    /// The one selected element or connection; "" for none or several.
    QString currentId() const;
    /// SceneModel::NodeKind of currentId, 6 for a connection, -1 for none.
    int currentType() const;
    /// Selected nodes without those whose ancestor is selected too (what a move or delete
    /// acts on), in scene order.
    QList<int> roots() const;

    /// Replaces the selection; emits changed() when it differs.
    void set(const QStringList &ids, const QString &connection);
    /// modifiers: 0 replace, 1 toggle (Ctrl), 2 extend (Shift). Zones and unknown ids select
    /// nothing (a plain click on them clears).
    void select(const QString &id, int modifiers);
    void selectConnection(const QString &key);
    /// Nodes entirely inside rect (scene coordinates).
    void selectInRect(const QRectF &rect, bool additive);
    void selectAll();
    void clear() { set({}, {}); }

    /// After a rename: the element or connection stays selected under its new id.
    void rename(const QString &from, const QString &to);
    /// After the scene or connections were rebuilt: drops what no longer exists and marks the
    /// rest again.
    void prune();
    /// Marks the selection and the selected connection's ends in the scene again.
    void remark();

signals:
    /// previousCurrent: currentId() before the change.
    void changed(const QString &previousCurrent);

private:
    void highlightEnds();

    SceneModel *m_scene;
    ConnectionsModel *m_connections;
    QStringList m_ids;
    QString m_connection;
};

} // namespace cw::gui
