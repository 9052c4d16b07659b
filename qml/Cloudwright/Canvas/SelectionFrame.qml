import QtQuick

// The outline of a selected (or highlighted) node with its resize handles; sizes stay constant
// on screen whatever the zoom. Handles are drawn only: the canvas hit-tests them in C++.
Item {
    id: frame
    property real zoom: 1
    property bool handles: true
    property bool connectable: false  // the right-middle spot is the connection dot
    property color color: "#1f6feb"
    readonly property real handleSize: 8 / zoom

    Rectangle {
        anchors.fill: parent
        anchors.margins: -3 / frame.zoom
        color: "transparent"
        border.color: frame.color
        border.width: 2 / frame.zoom
        radius: 4 / frame.zoom
    }
    Repeater {
        model: !frame.handles ? []
               : frame.connectable ? [[0, 0], [0.5, 0], [1, 0], [0, 0.5], [0, 1], [0.5, 1], [1, 1]]
               : [[0, 0], [0.5, 0], [1, 0], [0, 0.5], [1, 0.5], [0, 1], [0.5, 1], [1, 1]]
        Rectangle {
            required property var modelData
            x: modelData[0] * frame.width - frame.handleSize / 2
            y: modelData[1] * frame.height - frame.handleSize / 2
            width: frame.handleSize
            height: frame.handleSize
            color: "white"
            border.color: frame.color
            border.width: 1.5 / frame.zoom
        }
    }
}
