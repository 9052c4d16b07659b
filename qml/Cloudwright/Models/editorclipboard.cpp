// SPDX-License-Identifier: MIT
#include "editorclipboard.h"

#include "addressing.h"
#include "commands/structurecommands.h"
#include "editorselection.h"
#include "geometryedits.h"
#include "layout/metrics.h"
#include "net/cidr.h"
#include "scenemodel.h"

#include <set>

namespace cw::gui {
namespace {

/// Gives every id in v a fresh one (recorded in map) and rewires the references inside it.
void renameSubtree(ElemValue &v, std::map<std::string, std::string> &map)
{
    auto fix = [&](std::string &id) {
        if (auto it = map.find(id); it != map.end())
            id = it->second;
    };
    auto fixService = [&](Service &s) {
        fix(s.id);
        std::vector<std::string> refs;
        for (auto r : s.subnets) {
            fix(r);
            refs.push_back(r);
        }
        s.subnets = refs;
    };
    if (auto *a = std::get_if<Account>(&v)) {
        fix(a->id);
        for (auto &n : a->networks) {
            fix(n.id);
            for (auto &s : n.subnets)
                fix(s.id);
            for (auto &s : n.services)
                fixService(s);
        }
        for (auto &s : a->services)
            fixService(s);
    } else if (auto *n = std::get_if<Network>(&v)) {
        fix(n->id);
        for (auto &s : n->subnets)
            fix(s.id);
        for (auto &s : n->services)
            fixService(s);
    } else if (auto *sub = std::get_if<Subnet>(&v)) {
        fix(sub->id);
    } else if (auto *svc = std::get_if<Service>(&v)) {
        fixService(*svc);
    } else if (auto *e = std::get_if<External>(&v)) {
        fix(e->id);
    }
}

} // namespace

EditorClipboard::EditorClipboard(
    SceneModel *scene, EditorSelection *selection, const GeometryEdits *geometry, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_selection(selection)
    , m_geometry(geometry)
{ }

bool EditorClipboard::deleteSelection()
{
    if (!m_doc)
        return false;
    std::vector<std::string> ids;
    for (int r : m_selection->roots())
        ids.push_back(m_scene->node(r).id.toStdString());
    if (!m_selection->connection().isEmpty())
        ids.push_back(m_selection->connection().toStdString());
    if (ids.empty())
        return false;
    Fragment f = fragmentForRemoval(m_doc->model(), ids);
    if (f.empty())
        return false;
    const QString text = ids.size() == 1 ? tr("Delete %1").arg(QString::fromStdString(ids.front()))
                                         : tr("Delete %n elements", nullptr, int(ids.size()));
    m_selection->set({}, {});
    m_doc->undoStack()->push(
        new FragmentCommand(m_doc, std::move(f), FragmentCommand::Mode::Remove, text));
    return true;
}

EditorClipboard::Clip EditorClipboard::makeClip(const QStringList &ids) const
{
    Clip clip;
    const Model &m = m_doc->model();
    std::set<std::string> inClip;
    QSet<int> selected;
    for (const auto &id : ids)
        if (int i = m_scene->indexOf(id); i >= 0 && m_scene->node(i).type != NodeType::Zone)
            selected.insert(i);
    for (int i : selected) {
        bool nested = false;
        for (int p = m_scene->node(i).parent; p >= 0 && !nested; p = m_scene->node(p).parent)
            nested = selected.contains(p);
        if (nested)
            continue;
        const auto path = findPath(m, m_scene->node(i).id.toStdString());
        if (!path)
            continue;
        ClipItem item { valueAt(m, *path), path->type, {}, {} };
        if (path->account >= 0)
            item.account = QString::fromStdString(m.accounts[std::size_t(path->account)].id);
        if (path->network >= 0 && path->type != ElemType::Network)
            item.network = QString::fromStdString(
                m.accounts[std::size_t(path->account)].networks[std::size_t(path->network)].id);
        std::vector<std::string> sub;
        collectIds(item.value, sub);
        for (const auto &id : sub) {
            inClip.insert(id);
            if (int n = m_scene->indexOf(QString::fromStdString(id)); n >= 0)
                clip.geometry[id] = fromQRect(m_scene->rectOf(n));
        }
        clip.items.push_back(std::move(item));
    }
    std::sort(clip.items.begin(), clip.items.end(),
        [](const ClipItem &a, const ClipItem &b) { return int(a.type) < int(b.type); });
    for (const auto &c : m.connections)
        if (inClip.count(c.from) && inClip.count(c.to))
            clip.connections.push_back(c);
    return clip;
}

void EditorClipboard::copy()
{
    if (!m_doc)
        return;
    m_clip = makeClip(m_selection->ids());
    m_pasteCount = 0;
    emit changed();
}

void EditorClipboard::cut()
{
    copy();
    deleteSelection();
}

bool EditorClipboard::duplicate()
{
    if (!m_doc)
        return false;
    return pasteClip(makeClip(m_selection->ids()), tr("Duplicate"));
}

bool EditorClipboard::paste()
{
    if (!m_doc || m_clip.items.empty())
        return false;
    ++m_pasteCount;
    return pasteClip(m_clip, tr("Paste"));
}

bool EditorClipboard::pasteClip(const Clip &clip, const QString &text)
{
    using namespace layout;
    if (clip.items.empty())
        return false;
    const Model &m0 = m_doc->model();
    // One selected container receives the paste; otherwise items return to their parents.
    QString target;
    if (m_selection->ids().size() == 1) {
        const int i = m_scene->indexOf(m_selection->ids().front());
        if (i >= 0 && m_scene->node(i).type != NodeType::Service
            && m_scene->node(i).type != NodeType::External)
            target = m_selection->ids().front();
    }
    std::map<std::string, std::string> ids;
    std::vector<std::string> taken;
    for (const auto &item : clip.items) {
        std::vector<std::string> sub;
        collectIds(item.value, sub);
        for (const auto &id : sub) {
            ids[id] = uniqueId(m0, id, taken);
            taken.push_back(ids[id]);
        }
    }
    const double step = 24.0 * std::max(1, m_pasteCount);
    std::map<std::string, Rect> rects;
    QStringList pasted;
    m_doc->undoStack()->beginMacro(text);
    for (const auto &item : clip.items) {
        const Model &m = m_doc->model();
        ElemValue v = item.value;
        const std::string oldId = idOf(v);
        renameSubtree(v, ids);
        QString account = item.account, network = item.network, subnet;
        const int t = m_scene->indexOf(target);
        const NodeType tt = t >= 0 ? m_scene->node(t).type : NodeType::External;
        if (item.type == ElemType::Network && tt == NodeType::Account)
            account = target;
        if ((item.type == ElemType::Subnet || item.type == ElemType::Service)
            && (tt == NodeType::Network || tt == NodeType::Subnet)) {
            network = tt == NodeType::Network ? target : m_scene->node(m_scene->node(t).parent).id;
            subnet = tt == NodeType::Subnet ? target : QString();
        }
        if (item.type == ElemType::Service && tt == NodeType::Account) {
            account = target;
            network.clear();
        }
        const auto acc = findPath(m, account.toStdString());
        const auto net = network.isEmpty() ? std::nullopt : findPath(m, network.toStdString());
        ElemPath path { item.type, -1, -1, 0 };
        switch (item.type) {
        case ElemType::Account:
            path.index = path.account = int(m.accounts.size());
            break;
        case ElemType::External:
            path.index = int(m.externals.size());
            break;
        case ElemType::Network:
            if (!acc)
                continue;
            path = { ElemType::Network, acc->index,
                int(m.accounts[std::size_t(acc->index)].networks.size()), 0 };
            path.index = path.network;
            break;
        case ElemType::Subnet: {
            if (!net)
                continue;
            const auto &n = m.accounts[std::size_t(net->account)].networks[std::size_t(net->index)];
            auto &s = std::get<Subnet>(v);
            const auto c = net::Cidr::parse(s.cidr);
            s.cidr = freeSubnetBlock(n, c ? c->prefix() : 24);
            if (QString::fromStdString(n.id) != item.network && !n.zones.empty())
                s.zone = n.zones.front();
            path = { ElemType::Subnet, net->account, net->index, int(n.subnets.size()) };
            break;
        }
        case ElemType::Service: {
            auto &s = std::get<Service>(v);
            if (!subnet.isEmpty())
                s.subnets = { subnet.toStdString() };
            else if (network != item.network)
                s.subnets.clear();
            if (net)
                path = { ElemType::Service, net->account, net->index,
                    int(m.accounts[std::size_t(net->account)]
                            .networks[std::size_t(net->index)]
                            .services.size()) };
            else if (acc && network.isEmpty())
                path = { ElemType::Service, acc->index, -1,
                    int(m.accounts[std::size_t(acc->index)].services.size()) };
            else
                continue;
            break;
        }
        case ElemType::Connection:
            continue;
        }
        // Geometry: offset copies in place; into another container, start at its corner.
        QPointF offset(step, step);
        const QString origParent = item.type == ElemType::Network ? item.account : item.network;
        if (t >= 0 && m_scene->node(t).id != origParent && clip.geometry.count(oldId)) {
            const QRectF tr = m_scene->rectOf(t);
            const Rect &r = clip.geometry.at(oldId);
            offset = QPointF(tr.left() + kSubnetPad - r.x, tr.top() + kSubnetTitle + 8 - r.y);
        }
        std::vector<std::string> sub;
        collectIds(item.value, sub);
        for (const auto &id : sub)
            if (auto it = clip.geometry.find(id); it != clip.geometry.end())
                rects[ids[id]] = fromQRect(toQRect(it->second).translated(offset));
        Fragment f;
        f.elements.emplace_back(path, v);
        m_doc->undoStack()->push(
            new FragmentCommand(m_doc, std::move(f), FragmentCommand::Mode::Insert, text));
        pasted << QString::fromStdString(idOf(v));
    }
    Fragment conns;
    for (const auto &c : clip.connections) {
        Connection copy = c;
        copy.from = ids.count(c.from) ? ids[c.from] : c.from;
        copy.to = ids.count(c.to) ? ids[c.to] : c.to;
        if (!copy.id.empty())
            copy.id = uniqueId(m_doc->model(), copy.id, taken), taken.push_back(copy.id);
        const int index = int(m_doc->model().connections.size() + conns.elements.size());
        conns.elements.emplace_back(ElemPath { ElemType::Connection, -1, -1, index }, copy);
    }
    if (!conns.empty())
        m_doc->undoStack()->push(
            new FragmentCommand(m_doc, std::move(conns), FragmentCommand::Mode::Insert, text));
    // Only rects of elements that made it in (a paste may skip items whose parent is gone).
    for (auto it = rects.begin(); it != rects.end();)
        it = findPath(m_doc->model(), it->first) ? std::next(it) : rects.erase(it);
    m_geometry->commit(rects, text);
    m_doc->undoStack()->endMacro();
    if (pasted.isEmpty()) {
        emit message(tr("Nothing to paste here: the original containers are gone."), true);
        return false;
    }
    m_selection->set(pasted, {});
    return true;
}

} // namespace cw::gui
