"""Text -> candidate claims: sentences, actors, dates, numbers, event types. Pure, offline."""
