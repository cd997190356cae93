"""The archive's tables (SQLModel).

    live_pages ─┬─ captures          one row per response fetched (or file imported); raw body in a WARC
                └─ posts ──────┬─ post_revisions   a new row only when title/body/time change
                               ├─ mentions         post × entity (council/ward/party/candidate) × evidence span
                               ├─ results          candidate × ward × votes × elected
                               ├─ seat_totals      council × party × seats of N
                               ├─ majorities       ward × party/candidate × votes
                               └─ changes          gain / hold / loss in a ward or council
    councils ─ wards (unique within a council),  parties,  candidates      (named once, keyed by name key)
    archive_meta                                    schema version; ``walked:<live page URL>``: its last whole walk;
                                                    ``robots:<robots.txt URL>``: the host's robots.txt, when fetched

Times are aware UTC (sqlmodel's UTCDateTime; SQLite keeps them as UTC text). ``posts.post_id`` is the
page's own id (CONTRACT); other tables point at a post with ``post_pk`` (``posts.id``). Fact rows keep the
character span and text of their evidence when the extractor gives one, and any extra fields as JSON in
``extra``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class ArchiveMeta(SQLModel, table=True):
    __tablename__ = "archive_meta"
    key: str = Field(primary_key=True)
    value: str


class LivePage(SQLModel, table=True):
    __tablename__ = "live_pages"
    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True)
    title: str | None = None
    layout: str | None = None
    page_total: int | None = None
    first_seen: datetime
    last_seen: datetime


class Capture(SQLModel, table=True):
    """One response as fetched (or one file as imported): where its raw bytes are, and how to ask again."""

    __tablename__ = "captures"
    __table_args__ = (Index("ix_captures_url_fetched_at", "url", "fetched_at"),)
    id: int | None = Field(default=None, primary_key=True)
    url: str
    fetched_at: datetime
    status: int | None = None
    headers: str | None = Field(default=None, sa_type=Text)  # JSON object of the headers kept
    etag: str | None = None
    last_modified: str | None = None
    digest: str | None = None  # e.g. "sha1:…" of the body
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_length: int | None = None
    error: str | None = None
    origin: str | None = None  # the file a capture was imported from
    page_number: int | None = None
    live_page_id: int | None = Field(default=None, foreign_key="live_pages.id", index=True)


class Post(SQLModel, table=True):
    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("live_page_id", "post_id", name="uq_posts_live_page_post_id"),
        Index("ix_posts_live_page_published_at", "live_page_id", "published_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    live_page_id: int = Field(foreign_key="live_pages.id")
    post_id: str
    url: str | None = None
    title: str | None = None
    published_at: datetime | None = Field(default=None, index=True)
    published_text: str | None = None
    updated_at: datetime | None = None
    author: str | None = None
    role: str | None = None
    kind: str = "post"
    is_breaking: bool = False
    body_text: str = Field(default="", sa_type=Text, nullable=False)
    embeds: str = Field(default="[]", sa_type=Text, nullable=False)  # JSON lists, as in CONTRACT
    images: str = Field(default="[]", sa_type=Text, nullable=False)
    links: str = Field(default="[]", sa_type=Text, nullable=False)
    content_hash: str
    facts_hash: str | None = None
    revision: int = 1
    page_number: int | None = None
    first_seen: datetime
    last_seen: datetime
    deleted_at: datetime | None = None


class PostRevision(SQLModel, table=True):
    __tablename__ = "post_revisions"
    __table_args__ = (UniqueConstraint("post_pk", "revision", name="uq_post_revisions_post_revision"),)
    id: int | None = Field(default=None, primary_key=True)
    post_pk: int = Field(foreign_key="posts.id")
    revision: int
    content_hash: str
    title: str | None = None
    body_text: str = Field(default="", sa_type=Text, nullable=False)
    published_at: datetime | None = None
    published_text: str | None = None
    updated_at: datetime | None = None
    seen_at: datetime
    capture_id: int | None = Field(default=None, foreign_key="captures.id")


class Council(SQLModel, table=True):
    __tablename__ = "councils"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(unique=True)


class Ward(SQLModel, table=True):
    """A ward or county division. ``council_id`` is NULL when no post tied it to a council."""

    __tablename__ = "wards"
    __table_args__ = (UniqueConstraint("council_id", "key", name="uq_wards_council_key"),)
    id: int | None = Field(default=None, primary_key=True)
    council_id: int | None = Field(default=None, foreign_key="councils.id")
    name: str
    key: str = Field(index=True)


class Party(SQLModel, table=True):
    __tablename__ = "parties"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(unique=True)


class Candidate(SQLModel, table=True):
    """A person who stood; their party at an election is on the result, not here."""

    __tablename__ = "candidates"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(unique=True)


class Evidence(SQLModel):
    """Where in the post a fact was read (character span and text), and the fact's fields without a column."""

    span_start: int | None = None
    span_end: int | None = None
    evidence: str | None = Field(default=None, sa_type=Text)
    extra: str | None = Field(default=None, sa_type=Text)


# Every column `results(ward=…)` reads from a result, after the ward: that query reads a ward's results from this
# index alone, in post order (a post's results side by side, so its row is fetched once), never the table.
RESULTS_BY_WARD = ("ward_id", "post_pk", "candidate_id", "party_id", "votes", "share", "elected", "evidence")


class Result(Evidence, table=True):
    __tablename__ = "results"
    __table_args__ = (Index("ix_results_ward", *RESULTS_BY_WARD),)
    id: int | None = Field(default=None, primary_key=True)
    post_pk: int = Field(foreign_key="posts.id", index=True)
    candidate_id: int = Field(foreign_key="candidates.id", index=True)
    ward_id: int | None = Field(default=None, foreign_key="wards.id")  # ix_results_ward leads with it
    party_id: int | None = Field(default=None, foreign_key="parties.id")
    votes: int | None = None
    share: float | None = None
    elected: bool | None = None


class SeatTotal(Evidence, table=True):
    __tablename__ = "seat_totals"
    id: int | None = Field(default=None, primary_key=True)
    post_pk: int = Field(foreign_key="posts.id", index=True)
    council_id: int | None = Field(default=None, foreign_key="councils.id", index=True)
    party_id: int | None = Field(default=None, foreign_key="parties.id")
    seats: int | None = None
    of_seats: int | None = None


class Majority(Evidence, table=True):
    __tablename__ = "majorities"
    id: int | None = Field(default=None, primary_key=True)
    post_pk: int = Field(foreign_key="posts.id", index=True)
    ward_id: int | None = Field(default=None, foreign_key="wards.id", index=True)
    party_id: int | None = Field(default=None, foreign_key="parties.id")
    candidate_id: int | None = Field(default=None, foreign_key="candidates.id")
    votes: int | None = None


class Change(Evidence, table=True):
    __tablename__ = "changes"
    id: int | None = Field(default=None, primary_key=True)
    post_pk: int = Field(foreign_key="posts.id", index=True)
    type: str
    party_id: int | None = Field(default=None, foreign_key="parties.id")
    from_party_id: int | None = Field(default=None, foreign_key="parties.id")
    ward_id: int | None = Field(default=None, foreign_key="wards.id", index=True)
    council_id: int | None = Field(default=None, foreign_key="councils.id")


class OtherFact(Evidence, table=True):
    """A fact of a kind without a table of its own (control, seats_needed, recounts, …): its references
    resolved, its other fields as JSON in ``extra``, so nothing the extractor finds is lost."""

    __tablename__ = "other_facts"
    id: int | None = Field(default=None, primary_key=True)
    post_pk: int = Field(foreign_key="posts.id", index=True)
    fact: str = Field(index=True)
    council_id: int | None = Field(default=None, foreign_key="councils.id")
    ward_id: int | None = Field(default=None, foreign_key="wards.id")
    party_id: int | None = Field(default=None, foreign_key="parties.id")
    candidate_id: int | None = Field(default=None, foreign_key="candidates.id")


class Mention(Evidence, table=True):
    """A post names an entity: ``entity_type`` is council, ward, party or candidate; ``fact`` the list it came from."""

    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_entity", "entity_type", "entity_id", "post_pk"),)
    id: int | None = Field(default=None, primary_key=True)
    post_pk: int = Field(foreign_key="posts.id", index=True)
    entity_type: str
    entity_id: int
    fact: str


FACT_TABLES = (Result, SeatTotal, Majority, Change, OtherFact, Mention)
