"""The fetch limits an election night may need raised (or lowered): the largest body and the longest Retry-After
waited for, from ``--max-body`` / ``--max-retry-after``, ``LIVEBLOG_*`` or feeds.toml, each bad value one line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from livesite import LiveSite
from localserver import LocalHTTPServer, serve

from archive.cli import main
from archive.runs import fetch_config
from archive.settings import load
from scraper.config import FetchConfig

MIB = 1024 * 1024


def test_the_defaults_are_the_fetchers_own() -> None:
    config = fetch_config(load({}, None, environ={}))
    assert (config.max_body, config.max_retry_after) == (FetchConfig().max_body, FetchConfig().max_retry_after)


@pytest.mark.parametrize(
    ("given", "size"), [(52428800, 52428800), ("50MB", 50 * MIB), ("512k", 512 * 1024), ("1 GiB", 1024 * MIB)]
)
def test_max_body_takes_bytes_or_a_size_with_its_unit(given: object, size: int) -> None:
    assert fetch_config(load({"max_body": given}, None, environ={})).max_body == size


def test_each_layer_sets_them(tmp_path: Path) -> None:
    config = tmp_path / "feeds.toml"
    config.write_text('[settings]\nmax_body = "30MB"\nmax_retry_after = 900\n', encoding="utf-8")
    got = fetch_config(load({}, config, environ={}))
    assert (got.max_body, got.max_retry_after) == (30 * MIB, 900.0)
    env = {"LIVEBLOG_MAX_BODY": "40M", "LIVEBLOG_MAX_RETRY_AFTER": "1200"}
    got = fetch_config(load({}, config, environ=env))
    assert (got.max_body, got.max_retry_after) == (40 * MIB, 1200.0)
    got = fetch_config(load({"max_body": "60MB", "max_retry_after": 30.0}, config, environ=env))
    assert (got.max_body, got.max_retry_after) == (60 * MIB, 30.0)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--max-body", "lots"], "--max-body must be a size such as 50MB or 52428800 (bytes), not 'lots'"),
        (["--max-body", "0"], "--max-body must be at least 1"),
        (["--max-body", "12XB"], "--max-body must be a size such as 50MB"),
        (["--max-retry-after", "-5"], "--max-retry-after must be at least 0, not -5"),
        (["--max-retry-after", "soon"], "'soon' is not a valid float"),
    ],
)
def test_a_bad_value_is_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    url = "https://www.bbc.co.uk/news/live/uk-politics-65432100"
    result = CliRunner().invoke(main, ["harvest", url, "--db", str(tmp_path / "a.sqlite"), *args])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr


def test_a_bad_value_in_the_environment_names_the_variable() -> None:
    from scraper.errors import UsageError

    with pytest.raises(UsageError, match="LIVEBLOG_MAX_BODY must be a size"):
        load({}, None, environ={"LIVEBLOG_MAX_BODY": "big"})


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def test_a_harvest_obeys_max_body(server: LocalHTTPServer, tmp_path: Path) -> None:
    site = LiveSite(page_size=5)
    site.add(5)
    site.serve(server)
    args = ["harvest", server.url(site.path), "--db", str(tmp_path / "a.sqlite"), "--allow-private", "--delay", "0"]
    small = CliRunner().invoke(main, [*args, "--max-body", "1KB"])
    assert small.exit_code == 4 and "larger than 1024 bytes" in small.stderr, small.stderr
    assert CliRunner().invoke(main, [*args, "--max-body", "5MB"]).exit_code == 0


def test_parse_of_a_url_takes_the_limits_and_a_refusal_names_the_option(server: LocalHTTPServer) -> None:
    site = LiveSite(page_size=5)
    site.add(5)
    site.serve(server)
    args = ["parse", server.url(site.path), "--allow-private"]
    refused = CliRunner().invoke(main, [*args, "--max-body", "1KB"])
    assert refused.exit_code == 4, refused.output
    assert refused.stderr.count("\n") == 1 and "larger than 1024 bytes" in refused.stderr
    assert "--max-body" in refused.stderr, refused.stderr  # what to do about it
    assert CliRunner().invoke(main, [*args, "--max-body", "5MB"]).exit_code == 0
    bad = CliRunner().invoke(main, [*args, "--max-body", "huge"])
    assert bad.exit_code == 2 and "--max-body must be a size" in bad.stderr


def test_a_retry_after_past_the_limit_fails_at_once_and_names_the_option(server: LocalHTTPServer) -> None:
    server.routes["/news/live/busy"] = lambda h: h.send_simple(503, b"busy", **{"Retry-After": "4000"})
    result = CliRunner().invoke(main, ["parse", server.url("/news/live/busy"), "--allow-private"])
    assert result.exit_code == 4 and result.stderr.count("\n") == 1, result.output
    assert "4000 s" in result.stderr and "300 s" in result.stderr and "--max-retry-after" in result.stderr
    assert server.paths().count("/news/live/busy") == 1  # not retried, no wait
