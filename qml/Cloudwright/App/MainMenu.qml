import QtQuick
import QtQuick.Controls
import Cloudwright.Models

// The menu bar. Every command is an Action of the window (Main.qml) so menus, tool buttons and
// shortcuts share them.
MenuBar {
    id: bar
    required property var app  // Main.qml's window

    Menu {
        title: qsTr("&File")
        MenuItem { action: bar.app.actions.newAction }
        MenuItem { action: bar.app.actions.openAction }
        Menu {
            id: recentMenu
            title: qsTr("Open &Recent")
            enabled: bar.app.recent.count > 0
            Instantiator {
                model: bar.app.recent
                delegate: MenuItem {
                    id: recentItem
                    required property int index
                    required property string path
                    required property string name
                    text: (index < 9 ? "&" + (index + 1) + "  " : "") + name.replace(/&/g, "&&")
                    onTriggered: bar.app.openPath(path)
                    // File names are shown as typed: no rich text, no '&' mnemonics from them.
                    contentItem: Text {
                        leftPadding: 4
                        text: (index < 9 ? (index + 1) + "  " : "") + name
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                        color: recentItem.highlighted ? recentItem.palette.highlightedText
                                                      : recentItem.palette.windowText
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => recentMenu.removeItem(object)
            }
            MenuSeparator {}
            MenuItem { text: qsTr("Clear list"); onTriggered: bar.app.recent.clear() }
        }
        MenuSeparator {}
        MenuItem { action: bar.app.actions.saveAction }
        MenuItem { action: bar.app.actions.saveAsAction }
        MenuSeparator {}
        Menu {
            id: exportMenu
            title: qsTr("&Export")
            enabled: bar.app.exports.count > 0
            Instantiator {
                model: bar.app.exports
                delegate: MenuItem {
                    required property string exporterId
                    required property string name
                    text: name + "\u2026"
                    onTriggered: bar.app.exportTo(exporterId)
                }
                onObjectAdded: (index, object) => exportMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => exportMenu.removeItem(object)
            }
        }
        MenuSeparator {}
        MenuItem { action: bar.app.actions.quitAction }
    }
    Menu {
        title: qsTr("&Edit")
        MenuItem { action: bar.app.actions.undoAction }
        MenuItem { action: bar.app.actions.redoAction }
        MenuSeparator {}
        MenuItem { action: bar.app.actions.cutAction }
        MenuItem { action: bar.app.actions.copyAction }
        MenuItem { action: bar.app.actions.pasteAction }
        MenuItem { action: bar.app.actions.duplicateAction }
        MenuItem { action: bar.app.actions.deleteAction }
        MenuSeparator {}
        MenuItem { action: bar.app.actions.selectAllAction }
        Menu {
            title: qsTr("&Align")
            Repeater {
                model: [["left", qsTr("Left edges")], ["hcenter", qsTr("Horizontal centres")],
                        ["right", qsTr("Right edges")], ["top", qsTr("Top edges")],
                        ["vcenter", qsTr("Vertical centres")], ["bottom", qsTr("Bottom edges")]]
                MenuItem {
                    required property var modelData
                    text: modelData[1]
                    enabled: bar.app.editor.selectedIds.length > 1
                    onTriggered: bar.app.editor.align(modelData[0])
                }
            }
        }
        MenuSeparator {}
        MenuItem { action: bar.app.actions.findAction }
    }
    Menu {
        title: qsTr("&View")
        MenuItem { action: bar.app.actions.zoomInAction }
        MenuItem { action: bar.app.actions.zoomOutAction }
        MenuItem { action: bar.app.actions.fitAction }
        MenuItem { action: bar.app.actions.actualSizeAction }
        MenuSeparator {}
        MenuItem { action: bar.app.actions.gridAction }
        MenuItem { action: bar.app.actions.themeAction }
    }
    Menu {
        title: qsTr("&Help")
        MenuItem {
            text: qsTr("Keyboard shortcuts")
            onTriggered: bar.app.showShortcuts()
        }
    }
}
