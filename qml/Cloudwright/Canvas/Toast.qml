import QtQuick
import Cloudwright.Controls

// A short note or refusal over the canvas; fades after a few seconds.
Rectangle {
    id: toast
    property bool error: false
    width: Math.min(label.implicitWidth + 32, 640)
    height: label.implicitHeight + 16
    radius: height / 2
    color: error ? "#b42318" : (Theme.dark ? "#2b323b" : "#1f2429")
    opacity: 0
    visible: opacity > 0

    function show(text, isError) {
        label.text = text
        error = isError
        opacity = 0.95
        hide.restart()
    }

    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, 608)
        wrapMode: Text.WordWrap
        textFormat: Text.PlainText
        color: "white"
        font.pixelSize: 13
    }
    Timer { id: hide; interval: 4000; onTriggered: toast.opacity = 0 }
    Behavior on opacity { NumberAnimation { duration: 180 } }
}
