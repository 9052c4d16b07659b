import QtQuick
import QtQuick.Controls
import Cloudwright.Models
import Cloudwright.Controls

// Every command of the window as an Action, with standard shortcuts and explicit fallbacks
// (some desktops bind nothing to Save As or Redo). Shortcuts with several sequences are
// Shortcut items: Action.shortcut takes only one.
Item {
    id: actions
    required property var app
    readonly property Editor editor: app.editor
    readonly property Item canvas: app.canvas

    property Action newAction: Action { text: qsTr("&New\u2026"); shortcut: StandardKey.New; onTriggered: actions.app.showNewDialog() }
    property Action openAction: Action { text: qsTr("&Open\u2026"); shortcut: StandardKey.Open; onTriggered: actions.app.guarded(() => actions.app.showOpenDialog()) }
    property Action saveAction: Action { text: qsTr("&Save"); shortcut: StandardKey.Save; onTriggered: actions.app.save(null) }
    property Action saveAsAction: Action { text: qsTr("Save &As\u2026"); onTriggered: actions.app.showSaveAsDialog() }
    property Action quitAction: Action { text: qsTr("&Quit"); onTriggered: actions.app.close() }
    property Action undoAction: Action {
        text: actions.app.document.canUndo ? qsTr("&Undo %1").arg(actions.app.document.undoText) : qsTr("&Undo")
        enabled: actions.app.document.canUndo
        shortcut: StandardKey.Undo
        onTriggered: actions.app.document.undo()
    }
    property Action redoAction: Action {
        text: actions.app.document.canRedo ? qsTr("&Redo %1").arg(actions.app.document.redoText) : qsTr("&Redo")
        enabled: actions.app.document.canRedo
        onTriggered: actions.app.document.redo()
    }
    property Action cutAction: Action { text: qsTr("Cu&t"); shortcut: StandardKey.Cut; enabled: actions.editor.selectedIds.length > 0; onTriggered: actions.editor.cut() }
    property Action copyAction: Action { text: qsTr("&Copy"); shortcut: StandardKey.Copy; enabled: actions.editor.selectedIds.length > 0; onTriggered: actions.editor.copy() }
    property Action pasteAction: Action { text: qsTr("&Paste"); shortcut: StandardKey.Paste; enabled: actions.editor.canPaste; onTriggered: actions.editor.paste() }
    property Action duplicateAction: Action { text: qsTr("D&uplicate"); shortcut: "Ctrl+D"; enabled: actions.editor.selectedIds.length > 0; onTriggered: actions.editor.duplicate() }
    property Action deleteAction: Action {
        text: qsTr("&Delete")
        enabled: actions.editor.selectedIds.length > 0 || actions.editor.selectedConnection.length > 0
        onTriggered: actions.editor.deleteSelection()
    }
    property Action selectAllAction: Action { text: qsTr("Select &All"); shortcut: StandardKey.SelectAll; onTriggered: actions.editor.selectAll() }
    property Action findAction: Action { text: qsTr("&Find in Palette"); shortcut: StandardKey.Find; onTriggered: actions.app.palettePanel.searchField.forceActiveFocus() }
    property Action zoomInAction: Action { text: qsTr("Zoom &In"); onTriggered: actions.canvas.zoomBy(1.25) }
    property Action zoomOutAction: Action { text: qsTr("Zoom &Out"); onTriggered: actions.canvas.zoomBy(0.8) }
    property Action fitAction: Action { text: qsTr("&Fit to View"); shortcut: "Ctrl+0"; onTriggered: actions.canvas.fitToView() }
    property Action actualSizeAction: Action { text: qsTr("&Actual Size"); shortcut: "Ctrl+1"; onTriggered: actions.canvas.zoomAt(1 / actions.canvas.zoom, actions.canvas.width / 2, actions.canvas.height / 2) }
    property Action gridAction: Action {
        text: qsTr("Snap to &Grid")
        checkable: true
        checked: actions.editor.gridSnap
        shortcut: "Ctrl+'"
        onTriggered: { actions.editor.gridSnap = checked; actions.app.settings.gridSnap = checked }
    }
    property Action themeAction: Action {
        text: qsTr("&Dark Theme")
        checkable: true
        checked: Theme.dark
        shortcut: "Ctrl+Shift+D"
        onTriggered: { Theme.dark = checked; actions.app.settings.dark = checked }
    }

    // Several sequences each: standard bindings plus the explicit fallbacks.
    Shortcut { sequences: KeyBindings.sequences(StandardKey.SaveAs, ["Ctrl+Shift+S"]); onActivated: actions.saveAsAction.trigger() }
    Shortcut { sequences: KeyBindings.sequences(StandardKey.Redo, ["Ctrl+Shift+Z", "Ctrl+Y"]); onActivated: actions.redoAction.trigger() }
    Shortcut { sequences: KeyBindings.sequences(StandardKey.Quit, ["Ctrl+Q"]); onActivated: actions.quitAction.trigger() }
    Shortcut { sequences: KeyBindings.sequences(StandardKey.Delete, ["Delete", "Backspace"]); onActivated: actions.deleteAction.trigger() }
    Shortcut { sequences: KeyBindings.sequences(StandardKey.ZoomIn, ["Ctrl+=", "Ctrl++"]); onActivated: actions.zoomInAction.trigger() }
    Shortcut { sequences: KeyBindings.sequences(StandardKey.ZoomOut, ["Ctrl+-"]); onActivated: actions.zoomOutAction.trigger() }
}
