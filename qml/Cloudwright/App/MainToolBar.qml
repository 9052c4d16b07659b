import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Controls

// The tool bar: documents, undo/redo, zoom and view toggles.
ToolBar {
    id: bar
    required property var app
    background: Rectangle { color: Theme.panel; Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border } }

    component Tool: ToolButton {
        display: AbstractButton.TextOnly
        font.pixelSize: 13
        ToolTip.visible: hovered && action && action.shortcut !== undefined && String(action.shortcut).length > 0
        ToolTip.delay: 600
        ToolTip.text: action ? String(action.shortcut) : ""
    }

    RowLayout {
        anchors.fill: parent
        spacing: 2
        Image {
            source: "qrc:/icons/cloudwright.svg"
            sourceSize: Qt.size(24, 24)
            Layout.leftMargin: 6
            Layout.rightMargin: 6
        }
        Tool { action: bar.app.actions.newAction; text: qsTr("New") }
        Tool { action: bar.app.actions.openAction; text: qsTr("Open") }
        Tool { action: bar.app.actions.saveAction; text: qsTr("Save") }
        ToolSeparator {}
        Tool { action: bar.app.actions.undoAction; text: qsTr("Undo") }
        Tool { action: bar.app.actions.redoAction; text: qsTr("Redo") }
        ToolSeparator {}
        Tool { action: bar.app.actions.zoomOutAction; text: "\u2212" }
        Label {
            text: Math.round(bar.app.canvas.zoom * 100) + "%"
            color: Theme.textDim
            Layout.preferredWidth: 44
            horizontalAlignment: Text.AlignHCenter
        }
        Tool { action: bar.app.actions.zoomInAction; text: "+" }
        Tool { action: bar.app.actions.fitAction; text: qsTr("Fit") }
        ToolSeparator {}
        Tool { action: bar.app.actions.gridAction; text: qsTr("Grid") }
        Item { Layout.fillWidth: true }
        Label {
            text: bar.app.document.displayName + (bar.app.document.modified ? " \u2022" : "")
            color: Theme.textDim
            elide: Text.ElideMiddle
            Layout.maximumWidth: 360
            textFormat: Text.PlainText
        }
        Tool { action: bar.app.actions.themeAction; text: Theme.dark ? qsTr("Light") : qsTr("Dark") }
    }
}
