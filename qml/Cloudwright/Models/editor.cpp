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
{
    connect(m_scene, &SceneModel::boundsChanged, this, &Editor::sceneBoundsChanged);
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
    m_gesture = {};
    m_scene->rebuild(m_doc->model());
    m_connections->rebuild(m_doc->model());
    m_pasteCount = 0;
    setSelection({}, {});
    m_inspector->setElement(QString());
}

void Editor::onChanged(const ChangeSet &c)
{
    const Model &m = m_doc->model();
    if (c.has(ChangeSet::Renamed) && c.ids.size() == 2) {
        // A renamed element stays selected (and in the inspector) under its new id.
        const QString &from = c.ids[0], &to = c.ids[1];
        if (m_selection.contains(from))
            m_selection[m_selection.indexOf(from)] = to;
        if (m_selectedConnection == from)
            m_selectedConnection = to;
    }
    if (c.has(ChangeSet::Structure)) {
        m_scene->rebuild(m);
        m_connections->rebuild(m);
        pruneSelection();
    } else {
        if (c.has(ChangeSet::Geometry))
            m_scene->applyGeometry(m);
        if (c.has(ChangeSet::Fields))
            m_scene->applyLabels(m, c.ids);
        if (c.has(ChangeSet::Connections)) {
            m_connections->rebuild(m);
            pruneSelection();
        } else if (c.has(ChangeSet::Geometry)) {
            m_connections->reroute();
        }
    }
    m_scene->setSelected(QSet<QString>(m_selection.begin(), m_selection.end()));
    updateHighlights();
    if (m_inspector->elementId() != currentId())
        m_inspector->setElement(currentId());
    else if (c.flags & ~ChangeSet::Geometry)
        m_inspector->refresh();
    if (!c.has(ChangeSet::Geometry) || c.flags != ChangeSet::Geometry)
        m_nudgeSession = 0;
}

void Editor::onReport()
{
    const auto &report = m_validator->report();
    m_findings->setReport(report, m_doc->model());
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

QString Editor::currentId() const
{
    if (!m_selectedConnection.isEmpty())
        return m_selectedConnection;
    return m_selection.size() == 1 ? m_selection.front() : QString();
}

int Editor::currentType() const
{
    if (!m_selectedConnection.isEmpty())
        return 6;
    const int i = m_selection.size() == 1 ? m_scene->indexOf(m_selection.front()) : -1;
    return i < 0 ? -1 : int(m_scene->node(i).type);
}

void Editor::setSelection(const QStringList &ids, const QString &connection)
{
    const QString before = currentId();
    if (ids == m_selection && connection == m_selectedConnection)
        return;
    m_selection = ids;
    m_selectedConnection = connection;
    m_scene->setSelected(QSet<QString>(ids.begin(), ids.end()));
    m_connections->setSelectedKey(connection);
    updateHighlights();
    m_nudgeSession = 0;
    if (currentId() != before || m_inspector->elementId() != currentId())
        m_inspector->setElement(currentId());
    emit selectionChanged();
}

void Editor::pruneSelection()
{
    QStringList ids;
    for (const auto &id : m_selection)
        if (m_scene->indexOf(id) >= 0)
            ids << id;
    const QString conn
        = m_connections->rowOfKey(m_selectedConnection) >= 0 ? m_selectedConnection : QString();
    setSelection(ids, conn);
}

void Editor::updateHighlights()
{
    QSet<QString> ends;
    const int row = m_connections->rowOfKey(m_selectedConnection);
    if (row >= 0)
        ends << m_connections->fromOf(row) << m_connections->toOf(row);
    m_scene->setHighlighted(ends);
}

void Editor::select(const QString &id, int modifiers)
{
    const int i = m_scene->indexOf(id);
    if (i < 0 || m_scene->node(i).type == NodeType::Zone) {
        if (modifiers == 0)
            clearSelection();
        return;
    }
    QStringList ids = modifiers == 0 ? QStringList {} : m_selection;
    if (modifiers == 1 && ids.contains(id))
        ids.removeAll(id);
    else if (!ids.contains(id))
        ids << id;
    setSelection(ids, {});
}

void Editor::selectConnection(const QString &key)
{
    setSelection({}, m_connections->rowOfKey(key) >= 0 ? key : QString());
}

void Editor::selectInRect(const QRectF &r, bool additive)
{
    QStringList ids = additive ? m_selection : QStringList {};
    const QRectF rect = r.normalized();
    for (int i : m_scene->nodesIn(rect)) {
        const SceneNode &n = m_scene->node(i);
        if (n.type != NodeType::Zone && rect.contains(m_scene->rectOf(i)) && !ids.contains(n.id))
            ids << n.id;
    }
    setSelection(ids, {});
}

void Editor::selectAll()
{
    QStringList ids;
    for (const auto &n : m_scene->scene().nodes)
        if (n.type != NodeType::Zone)
            ids << n.id;
    setSelection(ids, {});
}

void Editor::clearSelection()
{
    setSelection({}, {});
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
    for (const auto &id : m_selection) {
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
        return { { "what", "node" }, { "id", target.id }, { "type", int(target.type) } };
    }
    return { { "what", "none" } };
}

} // namespace cw::gui
