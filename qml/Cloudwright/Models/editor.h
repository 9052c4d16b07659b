// SPDX-License-Identifier: MIT
#pragma once

#include "commands/geometrycommand.h"
#include "connectionsmodel.h"
#include "designactions.h"
#include "document.h"
#include "editorclipboard.h"
#include "editorgestures.h"
#include "editorselection.h"
#include "findingsmodel.h"
#include "geometryedits.h"
#include "model/modelops.h"
#include "placement.h"
#include "propertymodel.h"
#include "scenemodel.h"
#include "validator.h"
#include "visiblenodesmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqml.h>

namespace cw::gui {

/// The designer's state and verbs for one document, as QML sees them: scene, culled view,
/// connections, findings and inspector models, and the verbs of the parts it owns and forwards
/// to: EditorSelection (what is selected), EditorGestures (drop, move, resize, nudge, connect),
/// EditorClipboard (delete, copy, cut, paste, duplicate) and DesignActions (connect, waive,
/// plan subnets, align), which record geometry through one GeometryEdits. QML composes views
/// over it and forwards input; every change goes through an undo command.
class Editor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        cw::gui::Document *document READ document WRITE setDocument NOTIFY documentChanged FINAL)
    Q_PROPERTY(cw::gui::SceneModel *scene READ scene CONSTANT FINAL)
    Q_PROPERTY(cw::gui::VisibleNodesModel *visibleNodes READ visibleNodes CONSTANT FINAL)
    Q_PROPERTY(cw::gui::ConnectionsModel *connections READ connections CONSTANT FINAL)
    Q_PROPERTY(cw::gui::FindingsModel *findings READ findings CONSTANT FINAL)
    Q_PROPERTY(cw::gui::PropertyModel *inspector READ inspector CONSTANT FINAL)
    Q_PROPERTY(QStringList selectedIds READ selectedIds NOTIFY selectionChanged FINAL)
    Q_PROPERTY(QString selectedConnection READ selectedConnection NOTIFY selectionChanged FINAL)
    Q_PROPERTY(QString currentId READ currentId NOTIFY selectionChanged FINAL)
    Q_PROPERTY(int currentType READ currentType NOTIFY selectionChanged FINAL)
    Q_PROPERTY(bool gridSnap MEMBER m_gridSnap NOTIFY gridChanged FINAL)
    Q_PROPERTY(int gridSize MEMBER m_gridSize NOTIFY gridChanged FINAL)
    Q_PROPERTY(bool canPaste READ canPaste NOTIFY clipboardChanged FINAL)
    Q_PROPERTY(bool validating READ validating NOTIFY validatingChanged FINAL)
    Q_PROPERTY(double validationMs READ validationMs NOTIFY validatingChanged FINAL)
    Q_PROPERTY(QRectF sceneBounds READ sceneBounds NOTIFY sceneBoundsChanged FINAL)

public:
    explicit Editor(QObject *parent = nullptr);
    ~Editor() override;

    Document *document() const { return m_doc; }
    void setDocument(Document *doc);
    SceneModel *scene() const { return m_scene; }
    VisibleNodesModel *visibleNodes() const { return m_visible; }
    ConnectionsModel *connections() const { return m_connections; }
    FindingsModel *findings() const { return m_findings; }
    PropertyModel *inspector() const { return m_inspector; }
    Validator *validator() const { return m_validator.get(); }
    QStringList selectedIds() const { return m_sel->ids(); }
    QString selectedConnection() const { return m_sel->connection(); }
    /// The one selected element or connection the inspector shows; "" = the design itself.
    QString currentId() const { return m_sel->currentId(); }
    /// SceneModel::NodeKind of currentId, 6 for a connection, -1 for the design.
    int currentType() const { return m_sel->currentType(); }
    bool canPaste() const { return m_clipboard->canPaste(); }
    bool validating() const { return m_validator && m_validator->busy(); }
    /// Time the last rules run took on its worker thread.
    double validationMs() const { return m_validator ? m_validator->lastRunMs() : 0; }
    QRectF sceneBounds() const { return m_scene->bounds(); }

    // Selection. modifiers: 0 replace, 1 toggle (Ctrl), 2 extend (Shift).
    Q_INVOKABLE void select(const QString &id, int modifiers = 0) { m_sel->select(id, modifiers); }
    Q_INVOKABLE void selectConnection(const QString &key) { m_sel->selectConnection(key); }
    Q_INVOKABLE void selectInRect(const QRectF &sceneRect, bool additive)
    {
        m_sel->selectInRect(sceneRect, additive);
    }
    Q_INVOKABLE void selectAll() { m_sel->selectAll(); }
    Q_INVOKABLE void clearSelection() { m_sel->clear(); }
    /// Selects id and asks the canvas to centre it (findings panel, search).
    Q_INVOKABLE void focusElement(const QString &id);

    /// What is under a scene point: {what: "node"|"connection"|"handle"|"none", id, type}.
    /// "handle" is a service's connection handle or a selected node's resize handle (id, handle).
    Q_INVOKABLE QVariantMap hitTest(double x, double y, double zoom) const;

    // Drawing from the palette.
    Q_INVOKABLE QVariantMap canDrop(const QString &key, double x, double y)
    {
        return m_gestures->canDrop(key, x, y);
    }
    Q_INVOKABLE bool drop(const QString &key, double x, double y)
    {
        return m_gestures->drop(key, x, y);
    }
    Q_INVOKABLE void clearDropTarget() { m_gestures->clearDropTarget(); }

    // Moving and resizing (scene coordinates); the gesture is one undo step.
    Q_INVOKABLE void beginDrag(double x, double y) { m_gestures->beginDrag(x, y); }
    Q_INVOKABLE void dragTo(double x, double y) { m_gestures->dragTo(x, y); }
    Q_INVOKABLE bool endDrag() { return m_gestures->endDrag(); }
    Q_INVOKABLE void cancelGesture() { m_gestures->cancelGesture(); }
    Q_INVOKABLE void beginResize(const QString &id, const QString &handle, double x, double y)
    {
        m_gestures->beginResize(id, handle, x, y);
    }
    Q_INVOKABLE void resizeTo(double x, double y) { m_gestures->resizeTo(x, y); }
    Q_INVOKABLE bool endResize() { return m_gestures->endResize(); }
    Q_INVOKABLE void nudge(double dx, double dy) { m_gestures->nudge(dx, dy); }
    Q_INVOKABLE void align(const QString &mode) { m_actions->align(mode); }

    // Connections.
    Q_INVOKABLE void beginConnect(const QString &fromId) { m_gestures->beginConnect(fromId); }
    Q_INVOKABLE void connectPreview(double x, double y) { m_gestures->connectPreview(x, y); }
    Q_INVOKABLE bool endConnect(double x, double y) { return m_gestures->endConnect(x, y); }
    Q_INVOKABLE bool connectElements(const QString &from, const QString &to)
    {
        return m_actions->connectElements(from, to);
    }

    // Clipboard and structure.
    Q_INVOKABLE bool deleteSelection() { return m_clipboard->deleteSelection(); }
    Q_INVOKABLE void copy() { m_clipboard->copy(); }
    Q_INVOKABLE void cut() { m_clipboard->cut(); }
    Q_INVOKABLE bool paste() { return m_clipboard->paste(); }
    Q_INVOKABLE bool duplicate() { return m_clipboard->duplicate(); }

    // Inspector actions.
    Q_INVOKABLE QVariantMap previewPlan(const QString &networkId, const QVariantList &tiers) const
    {
        return m_actions->previewPlan(networkId, tiers);
    }
    Q_INVOKABLE bool applyPlan(const QString &networkId, const QVariantList &tiers)
    {
        return m_actions->applyPlan(networkId, tiers);
    }
    Q_INVOKABLE bool suppress(const QString &rule, const QString &target, const QString &reason,
        const QString &expires = {})
    {
        return m_actions->suppress(rule, target, reason, expires);
    }
    Q_INVOKABLE bool unsuppress(const QString &rule, const QString &target)
    {
        return m_actions->unsuppress(rule, target);
    }
    Q_INVOKABLE QRectF boundsOf(const QString &id) const;

    /// Runs the rules now and waits for the result (tests, screenshots).
    Q_INVOKABLE void validateNow();

signals:
    void documentChanged();
    void selectionChanged();
    void gridChanged();
    void clipboardChanged();
    void validatingChanged();
    void sceneBoundsChanged();
    /// A short note or refusal for the status bar / toast.
    void message(const QString &text, bool error);
    /// The canvas should bring this scene rect into view.
    void centerOn(const QRectF &rect);

private:
    void onChanged(const ChangeSet &change);
    void onReset();
    void onReport();
    void onSelectionChanged(const QString &previousCurrent);

    // Geometry edits for the inspector's zone moves.
    bool commitGeometry(const std::map<std::string, Rect> &rects, const QString &text,
        QUndoCommand *parent = nullptr, int session = 0)
    {
        return m_geometry.commit(rects, text, parent, session);
    }

    QPointer<Document> m_doc;
    SceneModel *m_scene;
    VisibleNodesModel *m_visible;
    ConnectionsModel *m_connections;
    FindingsModel *m_findings;
    PropertyModel *m_inspector;
    std::unique_ptr<Validator> m_validator;
    EditorSelection *m_sel;
    GeometryEdits m_geometry;
    EditorClipboard *m_clipboard;
    DesignActions *m_actions;
    EditorGestures *m_gestures;
    bool m_gridSnap = true;
    int m_gridSize = 8;
};

} // namespace cw::gui
