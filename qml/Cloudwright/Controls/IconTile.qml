import QtQuick
import Cloudwright.Controls

// A kind's icon, or a neutral rounded box with the kind's initials when the set has none.
Item {
    id: tile
    property string source
    property string initials: "?"
    property int pixelSize: 48

    Image {
        id: image
        anchors.fill: parent
        visible: tile.source.length > 0
        source: tile.source
        sourceSize: Qt.size(tile.pixelSize, tile.pixelSize)
        asynchronous: false
        smooth: true
        cache: true
    }
    Rectangle {
        anchors.fill: parent
        visible: !image.visible || image.status === Image.Error
        radius: width * 0.18
        color: Theme.dark ? "#3a424d" : "#8a939e"
        Text {
            anchors.centerIn: parent
            text: tile.initials
            textFormat: Text.PlainText
            color: "white"
            font.pixelSize: Math.max(6, parent.height * 0.38)
            font.bold: true
        }
    }
}
