## The SPA's moderation pages: queue, actions, audit log, reports, the expert-question queue.
