import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Controls

// The status bar: design size, selection, validation state and time.
Rectangle {
    id: line
    required property var app
    height: 26
    color: Theme.panel
    Rectangle { width: parent.width; height: 1; color: Theme.border }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 10
        spacing: 16
        Label {
            text: qsTr("%1 elements \u00b7 %2 connections").arg(line.app.editor.scene.count).arg(line.app.editor.connections.count)
            color: Theme.textDim
        }
        Label {
            visible: line.app.editor.selectedIds.length > 0
            text: qsTr("%1 selected").arg(line.app.editor.selectedIds.length)
            color: Theme.textDim
        }
        Item { Layout.fillWidth: true }
        Label {
            text: line.app.editor.validating ? qsTr("Validating\u2026")
                  : qsTr("%1 findings \u00b7 checked in %2 ms").arg(line.app.editor.findings.total)
                        .arg(Math.round(line.app.editor.validationMs))
            color: Theme.textDim
        }
    }
}
