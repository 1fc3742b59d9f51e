"""The file formats a field layer exports to (``services.field_export`` writes them): a module
of its own so that the CLI's ``--help`` can list them without loading the layer definitions
(``domain.field``) or the geometry libraries that write the files."""

from __future__ import annotations

EXPORT_FORMATS = ("geojson", "gpkg", "csv", "xlsx")
