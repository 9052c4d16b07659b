import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Models
import Cloudwright.Controls

// Offered at start when a previous session ended without saving: recover or discard.
Dialog {
    id: dialog
    required property var recovery
    title: qsTr("Recover unsaved work?")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 520
    closePolicy: Popup.NoAutoClose
    property var entries: recovery ? recovery.pending : []

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Text {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            color: Theme.text
            text: qsTr("Cloudwright did not close normally. These designs have changes that were never saved:")
        }
        Repeater {
            model: dialog.entries
            RowLayout {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        text: modelData.name.length > 0 ? modelData.name : qsTr("Untitled design")
                        textFormat: Text.PlainText
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        text: (modelData.original.length > 0 ? modelData.original : qsTr("never saved"))
                              + " \u00b7 " + Qt.formatDateTime(modelData.saved)
                        textFormat: Text.PlainText
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Button {
                    text: qsTr("Recover")
                    onClicked: { dialog.recovery.recover(index); dialog.close() }
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button { text: qsTr("Discard all"); onClicked: { dialog.recovery.discardAll(); dialog.close() } }
            Button { text: qsTr("Later"); onClicked: dialog.close() }
        }
    }
}
