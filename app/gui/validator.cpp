// SPDX-License-Identifier: MIT
#include "validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::gui {

Validator::Validator(Document *doc, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_report(std::make_shared<rules::Report>())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &Validator::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &Validator::finished);
    connect(doc, &Document::changed, this, [this](const ChangeSet &c) {
        if (c.affectsRules()) {
            m_timer.start();
            emit busyChanged();
        }
    });
    connect(doc, &Document::modelReset, this, &Validator::runNow);
    // Saved elsewhere: another project rules file may apply.
    connect(doc, &Document::filePathChanged, this, &Validator::runNow);
}

rules::RunRequest Validator::request() const
{
    return { .designPath = m_doc->filePath().toStdString(), .configFile = {}, .today = {} };
}

Validator::~Validator()
{
    m_watcher.waitForFinished();
}

void Validator::runNow()
{
    m_timer.stop();
    start();
}

void Validator::start()
{
    if (m_inFlight) {
        m_again = true; // run once more when the current one ends
        return;
    }
    // The copy is the only work on the GUI thread; the rules run on the copy.
    auto model = std::make_shared<const Model>(m_doc->model());
    const int revision = m_doc->revision();
    m_inFlight = true;
    m_watcher.setFuture(QtConcurrent::run([model, revision, request = request()] {
        QElapsedTimer t;
        t.start();
        Result r;
        auto run = rules::runRules(*model, request);
        r.report = std::move(run.report);
        r.config = std::move(run.effective);
        r.revision = revision;
        r.ms = double(t.nsecsElapsed()) / 1e6;
        return r;
    }));
    emit busyChanged();
}

void Validator::finished()
{
    m_inFlight = false;
    Result r = m_watcher.result();
    m_report = std::make_shared<rules::Report>(std::move(r.report));
    m_config = std::move(r.config);
    m_reportRevision = r.revision;
    m_lastRunMs = r.ms;
    emit reportChanged();
    if (m_again || r.revision != m_doc->revision()) {
        m_again = false;
        if (!m_timer.isActive())
            start();
    }
    emit busyChanged();
}

void Validator::waitForIdle()
{
    QElapsedTimer t;
    t.start();
    while ((m_inFlight || m_timer.isActive()) && t.elapsed() < 60000) {
        if (m_timer.isActive())
            runNow();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

} // namespace cw::gui
