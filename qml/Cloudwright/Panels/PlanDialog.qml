import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Models
import Cloudwright.Controls

// Plans a network's subnets with the subnet planner: one block per tier and zone, with a
// preview of the addresses before anything changes. Existing subnets of a tier and zone get
// the planned block; missing ones are created.
Dialog {
    id: dialog
    required property Editor editor
    property string networkId
    title: qsTr("Plan subnets of %1").arg(networkId)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 560
    standardButtons: Dialog.Apply | Dialog.Cancel
    property var tiers: [{ name: "public", use: true, prefix: 24 },
                         { name: "private", use: true, prefix: 20 },
                         { name: "isolated", use: true, prefix: 24 }]
    property var preview: ({ ok: false })

    function openFor(id) { networkId = id; refresh(); open() }
    function request() {
        return tiers.filter(t => t.use).map(t => ({ name: t.name, prefix: t.prefix }))
    }
    function refresh() { preview = editor.previewPlan(networkId, request()) }

    onApplied: { if (editor.applyPlan(networkId, request())) close() }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Repeater {
            model: dialog.tiers.length
            RowLayout {
                required property int index
                CheckBox {
                    text: dialog.tiers[index].name
                    checked: dialog.tiers[index].use
                    onToggled: { dialog.tiers[index].use = checked; dialog.refresh() }
                    Layout.preferredWidth: 140
                }
                Label { text: qsTr("subnet size /") }
                SpinBox {
                    from: 16; to: 28
                    value: dialog.tiers[index].prefix
                    onValueModified: { dialog.tiers[index].prefix = value; dialog.refresh() }
                }
            }
        }
        Text {
            visible: !dialog.preview.ok
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            text: dialog.preview.error || ""
            color: Theme.error
        }
        ListView {
            Layout.fillWidth: true
            Layout.preferredHeight: 240
            clip: true
            visible: dialog.preview.ok
            model: dialog.preview.ok ? dialog.preview.rows : []
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                required property var modelData
                width: ListView.view.width
                Text { Layout.preferredWidth: 90; text: modelData.tier; textFormat: Text.PlainText; color: Theme.text }
                Text { Layout.preferredWidth: 110; text: modelData.role === "subnet" ? modelData.zone : modelData.role; textFormat: Text.PlainText; color: Theme.textDim }
                Text { Layout.fillWidth: true; text: modelData.cidr; textFormat: Text.PlainText; color: Theme.text; font.family: "monospace" }
                Text { text: qsTr("%L1 usable").arg(modelData.usable); textFormat: Text.PlainText; color: Theme.textDim }
            }
        }
    }
}
