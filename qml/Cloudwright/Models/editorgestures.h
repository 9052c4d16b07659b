// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "placement.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QSet>
#include <QVariant>
#include <map>
#include <string>

class QUndoCommand;

namespace cw::gui {

class ConnectionsModel;
class DesignActions;
class EditorSelection;
class GeometryEdits;
class SceneModel;

/// The canvas gestures: drawing from the palette (drop), moving, resizing, nudging and
/// connecting, in scene coordinates. A gesture previews in the scene while it runs and lands
/// as one undo step; a move that changes a container re-parents or re-spans through the same
/// rules as the inspector.
class EditorGestures : public QObject
{
    Q_OBJECT

public:
    EditorGestures(SceneModel *scene, ConnectionsModel *connections, EditorSelection *selection,
        const GeometryEdits *geometry, DesignActions *actions, QObject *parent = nullptr);

    void setDocument(Document *doc) { m_doc = doc; }
    void setGrid(bool snap, int size)
    {
        m_gridSnap = snap;
        m_gridSize = size;
    }
    /// Forgets a running gesture without touching the scene (a new or reloaded document).
    void reset() { m_gesture = {}; }
    /// The next nudge starts a new undo step (any other edit or a new selection).
    void endNudgeSession() { m_nudgeSession = 0; }

    // editordrop.cpp
    QVariantMap canDrop(const QString &key, double x, double y);
    bool drop(const QString &key, double x, double y);
    void clearDropTarget();

    // editordrag.cpp
    void beginDrag(double x, double y);
    void dragTo(double x, double y);
    bool endDrag();
    void cancelGesture();
    void beginResize(const QString &id, const QString &handle, double x, double y);
    void resizeTo(double x, double y);
    bool endResize();
    void nudge(double dx, double dy);

    // editorconnect.cpp
    void beginConnect(const QString &fromId);
    void connectPreview(double x, double y);
    bool endConnect(double x, double y);

signals:
    void message(const QString &text, bool error);

private:
    struct Gesture
    {
        enum Kind { None, Move, Resize, Connect } kind = None;
        QPointF start;
        QPointF delta;
        QHash<int, QRectF> startRects; ///< moving nodes and their descendants
        QList<int> roots; ///< nodes moved by the user (not via a parent)
        int primary = -1;
        QString handle;
        QRectF resized;
        QString connectFrom;
    };
    /// What moving one node to rect means for the model (re-parent, new zone or span).
    struct MovePlan
    {
        int node = -1;
        QString account, network, zone;
        QStringList subnets;
        bool reparent = false;
        bool setZone = false;
        bool setSubnets = false;
        int container = -1; ///< node that must hold it afterwards
    };

    // editordrop.cpp
    DropTarget targetAt(const QPointF &p, const QSet<int> &exclude = {}) const;
    QPointF snap(const QPointF &p) const;
    double snap(double v) const;
    QRectF boundsOf(const QString &id) const;
    bool createElement(const QString &key, const DropPlan &plan, const QPointF &p);

    // editordrag.cpp
    bool commitGeometry(const std::map<std::string, Rect> &rects, const QString &text,
        QUndoCommand *parent = nullptr, int session = 0);
    QStringList overlappedSubnets(int serviceNode, const QRectF &rect) const;
    bool planMove(int node, const QRectF &rect, const QSet<int> &moving, MovePlan *plan,
        QString *error) const;
    /// Pushes the commands of a plan (inside an open undo macro).
    void executeMove(const MovePlan &plan);

    QPointer<Document> m_doc;
    SceneModel *m_scene;
    ConnectionsModel *m_connections;
    EditorSelection *m_sel;
    const GeometryEdits *m_geometry;
    DesignActions *m_actions;
    Gesture m_gesture;
    int m_session = 1000; ///< merge sessions for nudges
    int m_nudgeSession = 0;
    bool m_gridSnap = true;
    int m_gridSize = 8;
};

} // namespace cw::gui
