import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Controls

// "Save changes to X?" before the design is replaced or the window closes. The continuation
// runs after Save (when it succeeded) or Discard; Cancel drops it.
Dialog {
    id: dialog
    property string fileName
    property var continuation: null
    signal saveRequested()
    title: qsTr("Unsaved changes")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 440

    function ask(name, then) {
        fileName = name
        continuation = then
        open()
    }
    function proceed() {
        const c = continuation
        continuation = null
        close()
        if (c)
            c()
    }

    Text {
        width: parent.width
        wrapMode: Text.WordWrap
        textFormat: Text.PlainText
        color: Theme.text
        text: qsTr("Save the changes to %1 before closing it?").arg(dialog.fileName)
    }
    footer: DialogButtonBox {
        Button { text: qsTr("Save"); DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole; onClicked: dialog.saveRequested() }
        Button { text: qsTr("Discard"); DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole; onClicked: dialog.proceed() }
        Button { text: qsTr("Cancel"); DialogButtonBox.buttonRole: DialogButtonBox.RejectRole; onClicked: { dialog.continuation = null; dialog.close() } }
    }
}
