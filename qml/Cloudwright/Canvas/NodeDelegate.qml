import QtQuick
import QtQuick.Shapes
import Cloudwright.Controls

// One node of the canvas, in scene coordinates (the parent world item is zoomed). Only a Loader
// with the component for its kind: containers get a group box with an icon tab, zones a dashed
// column, services a card, spanning services a band. Names are plain text.
Item {
    id: node

    required property string nodeId
    required property int nodeType
    required property int depth
    required property real nodeX
    required property real nodeY
    required property real nodeWidth
    required property real nodeHeight
    required property string label
    required property string subLabel
    required property string icon
    required property string initials
    required property int tier
    required property bool spanning
    required property bool azure
    required property int badgeCount
    required property int badgeSeverity
    required property bool selected
    required property bool highlighted
    required property bool dropTarget

    property real zoom: 1
    // Level of detail: text below ~5 px on screen is not drawn.
    readonly property bool showText: zoom >= 0.42
    readonly property real hairline: Math.max(1, 1.2 / zoom)

    x: nodeX
    y: nodeY
    width: nodeWidth
    height: nodeHeight
    z: depth

    Loader {
        anchors.fill: parent
        sourceComponent: node.nodeType === 2 ? zoneComponent
                       : node.nodeType >= 4 ? (node.spanning ? bandComponent : cardComponent)
                       : groupComponent
    }

    // Severity badge: count of open findings, in the colour of the worst.
    Loader {
        active: node.badgeCount > 0 && node.nodeType !== 2
        z: 2
        x: node.width - width * 0.6
        y: -height * 0.4
        width: 22 / Math.max(node.zoom, 0.6)
        height: width
        sourceComponent: Rectangle {
            radius: width / 2
            color: Theme.severityColor(node.badgeSeverity)
            border.color: Theme.panel
            border.width: width * 0.08
            Text {
                anchors.centerIn: parent
                text: node.badgeCount > 99 ? "99+" : node.badgeCount
                textFormat: Text.PlainText
                color: "white"
                font.pixelSize: parent.height * 0.52
                font.bold: true
            }
        }
    }

    // Selection outline and resize handles, only for selected nodes.
    Loader {
        active: node.selected || node.highlighted
        anchors.fill: parent
        z: 3
        sourceComponent: SelectionFrame {
            zoom: node.zoom
            handles: node.selected && node.nodeType !== 5
            connectable: node.nodeType >= 4
            color: node.selected ? Theme.accent : Theme.highlight
        }
    }

    Component {
        id: groupComponent
        Rectangle {
            readonly property bool isSubnet: node.nodeType === 3
            readonly property color edge: isSubnet ? Theme.tierBorder[Math.max(0, node.tier)]
                                        : node.nodeType === 1 ? Theme.networkBorder
                                        : node.azure ? Theme.azureAccountBorder : Theme.accountBorder
            color: node.dropTarget ? Theme.dropOk
                   : isSubnet ? Theme.tierFill[Math.max(0, node.tier)]
                   : node.nodeType === 1 ? Theme.networkFill : Theme.accountFill
            border.color: edge
            border.width: node.hairline * (node.nodeType === 0 ? 1.6 : 1.3)
            radius: isSubnet ? 6 : 2
            readonly property real tab: isSubnet ? 26 : 34

            Rectangle {
                width: parent.tab
                height: parent.tab
                color: parent.edge
                radius: parent.radius
                IconTile {
                    anchors.fill: parent
                    anchors.margins: 1
                    source: node.icon
                    initials: node.initials
                    pixelSize: 48
                }
            }
            Column {
                visible: node.showText
                x: parent.tab + 8
                y: parent.isSubnet ? 3 : 5
                width: parent.width - x - 30
                spacing: 0
                Text {
                    width: parent.width
                    text: node.label
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: parent.parent.isSubnet ? 12 : 14
                    font.bold: true
                }
                Text {
                    width: parent.width
                    text: node.subLabel
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textDim
                    font.pixelSize: parent.parent.isSubnet ? 11 : 12
                }
            }
        }
    }

    Component {
        id: zoneComponent
        Item {
            Shape {
                anchors.fill: parent
                ShapePath {
                    strokeColor: Theme.zoneBorder
                    strokeWidth: node.hairline
                    strokeStyle: ShapePath.DashLine
                    dashPattern: [5, 4]
                    fillColor: "transparent"
                    startX: 0; startY: 0
                    PathLine { x: node.width; y: 0 }
                    PathLine { x: node.width; y: node.height }
                    PathLine { x: 0; y: node.height }
                    PathLine { x: 0; y: 0 }
                }
            }
            Text {
                visible: node.showText
                anchors.horizontalCenter: parent.horizontalCenter
                y: 6
                text: node.label
                textFormat: Text.PlainText
                color: Theme.zoneBorder
                font.pixelSize: 12
                font.bold: true
            }
        }
    }

    Component {
        id: cardComponent
        Rectangle {
            color: node.dropTarget ? Theme.dropOk : Theme.card
            border.color: node.nodeType === 5 ? Theme.textDim : Theme.cardBorder
            border.width: node.hairline
            radius: node.nodeType === 5 ? height / 5 : 6
            IconTile {
                id: tileIcon
                anchors.horizontalCenter: parent.horizontalCenter
                y: Math.max(4, parent.height * 0.08)
                width: Math.min(44, parent.height * 0.5)
                height: width
                source: node.icon
                initials: node.initials
                pixelSize: node.zoom > 1.5 ? 96 : 48
            }
            Column {
                visible: node.showText
                anchors.top: tileIcon.bottom
                anchors.topMargin: 3
                x: 4
                width: parent.width - 8
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: node.label
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: 12
                    font.bold: true
                }
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: node.subLabel
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textDim
                    font.pixelSize: 10
                }
            }
        }
    }

    Component {
        id: bandComponent
        Rectangle {
            color: node.dropTarget ? Theme.dropOk : Theme.card
            border.color: Theme.cardBorder
            border.width: node.hairline
            radius: height / 2
            opacity: 0.97
            IconTile {
                id: bandIcon
                x: parent.radius * 0.45
                anchors.verticalCenter: parent.verticalCenter
                width: parent.height - 12
                height: width
                source: node.icon
                initials: node.initials
                pixelSize: 48
            }
            Column {
                visible: node.showText
                anchors.left: bandIcon.right
                anchors.leftMargin: 8
                anchors.right: parent.right
                anchors.rightMargin: 16
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    width: parent.width
                    text: node.label
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: 12
                    font.bold: true
                }
                Text {
                    width: parent.width
                    text: node.subLabel
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.textDim
                    font.pixelSize: 10
                }
            }
        }
    }
}
