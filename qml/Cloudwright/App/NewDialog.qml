import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Models
import Cloudwright.Controls

// File ▸ New: a blank AWS or Azure design, or one of the starter architectures.
Dialog {
    id: dialog
    title: qsTr("New design")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 560
    height: 460
    standardButtons: Dialog.Ok | Dialog.Cancel
    signal chosen(string templateId)
    property int current: 0

    onAccepted: chosen(templates.idAt(current))

    TemplatesModel { id: templates }

    ListView {
        anchors.fill: parent
        clip: true
        model: templates
        currentIndex: dialog.current
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            required property int index
            required property string name
            required property string description
            required property bool blank
            width: ListView.view.width
            highlighted: index === dialog.current
            onClicked: dialog.current = index
            onDoubleClicked: { dialog.current = index; dialog.accept() }
            contentItem: ColumnLayout {
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: name
                    textFormat: Text.PlainText
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    Layout.fillWidth: true
                    text: description
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    color: Theme.textDim
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
