import QtQuick
import QtQuick.Controls
import QtTest
import Cloudwright.Models
import Cloudwright.Canvas
import Cloudwright.Panels

// The findings panel with the mouse and keyboard: a click on a finding selects its element and
// centres the canvas on it; "Suppress…" asks for a reason before it waives the finding (one
// undo step).
Item {
    id: root
    width: 1200
    height: 900

    Document { id: doc }
    Editor { id: editor; document: doc }

    Column {
        anchors.fill: parent
        DesignCanvas { id: canvas; width: parent.width; height: 560; editor: editor }
        FindingsPanel { id: panel; width: parent.width; height: 340; editor: editor }
    }

    TestCase {
        name: "Findings"
        when: windowShown

        function find(item, pred) {
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
        // The first finding row (not a pillar header) about an element on the canvas.
        function firstFinding() {
            return find(panel, (it) => it.isHeader === false && it.target !== undefined
                        && editor.boundsOf(it.target).width > 0 && it.item)
        }

        function init() {
            verify(doc.newFromTemplate("innovate-inc"))
            editor.validateNow()
            canvas.setView(1, 0, 0)
            wait(50)
        }

        function test_clickSelectsAndCentres() {
            const row = firstFinding()
            verify(row, "a finding row")
            const target = row.target
            mouseClick(row.item, 40, 10)
            compare(editor.currentId, target)
            const r = editor.boundsOf(target)
            const c = canvas.toScreen(r.x + r.width / 2, r.y + r.height / 2)
            verify(Math.abs(c.x - canvas.width / 2) < 2 && Math.abs(c.y - canvas.height / 2) < 2,
                   "centred: " + c.x + "," + c.y)
        }

        function test_suppressAsksForAReason() {
            const row = firstFinding()
            const rule = row.ruleId, target = row.target
            const open = editor.findings.total
            const suppressed = editor.findings.suppressedCount
            const button = find(row.item, (it) => it.text === "Suppress\u2026")
            verify(button)
            mouseClick(button)
            // The dialog is a popup: among the panel's resources, not its children.
            let dialog = null
            for (let i = 0; i < panel.resources.length; ++i)
                if (panel.resources[i].ask !== undefined && panel.resources[i].rule !== undefined)
                    dialog = panel.resources[i]
            verify(dialog)
            tryVerify(() => dialog.opened)
            compare(dialog.rule, rule)
            compare(dialog.target, target)
            const ok = dialog.standardButton(Dialog.Ok)
            verify(!ok.enabled, "no reason, no waiver")
            keyClick(Qt.Key_L); keyClick(Qt.Key_A); keyClick(Qt.Key_B)
            verify(ok.enabled)
            mouseClick(ok)
            tryVerify(() => !dialog.visible)
            editor.validateNow()
            compare(editor.findings.suppressedCount, suppressed + 1)
            compare(editor.findings.total, open - 1)
            verify(doc.canUndo)
            doc.undo()
            editor.validateNow()
            compare(editor.findings.suppressedCount, suppressed)
        }
    }
}
