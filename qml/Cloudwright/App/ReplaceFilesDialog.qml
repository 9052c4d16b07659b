import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Controls

// Asks before an export replaces files that exist, listing each one; the continuation runs on
// "Replace", Cancel drops it.
Dialog {
    id: dialog
    property var files: []
    property var continuation: null
    title: qsTr("Replace existing files?")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 560

    function ask(list, then) {
        files = list
        continuation = then
        open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            text: qsTr("This export replaces %n file(s):", "", dialog.files.length)
        }
        ListView {
            objectName: "replacedFiles"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 200)
            clip: true
            model: dialog.files
            delegate: Label {
                required property string modelData
                width: ListView.view.width
                text: modelData
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                color: Theme.textDim
            }
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "replaceButton"
            text: qsTr("Replace")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: { const c = dialog.continuation; dialog.continuation = null; dialog.close(); if (c) c() }
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: { dialog.continuation = null; dialog.close() }
        }
    }
}
