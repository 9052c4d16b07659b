import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Cloudwright.Models
import Cloudwright.Controls

// File ▸ Export ▸ <format>: pick a folder, see the files it will write, follow the progress;
// when the design has blocking findings the errors are shown with "Export anyway".
Dialog {
    id: dialog
    required property ExportModel exports
    property string exporterId
    property string folder
    property string output
    property bool failed: false
    title: qsTr("Export %1").arg(exports.nameOf(exporterId))
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 600
    standardButtons: Dialog.Close

    function start(id) {
        exporterId = id
        output = ""
        failed = false
        folderDialog.open()
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Export into folder")
        onAccepted: { dialog.folder = selectedFolder; dialog.open(); dialog.exports.run(dialog.exporterId, dialog.folder, false) }
    }
    Connections {
        target: dialog.exports
        function onFinished(ok, message, files) { dialog.failed = !ok; dialog.output = message }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label { text: qsTr("Folder: %1").arg(dialog.folder); textFormat: Text.PlainText; elide: Text.ElideMiddle; Layout.fillWidth: true }
        ProgressBar {
            Layout.fillWidth: true
            value: dialog.exports.progress
            indeterminate: dialog.exports.busy && dialog.exports.progress < 0.5
        }
        Label { text: dialog.exports.stage; textFormat: Text.PlainText; color: Theme.textDim }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 200
            visible: dialog.output.length > 0
            TextArea {
                readOnly: true
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                text: dialog.output
                color: dialog.failed ? Theme.error : Theme.text
            }
        }
        Button {
            visible: dialog.failed && !dialog.exports.busy
            text: qsTr("Export anyway")
            onClicked: { dialog.output = ""; dialog.exports.run(dialog.exporterId, dialog.folder, true) }
        }
    }
}
