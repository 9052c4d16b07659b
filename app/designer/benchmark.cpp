// SPDX-License-Identifier: MIT
#include "benchmark.h"

#include "document.h"
#include "editor.h"
#include "io/document.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <functional>

namespace cw::gui {
namespace {

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return { v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back() };
}

/// CPU time of this thread in ms: a frame's own cost, unaffected by other processes on a busy
/// machine (with the offscreen platform the scene graph renders on this thread).
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// One measured frame: wall-clock and thread-CPU milliseconds.
struct Frame
{
    double wall = 0;
    double cpu = 0;
};

class Bench
{
public:
    Bench(QQuickWindow *w, Document &doc)
        : m_window(w)
        , m_doc(doc)
        , m_editor(w->property("editor").value<Editor *>())
        , m_canvas(w->property("canvas").value<QObject *>())
        , m_view(m_canvas ? m_canvas->property("sceneView").value<QObject *>() : nullptr)
    {
        QObject::connect(w, &QQuickWindow::frameSwapped, w, [this] { m_swapped = true; });
    }

    Editor *editor() const { return m_editor; }
    double zoom() const { return m_canvas->property("zoom").toDouble(); }
    double panX() const { return m_canvas->property("panX").toDouble(); }
    double panY() const { return m_canvas->property("panY").toDouble(); }
    void setView(double z, double px, double py)
    {
        QMetaObject::invokeMethod(
            m_canvas, "setView", Q_ARG(QVariant, z), Q_ARG(QVariant, px), Q_ARG(QVariant, py));
    }
    void call(const char *method, QVariant arg = {})
    {
        if (arg.isValid())
            QMetaObject::invokeMethod(m_canvas, method, Q_ARG(QVariant, arg));
        else
            QMetaObject::invokeMethod(m_canvas, method);
    }

    /// Lets the window render the next frame the normal way (the render loop's own frame,
    /// with the software renderer's partial updates) and times it from `change`.
    Frame frame(const std::function<void()> &change)
    {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        m_swapped = false;
        change();
        m_window->requestUpdate();
        while (!m_swapped && t.elapsed() < 5000)
            QCoreApplication::processEvents(
                QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        return { double(t.nsecsElapsed()) / 1e6, cpuMs() - c0 };
    }

    void waitSettled()
    {
        QElapsedTimer t;
        t.start();
        while ((!m_editor->visibleNodes()->settled() || !m_view->property("settled").toBool())
            && t.elapsed() < 20000)
            frame([] {});
    }

    /// Scene nodes (elements and zone columns) intersecting the window.
    int onScreen() const
    {
        const double z = zoom();
        const QRectF view(-panX() / z, -panY() / z, m_view->property("width").toDouble() / z,
            m_view->property("height").toDouble() / z);
        return int(m_editor->scene()->nodesIn(view).size());
    }

    /// Opens path: load time, time to the first frame of the fitted design, and time until
    /// every tile of it is painted; wall-clock and this thread's CPU time of each.
    std::array<Frame, 3> open(const QString &path)
    {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        auto now = [&] { return Frame { double(t.nsecsElapsed()) / 1e6, cpuMs() - c0 }; };
        m_doc.open(path);
        const Frame load = now();
        frame([this] { call("fitToView"); });
        const Frame first = now();
        waitSettled();
        return { load, first, now() };
    }

    /// Zooms in around a point of the design until at most target nodes have delegates.
    void zoomToVisible(int target)
    {
        const QRectF b = m_editor->sceneBounds();
        const QPointF focus(b.left() + b.width() * 0.3, b.top() + b.height() * 0.3);
        double z = zoom();
        for (int i = 0; i < 80; ++i) {
            setView(z, 500 - focus.x() * z, 350 - focus.y() * z);
            waitSettled();
            if (onScreen() <= target)
                return;
            z *= 1.08;
        }
    }

    void run(const char *what, int frames, const std::function<void(int)> &step)
    {
        std::vector<double> wall, cpu;
        int most = 0;
        for (int i = 0; i < frames; ++i) {
            const Frame f = frame([&] { step(i); });
            wall.push_back(f.wall);
            cpu.push_back(f.cpu);
            most = std::max(most, onScreen());
        }
        const Stats w = stats(wall), c = stats(cpu);
        std::printf("  %-26s cpu p50 %6.2f  p95 %6.2f  max %6.2f ms | wall p50 %6.2f  p95 %6.2f ms "
                    "| %d on screen\n",
            what, c.p50, c.p95, c.max, w.p50, w.p95, most);
    }

private:
    QQuickWindow *m_window;
    Document &m_doc;
    Editor *m_editor;
    QObject *m_canvas;
    QObject *m_view;
    bool m_swapped = false;
};

} // namespace

int runBenchmark(QQuickWindow *window, Document &doc, int bigDesign)
{
    Bench bench(window, doc);
    if (!bench.editor())
        return 1;
    QTemporaryDir dir;
    std::printf("Cloudwright canvas benchmark: %dx%d window, %s scene graph, Qt %s\n",
        window->width(), window->height(), qPrintable(QQuickWindow::sceneGraphBackend()),
        qVersion());
    std::printf(
        "(a frame = change the view, update the culled model and delegates, render; cpu = this "
        "thread's CPU time)\n");
    bench.waitSettled();
    for (const int n : { 1000, bigDesign }) {
        const Model m = syntheticDesign(n);
        const QString path
            = QDir(dir.path()).filePath(QStringLiteral("bench-%1.cloudwright.json").arg(n));
        std::string error;
        if (!io::saveFile(m, path.toStdString(), &error, io::Format::Json)) {
            std::fprintf(stderr, "cloudwright: error: %s\n", error.c_str());
            return 1;
        }
        const auto [load, first, painted] = bench.open(path);
        std::printf("\n%d-element design (%d scene nodes, %d connections)\n", elementCount(m),
            bench.editor()->scene()->count(), bench.editor()->connections()->count());
        std::printf(
            "  open (parse + model + scene)   cpu %8.1f ms | wall %8.1f ms\n", load.cpu, load.wall);
        std::printf("  open to first frame (fitted)   cpu %8.1f ms | wall %8.1f ms   (%d elements "
                    "on screen)\n",
            first.cpu, first.wall, bench.onScreen());
        std::printf("  open to fully painted          cpu %8.1f ms | wall %8.1f ms\n", painted.cpu,
            painted.wall);
        if (n > 1000)
            bench.zoomToVisible(1000);
        const double z = bench.zoom(), px = bench.panX(), py = bench.panY();
        bench.run(n > 1000 ? "pan (<= 1,000 on screen)" : "pan (all on screen)", 120, [&](int i) {
            // Every step moves the view (a step that does not renders no frame to time).
            const double dx = 6.0 * (i < 60 ? i + 1 : 119 - i);
            bench.setView(z, px - dx, py - dx / 3);
        });
        bench.run(n > 1000 ? "zoom (<= 1,000 on screen)" : "zoom (all on screen)", 60,
            [&](int i) { bench.call("zoomBy", i < 30 ? 1.02 : 1 / 1.02); });
    }
    return 0;
}

} // namespace cw::gui
