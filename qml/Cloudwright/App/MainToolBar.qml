import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Models
import Cloudwright.Controls

// The tool bar: documents, undo/redo, zoom and view toggles.
ToolBar {
    id: bar
    required property var app
    background: Rectangle { color: Theme.panel; Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border } }

    component Tool: ToolButton {
        id: tool
        // A standard key is a number: show its bindings on this platform instead.
        readonly property string keys: !action || action.shortcut === undefined ? ""
            : typeof action.shortcut === "number" ? KeyBindings.sequences(action.shortcut).join(", ")
            : String(action.shortcut)
        display: AbstractButton.TextOnly
        font.pixelSize: 13
        ToolTip.visible: hovered && action !== null
        ToolTip.delay: 600
        ToolTip.text: action ? action.text.replace("&", "") + (keys.length > 0 ? "  (" + keys + ")" : "") : ""
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
