import QtQuick
import QtQuick.Controls
import QtTest
import Cloudwright.Models
import Cloudwright.Canvas
import Cloudwright.Panels
import Cloudwright.App

// Drives the real palette, canvas, inspector and window actions with mouse and keyboard:
// draw a VPC, a subnet in it, services in the subnet, connect them, undo/redo, save, reopen.
Item {
    id: root
    width: 1500
    height: 900

    Document { id: doc }
    Editor { id: editor; document: doc }

    Row {
        anchors.fill: parent
        PalettePanel { id: palette; width: 240; height: parent.height; canvas: canvas }
        DesignCanvas { id: canvas; width: parent.width - 240 - 300; height: parent.height; editor: editor }
        InspectorPanel { id: inspector; width: 300; height: parent.height; editor: editor }
    }

    // What AppActions needs from its window, so the real shortcuts are exercised.
    Item {
        id: app
        readonly property Document document: doc
        readonly property Editor editor: editor
        readonly property Item canvas: canvas
        readonly property Item palettePanel: palette
        property var settings: ({ dark: false, gridSnap: true })
        property int saveAsRequests: 0
        function guarded(then) { then() }
        function save(then) { doc.save() }
        function showNewDialog() {}
        function showOpenDialog() {}
        function showSaveAsDialog() { saveAsRequests += 1 }
        function close() {}
    }
    AppActions { id: actions; app: app }

    TestCase {
        id: test
        name: "Canvas"
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
        function paletteEntry(key) {
            palette.model.filterText = key  // like a user searching: the entry is then on screen
            wait(10)
            return find(palette, (it) => it.key === key && it.label !== undefined && it.doc !== undefined)
        }
        // Drags a palette entry to a canvas point, like a user: press, move past the threshold,
        // move over the canvas, release.
        function dragFromPalette(key, cx, cy) {
            const entry = paletteEntry(key)
            verify(entry, "palette entry " + key)
            const p = canvas.mapToItem(entry, cx, cy)
            mousePress(entry, 20, 10)
            mouseMove(entry, 40, 14)
            mouseMove(entry, p.x - 20, p.y - 10)
            mouseMove(entry, p.x, p.y)
            mouseRelease(entry, p.x, p.y)
        }
        function centre(id) {
            const r = editor.boundsOf(id)
            return canvas.toScreen(r.x + r.width / 2, r.y + r.height / 2)
        }

        function init() {
            verify(doc.newFromTemplate("blank-aws"))
            canvas.setView(0.55, 30, 30)
            wait(20)
        }

        function test_1_drawConnectUndoRedoSaveReopen() {
            // A VPC into the account.
            const acc = editor.boundsOf("aws-account")
            let p = canvas.toScreen(acc.x + 40, acc.y + 70)
            dragFromPalette("network", p.x, p.y)
            const vpc = editor.currentId
            verify(vpc.startsWith("vpc"), vpc)
            compare(editor.inspector.elementType, "network")
            // A public subnet into the first zone column.
            const zone = editor.boundsOf(vpc + "/eu-west-1a")
            p = canvas.toScreen(zone.x + zone.width / 2, zone.y + 50)
            dragFromPalette("subnet:public", p.x, p.y)
            const subnet = editor.currentId
            compare(subnet, "public-a")
            // Two services into the subnet.
            let s = editor.boundsOf(subnet)
            p = canvas.toScreen(s.x + s.width * 0.3, s.y + s.height * 0.6)
            dragFromPalette("aws.nat-gateway", p.x, p.y)
            const nat = editor.currentId
            compare(nat, "nat-gateway")
            s = editor.boundsOf(subnet)
            p = canvas.toScreen(s.x + s.width * 0.78, s.y + s.height * 0.6)
            dragFromPalette("aws.ec2", p.x, p.y)
            const ec2 = editor.currentId
            compare(ec2, "ec2")
            verify(editor.boundsOf(subnet).x <= editor.boundsOf(ec2).x)
            // Connect them by dragging from the dot on the EC2's right edge onto the NAT gateway.
            const e = editor.boundsOf(ec2)
            const h = canvas.toScreen(e.x + e.width + 4 / canvas.zoom, e.y + e.height / 2)
            const t = centre(nat)
            mouseMove(canvas, h.x, h.y)
            mousePress(canvas, h.x, h.y)
            mouseMove(canvas, (h.x + t.x) / 2, h.y + 30)
            mouseMove(canvas, t.x, t.y)
            mouseRelease(canvas, t.x, t.y)
            compare(editor.connections.count, 1)
            compare(editor.currentType, 6)
            compare(editor.inspector.elementType, "connection")
            // Undo and redo from the keyboard, with both redo bindings.
            canvas.forceActiveFocus()
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(editor.connections.count, 0)
            keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
            compare(editor.connections.count, 1)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            keyClick(Qt.Key_Y, Qt.ControlModifier)
            compare(editor.connections.count, 1)
            // Save, open something else, reopen: same elements, same geometry.
            const before = editor.boundsOf(ec2)
            const path = testDir + "/drawn.cloudwright.yaml"
            verify(doc.saveAs(path), doc.lastError)
            verify(!doc.modified)
            verify(doc.title.indexOf("drawn.cloudwright.yaml") === 0)
            verify(doc.newFromTemplate("blank-azure"))
            compare(editor.boundsOf(ec2).width, 0)
            verify(doc.open(path), doc.lastError)
            compare(editor.connections.count, 1)
            compare(editor.boundsOf(ec2), before)
            compare(editor.scene.count, 1 + 1 + 3 + 1 + 2)
        }

        function test_2_moveWithMouseAndRubberBand() {
            const acc = editor.boundsOf("aws-account")
            let p = canvas.toScreen(acc.x + 40, acc.y + 70)
            dragFromPalette("network", p.x, p.y)
            const vpc = editor.currentId
            const r0 = editor.boundsOf(vpc)
            const c = canvas.toScreen(r0.x + 200, r0.y + 12)
            mousePress(canvas, c.x, c.y)
            mouseMove(canvas, c.x + 20, c.y + 10)
            mouseMove(canvas, c.x + 60, c.y + 40)
            mouseRelease(canvas, c.x + 60, c.y + 40)
            const r1 = editor.boundsOf(vpc)
            verify(r1.x > r0.x && r1.y > r0.y, "moved")
            // Rubber band around everything selects account and VPC (zones are not selectable).
            const all = editor.sceneBounds
            const a = canvas.toScreen(all.x - 20, all.y - 20)
            const b = canvas.toScreen(all.x + all.width + 10, all.y + all.height + 10)
            mousePress(canvas, a.x, a.y)
            mouseMove(canvas, (a.x + b.x) / 2, (a.y + b.y) / 2)
            mouseMove(canvas, b.x, b.y)
            mouseRelease(canvas, b.x, b.y)
            compare(editor.selectedIds.length, 2)
            keyClick(Qt.Key_Delete)
            compare(editor.scene.count, 0)
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(editor.scene.count, 5)
        }

        function test_3_refusalSaysWhy() {
            const all = editor.sceneBounds
            const p = canvas.toScreen(all.x + all.width + 200, all.y + 20)
            dragFromPalette("subnet:private", p.x, p.y)
            compare(editor.scene.count, 1)
            const toast = find(canvas, (it) => it.show !== undefined && it.error !== undefined)
            verify(toast)
            verify(toast.error)
            tryVerify(() => toast.opacity > 0.5)
            const label = find(toast, (it) => it.text !== undefined && it.wrapMode !== undefined)
            verify(label.text.indexOf("network") >= 0, label.text)
        }

        function test_4_inspectorTyping() {
            editor.select("aws-account")
            const field = find(inspector, (it) => it.key === "name" && it.commit !== undefined)
            verify(field)
            const input = find(field, (it) => it.selectByMouse !== undefined && it.placeholderText !== undefined)
            mouseClick(input)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick(Qt.Key_W); keyClick(Qt.Key_E); keyClick(Qt.Key_B)
            compare(editor.scene.data(editor.scene.index(0, 0), SceneModel.LabelRole), "web")
            compare(doc.undoText.length > 0, true)
            const steps = doc.canUndo
            verify(steps)
            doc.undo()
            compare(editor.scene.data(editor.scene.index(0, 0), SceneModel.LabelRole), "AWS account")
        }

        function test_5_zoomPanAndShortcuts() {
            const z = canvas.zoom
            mouseWheel(canvas, 300, 300, 0, 120)
            verify(canvas.zoom > z)
            canvas.forceActiveFocus()
            keyClick(Qt.Key_Minus, Qt.ControlModifier)
            keyClick(Qt.Key_0, Qt.ControlModifier)
            const px = canvas.panX
            keyClick(Qt.Key_Right)
            verify(canvas.panX < px)
            keyClick(Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
            compare(app.saveAsRequests, 1)
            // Middle-button drag pans.
            const before = canvas.panX
            mousePress(canvas, 400, 400, Qt.MiddleButton)
            mouseMove(canvas, 450, 420, -1, Qt.MiddleButton)
            mouseRelease(canvas, 450, 420, Qt.MiddleButton)
            compare(canvas.panX, before + 50)
            // Space held: a left drag pans too (and selects nothing).
            canvas.forceActiveFocus()
            keyPress(Qt.Key_Space)
            mousePress(canvas, 400, 400)
            mouseMove(canvas, 420, 430)
            mouseRelease(canvas, 420, 430)
            keyRelease(Qt.Key_Space)
            compare(canvas.panX, before + 70)
            compare(editor.selectedIds.length, 0)
        }
    }
}
