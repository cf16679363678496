"""Qt models over the store. Record lists page through it (`record_table.RecordTableModel`): they hold
the ordered ids of the matching records and read only the rows on screen."""
