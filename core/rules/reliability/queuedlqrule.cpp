// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

/// REL-015: every queue that a compute service consumes has a dead-letter queue: its dlq
/// property, or a connection from the queue to another queue (the redrive target). Queues that
/// are themselves dead-letter queues are exempt.
namespace cw::rules {
namespace {

using namespace placement;

bool isQueue(const Service *svc)
{
    return svc && svc->kind == "aws.sqs";
}

class QueueDlqRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-015",
            .title = "Consumed queues have a dead-letter queue",
            .pillar = Pillar::Reliability,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "A message its consumer can never process (a poison message) is "
                         "received again after every visibility timeout until it expires, "
                         "wasting capacity and, for FIFO queues, blocking its group. A "
                         "dead-letter queue takes it out after max_receive_count attempts and "
                         "keeps it for inspection and replay.",
            .remediation = "Set dlq: true on the queue and draw its dead-letter queue (a "
                           "connection from the queue to a second queue with 14-day retention), "
                           "with an alarm on its depth.",
            .references = { "WA REL05-BP04", "cdk-nag AwsSolutions-SQS3",
                "checkov CKV_AWS_116 (Lambda DLQ)", "cfn-guard lambda_dlq_check" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        // Each queue's neighbours by connection, built once: O(connections).
        struct Ends
        {
            std::vector<const Service *> consumers;
            bool redrives = false; ///< queue -> queue: it has a dead-letter queue
            bool isDeadLetter = false; ///< queue -> it: it is one
        };
        std::unordered_map<const Service *, Ends> ends;
        auto serviceOf
            = [](const ElementRef *ref) -> const Service * { return ref ? ref->service : nullptr; };
        auto isConsumer = [&](const Service *svc) {
            const KindSpec *k = svc ? ctx.catalog.find(svc->kind) : nullptr;
            return k && (k->category == "compute" || k->category == "containers");
        };
        for (const ConnectionRow &c : ctx.connections.rows()) {
            const Service *from = serviceOf(c.from);
            const Service *to = serviceOf(c.to);
            if (isQueue(from) && isQueue(to)) {
                ends[from].redrives = true;
                ends[to].isDeadLetter = true;
                continue;
            }
            // Consumers poll the queue (service -> queue) or are triggered by it (queue -> Lambda).
            if (isQueue(to) && isConsumer(from))
                ends[to].consumers.push_back(from);
            if (isQueue(from) && isConsumer(to))
                ends[from].consumers.push_back(to);
        }
        forEachServiceOf(
            ctx.services, { "aws.sqs" }, [&](const Account &, const Network *, const Service &svc) {
                auto it = ends.find(&svc);
                if (it == ends.end() || it->second.consumers.empty() || it->second.redrives
                    || it->second.isDeadLetter || boolProp(ctx.catalog, svc, "dlq"))
                    return;
                auto consumers = it->second.consumers; // in document order, each once
                std::sort(
                    consumers.begin(), consumers.end(), [](const Service *a, const Service *b) {
                        if (a->loc.line != b->loc.line || a->loc.column != b->loc.column)
                            return a->loc.line != b->loc.line ? a->loc.line < b->loc.line
                                                              : a->loc.column < b->loc.column;
                        return std::less<const Service *>()(a, b);
                    });
                consumers.erase(std::unique(consumers.begin(), consumers.end()), consumers.end());
                std::vector<std::string> names;
                std::vector<std::string> ids;
                for (const Service *c : consumers) {
                    names.push_back(describe(ctx, *c));
                    ids.push_back(c->id);
                }
                sink.report(svc.id, svc.loc,
                        "queue '" + svc.id + "' is consumed by " + joinList(names)
                            + " but has no dead-letter queue",
                        "Set dlq: true on '" + svc.id
                            + "' and connect it to a dead-letter queue (e.g. '" + svc.id
                            + "-dlq').")
                    .related
                    = ids;
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeQueueDlqRule()
{
    return std::make_unique<QueueDlqRule>();
}

} // namespace cw::rules
