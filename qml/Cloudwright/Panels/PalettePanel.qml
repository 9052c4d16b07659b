import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cloudwright.Models
import Cloudwright.Controls

// The palette: structure, externals and every catalog kind by provider and category, with a
// search field. Drag an entry onto the canvas (or double-click it to add it at the centre).
Rectangle {
    id: panel
    required property Item canvas  // a DesignCanvas: hoverDrop(), dropAt(), endHover()
    property alias model: paletteModel
    property alias searchField: search
    color: Theme.panel

    PaletteModel { id: paletteModel }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        TextField {
            id: search
            Layout.fillWidth: true
            placeholderText: qsTr("Search services\u2026")
            onTextChanged: paletteModel.filterText = text
            Keys.onEscapePressed: text = ""
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            Repeater {
                model: [["", qsTr("All")], ["aws", "AWS"], ["azure", "Azure"]]
                Button {
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData[1]
                    checkable: true
                    checked: paletteModel.provider === modelData[0]
                    onClicked: paletteModel.provider = modelData[0]
                    flat: !checked
                }
            }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: paletteModel
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            section.property: "section"
            section.delegate: Text {
                required property string section
                width: ListView.view.width
                topPadding: 10
                bottomPadding: 4
                text: section
                textFormat: Text.PlainText
                color: Theme.textDim
                font.pixelSize: Theme.fontSmall
                font.bold: true
                font.capitalization: Font.AllUppercase
            }
            delegate: Rectangle {
                id: entry
                required property string key
                required property string label
                required property string icon
                required property string initials
                required property string doc
                width: ListView.view.width
                height: 36
                radius: 4
                color: area.containsMouse ? Theme.accentSoft : "transparent"

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 4
                    spacing: 8
                    IconTile {
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                        source: entry.icon
                        initials: entry.initials
                        pixelSize: 48
                    }
                    Text {
                        Layout.fillWidth: true
                        text: entry.label
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        color: Theme.text
                        font.pixelSize: Theme.fontNormal
                    }
                }
                ToolTip.visible: area.containsMouse && !area.dragging && entry.doc.length > 0
                ToolTip.delay: 700
                ToolTip.text: entry.doc

                MouseArea {
                    id: area
                    anchors.fill: parent
                    hoverEnabled: true
                    preventStealing: true
                    property bool dragging: false
                    property point origin
                    function canvasPoint(m) { return panel.canvas.mapFromItem(area, m.x, m.y) }
                    function overCanvas(p) { return p.x >= 0 && p.y >= 0 && p.x < panel.canvas.width && p.y < panel.canvas.height }
                    onPressed: (m) => { origin = Qt.point(m.x, m.y); dragging = false }
                    onPositionChanged: (m) => {
                        if (!pressed)
                            return
                        if (!dragging && Math.abs(m.x - origin.x) + Math.abs(m.y - origin.y) > 6)
                            dragging = true
                        if (!dragging)
                            return
                        const p = canvasPoint(m)
                        if (overCanvas(p)) {
                            const r = panel.canvas.hoverDrop(entry.key, p.x, p.y)
                            ghost.show(entry, panel.mapFromItem(area, m.x, m.y), r.ok, r.ok ? r.note : r.reason)
                        } else {
                            panel.canvas.endHover()
                            ghost.show(entry, panel.mapFromItem(area, m.x, m.y), true, "")
                        }
                    }
                    onReleased: (m) => {
                        ghost.visible = false
                        if (!dragging)
                            return
                        dragging = false
                        const p = canvasPoint(m)
                        if (overCanvas(p))
                            panel.canvas.dropAt(entry.key, p.x, p.y)
                        else
                            panel.canvas.endHover()
                    }
                    onDoubleClicked: panel.canvas.dropAt(entry.key, panel.canvas.width / 2, panel.canvas.height / 2)
                }
            }
        }
    }

    // The entry under the pointer while dragging; red when the canvas refuses the spot.
    Rectangle {
        id: ghost
        parent: Overlay.overlay
        visible: false
        z: 1000
        width: ghostRow.implicitWidth + 16
        height: 34
        radius: 6
        color: Theme.panel
        border.width: 2
        property bool ok: true
        border.color: ok ? Theme.accent : Theme.error
        function show(entry, p, ok, note) {
            const g = panel.mapToItem(parent, p.x, p.y)
            x = g.x + 12
            y = g.y + 8
            ghostIcon.source = entry.icon
            ghostIcon.initials = entry.initials
            ghostLabel.text = note.length > 0 ? entry.label + " \u2014 " + note : entry.label
            ghost.ok = ok
            visible = true
        }
        Row {
            id: ghostRow
            anchors.centerIn: parent
            spacing: 6
            IconTile { id: ghostIcon; width: 24; height: 24; pixelSize: 48 }
            Text {
                id: ghostLabel
                anchors.verticalCenter: parent.verticalCenter
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: 12
            }
        }
    }
}
