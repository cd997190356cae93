"""liveblog's archive: SQLModel tables, idempotent ingest, queries, exports, harvests and the CLI."""

__all__: list[str] = []
