"""Record forms (activity, propaganda event): dialogs that read a record through a core service, let the
officer edit it with the keyboard, show the core's CheckResult next to each field and save in one
transaction."""
