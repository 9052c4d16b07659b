// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "rules/runcontext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <memory>

namespace cw::gui {

/// Live validation: after each edit (debounced) the rules run on a copy of the model in a
/// worker thread, so typing and dragging never wait for them. Only the newest result is kept.
/// The run goes through the core run context (rules::runRules) with the design's path, so the
/// project's cloudwright.rules.yaml and the document's `rules:` apply exactly as in `validate`.
class Validator : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    Q_PROPERTY(double lastRunMs READ lastRunMs NOTIFY reportChanged FINAL)

public:
    explicit Validator(Document *doc, QObject *parent = nullptr);
    ~Validator() override;

    const rules::Report &report() const { return *m_report; }
    /// The configuration the current report was computed with, and its problems
    /// ("file:line:column: error: ..."); the valid choices are applied regardless.
    const rules::EffectiveConfig &config() const { return m_config; }
    /// What a run for the document now would use: the design's path, today's date.
    rules::RunRequest request() const;
    /// The document revision the current report was computed for.
    int reportRevision() const { return m_reportRevision; }
    bool busy() const { return m_inFlight || m_timer.isActive(); }
    double lastRunMs() const { return m_lastRunMs; }

    /// Milliseconds of quiet after an edit before the rules run (default 150).
    void setDebounce(int ms) { m_timer.setInterval(ms); }
    /// Starts a run now (skipping the debounce).
    void runNow();
    /// Blocks until the current run (if any) is done and its result applied: for tests.
    void waitForIdle();

signals:
    void reportChanged();
    void busyChanged();

private:
    struct Result
    {
        rules::Report report;
        rules::EffectiveConfig config;
        int revision = 0;
        double ms = 0;
    };
    void start();
    void finished();

    Document *m_doc;
    QTimer m_timer;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<rules::Report> m_report;
    rules::EffectiveConfig m_config;
    int m_reportRevision = -1;
    bool m_again = false;
    bool m_inFlight = false;
    double m_lastRunMs = 0;
};

} // namespace cw::gui
