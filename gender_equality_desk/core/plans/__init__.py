"""Plans (Kế hoạch): the annual and Action Month plans in the Decree-30 layout, their planned activities
tracked against what was done, and the deadlines the dashboard reminds of. Qt-free."""
