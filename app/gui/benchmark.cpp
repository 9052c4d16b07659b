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
#include <cstdio>

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

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// Runs pending work (culling passes, bindings) and renders one frame.
void frame(QQuickWindow *w)
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    w->grabWindow();
}

class Bench
{
public:
    Bench(QQuickWindow *w, Document &doc)
        : m_window(w)
        , m_doc(doc)
        , m_editor(w->property("editor").value<Editor *>())
        , m_canvas(w->property("canvas").value<QObject *>())
    { }

    double zoom() const { return m_canvas->property("zoom").toDouble(); }
    void setView(double z, double px, double py)
    {
        QMetaObject::invokeMethod(
            m_canvas, "setView", Q_ARG(QVariant, z), Q_ARG(QVariant, px), Q_ARG(QVariant, py));
    }
    void waitSettled()
    {
        QElapsedTimer t;
        t.start();
        while (!m_editor->visibleNodes()->settled() && t.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
    }

    /// Opens path; returns load ms and open-to-first-frame ms.
    std::pair<double, double> open(const QString &path)
    {
        QElapsedTimer t;
        t.start();
        m_doc.open(path);
        const double load = ms(t);
        QMetaObject::invokeMethod(m_canvas, "fitToView");
        frame(m_window);
        return { load, ms(t) };
    }

    Stats pan(int frames, double step, int *visible)
    {
        std::vector<double> times;
        const double z = zoom();
        double px = m_canvas->property("panX").toDouble(),
               py = m_canvas->property("panY").toDouble();
        int seen = 0;
        for (int i = 0; i < frames; ++i) {
            QElapsedTimer t;
            t.start();
            px -= (i / (frames / 2)) % 2 == 0 ? step : -step;
            py -= step / 3;
            setView(z, px, py);
            frame(m_window);
            times.push_back(ms(t));
            seen = std::max(seen, m_editor->visibleNodes()->count());
        }
        *visible = seen;
        return stats(times);
    }

    Stats zoomSteps(int frames, int *visible)
    {
        std::vector<double> times;
        int seen = 0;
        for (int i = 0; i < frames; ++i) {
            QElapsedTimer t;
            t.start();
            const double f = (i / (frames / 2)) % 2 == 0 ? 1.02 : 1 / 1.02;
            QMetaObject::invokeMethod(m_canvas, "zoomBy", Q_ARG(QVariant, f));
            frame(m_window);
            times.push_back(ms(t));
            seen = std::max(seen, m_editor->visibleNodes()->count());
        }
        *visible = seen;
        return stats(times);
    }

    /// Zooms in around the scene centre until at most `target` nodes are on screen.
    void zoomToVisible(int target)
    {
        const QRectF b = m_editor->sceneBounds();
        const double w = m_window->width() * 0.6, h = m_window->height() * 0.6;
        double z = zoom();
        for (int i = 0; i < 60; ++i) {
            setView(z, w / 2 - (b.left() + b.width() * 0.3) * z,
                h / 2 - (b.top() + b.height() * 0.3) * z);
            waitSettled();
            if (m_editor->visibleNodes()->count() <= target)
                return;
            z *= 1.1;
        }
    }

    Editor *editor() const { return m_editor; }

private:
    QQuickWindow *m_window;
    Document &m_doc;
    Editor *m_editor;
    QObject *m_canvas;
};

void row(const char *what, const Stats &s, int visible)
{
    std::printf("  %-34s p50 %6.2f ms   p95 %6.2f ms   max %6.2f ms   (%d delegates on screen)\n",
        what, s.p50, s.p95, s.max, visible);
}

} // namespace

int runBenchmark(QQuickWindow *window, Document &doc, int bigDesign)
{
    Bench bench(window, doc);
    if (!bench.editor())
        return 1;
    QTemporaryDir dir;
    std::printf("Cloudwright canvas benchmark: %dx%d window, scene graph backend '%s', Qt %s\n",
        window->width(), window->height(),
        qPrintable(QQuickWindow::sceneGraphBackend().isEmpty() ? QStringLiteral("default")
                                                               : QQuickWindow::sceneGraphBackend()),
        qVersion());
    for (const int n : { 1000, bigDesign }) {
        const Model m = syntheticDesign(n);
        const QString path
            = QDir(dir.path()).filePath(QStringLiteral("bench-%1.cloudwright.json").arg(n));
        std::string error;
        if (!io::saveFile(m, path.toStdString(), &error, io::Format::Json)) {
            std::fprintf(stderr, "cloudwright: error: %s\n", error.c_str());
            return 1;
        }
        const auto [load, first] = bench.open(path);
        std::printf("\n%d-element design (%d scene nodes, %d connections)\n", elementCount(m),
            bench.editor()->scene()->count(), bench.editor()->connections()->count());
        std::printf("  open (parse + model)               %8.1f ms\n", load);
        std::printf("  open to first frame (fit to view)  %8.1f ms   (%d delegates)\n", first,
            bench.editor()->visibleNodes()->count());
        bench.waitSettled();
        int visible = 0;
        if (n > 1000) {
            bench.zoomToVisible(1000);
            frame(window);
        }
        row(n > 1000 ? "pan (<= 1,000 on screen)" : "pan (all on screen)",
            bench.pan(120, 9, &visible), visible);
        row(n > 1000 ? "zoom (<= 1,000 on screen)" : "zoom (all on screen)",
            bench.zoomSteps(60, &visible), visible);
    }
    return 0;
}

} // namespace cw::gui
