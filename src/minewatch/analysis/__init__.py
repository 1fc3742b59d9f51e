"""Read-side analysis: status as of a date, deadlines, contradictions."""
