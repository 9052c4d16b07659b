// SPDX-License-Identifier: MIT
#include "appmain.h"

#include "benchmark.h"
#include "common/templatestore.h"
#include "document.h"
#include "editor.h"
#include "recovery.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QProcess>
#include <QQmlAbstractUrlInterceptor>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <cstdio>

namespace cw::gui {
namespace {

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

/// Renders the window with the document and writes a PNG (works with QT_QPA_PLATFORM=offscreen).
int screenshot(QQuickWindow *window, const QString &out, const QString &select)
{
    auto *editor = window->property("editor").value<Editor *>();
    auto *canvas = window->property("canvas").value<QObject *>();
    if (!editor || !canvas)
        return 1;
    editor->validateNow();
    editor->connections()->waitForRoutes();
    settle(100);
    if (!select.isEmpty() && editor->scene()->indexOf(select) >= 0)
        editor->select(select);
    else if (!select.isEmpty())
        editor->selectConnection(select);
    QMetaObject::invokeMethod(canvas, "fitToView");
    auto *view = canvas->property("sceneView").value<QObject *>();
    QElapsedTimer t;
    t.start();
    while ((!editor->visibleNodes()->settled() || (view && !view->property("settled").toBool()))
        && t.elapsed() < 10000) {
        window->requestUpdate();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    settle(150);
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(out)) {
        std::fprintf(
            stderr, "cloudwright: error: could not write the screenshot %s\n", qPrintable(out));
        return 1;
    }
    std::printf("%s\n", qPrintable(out));
    return 0;
}

/// Development aid: with $CLOUDWRIGHT_QML_SOURCE_DIR set (the repository's qml/ folder), QML
/// files load from the sources instead of the compiled-in copies, so QML edits need no rebuild.
class SourceInterceptor : public QQmlAbstractUrlInterceptor
{
public:
    explicit SourceInterceptor(const QString &dir)
        : m_dir(dir)
    { }
    QUrl intercept(const QUrl &url, DataType type) override
    {
        if (type != QmlFile || url.scheme() != QLatin1String("qrc")
            || !url.path().startsWith(QLatin1String("/Cloudwright/")))
            return url;
        const QString file = QDir(m_dir).filePath(url.path().mid(1));
        return QFile::exists(file) ? QUrl::fromLocalFile(file) : url;
    }

private:
    QString m_dir;
};

} // namespace

int cloudwrightMain(int argc, char **argv, bool benchmark)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Cloudwright"));
    QGuiApplication::setApplicationName(QStringLiteral("Cloudwright"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CLOUDWRIGHT_VERSION));
    // Wayland compositors match the window to the installed desktop entry (icon, name) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.cloudwright.Cloudwright"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cloudwright.svg")));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cloudwright: design and validate cloud architectures."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
        QStringLiteral("Design to open (.cloudwright.yaml or .json); each further file opens in "
                       "a window of its own."),
        QStringLiteral("[FILE...]"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
        QStringLiteral("Render the window to a PNG and exit."), QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"),
        QStringLiteral("Window size for --screenshot/--bench (default 1600x1000)."),
        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QStringLiteral("light or dark (overrides the saved choice)."), QStringLiteral("THEME"));
    const QCommandLineOption tmpl(QStringLiteral("template"),
        QStringLiteral("Start from this template instead of a file."), QStringLiteral("ID"));
    const QCommandLineOption select(QStringLiteral("select"),
        QStringLiteral("Select an element or a connection (for screenshots)."),
        QStringLiteral("ID"));
    const QCommandLineOption autosave(QStringLiteral("autosave-interval"),
        QStringLiteral("Milliseconds from a change to its recovery copy (default 30000, or "
                       "$CLOUDWRIGHT_AUTOSAVE_MS)."),
        QStringLiteral("MS"));
    const QCommandLineOption recoveryDir(QStringLiteral("recovery-dir"),
        QStringLiteral("Folder of recovery files (default: $CLOUDWRIGHT_RECOVERY_DIR or the app "
                       "data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption noRecovery(
        QStringLiteral("no-recovery-prompt"), QStringLiteral("Do not offer to recover at start."));
    const QCommandLineOption bench(QStringLiteral("bench"),
        QStringLiteral("Run the rendering benchmark and print frame times."));
    const QCommandLineOption benchElements(QStringLiteral("bench-elements"),
        QStringLiteral("Size of the large benchmark design (default 10000)."), QStringLiteral("N"),
        QStringLiteral("10000"));
    parser.addOptions({ shot, size, theme, tmpl, select, autosave, recoveryDir, noRecovery, bench,
        benchElements });
    parser.process(app);

    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    const QSize windowSize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1600,
        wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 1000);
    const bool headless = parser.isSet(shot) || parser.isSet(bench) || benchmark;
    // Headless runs render with the software scene graph (what the offscreen platform offers
    // without a GPU, and what the frame-time goals are measured on).
    if (headless && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    Document doc;
    Recovery recovery(&doc, parser.value(recoveryDir));
    if (parser.isSet(autosave))
        recovery.setIntervalMs(parser.value(autosave).toInt());
    const QStringList files = parser.positionalArguments();
    // One document per window: a file manager passing several files (Exec=cloudwright %F) gets a
    // window for each, as separate processes so one crash cannot take the others' work. Only this
    // first window offers to recover a crashed session.
    if (!headless)
        for (qsizetype i = 1; i < files.size(); ++i)
            QProcess::startDetached(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--no-recovery-prompt"), QFileInfo(files[i]).absoluteFilePath() });
    bool loaded = false;
    if (!files.isEmpty())
        loaded = doc.open(files.front());
    else
        loaded = doc.newFromTemplate(
            parser.isSet(tmpl) ? parser.value(tmpl) : app::TemplateStore::defaultId());
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.lastError()));
        if (headless)
            return 1;
        doc.newFromTemplate(QStringLiteral("blank-aws"));
    }
    const bool offer = !headless && !parser.isSet(noRecovery) && !recovery.pending().isEmpty();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    SourceInterceptor interceptor(qEnvironmentVariable("CLOUDWRIGHT_QML_SOURCE_DIR"));
    if (!qEnvironmentVariableIsEmpty("CLOUDWRIGHT_QML_SOURCE_DIR"))
        engine.addUrlInterceptor(&interceptor);
    engine.setInitialProperties({ { QStringLiteral("document"), QVariant::fromValue(&doc) },
        { QStringLiteral("recovery"), QVariant::fromValue(&recovery) },
        { QStringLiteral("offerRecovery"), offer },
        { QStringLiteral("themeOverride"), parser.value(theme) },
        { QStringLiteral("width"), windowSize.width() },
        { QStringLiteral("height"), windowSize.height() } });
    engine.load(QUrl(QStringLiteral("qrc:/Cloudwright/App/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().front());
    if (!window)
        return 1;
    if (parser.isSet(shot))
        return screenshot(window, parser.value(shot), parser.value(select));
    if (parser.isSet(bench) || benchmark)
        return runBenchmark(window, doc, parser.value(benchElements).toInt());
    const int rc = app.exec();
    recovery.clearOwn(); // a clean exit: changes were saved or discarded at the prompt
    return rc;
}

} // namespace cw::gui
