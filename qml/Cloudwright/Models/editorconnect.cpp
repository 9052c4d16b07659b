// SPDX-License-Identifier: MIT
// Editor: the connect gesture (drag from a service's dot to another element).
#include "editor.h"

namespace cw::gui {
void Editor::beginConnect(const QString &fromId)
{
    cancelGesture();
    const int i = m_scene->indexOf(fromId);
    if (i < 0 || !DesignActions::connectable(m_scene->node(i).type))
        return;
    m_gesture.kind = Gesture::Connect;
    m_gesture.connectFrom = fromId;
    m_gesture.primary = i;
}

void Editor::connectPreview(double x, double y)
{
    if (m_gesture.kind != Gesture::Connect)
        return;
    const int n = m_scene->nodeAt({ x, y });
    const bool ok
        = n >= 0 && n != m_gesture.primary && DesignActions::connectable(m_scene->node(n).type);
    m_scene->setDropTarget(ok ? m_scene->node(n).id : QString());
    m_gesture.resized = ok ? m_scene->rectOf(n) : QRectF(x - 1, y - 1, 2, 2);
}

bool Editor::endConnect(double x, double y)
{
    if (m_gesture.kind != Gesture::Connect)
        return false;
    const QString from = m_gesture.connectFrom;
    cancelGesture();
    const int n = m_scene->nodeAt({ x, y });
    if (n < 0)
        return false;
    return m_actions->connectElements(from, m_scene->node(n).id);
}

} // namespace cw::gui
