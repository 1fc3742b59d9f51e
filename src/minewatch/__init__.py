"""minewatch: open, evidence-backed monitoring of anti-personnel mines."""

__version__ = "0.1.0"
