import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Controls

// Help ▸ Keyboard shortcuts.
Dialog {
    title: qsTr("Keyboard shortcuts")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 520
    standardButtons: Dialog.Close
    GridLayout {
        columns: 2
        columnSpacing: 24
        Repeater {
            model: [].concat.apply([], [["Ctrl+N / Ctrl+O / Ctrl+S", qsTr("New, open, save")], ["Ctrl+Shift+S", qsTr("Save as")],
                    ["Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y", qsTr("Undo / redo")], ["Ctrl+X / C / V, Ctrl+D", qsTr("Cut, copy, paste, duplicate")],
                    ["Delete, Backspace", qsTr("Delete the selection")], ["Arrows (Shift: ×10)", qsTr("Nudge the selection, or pan")],
                    ["Wheel, pinch, Ctrl+= / Ctrl+-", qsTr("Zoom")], ["Ctrl+0 / Ctrl+1", qsTr("Fit to view / actual size")],
                    ["Space+drag, middle drag", qsTr("Pan")], ["Shift / Ctrl+click, drag on empty canvas", qsTr("Extend selection, rubber band")],
                    ["Drag the dot on a service's right edge", qsTr("Connect to another service")], ["Ctrl+F", qsTr("Search the palette")],
                    ["Ctrl+'", qsTr("Snap to grid")], ["Ctrl+Shift+D", qsTr("Dark theme")]])
            delegate: Label {
                required property var modelData
                required property int index
                text: modelData
                font.bold: index % 2 === 0
            }
        }
    }
}
