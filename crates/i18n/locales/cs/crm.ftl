## The SPA's CRM-integration pages: webhooks with their delivery log, organisation import.
