// SPDX-License-Identifier: MIT
#include "editor.h"

#include "commands/fieldcommands.h"
#include "layout/metrics.h"

namespace cw::gui {

Editor::Editor(QObject *parent)
    : QObject(parent)
    , m_scene(new SceneModel(this))
    , m_visible(new VisibleNodesModel(m_scene, this))
    , m_connections(new ConnectionsModel(m_scene, this))
    , m_findings(new FindingsModel(this))
    , m_inspector(new PropertyModel(this))
    , m_sel(new EditorSelection(m_scene, m_connections, this))
    , m_geometry(m_scene)
    , m_clipboard(new EditorClipboard(m_scene, m_sel, &m_geometry, this))
    , m_actions(new DesignActions(m_scene, m_sel, &m_geometry, this))
    , m_gestures(new EditorGestures(m_scene, m_connections, m_sel, &m_geometry, m_actions, this))
{
    connect(m_gestures, &EditorGestures::message, this, &Editor::message);
    connect(
        this, &Editor::gridChanged, this, [this] { m_gestures->setGrid(m_gridSnap, m_gridSize); });
    m_gestures->setGrid(m_gridSnap, m_gridSize);
    connect(m_actions, &DesignActions::message, this, &Editor::message);
    connect(m_clipboard, &EditorClipboard::changed, this, &Editor::clipboardChanged);
    connect(m_clipboard, &EditorClipboard::message, this, &Editor::message);
    connect(m_scene, &SceneModel::boundsChanged, this, &Editor::sceneBoundsChanged);
    connect(m_sel, &EditorSelection::changed, this, &Editor::onSelectionChanged);
    m_inspector->setCommandFactory([this](const std::string &id, const QString &key,
                                       const QVariant &value, int session) -> QUndoCommand * {
        auto *cmd = new SetFieldCommand(m_doc, id, key, value, session);
        // A subnet moved to another zone moves to that zone's column when it has geometry.
        const int node = m_scene->indexOf(QString::fromStdString(id));
        if (key != QLatin1String("zone") || node < 0 || m_scene->node(node).type != NodeType::Subnet
            || !m_doc->model().diagram.nodes.count(id))
            return cmd;
        const int net = m_scene->node(node).parent;
        const int column
            = m_scene->indexOf(m_scene->node(net).id + QLatin1Char('/') + value.toString());
        if (column < 0)
            return cmd;
        auto *macro = new QUndoCommand(cmd->text());
        delete cmd;
        new SetFieldCommand(m_doc, id, key, value, 0, macro);
        const double dx
            = m_scene->rectOf(column).x() + layout::kColumnPad - m_scene->rectOf(node).x();
        std::map<std::string, Rect> rects;
        rects[id] = fromQRect(m_scene->rectOf(node).translated(dx, 0));
        for (int d : m_scene->descendants(node))
            rects[m_scene->node(d).id.toStdString()]
                = fromQRect(m_scene->rectOf(d).translated(dx, 0));
        commitGeometry(rects, macro->text(), macro);
        return macro;
    });
}

Editor::~Editor() = default;

void Editor::setDocument(Document *doc)
{
    if (doc == m_doc)
        return;
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_validator.reset();
    m_doc = doc;
    m_inspector->setDocument(doc);
    m_clipboard->setDocument(doc);
    m_geometry.setDocument(doc);
    m_actions->setDocument(doc);
    m_gestures->setDocument(doc);
    if (doc) {
        m_validator = std::make_unique<Validator>(doc);
        connect(m_validator.get(), &Validator::reportChanged, this, &Editor::onReport);
        connect(m_validator.get(), &Validator::busyChanged, this, &Editor::validatingChanged);
        connect(doc, &Document::changed, this, &Editor::onChanged);
        connect(doc, &Document::modelReset, this, &Editor::onReset);
        onReset();
        m_validator->runNow();
    }
    emit documentChanged();
}

void Editor::onReset()
{
    m_gestures->reset();
    m_scene->rebuild(m_doc->model());
    m_connections->rebuild(m_doc->model());
    m_clipboard->resetOffset();
    m_sel->clear();
    m_inspector->setElement(QString());
}

void Editor::onChanged(const ChangeSet &c)
{
    const Model &m = m_doc->model();
    if (c.has(ChangeSet::Renamed) && c.ids.size() == 2) {
        // A renamed element stays selected (and in the inspector) under its new id.
        m_sel->rename(c.ids[0], c.ids[1]);
    }
    if (c.has(ChangeSet::Structure)) {
        m_scene->rebuild(m);
        m_connections->rebuild(m);
        m_sel->prune();
    } else {
        if (c.has(ChangeSet::Geometry))
            m_scene->applyGeometry(m);
        if (c.has(ChangeSet::Fields))
            m_scene->applyLabels(m, c.ids);
        if (c.has(ChangeSet::Connections)) {
            m_connections->rebuild(m);
            m_sel->prune();
        } else if (c.has(ChangeSet::Geometry)) {
            m_connections->reroute();
        }
    }
    m_sel->remark();
    if (m_inspector->elementId() != currentId())
        m_inspector->setElement(currentId());
    else if (c.flags & ~ChangeSet::Geometry)
        m_inspector->refresh();
    if (!c.has(ChangeSet::Geometry) || c.flags != ChangeSet::Geometry)
        m_gestures->endNudgeSession();
}

void Editor::onReport()
{
    const auto &report = m_validator->report();
    m_findings->setReport(report, m_doc->model());
    m_findings->setConfigErrors(m_validator->config().errors);
    QHash<QString, QPair<int, int>> badges;
    for (const auto &f : report.findings) {
        if (f.suppressed)
            continue;
        auto &b = badges[QString::fromStdString(f.target)];
        b.first += 1;
        b.second = std::max(b.second, int(f.severity));
    }
    m_scene->setBadges(badges);
}

void Editor::validateNow()
{
    if (!m_validator)
        return;
    m_validator->runNow();
    m_validator->waitForIdle();
}

void Editor::onSelectionChanged(const QString &previousCurrent)
{
    m_gestures->endNudgeSession();
    if (currentId() != previousCurrent || m_inspector->elementId() != currentId())
        m_inspector->setElement(currentId());
    emit selectionChanged();
}

void Editor::focusElement(const QString &id)
{
    const int i = m_scene->indexOf(id);
    if (i >= 0) {
        select(id);
        emit centerOn(m_scene->rectOf(i));
        return;
    }
    if (m_connections->rowOfKey(id) >= 0) {
        selectConnection(id);
        emit centerOn(m_connections->route(m_connections->rowOfKey(id)).bounds);
    }
}

QRectF Editor::boundsOf(const QString &id) const
{
    const int i = m_scene->indexOf(id);
    return i < 0 ? QRectF() : m_scene->rectOf(i);
}

QVariantMap Editor::hitTest(double x, double y, double zoom) const
{
    const QPointF p(x, y);
    const double tol = 7 / std::max(zoom, 0.01);
    // Connection handle: a dot just outside the middle of a service's right edge.
    const double reach = tol + 2 / zoom;
    for (int i : m_scene->nodesIn(QRectF(x - 3 * reach, y - reach, 6 * reach, 2 * reach))) {
        const SceneNode &node = m_scene->node(i);
        if (node.type != NodeType::Service && node.type != NodeType::External)
            continue;
        const QRectF r = m_scene->rectOf(i);
        if (std::abs(x - (r.right() + 4 / zoom)) <= reach && std::abs(y - r.center().y()) <= reach)
            return { { "what", "connect" }, { "id", node.id }, { "type", int(node.type) } };
    }
    // Resize handles of selected nodes next: they sit on top of everything else.
    for (const auto &id : m_sel->ids()) {
        const int i = m_scene->indexOf(id);
        if (i < 0 || m_scene->node(i).type == NodeType::External)
            continue;
        const QRectF r = m_scene->rectOf(i);
        const bool l = std::abs(x - r.left()) <= tol, rt = std::abs(x - r.right()) <= tol;
        const bool t = std::abs(y - r.top()) <= tol, b = std::abs(y - r.bottom()) <= tol;
        const bool inX = x >= r.left() - tol && x <= r.right() + tol;
        const bool inY = y >= r.top() - tol && y <= r.bottom() + tol;
        QString h;
        if (t && l)
            h = QStringLiteral("tl");
        else if (t && rt)
            h = QStringLiteral("tr");
        else if (b && l)
            h = QStringLiteral("bl");
        else if (b && rt)
            h = QStringLiteral("br");
        else if (rt && inY)
            h = QStringLiteral("r");
        else if (b && inX)
            h = QStringLiteral("b");
        else if (l && inY)
            h = QStringLiteral("l");
        else if (t && inX && m_scene->node(i).type == NodeType::Service)
            h = QStringLiteral("t");
        if (!h.isEmpty())
            return { { "what", "resize" }, { "id", id }, { "handle", h },
                { "type", int(m_scene->node(i).type) } };
    }
    const int n = m_scene->nodeAt(p);
    const int c = m_connections->connectionAt(p, tol);
    if (c >= 0 && (n < 0 || m_scene->node(n).type != NodeType::Service))
        return { { "what", "connection" }, { "id", m_connections->key(c) } };
    if (n >= 0) {
        const SceneNode &node = m_scene->node(n);
        // Zone columns are not selectable: a click selects the network.
        const SceneNode &target = node.type == NodeType::Zone ? m_scene->node(node.parent) : node;
        return { { "what", "node" }, { "id", target.id }, { "type", int(target.type) },
            { "label", target.label } };
    }
    return { { "what", "none" } };
}

} // namespace cw::gui
