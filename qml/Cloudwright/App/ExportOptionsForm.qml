import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Controls

// The options one export format reads (ExportModel.optionsOf): a check box per flag, a number
// field per number, a choice list per choice. values maps option keys to what is set now.
GridLayout {
    id: form
    property var options: []
    property var values: ({})
    columns: 2
    columnSpacing: 12
    rowSpacing: 6

    onOptionsChanged: {
        const v = {}
        for (const o of options)
            v[o.key] = o.value
        values = v
    }
    function set(key, value) {
        const v = Object.assign({}, values)
        v[key] = value
        values = v
    }

    Repeater {
        model: form.options
        delegate: Label {
            required property var modelData
            required property int index
            Layout.row: index
            Layout.column: 0
            text: modelData.label
            textFormat: Text.PlainText
            visible: modelData.kind !== "flag"
        }
    }
    Repeater {
        model: form.options
        delegate: Item {
            id: cell
            required property var modelData
            required property int index
            Layout.row: index
            Layout.column: modelData.kind === "flag" ? 0 : 1
            Layout.columnSpan: modelData.kind === "flag" ? 2 : 1
            Layout.fillWidth: true
            implicitHeight: Math.max(flag.visible ? flag.implicitHeight : 0,
                                     number.visible ? number.implicitHeight : 0,
                                     choice.visible ? choice.implicitHeight : 0)
            CheckBox {
                id: flag
                objectName: cell.modelData.kind === "flag" ? "option-" + cell.modelData.key : ""
                visible: cell.modelData.kind === "flag"
                text: cell.modelData.label
                checked: cell.modelData.value === true
                onToggled: form.set(cell.modelData.key, checked)
            }
            TextField {
                id: number
                objectName: cell.modelData.kind === "number" ? "option-" + cell.modelData.key : ""
                visible: cell.modelData.kind === "number"
                width: 120
                text: cell.modelData.kind === "number" ? String(cell.modelData.value) : ""
                validator: DoubleValidator {
                    bottom: cell.modelData.min
                    top: cell.modelData.max
                    notation: DoubleValidator.StandardNotation
                }
                color: acceptableInput ? Theme.text : Theme.error
                onTextEdited: if (acceptableInput) form.set(cell.modelData.key, Number(text))
                ToolTip.visible: hovered && visible
                ToolTip.text: qsTr("From %1 to %2").arg(cell.modelData.min).arg(cell.modelData.max)
            }
            ComboBox {
                id: choice
                objectName: cell.modelData.kind === "choice" ? "option-" + cell.modelData.key : ""
                visible: cell.modelData.kind === "choice"
                width: 160
                model: cell.modelData.choices
                currentIndex: Math.max(0, (cell.modelData.choices || []).indexOf(cell.modelData.value))
                onActivated: form.set(cell.modelData.key, currentText)
            }
        }
    }
}
