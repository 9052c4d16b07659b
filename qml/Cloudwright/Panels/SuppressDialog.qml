import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Models
import Cloudwright.Controls

// Waives one finding: a reason is required, an expiry date is optional.
Dialog {
    id: dialog
    required property Editor editor
    property string rule
    property string target
    title: qsTr("Suppress %1 on %2").arg(rule).arg(target)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 460
    standardButtons: Dialog.Ok | Dialog.Cancel

    function ask(ruleId, targetId) {
        rule = ruleId
        target = targetId
        reason.text = ""
        expires.text = ""
        open()
        reason.forceActiveFocus()
    }
    onOpened: standardButton(Dialog.Ok).enabled = Qt.binding(() => reason.text.trim().length > 0)
    onAccepted: editor.suppress(rule, target, reason.text, expires.text)

    ColumnLayout {
        anchors.fill: parent
        Label { text: qsTr("Why is this accepted?") }
        TextField {
            id: reason
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. prod-like HA kept for load tests")
        }
        Label { text: qsTr("Expires (YYYY-MM-DD, optional)") }
        TextField {
            id: expires
            Layout.fillWidth: true
            inputMask: ""
            validator: RegularExpressionValidator { regularExpression: /^(\d{4}-\d{2}-\d{2})?$/ }
        }
    }
}
