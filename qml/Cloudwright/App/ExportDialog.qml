import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Cloudwright.Models
import Cloudwright.Controls
import Cloudwright.App

// File ▸ Export ▸ <format>: where to write (a file for one-file formats, a folder otherwise),
// the format's options, then progress with Cancel. Files that would be replaced are listed and
// confirmed first. A design the provider would reject offers "Export anyway"; a finished
// export offers "Open".
Dialog {
    id: dialog
    required property ExportModel exports
    property string exporterId
    property bool singleFile: false
    property string message
    property bool failed: false
    property bool gated: false
    property bool done: false
    property string confirmed // the target whose replaced files the user already accepted
    readonly property string target: targetField.text.trim()
    title: qsTr("Export %1").arg(exports.nameOf(exporterId))
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 640
    closePolicy: exports.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    function start(id) {
        exporterId = id
        singleFile = exports.singleFile(id)
        message = ""
        failed = gated = done = false
        confirmed = ""
        options.options = exports.optionsOf(id)
        targetField.text = exports.suggestedTarget(id)
        open()
        targetField.forceActiveFocus()
    }
    // Asks about files it would replace (once per target: "Export anyway" after a refusal does
    // not ask again), then runs.
    function exportNow(force) {
        const existing = exports.existingFiles(exporterId, target)
        if (existing.length > 0 && confirmed !== target)
            replaceDialog.ask(existing, () => { confirmed = target; run(force) })
        else
            run(force)
    }
    function run(force) {
        message = ""
        failed = gated = done = false
        if (!exports.run(exporterId, target, options.values, force)) {
            failed = true
            if (message.length === 0)
                message = qsTr("The export could not start.")
        }
    }

    Connections {
        target: dialog.exports
        function onFinished(ok, text, files, gated) {
            dialog.done = ok
            if (ok)
                dialog.confirmed = "" // the next export over these files asks again
            dialog.failed = !ok
            dialog.gated = gated
            dialog.message = text
        }
    }
    FileDialog {
        id: fileDialog
        title: qsTr("Export as")
        fileMode: FileDialog.SaveFile
        options: FileDialog.DontConfirmOverwrite // the export dialog asks, listing the files
        defaultSuffix: exports.suffixOf(dialog.exporterId)
        nameFilters: [exports.nameOf(dialog.exporterId) + " (*." + exports.suffixOf(dialog.exporterId) + ")"]
        onAccepted: targetField.text = dialog.exports.localPath(selectedFile)
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Export into folder")
        onAccepted: targetField.text = dialog.exports.localPath(selectedFolder)
    }
    ReplaceFilesDialog { id: replaceDialog }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            Layout.fillWidth: true
            text: dialog.exports.descriptionOf(dialog.exporterId)
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: Theme.textDim
        }
        RowLayout {
            Layout.fillWidth: true
            Label { text: dialog.singleFile ? qsTr("File:") : qsTr("Folder:") }
            TextField {
                id: targetField
                objectName: "exportTarget"
                Layout.fillWidth: true
                enabled: !dialog.exports.busy
                selectByMouse: true
                onAccepted: if (exportButton.enabled) dialog.exportNow(false)
            }
            Button {
                text: qsTr("Browse\u2026")
                enabled: !dialog.exports.busy
                onClicked: dialog.singleFile ? fileDialog.open() : folderDialog.open()
            }
        }
        ExportOptionsForm {
            id: options
            Layout.fillWidth: true
            enabled: !dialog.exports.busy
            visible: options.options.length > 0
        }
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.exports.busy || dialog.done || dialog.failed
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: 1
                value: dialog.exports.progress
            }
            Label { text: dialog.exports.stage; textFormat: Text.PlainText; color: Theme.textDim }
            Button {
                objectName: "cancelExport"
                visible: dialog.exports.busy
                text: qsTr("Cancel")
                onClicked: dialog.exports.cancel()
            }
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            visible: dialog.message.length > 0
            TextArea {
                objectName: "exportMessage"
                readOnly: true
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                text: dialog.message
                color: dialog.failed ? Theme.error : Theme.text
            }
        }
    }
    footer: DialogButtonBox {
        Button {
            id: exportButton
            objectName: "exportButton"
            text: qsTr("Export")
            enabled: !dialog.exports.busy && dialog.target.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.exportNow(false)
        }
        Button {
            objectName: "exportAnyway"
            visible: dialog.gated && !dialog.exports.busy
            text: qsTr("Export anyway")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.exportNow(true)
        }
        Button {
            objectName: "openOutput"
            visible: dialog.done && !dialog.exports.busy
            text: dialog.singleFile ? qsTr("Open file") : qsTr("Open folder")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.exports.openOutput()
        }
        Button {
            text: qsTr("Close")
            enabled: !dialog.exports.busy
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: dialog.close()
        }
    }
}
