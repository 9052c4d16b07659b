import QtQuick
import QtQuick.Controls
import Cloudwright.Models
import Cloudwright.Controls
import Cloudwright.Canvas

// The drawing surface: the tiled SceneView, the culled accessible items, and the mouse and
// keyboard gestures that drive the Editor (select, rubber band, move, resize, connect, pan,
// zoom). Screen point = scene point * zoom + pan.
Item {
    id: canvas
    required property Editor editor
    property real zoom: 1
    property real panX: 40
    property real panY: 40
    property bool spaceHeld: false
    property string hoveredId: ""
    // The hovered element's full name: the canvas tooltip, as names may be cut when zoomed out.
    property string hoveredLabel: ""
    readonly property real minZoom: 0.02
    readonly property real maxZoom: 4
    readonly property rect viewport: Qt.rect(-panX / zoom, -panY / zoom, width / zoom, height / zoom)
    readonly property alias sceneView: view

    clip: true
    focus: true
    activeFocusOnTab: true

    function clampZoom(z) { return Math.max(minZoom, Math.min(maxZoom, z)) }
    function toScene(sx, sy) { return Qt.point((sx - panX) / zoom, (sy - panY) / zoom) }
    function toScreen(x, y) { return Qt.point(x * zoom + panX, y * zoom + panY) }
    function setView(z, px, py) { zoom = clampZoom(z); panX = px; panY = py }
    function zoomAt(factor, sx, sy) {
        const nz = clampZoom(zoom * factor)
        const p = toScene(sx, sy)
        panX = sx - p.x * nz
        panY = sy - p.y * nz
        zoom = nz
    }
    function zoomBy(factor) { zoomAt(factor, width / 2, height / 2) }
    function fitRect(r, maxZ) {
        if (r.width <= 0 || r.height <= 0 || width <= 0)
            return
        const m = 32
        zoom = clampZoom(Math.min((width - 2 * m) / r.width, (height - 2 * m) / r.height, maxZ))
        panX = (width - r.width * zoom) / 2 - r.x * zoom
        panY = (height - r.height * zoom) / 2 - r.y * zoom
    }
    property bool fitPending: false
    function fitToView() {
        // Before the first layout the canvas has no size yet: fit as soon as it has one.
        fitPending = width <= 0 || height <= 0
        if (!fitPending)
            fitRect(editor.sceneBounds, 1.25)
    }
    onWidthChanged: if (fitPending) fitToView()
    onHeightChanged: if (fitPending) fitToView()
    function centerOn(r) {
        if (r.width * zoom > width * 0.9 || r.height * zoom > height * 0.9)
            fitRect(Qt.rect(r.x - 40, r.y - 40, r.width + 80, r.height + 80), zoom)
        panX = width / 2 - (r.x + r.width / 2) * zoom
        panY = height / 2 - (r.y + r.height / 2) * zoom
    }
    // Palette drops, in canvas coordinates.
    function hoverDrop(key, sx, sy) { const p = toScene(sx, sy); return editor.canDrop(key, p.x, p.y) }
    function dropAt(key, sx, sy) { const p = toScene(sx, sy); return editor.drop(key, p.x, p.y) }
    function endHover() { editor.clearDropTarget() }

    Binding { target: canvas.editor.visibleNodes; property: "viewport"; value: canvas.viewport }
    Binding { target: canvas.editor.visibleNodes; property: "zoom"; value: canvas.zoom }
    Connections {
        target: canvas.editor
        function onCenterOn(rect) { canvas.centerOn(rect) }
    }

    // The drawing: tiles painted in C++ (few scene-graph nodes whatever the design's size).
    SceneView {
        id: view
        anchors.fill: parent
        editor: canvas.editor
        zoom: canvas.zoom
        panX: canvas.panX
        panY: canvas.panY
        dark: Theme.dark
        grid: canvas.editor.gridSnap
    }

    // One empty, accessible item per element in view (the culled model): screen readers and
    // tests see what is on screen; being empty they cost the renderer nothing.
    Item {
        id: world
        x: canvas.panX
        y: canvas.panY
        scale: canvas.zoom
        transformOrigin: Item.TopLeft
        Repeater {
            model: canvas.editor.visibleNodes
            delegate: Item {
                required property string nodeId
                required property string label
                required property string subLabel
                required property real nodeX
                required property real nodeY
                required property real nodeWidth
                required property real nodeHeight
                x: nodeX
                y: nodeY
                width: nodeWidth
                height: nodeHeight
                Accessible.role: Accessible.Graphic
                Accessible.name: label
                Accessible.description: subLabel
            }
        }
    }

    // Gesture feedback in screen coordinates: the connection dot of the service under the
    // pointer (it follows zoom and pan) and the rubber band.
    Rectangle {
        id: connectHandle
        property string nodeId: ""
        readonly property rect target: nodeId.length > 0 ? canvas.editor.boundsOf(nodeId) : Qt.rect(0, 0, 0, 0)
        visible: target.width > 0 && mouse.mode === ""
        x: (target.x + target.width) * canvas.zoom + canvas.panX + 4 - width / 2
        y: (target.y + target.height / 2) * canvas.zoom + canvas.panY - height / 2
        width: 12
        height: 12
        radius: 6
        color: Theme.accent
        border.color: "white"
        border.width: 1.5
    }
    Rectangle {
        id: band
        visible: false
        color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.08)
        border.color: Theme.accent
        border.width: 1
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.MiddleButton | Qt.RightButton
        hoverEnabled: true
        property string mode: ""
        property point last

        ToolTip.visible: canvas.hoveredLabel !== "" && mouse.containsMouse && !mouse.pressed
        ToolTip.delay: 600
        ToolTip.text: canvas.hoveredLabel
        property point bandStart

        function showBand(a, b) {
            const p = canvas.toScreen(Math.min(a.x, b.x), Math.min(a.y, b.y))
            band.x = p.x
            band.y = p.y
            band.width = Math.abs(a.x - b.x) * canvas.zoom
            band.height = Math.abs(a.y - b.y) * canvas.zoom
            band.visible = true
        }

        onPressed: (m) => {
            canvas.forceActiveFocus()
            last = Qt.point(m.x, m.y)
            const p = canvas.toScene(m.x, m.y)
            if (m.button === Qt.MiddleButton || canvas.spaceHeld) { mode = "pan"; return }
            const hit = canvas.editor.hitTest(p.x, p.y, canvas.zoom)
            if (m.button === Qt.RightButton) {
                if (hit.what === "node" && !canvas.editor.selectedIds.includes(hit.id))
                    canvas.editor.select(hit.id, 0)
                contextMenu.popup()
                mode = ""
                return
            }
            const mods = (m.modifiers & Qt.ControlModifier) ? 1 : (m.modifiers & Qt.ShiftModifier) ? 2 : 0
            if (hit.what === "resize") {
                mode = "resize"
                canvas.editor.beginResize(hit.id, hit.handle, p.x, p.y)
            } else if (hit.what === "connect") {
                mode = "connect"
                canvas.editor.beginConnect(hit.id)
                view.previewFrom = canvas.editor.boundsOf(hit.id)
                view.previewTo = Qt.rect(p.x - 1, p.y - 1, 2, 2)
                view.previewActive = true
                connectHandle.nodeId = ""
            } else if (hit.what === "connection") {
                canvas.editor.selectConnection(hit.id)
                mode = ""
            } else if (hit.what === "node") {
                if (mods !== 0 || !canvas.editor.selectedIds.includes(hit.id))
                    canvas.editor.select(hit.id, mods)
                if (mods !== 1 && canvas.editor.selectedIds.includes(hit.id)) {
                    mode = "move"
                    canvas.editor.beginDrag(p.x, p.y)
                }
            } else {
                if (mods === 0)
                    canvas.editor.clearSelection()
                mode = "band"
                bandStart = p
            }
        }
        onPositionChanged: (m) => {
            const p = canvas.toScene(m.x, m.y)
            if (mode === "pan") {
                canvas.panX += m.x - last.x
                canvas.panY += m.y - last.y
            } else if (mode === "move") {
                canvas.editor.dragTo(p.x, p.y)
            } else if (mode === "resize") {
                canvas.editor.resizeTo(p.x, p.y)
            } else if (mode === "connect") {
                canvas.editor.connectPreview(p.x, p.y)
                const target = canvas.editor.hitTest(p.x, p.y, canvas.zoom)
                view.previewTo = target.what === "node" && target.type >= 4 ? canvas.editor.boundsOf(target.id)
                                                                           : Qt.rect(p.x - 1, p.y - 1, 2, 2)
            } else if (mode === "band") {
                showBand(bandStart, p)
            } else if (!pressed) {
                const hit = canvas.editor.hitTest(p.x, p.y, canvas.zoom)
                cursorShape = hit.what === "resize" ? ((hit.handle === "tl" || hit.handle === "br") ? Qt.SizeFDiagCursor
                                                       : (hit.handle === "tr" || hit.handle === "bl") ? Qt.SizeBDiagCursor
                                                       : (hit.handle === "l" || hit.handle === "r") ? Qt.SizeHorCursor : Qt.SizeVerCursor)
                            : hit.what === "connect" ? Qt.CrossCursor
                            : hit.what === "node" || hit.what === "connection" ? Qt.PointingHandCursor : Qt.ArrowCursor
                canvas.hoveredId = hit.what === "none" ? "" : hit.id
                canvas.hoveredLabel = hit.what === "node" ? hit.label : ""
                connectHandle.nodeId = (hit.what === "node" || hit.what === "connect") && hit.type >= 4 ? hit.id : ""
            }
            last = Qt.point(m.x, m.y)
        }
        onReleased: (m) => {
            const p = canvas.toScene(m.x, m.y)
            if (mode === "move")
                canvas.editor.endDrag()
            else if (mode === "resize")
                canvas.editor.endResize()
            else if (mode === "connect") {
                view.previewActive = false
                canvas.editor.endConnect(p.x, p.y)
            } else if (mode === "band" && band.visible) {
                canvas.editor.selectInRect(Qt.rect(Math.min(p.x, bandStart.x), Math.min(p.y, bandStart.y),
                                                   Math.abs(p.x - bandStart.x), Math.abs(p.y - bandStart.y)),
                                           (m.modifiers & (Qt.ShiftModifier | Qt.ControlModifier)) !== 0)
            }
            band.visible = false
            mode = ""
        }
        onExited: connectHandle.nodeId = ""
        onCanceled: { canvas.editor.cancelGesture(); view.previewActive = false; band.visible = false; mode = "" }
        onWheel: (w) => {
            if (w.pixelDelta.y !== 0 && !(w.modifiers & Qt.ControlModifier) && w.angleDelta.y % 120 !== 0) {
                canvas.panX += w.pixelDelta.x   // touchpad scroll pans
                canvas.panY += w.pixelDelta.y
            } else {
                canvas.zoomAt(Math.pow(1.0015, w.angleDelta.y), w.x, w.y)
            }
        }
    }

    PinchHandler {
        target: null
        property real lastScale: 1
        onActiveChanged: lastScale = 1
        onActiveScaleChanged: {
            canvas.zoomAt(activeScale / lastScale, centroid.position.x, centroid.position.y)
            lastScale = activeScale
        }
    }

    Keys.onPressed: (e) => {
        const step = (e.modifiers & Qt.ShiftModifier) ? 10 * canvas.editor.gridSize : canvas.editor.gridSize
        const dirs = { [Qt.Key_Left]: [-1, 0], [Qt.Key_Right]: [1, 0], [Qt.Key_Up]: [0, -1], [Qt.Key_Down]: [0, 1] }
        if (e.key === Qt.Key_Space && !e.isAutoRepeat) { canvas.spaceHeld = true; mouse.cursorShape = Qt.OpenHandCursor; e.accepted = true }
        else if (dirs[e.key] !== undefined) {
            const d = dirs[e.key]
            if (canvas.editor.selectedIds.length > 0)
                canvas.editor.nudge(d[0] * step, d[1] * step)
            else { canvas.panX -= d[0] * 40; canvas.panY -= d[1] * 40 }
            e.accepted = true
        } else if (e.key === Qt.Key_Escape) { canvas.editor.cancelGesture(); canvas.editor.clearSelection(); e.accepted = true }
    }
    Keys.onReleased: (e) => {
        if (e.key === Qt.Key_Space && !e.isAutoRepeat) { canvas.spaceHeld = false; mouse.cursorShape = Qt.ArrowCursor; e.accepted = true }
    }

    CanvasMenu { id: contextMenu; editor: canvas.editor }

    MinimapView {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
        canvas: canvas
        // Only while part of the design is out of view: at the fitted view it would only hide
        // some of it.
        readonly property rect b: canvas.editor.sceneBounds
        visible: canvas.editor.scene.count > 0
                 && (b.x < canvas.viewport.x || b.y < canvas.viewport.y
                     || b.x + b.width > canvas.viewport.x + canvas.viewport.width
                     || b.y + b.height > canvas.viewport.y + canvas.viewport.height)
    }

    Toast { id: toast; anchors.horizontalCenter: parent.horizontalCenter; anchors.bottom: parent.bottom; anchors.bottomMargin: 20 }
    Connections {
        target: canvas.editor
        function onMessage(text, error) { toast.show(text, error) }
    }
}
