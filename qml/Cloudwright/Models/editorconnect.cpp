// SPDX-License-Identifier: MIT
// EditorGestures: the connect gesture (drag from a service's dot to another element).
#include "designactions.h"
#include "editorgestures.h"
#include "scenemodel.h"

namespace cw::gui {
void EditorGestures::beginConnect(const QString &fromId)
{
    cancelGesture();
    const int i = m_scene->indexOf(fromId);
    if (i < 0 || !DesignActions::connectable(m_scene->node(i).type))
        return;
    m_gesture.kind = Gesture::Connect;
    m_gesture.connectFrom = fromId;
    m_gesture.primary = i;
}

void EditorGestures::connectPreview(double x, double y)
{
    if (m_gesture.kind != Gesture::Connect)
        return;
    const int n = m_scene->nodeAt({ x, y });
    const bool ok
        = n >= 0 && n != m_gesture.primary && DesignActions::connectable(m_scene->node(n).type);
    m_scene->setDropTarget(ok ? m_scene->node(n).id : QString());
    m_gesture.resized = ok ? m_scene->rectOf(n) : QRectF(x - 1, y - 1, 2, 2);
}

bool EditorGestures::endConnect(double x, double y)
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
