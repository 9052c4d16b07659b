import QtQuick
import QtQuick.Controls
import QtTest
import Cloudwright.Models
import Cloudwright.Controls
import Cloudwright.App

// The whole window in the dark theme: inspector fields, tool buttons and panels keep readable
// contrast (WCAG AA, 4.5:1 for text), and disabled tools look disabled.
Item {
    id: root
    width: 400
    height: 300

    Document { id: doc }
    Main {
        id: win
        document: doc
        themeOverride: "dark"
        width: 1400
        height: 900
    }

    TestCase {
        name: "Theme"
        when: windowShown

        function find(item, pred) {
            if (!item)
                return null
            if (pred(item))
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const f = find(item.children[i], pred)
                if (f)
                    return f
            }
            if (item.contentItem && item.contentItem !== item) {
                const f = find(item.contentItem, pred)
                if (f)
                    return f
            }
            return null
        }
        function luminance(c) {
            const f = (v) => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
            return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b)
        }
        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }
        function field(key) {
            const row = find(win.contentItem, (it) => it.key === key && it.commit !== undefined)
            verify(row, "inspector row " + key)
            return find(row, (it) => it.selectByMouse !== undefined)
        }
        function tool(label) {
            const t = find(win.header, (it) => it.text === label && it.action !== undefined)
            verify(t, "tool " + label)
            return t
        }

        function initTestCase() {
            verify(doc.newFromTemplate("innovate-inc"))
            win.editor.clearSelection()
            tryVerify(() => Theme.dark)
        }

        function test_inspectorFieldsReadable() {
            for (const key of ["name", "description"]) {
                const input = field(key)
                verify(input.background, key + " has a field background")
                const bg = input.background.color
                verify(luminance(bg) < 0.1, key + " field is dark: " + bg)
                verify(contrast(input.color, bg) >= 4.5,
                       key + ": text " + input.color + " on " + bg + " is " + contrast(input.color, bg).toFixed(2))
                verify(contrast(input.placeholderTextColor, bg) >= 3, key + " placeholder")
            }
            // The description is a framed field like the others; focused, its frame is the accent.
            const desc = field("description")
            verify(contrast(desc.background.border.color, Theme.panel) >= 1.5, "description frame")
            win.requestActivate()
            tryVerify(() => win.active)
            mouseClick(desc)
            tryVerify(() => desc.activeFocus)
            compare(String(desc.background.border.color), String(Theme.accent))
            verify(contrast(desc.color, desc.background.color) >= 4.5)
        }

        function test_disabledToolsLookDisabled() {
            verify(!doc.canUndo)
            const undo = tool("Undo"), redo = tool("Redo"), open = tool("Open")
            verify(!undo.enabled && !redo.enabled && open.enabled)
            const bar = Theme.panel
            verify(contrast(open.contentItem.color, bar) >= 4.5, "enabled tool: " + open.contentItem.color)
            for (const t of [undo, redo]) {
                verify(contrast(t.contentItem.color, bar) < 3, t.text + " looks enabled: " + t.contentItem.color)
                verify(contrast(t.contentItem.color, open.contentItem.color) > 2, t.text + " same as enabled")
            }
            // Once there is something to undo, Undo looks like the other tools.
            win.editor.select("prod")
            win.editor.nudge(8, 0)
            verify(undo.enabled)
            compare(String(undo.contentItem.color), String(open.contentItem.color))
            doc.undo()
        }

        function test_panelsAndLabelsReadable() {
            // Labels and section texts draw in the theme's colours, not the light palette's.
            const labels = []
            const collect = (item) => {
                if (!item)
                    return
                if (item.text !== undefined && item.color !== undefined && item.visible
                        && item.font !== undefined && String(item.text).length > 0 && item.contentItem === undefined)
                    labels.push(item)
                for (let i = 0; i < item.children.length; ++i)
                    collect(item.children[i])
            }
            collect(win.contentItem)
            verify(labels.length > 20, "labels found: " + labels.length)
            for (const l of labels)
                verify(luminance(l.color) > 0.12 || l.color.a === 0,
                       "dark text on the dark theme: '" + l.text + "' " + l.color)
        }
    }
}
