import QtQuick
import Cloudwright.Models
import Cloudwright.Controls

// The overview in the canvas corner; a click or drag centres the canvas there.
Rectangle {
    id: view
    required property Item canvas
    width: 220
    height: 150
    radius: 6
    color: Theme.panel
    border.color: Theme.border
    opacity: 0.96

    Minimap {
        id: map
        anchors.fill: parent
        anchors.margins: 4
        scene: view.canvas.editor.scene
        viewport: view.canvas.viewport
        background: Theme.panel
        accent: Theme.accent
        dark: Theme.dark
    }
    MouseArea {
        anchors.fill: map
        function go(x, y) {
            const p = map.toScene(x, y)
            view.canvas.panX = view.canvas.width / 2 - p.x * view.canvas.zoom
            view.canvas.panY = view.canvas.height / 2 - p.y * view.canvas.zoom
        }
        onPressed: (m) => go(m.x, m.y)
        onPositionChanged: (m) => { if (pressed) go(m.x, m.y) }
    }
}
