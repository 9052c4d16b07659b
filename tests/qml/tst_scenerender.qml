import QtQuick
import QtQuick.Controls
import QtTest
import Cloudwright.Models
import Cloudwright.Canvas
import Cloudwright.Panels

// What the tiled SceneView shows while the user works, read back from the window's pixels:
// selection frames and resize handles, highlighted connection ends (and their removal), the
// drop-target fill during a palette drag, the connect dot, the connection preview, the rubber
// band, and tiles repainted where a moved service was.
Item {
    id: root
    width: 1300
    height: 800

    Document { id: doc }
    Editor { id: editor; document: doc }

    Row {
        anchors.fill: parent
        PalettePanel { id: palette; width: 240; height: parent.height; canvas: canvas }
        DesignCanvas { id: canvas; width: parent.width - 240; height: parent.height; editor: editor }
    }

    TestCase {
        name: "SceneRender"
        when: windowShown

        // The light canvas colours (SceneStyle::light).
        readonly property color accent: "#1f6feb"
        readonly property color highlight: "#f59e0b"
        readonly property color dropFill: "#dcf5e6"
        readonly property color line: "#5b6470"

        function find(item, pred) {
            if (pred(item))
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const f = find(item.children[i], pred)
                if (f)
                    return f
            }
            return null
        }
        // Grabs until every visible tile is painted at the current zoom.
        function shot() {
            let img = grabImage(canvas)
            for (let i = 0; i < 200 && !canvas.sceneView.settled; ++i) {
                wait(5)
                img = grabImage(canvas)
            }
            verify(canvas.sceneView.settled, "tiles settled")
            return grabImage(canvas)
        }
        function near(c, want, tol) {
            return Math.abs(c.r - want.r) + Math.abs(c.g - want.g) + Math.abs(c.b - want.b) <= tol / 255
        }
        // Some pixel of a small screen square around (x, y) is close to the colour.
        function seen(img, x, y, want, r, tol) {
            for (let dx = -r; dx <= r; ++dx)
                for (let dy = -r; dy <= r; ++dy)
                    if (near(img.pixel(Math.round(x + dx), Math.round(y + dy)), want, tol === undefined ? 60 : tol))
                        return true
            return false
        }
        function screen(x, y) { return canvas.toScreen(x, y) }
        function show(id) {
            const r = editor.boundsOf(id)
            canvas.setView(1, canvas.width / 2 - (r.x + r.width / 2), canvas.height / 2 - (r.y + r.height / 2))
            return r
        }

        function init() {
            verify(doc.newFromTemplate("innovate-inc"))
            editor.clearSelection()
        }

        function test_selectionHandlesAndConnectionEnds() {
            let r = show("nonprod-alb")
            editor.selectConnection("nonprod-alb-to-api")
            let img = shot()
            // Both ends framed in the highlight colour.
            for (const id of ["nonprod-alb", "nonprod-eks"]) {
                const e = editor.boundsOf(id)
                const p = screen(e.x - 3, e.y + e.height / 2 + 10)
                verify(seen(img, p.x, p.y, highlight, 1), id + " highlighted")
            }
            // Selecting something else removes the highlight and the accent route.
            editor.select("nonprod-alb")
            img = shot()
            const eks = editor.boundsOf("nonprod-eks")
            let p = screen(eks.x - 3, eks.y + eks.height / 2 + 10)
            verify(!seen(img, p.x, p.y, highlight, 1), "end highlight removed")
            // The selected service: accent frame and white corner handles.
            p = screen(r.x - 3, r.y + r.height / 2 + 10)
            verify(seen(img, p.x, p.y, accent, 1), "selection frame")
            p = screen(r.x, r.y)
            verify(near(img.pixel(p.x, p.y), Qt.rgba(1, 1, 1, 1), 30), "resize handle")
        }

        // Accent pixels on the canvas, minimap corner left out (its viewport frame is accent).
        function accentPixels(img) {
            let n = 0
            for (let x = 1; x < canvas.width; x += 3)
                for (let y = 1; y < canvas.height; y += 3)
                    if ((x < canvas.width - 250 || y < canvas.height - 180) && near(img.pixel(x, y), accent, 50))
                        ++n
            return n
        }

        function test_deselectedRouteRepainted() {
            // A long route (EKS in the VPC to the Git provider far left), all of it in view.
            // (Low-severity badges are a blue close to the accent: they are the baseline.)
            canvas.fitToView()
            const baseline = accentPixels(shot())
            editor.selectConnection("nonprod-argocd-to-git")
            const selected = accentPixels(shot())
            verify(selected > baseline + 30, "selected route drawn in accent: " + selected + " vs " + baseline)
            editor.clearSelection()
            compare(accentPixels(shot()), baseline)
            // Selecting another connection moves the accent there, none left on the first.
            editor.selectConnection("nonprod-argocd-to-git")
            shot()
            editor.selectConnection("nonprod-cdn-to-spa")
            const other = accentPixels(shot())
            verify(other >= baseline && other < selected - 20, "only the short route is accent: " + other)
        }

        function test_dropTargetDuringPaletteDrag() {
            const s = show("nonprod-private-a")
            palette.model.filterText = "aws.ec2"
            wait(10)
            const entry = find(palette, (it) => it.key === "aws.ec2" && it.doc !== undefined)
            verify(entry)
            const target = screen(s.x + 8, s.y + s.height - 8)
            const p = canvas.mapToItem(entry, target.x, target.y)
            mousePress(entry, 20, 10)
            mouseMove(entry, 40, 14)
            mouseMove(entry, p.x - 10, p.y)
            mouseMove(entry, p.x, p.y)
            let img = shot()
            verify(seen(img, target.x, target.y, dropFill, 0, 8), "drop target filled: " + img.pixel(target.x, target.y))
            // Away from the canvas the highlight goes.
            mouseMove(entry, 10, 10)
            img = shot()
            verify(!seen(img, target.x, target.y, dropFill, 0, 8), "drop target cleared: " + img.pixel(target.x, target.y))
            mouseRelease(entry, 10, 10)
        }

        function test_connectDotPreviewAndRubberBand() {
            const r = show("nonprod-alb")
            // Hovering a service shows its connect dot just right of its right edge.
            const c = screen(r.x + r.width / 2, r.y + r.height / 2)
            mouseMove(canvas, c.x - 10, c.y)  // the first move enters the canvas
            mouseMove(canvas, c.x, c.y)
            const dot = screen(r.x + r.width, r.y + r.height / 2)
            const handle = find(canvas, (it) => it.nodeId !== undefined && it.target !== undefined)
            compare(handle.nodeId, "nonprod-alb")
            verify(handle.visible)
            let img = shot()
            verify(seen(img, dot.x + 4, dot.y, accent, 2), "connect dot")
            // Dragging from the dot draws the preview line to the pointer.
            mousePress(canvas, dot.x + 4, dot.y)
            mouseMove(canvas, dot.x - 60, dot.y + 5)
            mouseMove(canvas, dot.x - 200, dot.y + 90)
            verify(!handle.visible, "no dot while connecting")
            img = shot()
            verify(seen(img, dot.x - 200, dot.y + 89, accent, 3), "connection preview")
            mouseRelease(canvas, dot.x - 200, dot.y + 90)
            // A rubber band from an empty spot of the canvas.
            const all = editor.sceneBounds
            // Zoomed out so the empty spot below and right of the design is on screen.
            const z = Math.min((canvas.width - 80) / (all.x + all.width + 40),
                               (canvas.height - 80) / (all.y + all.height + 40))
            canvas.setView(z, 20, 20)
            const a = screen(all.x + all.width + 20, all.y + all.height + 20)
            mousePress(canvas, a.x, a.y)
            mouseMove(canvas, a.x - 30, a.y - 30)
            mouseMove(canvas, a.x - 120, a.y - 90)
            img = grabImage(canvas)
            verify(seen(img, a.x - 120, a.y - 60, accent, 1), "rubber band edge")
            mouseRelease(canvas, a.x - 120, a.y - 90)
        }

        function test_movedServiceRepaintsWhereItWas() {
            const r = show("nonprod-flow-logs")
            editor.select("nonprod-flow-logs")
            // The middle of the card's icon, before and after a drag of 300 px to the right
            // (into the free part of the VPC's top row).
            const icon = screen(r.x + r.width / 2, r.y + 24)
            let img = shot()
            const before = img.pixel(icon.x, icon.y)
            verify(!near(before, Qt.rgba(1, 1, 1, 1), 60), "icon colour: " + before)
            const from = screen(r.x + r.width / 2, r.y + r.height - 12)
            mousePress(canvas, from.x, from.y)
            mouseMove(canvas, from.x + 40, from.y)
            mouseMove(canvas, from.x + 300, from.y)
            mouseRelease(canvas, from.x + 300, from.y)
            verify(Math.abs(editor.boundsOf("nonprod-flow-logs").x - (r.x + 300)) <= editor.gridSize, "moved (snapped)")
            img = shot()
            // Where the icon was, the VPC shows through; the icon is drawn where it went.
            verify(near(img.pixel(icon.x, icon.y), Qt.rgba(0.99, 0.98, 1, 1), 30), "old position repainted: " + img.pixel(icon.x, icon.y))
            verify(near(img.pixel(icon.x + 300, icon.y), before, 30), "icon at the new position")
            doc.undo()
            compare(editor.boundsOf("nonprod-flow-logs"), r)
            img = shot()
            verify(near(img.pixel(icon.x, icon.y), before, 30), "back after undo")
        }
    }
}
