import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Models
import Cloudwright.Controls

// One inspector row: the label and the editor its kind needs. Text-like fields commit as you
// type (one undo step per editing session, validated live; CIDRs show their usable addresses);
// ids, numbers and lists commit when editing finishes.
ColumnLayout {
    id: field
    required property PropertyModel inspector
    required property int index
    required property string key
    required property string label
    required property int kind
    required property var value
    required property string text
    required property bool isSet
    required property var allowed
    required property bool optional
    required property string error
    required property string hint
    required property string doc

    property string liveError: ""
    property string liveHint: ""
    readonly property string shownError: liveError.length > 0 ? liveError : error
    readonly property string shownHint: liveHint.length > 0 ? liveHint : hint

    spacing: 2
    width: ListView.view ? ListView.view.width : implicitWidth

    function commit(v, typing) {
        const r = inspector.check(index, v)
        liveError = r.ok ? "" : r.error
        liveHint = r.ok ? r.hint : ""
        if (r.ok)
            inspector.setValue(index, v, typing)
    }

    RowLayout {
        Layout.fillWidth: true
        Text {
            Layout.fillWidth: true
            text: field.label + (field.key.startsWith("prop:") && !field.isSet ? qsTr("  (default)") : "")
            textFormat: Text.PlainText
            color: Theme.textDim
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        ToolButton {
            visible: field.key.startsWith("prop:") && field.isSet
            text: "\u21ba"
            implicitHeight: 18
            implicitWidth: 22
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Back to the catalog default")
            onClicked: field.inspector.resetValue(field.index)
        }
    }
    Loader {
        Layout.fillWidth: true
        sourceComponent: {
            switch (field.kind) {
            case PropertyModel.Bool: return boolEditor
            case PropertyModel.Enum: return enumEditor
            case PropertyModel.LongText: return areaEditor
            case PropertyModel.SubnetRefs: return refsEditor
            case PropertyModel.ReadOnly: return readOnly
            default: return textEditor
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: text.length > 0
        text: field.shownError.length > 0 ? field.shownError : field.shownHint
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        color: field.shownError.length > 0 ? Theme.error : Theme.textDim
        font.pixelSize: Theme.fontSmall
    }
    Item { Layout.preferredHeight: 6 }

    Component {
        id: textEditor
        TextField {
            id: tf
            readonly property bool live: field.kind === PropertyModel.Text || field.kind === PropertyModel.Cidr
            text: field.text
            selectByMouse: true
            placeholderText: field.optional ? qsTr("not set") : ""
            ToolTip.visible: hovered && field.doc.length > 0
            ToolTip.delay: 900
            ToolTip.text: field.doc
            Binding on text { when: !tf.activeFocus; value: field.text; restoreMode: Binding.RestoreNone }
            onActiveFocusChanged: if (activeFocus) field.inspector.beginEdit()
            onTextEdited: {
                if (live && field.key !== "id")
                    field.commit(text, true)
                else {
                    const r = field.inspector.check(field.index, text)
                    field.liveError = r.ok ? "" : r.error
                    field.liveHint = r.ok ? r.hint : ""
                }
            }
            onEditingFinished: {
                if (!live || field.key === "id")
                    field.commit(text, false)
                field.inspector.beginEdit()
            }
        }
    }
    Component {
        id: areaEditor
        TextArea {
            id: ta
            text: field.text
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            selectByMouse: true
            // Fusion's TextArea has no frame of its own: the same field look as a TextField.
            background: Rectangle {
                implicitHeight: 48
                radius: 2
                color: ta.palette.base
                border.color: ta.activeFocus ? Theme.accent : Theme.fieldBorder
            }
            Binding on text { when: !ta.activeFocus; value: field.text; restoreMode: Binding.RestoreNone }
            onActiveFocusChanged: if (activeFocus) field.inspector.beginEdit()
            onTextChanged: if (activeFocus) field.commit(text, true)
        }
    }
    Component {
        id: boolEditor
        Switch {
            // The state in words too; with a text the switch also sits at the left.
            text: checked ? qsTr("Yes") : qsTr("No")
            checked: field.value === true
            onToggled: field.commit(checked, false)
        }
    }
    Component {
        id: enumEditor
        ComboBox {
            model: field.allowed
            currentIndex: field.allowed.indexOf(field.text)
            onActivated: (i) => field.commit(field.allowed[i], false)
        }
    }
    Component {
        id: refsEditor
        Flow {
            spacing: 4
            Repeater {
                model: field.allowed
                CheckBox {
                    required property string modelData
                    text: modelData
                    checked: field.value.indexOf(modelData) >= 0
                    onToggled: {
                        const next = field.allowed.filter(s => s === modelData ? checked : field.value.indexOf(s) >= 0)
                        field.commit(next, false)
                    }
                }
            }
        }
    }
    Component {
        id: readOnly
        Text {
            text: field.text
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            elide: Text.ElideRight
        }
    }
}
