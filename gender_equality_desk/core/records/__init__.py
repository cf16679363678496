"""Services for the officer's records: activities, propaganda events, attachments, trash."""
