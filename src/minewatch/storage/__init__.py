"""Storage: SQLAlchemy tables, Alembic migrations and the one SQLite/PostgreSQL seam."""
