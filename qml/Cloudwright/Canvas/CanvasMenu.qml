import QtQuick
import QtQuick.Controls
import Cloudwright.Models

// Right-click menu of the canvas: clipboard, structure and alignment of the selection.
Menu {
    id: menu
    required property Editor editor
    readonly property bool hasSelection: editor.selectedIds.length > 0 || editor.selectedConnection.length > 0

    MenuItem { text: qsTr("Cut"); enabled: menu.editor.selectedIds.length > 0; onTriggered: menu.editor.cut() }
    MenuItem { text: qsTr("Copy"); enabled: menu.editor.selectedIds.length > 0; onTriggered: menu.editor.copy() }
    MenuItem { text: qsTr("Paste"); enabled: menu.editor.canPaste; onTriggered: menu.editor.paste() }
    MenuItem { text: qsTr("Duplicate"); enabled: menu.editor.selectedIds.length > 0; onTriggered: menu.editor.duplicate() }
    MenuItem { text: qsTr("Delete"); enabled: menu.hasSelection; onTriggered: menu.editor.deleteSelection() }
    MenuSeparator {}
    Menu {
        title: qsTr("Align")
        enabled: menu.editor.selectedIds.length > 1
        MenuItem { text: qsTr("Left edges"); onTriggered: menu.editor.align("left") }
        MenuItem { text: qsTr("Horizontal centres"); onTriggered: menu.editor.align("hcenter") }
        MenuItem { text: qsTr("Right edges"); onTriggered: menu.editor.align("right") }
        MenuItem { text: qsTr("Top edges"); onTriggered: menu.editor.align("top") }
        MenuItem { text: qsTr("Vertical centres"); onTriggered: menu.editor.align("vcenter") }
        MenuItem { text: qsTr("Bottom edges"); onTriggered: menu.editor.align("bottom") }
    }
    MenuSeparator {}
    MenuItem { text: qsTr("Select all"); onTriggered: menu.editor.selectAll() }
}
