import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Models
import Cloudwright.Controls
import Cloudwright.Panels

// The inspector: every field of the selected element (or of the design when nothing is
// selected), grouped, each with its editor; actions for the element kind.
Rectangle {
    id: panel
    required property Editor editor
    readonly property PropertyModel inspector: editor.inspector
    color: Theme.panel

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        Text {
            Layout.fillWidth: true
            text: panel.inspector.heading
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            text: panel.editor.selectedIds.length > 1 ? qsTr("%1 elements selected").arg(panel.editor.selectedIds.length)
                                                      : panel.inspector.subheading
            textFormat: Text.PlainText
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            visible: panel.inspector.elementType === "network"
            Button {
                text: qsTr("Plan subnets\u2026")
                onClicked: planDialog.openFor(panel.inspector.elementId)
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
        ListView {
            id: fields
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.inspector
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            section.property: "group"
            section.delegate: Text {
                required property string section
                width: ListView.view.width
                topPadding: 8
                bottomPadding: 4
                text: section
                textFormat: Text.PlainText
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
                font.bold: true
                font.capitalization: Font.AllUppercase
            }
            delegate: FieldEditor { inspector: panel.inspector }
        }
    }

    PlanDialog { id: planDialog; editor: panel.editor }
}
