pragma Singleton
import QtQuick

// Colours and sizes of the designer, light and dark. Service tiles use the icon set's own
// colours; containers follow the icon set's tier colours (icons/README.md).
QtObject {
    property bool dark: false

    readonly property color window: dark ? "#16191d" : "#f3f4f6"
    readonly property color panel: dark ? "#1d2127" : "#ffffff"
    readonly property color panelAlt: dark ? "#23282f" : "#f7f8fa"
    readonly property color border: dark ? "#343b45" : "#dde1e6"
    readonly property color text: dark ? "#e6e9ed" : "#1f2429"
    readonly property color textDim: dark ? "#9aa4b1" : "#5d6672"
    readonly property color accent: dark ? "#4c8dff" : "#1f6feb"
    readonly property color accentSoft: dark ? "#1d3357" : "#e3edfd"
    readonly property color textDisabled: dark ? "#5f6873" : "#a3aab3"
    readonly property color error: dark ? "#ff7b72" : "#c81e1e"
    readonly property color field: dark ? "#15181c" : "#ffffff"
    readonly property color fieldBorder: dark ? "#454e5a" : "#c4cad1"
    readonly property color button: dark ? "#2a3038" : "#eef0f3"
    readonly property color canvas: dark ? "#121417" : "#fbfbfc"
    readonly property color gridDot: dark ? "#2a2f36" : "#d9dde3"

    readonly property color card: dark ? "#20252c" : "#ffffff"
    readonly property color cardBorder: dark ? "#3a424d" : "#d3d8de"
    readonly property color highlight: "#f59e0b"
    readonly property color dropOk: dark ? "#1f4d33" : "#dcf5e6"

    readonly property color accountBorder: dark ? "#8b96a3" : "#27313d"
    readonly property color accountFill: dark ? "#181b20" : "#ffffff"
    readonly property color azureAccountBorder: dark ? "#5aa2e0" : "#0f5ea8"
    readonly property color networkBorder: dark ? "#9a7ae8" : "#7046cf"
    readonly property color networkFill: dark ? "#1b1a24" : "#fcfbff"
    readonly property color zoneBorder: dark ? "#6f8cc0" : "#48689e"

    readonly property var tierBorder: dark ? ["#46b574", "#3d94cf", "#8c95a3"] : ["#2e9657", "#1770a6", "#687080"]
    readonly property var tierFill: dark ? ["#17291f", "#152533", "#22262c"] : ["#edf7f1", "#eaf3fa", "#f1f2f4"]
    readonly property var tierName: ["Public subnet", "Private subnet", "Isolated subnet"]

    // info, low, medium, high, critical (rules::Severity order)
    readonly property var severity: ["#6b7280", "#2563eb", "#d97706", "#ea580c", "#c81e1e"]

    readonly property int fontSmall: 11
    readonly property int fontNormal: 13
    readonly property int fontTitle: 15

    function severityColor(s) { return s >= 0 && s < severity.length ? severity[s] : textDim }
}
