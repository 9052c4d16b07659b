// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "scene.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QVariant>

namespace cw::gui {

class EditorSelection;
class GeometryEdits;
class SceneModel;

/// The editor's design verbs that are not gestures: connect two elements, waive or restore a
/// finding, preview and apply a subnet plan, align the selection. Each is one undo step;
/// refusals come out as message().
class DesignActions : public QObject
{
    Q_OBJECT

public:
    DesignActions(SceneModel *scene, EditorSelection *selection, const GeometryEdits *geometry,
        QObject *parent = nullptr);

    void setDocument(Document *doc) { m_doc = doc; }
    /// Services and externals carry connections; containers do not.
    static bool connectable(NodeType t);

    /// Adds a connection from -> to with a first protocol and port for the target's kind and
    /// selects it.
    bool connectElements(const QString &from, const QString &to);
    bool suppress(
        const QString &rule, const QString &target, const QString &reason, const QString &expires);
    bool unsuppress(const QString &rule, const QString &target);
    /// {ok, rows: [{tier, zone, role, cidr, usable}]} or {ok: false, error}.
    QVariantMap previewPlan(const QString &networkId, const QVariantList &tiers) const;
    /// Adds the planned subnets (or re-addresses the existing ones of a tier and zone).
    bool applyPlan(const QString &networkId, const QVariantList &tiers);
    /// left, right, hcenter, top, bottom, vcenter: lines the selection roots up with their box.
    void align(const QString &mode);

signals:
    void message(const QString &text, bool error);

private:
    QRectF boundsOfNode(const QString &id) const;

    QPointer<Document> m_doc;
    SceneModel *m_scene;
    EditorSelection *m_selection;
    const GeometryEdits *m_geometry;
};

} // namespace cw::gui
