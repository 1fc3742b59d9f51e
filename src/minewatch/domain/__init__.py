"""The pure core: entities, vocabularies and treaty rules. No I/O, no framework imports."""
