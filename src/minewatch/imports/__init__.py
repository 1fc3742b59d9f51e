"""imports layer."""
