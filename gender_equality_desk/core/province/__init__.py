"""The link between a commune desk and its province desk: keys, rounds, submissions, consolidation."""
