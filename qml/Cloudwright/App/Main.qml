import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Qt.labs.settings
import Cloudwright.Models
import Cloudwright.Controls
import Cloudwright.Canvas
import Cloudwright.Panels
import Cloudwright.App

// The designer window: palette | canvas over findings | inspector. Composition only: state
// lives in the C++ Document and Editor; commands are the Actions in AppActions.qml.
ApplicationWindow {
    id: window
    required property Document document
    property Recovery recovery: null
    property bool offerRecovery: false
    property string themeOverride: ""
    readonly property alias editor: editor
    readonly property alias canvas: canvas
    readonly property alias actions: actions
    readonly property alias recent: recent
    readonly property alias exports: exports
    readonly property alias palettePanel: palettePanel
    readonly property alias settings: settings
    property bool closeConfirmed: false

    width: 1600
    height: 1000
    visible: true
    title: document.title
    color: Theme.window

    // Controls (Fusion) take their colours from the palette: it follows the theme. Text roles
    // are set per group so disabled controls look disabled in both themes.
    palette.window: Theme.panel
    palette.base: Theme.field
    palette.alternateBase: Theme.panelAlt
    palette.button: Theme.button
    palette.light: Theme.dark ? "#3a424d" : "#ffffff"
    palette.midlight: Theme.dark ? "#2f363f" : "#e9ecef"
    palette.mid: Theme.fieldBorder
    palette.dark: Theme.dark ? "#0c0e10" : "#9aa2ab"
    palette.shadow: Theme.dark ? "#000000" : "#6b737c"
    palette.highlight: Theme.accent
    palette.highlightedText: "#ffffff"
    palette.brightText: "#ffffff"
    palette.link: Theme.accent
    palette.toolTipBase: Theme.panelAlt
    palette.toolTipText: Theme.text
    palette.placeholderText: Theme.textDim
    palette.active.text: Theme.text
    palette.inactive.text: Theme.text
    palette.disabled.text: Theme.textDisabled
    palette.active.windowText: Theme.text
    palette.inactive.windowText: Theme.text
    palette.disabled.windowText: Theme.textDisabled
    palette.active.buttonText: Theme.text
    palette.inactive.buttonText: Theme.text
    palette.disabled.buttonText: Theme.textDisabled

    Settings {
        id: settings
        category: "window"
        property bool dark: false
        property bool gridSnap: true
    }
    Component.onCompleted: {
        Theme.dark = themeOverride.length > 0 ? themeOverride === "dark" : settings.dark
        editor.gridSnap = settings.gridSnap
        Qt.callLater(canvas.fitToView)
        if (offerRecovery)
            recoveryDialog.open()
    }

    Editor { id: editor; document: window.document }
    RecentFiles { id: recent }
    ExportModel { id: exports; document: window.document; editor: editor }
    AppActions { id: actions; app: window }
    Connections {
        target: window.document
        function onFileUsed(path) { recent.add(path) }
        function onModelReset() { Qt.callLater(canvas.fitToView) }
    }

    // Replacing or closing the design asks first when it has unsaved changes.
    function guarded(then) {
        if (document.modified)
            unsavedDialog.ask(document.displayName, then)
        else
            then()
    }
    function openPath(path) {
        guarded(() => { if (!document.open(path)) errorDialog.show(document.lastError) })
    }
    function save(then) {
        if (document.filePath.length === 0) {
            saveDialog.then = then
            saveDialog.open()
        } else if (document.save()) {
            if (then) then()
        } else {
            errorDialog.show(document.lastError)
        }
    }
    function exportTo(id) { exportDialog.start(id) }
    function showNewDialog() { newDialog.open() }
    function showOpenDialog() { openDialog.open() }
    function showSaveAsDialog() { saveDialog.then = null; saveDialog.open() }
    function showShortcuts() { shortcutsDialog.open() }

    onClosing: (close) => {
        if (document.modified && !closeConfirmed) {
            close.accepted = false
            unsavedDialog.ask(document.displayName, () => { closeConfirmed = true; if (recovery) recovery.clearOwn(); window.close() })
        }
    }

    menuBar: MainMenu { app: window }
    header: MainToolBar { app: window }
    footer: StatusLine { app: window }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        PalettePanel {
            id: palettePanel
            SplitView.preferredWidth: 250
            SplitView.minimumWidth: 180
            canvas: canvas
        }
        SplitView {
            orientation: Qt.Vertical
            SplitView.fillWidth: true
            DesignCanvas {
                id: canvas
                SplitView.fillHeight: true
                editor: editor
            }
            FindingsPanel {
                SplitView.preferredHeight: 230
                SplitView.minimumHeight: 90
                editor: editor
            }
        }
        InspectorPanel {
            SplitView.preferredWidth: 330
            SplitView.minimumWidth: 240
            editor: editor
        }
    }

    NewDialog {
        id: newDialog
        onChosen: (id) => window.guarded(() => window.document.newFromTemplate(id))
    }
    FileDialog {
        id: openDialog
        title: qsTr("Open design")
        nameFilters: [qsTr("Cloudwright designs (*.cloudwright.yaml *.cloudwright.json *.yaml *.yml *.json)"), qsTr("All files (*)")]
        onAccepted: window.openPath(selectedFile)
    }
    FileDialog {
        id: saveDialog
        property var then: null
        title: qsTr("Save design as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "cloudwright.yaml"
        nameFilters: [qsTr("Cloudwright YAML (*.cloudwright.yaml)"), qsTr("Cloudwright JSON (*.cloudwright.json)")]
        onAccepted: {
            if (window.document.saveAs(selectedFile)) {
                const t = then
                then = null
                if (t) t()
            } else {
                errorDialog.show(window.document.lastError)
            }
        }
    }
    UnsavedDialog {
        id: unsavedDialog
        onSaveRequested: window.save(() => unsavedDialog.proceed())
    }
    RecoveryDialog { id: recoveryDialog; recovery: window.recovery }
    ExportDialog { id: exportDialog; exports: exports }
    ShortcutsDialog { id: shortcutsDialog }
    Dialog {
        id: errorDialog
        title: qsTr("Cloudwright")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 560
        standardButtons: Dialog.Ok
        function show(text) { errorText.text = text; open() }
        Text {
            id: errorText
            width: parent.width
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            color: Theme.text
        }
    }
}
