import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Models
import Cloudwright.Controls
import Cloudwright.Panels

// Live findings grouped by pillar, with counts by severity. A click selects and centres the
// element; "Suppress" asks for the reason and adds a waiver (undoable).
Rectangle {
    id: panel
    required property Editor editor
    readonly property FindingsModel findings: editor.findings
    color: Theme.panel

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Text {
                text: qsTr("Findings")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Repeater {
                model: [[4, panel.findings.critical], [3, panel.findings.high], [2, panel.findings.medium],
                        [1, panel.findings.low], [0, panel.findings.info]]
                Rectangle {
                    required property var modelData
                    visible: modelData[1] > 0
                    height: 20
                    width: countText.implicitWidth + 14
                    radius: 10
                    color: Theme.severityColor(modelData[0])
                    Text {
                        id: countText
                        anchors.centerIn: parent
                        text: modelData[1]
                        color: "white"
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                }
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: panel.editor.validating
                visible: running
                implicitWidth: 20
                implicitHeight: 20
            }
            CheckBox {
                text: qsTr("Suppressed (%1)").arg(panel.findings.suppressedCount)
                checked: panel.findings.showSuppressed
                onToggled: panel.findings.showSuppressed = checked
            }
        }
        // A bad rules configuration (document `rules:` or the project file) said plainly.
        Text {
            Layout.fillWidth: true
            visible: panel.findings.configErrors.length > 0
            text: qsTr("Rules configuration: %1").arg(panel.findings.configErrors.join("\n"))
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.error
        }
        Text {
            visible: panel.findings.total === 0 && !panel.editor.validating
            text: qsTr("No open findings.")
            color: Theme.textDim
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.findings
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: Loader {
                id: row
                required property int index
                required property bool isHeader
                required property string pillarName
                required property int count
                required property string summary
                required property bool collapsed
                required property int severity
                required property string severityName
                required property string ruleId
                required property string title
                required property string target
                required property string targetLabel
                required property string message
                required property string fix
                required property bool suppressed
                required property string justification
                width: ListView.view.width
                sourceComponent: isHeader ? headerComponent : findingComponent
            }
        }
    }

    Component {
        id: headerComponent
        Rectangle {
            readonly property var r: parent
            height: 28
            color: Theme.panelAlt
            radius: 4
            MouseArea { anchors.fill: parent; onClicked: panel.findings.toggleGroup(r.index) }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 6
                anchors.rightMargin: 6
                Text { text: r.collapsed ? "\u25b8" : "\u25be"; color: Theme.textDim }
                Text { text: r.pillarName; color: Theme.text; font.bold: true; textFormat: Text.PlainText }
                Text { text: "(" + r.count + ")"; color: Theme.textDim }
                Item { Layout.fillWidth: true }
                Text { text: r.summary; color: Theme.textDim; font.pixelSize: Theme.fontSmall; textFormat: Text.PlainText }
            }
        }
    }
    Component {
        id: findingComponent
        Rectangle {
            readonly property var r: parent
            height: content.implicitHeight + 10
            color: hover.hovered ? Theme.accentSoft : "transparent"
            opacity: r.suppressed ? 0.6 : 1
            HoverHandler { id: hover }
            TapHandler { onTapped: panel.editor.focusElement(r.target) }
            RowLayout {
                id: content
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 8
                spacing: 8
                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 4
                    width: 10; height: 10; radius: 5
                    color: Theme.severityColor(r.severity)
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 1
                    Text {
                        Layout.fillWidth: true
                        text: r.ruleId + " \u00b7 " + r.severityName + " \u00b7 " + r.targetLabel
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        Layout.fillWidth: true
                        text: r.message
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        maximumLineCount: 4
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: 12
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: r.suppressed
                        text: qsTr("Suppressed: %1").arg(r.justification)
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        color: Theme.textDim
                        font.pixelSize: Theme.fontSmall
                    }
                }
                ToolButton {
                    Layout.alignment: Qt.AlignTop
                    text: r.suppressed ? qsTr("Restore") : qsTr("Suppress\u2026")
                    font.pixelSize: Theme.fontSmall
                    onClicked: r.suppressed ? panel.editor.unsuppress(r.ruleId, r.target)
                                            : suppressDialog.ask(r.ruleId, r.target)
                }
            }
        }
    }

    SuppressDialog { id: suppressDialog; editor: panel.editor }
}
