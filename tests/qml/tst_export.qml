import QtQuick
import QtQuick.Controls
import QtTest
import Cloudwright.Models
import Cloudwright.App

// File ▸ Export through the dialog with the mouse and keyboard: a PNG (file name typed, badges
// ticked, scale typed, then the same file again: the dialog lists it and asks before replacing
// it) and Terraform into a folder. The files are checked on disk.
Item {
    id: root
    width: 1200
    height: 900

    Document { id: doc }
    Editor { id: editor; document: doc }
    ExportModel { id: exports; document: doc; editor: editor }
    ExportDialog { id: dialog; exports: exports }
    Image { id: picture; cache: false }
    SignalSpy { id: finished; target: exports; signalName: "finished" }

    TestCase {
        name: "Export"
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
        function named(popup, name) {
            return find(popup.contentItem, (it) => it.objectName === name)
                || find(popup.footer, (it) => it.objectName === name)
        }
        function type(text) {
            for (const c of text)
                keyClick(c)
        }
        // Replaces the target field's text by typing, as a user would.
        // The dialog re-centres once its content is laid out: click only after that.
        function openDialog(id) {
            dialog.start(id)
            tryVerify(() => dialog.opened)
            waitForItemPolished(dialog.contentItem)
            wait(50)
        }
        function typeTarget(path) {
            const field = named(dialog, "exportTarget")
            verify(field)
            mouseClick(field)
            keySequence(StandardKey.SelectAll)
            keyClick(Qt.Key_Delete)
            type(path)
            compare(field.text, path)
        }
        function clickExport() {
            const button = named(dialog, "exportButton")
            verify(button && button.enabled)
            mouseClick(button)
        }
        function waitDone() {
            tryVerify(() => finished.count > 0 && !exports.busy, 60000)
            const args = finished.signalArguments[finished.count - 1]
            verify(args[0], "export failed: " + args[1])
            return args
        }

        function init() {
            verify(doc.newFromTemplate("order-processor"))
            editor.validateNow()
            finished.clear()
        }
        function cleanup() {
            dialog.close()
            tryVerify(() => !dialog.visible)
        }

        function test_pngThroughTheDialog() {
            openDialog("png")
            const path = testDir + "/pictures/order.png"
            typeTarget(path)
            const badges = named(dialog, "option-badges")
            verify(badges && !badges.checked)
            mouseClick(badges)
            verify(badges.checked)
            const scale = named(dialog, "option-scale")
            verify(scale)
            mouseClick(scale)
            keySequence(StandardKey.SelectAll)
            keyClick(Qt.Key_2)
            clickExport()
            const args = waitDone()
            compare(args[2].length, 1)
            compare(args[2][0], path)
            compare(exports.existingFiles("png", path), [path])
            picture.source = "file://" + path
            tryVerify(() => picture.status === Image.Ready)
            verify(picture.implicitWidth > 1000, "scale 2: " + picture.implicitWidth)
            verify(named(dialog, "openOutput").visible)

            // The same file again: the dialog lists it and asks before replacing it.
            finished.clear()
            clickExport()
            let ask = null
            tryVerify(() => {
                ask = find(Overlay.overlay, (it) => it.objectName === "replacedFiles" && it.visible)
                return ask !== null
            })
            compare(ask.count, 1)
            compare(finished.count, 0) // nothing happens before the answer
            const replace = find(Overlay.overlay, (it) => it.objectName === "replaceButton")
            verify(replace)
            mouseClick(replace)
            waitDone()
        }

        function test_terraformThroughTheDialog() {
            openDialog("terraform")
            const folder = testDir + "/iac"
            typeTarget(folder)
            keyClick(Qt.Key_Return) // Enter in the field exports
            const args = waitDone()
            const planned = exports.plannedFiles("terraform")
            verify(planned.length > 3)
            compare(args[2].length, planned.length)
            compare(exports.existingFiles("terraform", folder).length, planned.length)
            verify(planned.indexOf("order-dev/versions.tf") >= 0, planned.join(", "))
        }
    }
}
