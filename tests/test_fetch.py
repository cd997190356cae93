"""Request-level fetch behaviour against respx (no sockets): headers, conditional GET, retries, redirects,
content type, charset, robots.txt, private addresses, and the politeness pieces on a fake clock."""

from __future__ import annotations

import gzip
import random
from datetime import UTC, datetime

import httpx
import pytest
import respx
from localserver import FakeClock

from scraper.config import FetchConfig
from scraper.errors import FetchError, RobotsDisallowed, UsageError
from scraper.fetch import Capture, Fetcher, fetch_one, make_client
from scraper.fetch_encoding import choose_charset
from scraper.fetch_limits import check_address, host_allowed
from scraper.fetch_retry import Backoff, HostThrottle, parse_retry_after

PAGE = "https://www.bbc.co.uk/news/live/uk-politics-1"
ROBOTS = "https://www.bbc.co.uk/robots.txt"
HTML = "<html><body><p>hi</p></body></html>"
PUBLIC = ["151.101.0.81"]


def make(config: FetchConfig | None = None, clock: FakeClock | None = None) -> Fetcher:
    config = config or FetchConfig(min_delay=0, jitter=0)
    return Fetcher(
        make_client(config),
        config,
        clock=(clock or FakeClock()).clock(),
        resolve=lambda h, p: PUBLIC,
        rng=random.Random(1),
    )


@pytest.fixture
def mock() -> respx.MockRouter:
    with respx.mock(assert_all_called=False) as router:
        router.get(ROBOTS).respond(
            200, text="User-agent: *\nDisallow: /private\n", headers={"Content-Type": "text/plain"}
        )
        yield router


def html(status: int = 200, body: str = HTML, **headers: str) -> httpx.Response:
    named = {k.replace("_", "-"): v for k, v in headers.items()}
    return httpx.Response(status, text=body, headers={"Content-Type": "text/html; charset=utf-8", **named})


def test_sends_user_agent_with_contact_and_returns_capture(mock: respx.MockRouter) -> None:
    route = mock.get(PAGE).mock(return_value=html(etag='"v1"', last_modified="Sat, 08 May 2021 09:00:00 GMT"))
    clock = FakeClock()
    cap = make(FetchConfig(contact="mailto:me@example.org", min_delay=0), clock).fetch(PAGE)
    sent = route.calls.last.request.headers
    assert sent["User-Agent"].startswith("liveblog/") and "mailto:me@example.org" in sent["User-Agent"]
    assert sent["Accept-Encoding"] == "gzip, deflate"
    assert (cap.status, cap.body, cap.charset, cap.etag) == (200, HTML.encode(), "utf-8", '"v1"')
    assert cap.last_modified == "Sat, 08 May 2021 09:00:00 GMT" and cap.fetched_at == clock.start
    assert ("user-agent", sent["User-Agent"]) in [(k.lower(), v) for k, v in cap.request_headers]


def test_conditional_get_sends_validators_and_304_is_not_modified(mock: respx.MockRouter) -> None:
    route = mock.get(PAGE).mock(return_value=httpx.Response(304, headers={"ETag": '"v1"'}))
    cap = make().fetch(PAGE, etag='"v1"', last_modified="Sat, 08 May 2021 09:00:00 GMT")
    sent = route.calls.last.request.headers
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == "Sat, 08 May 2021 09:00:00 GMT"
    assert cap.not_modified and cap.status == 304 and cap.body == b"" and cap.charset is None


def test_no_validators_no_conditional_headers(mock: respx.MockRouter) -> None:
    route = mock.get(PAGE).mock(return_value=html())
    make().fetch(PAGE)
    assert "If-None-Match" not in route.calls.last.request.headers
    assert "If-Modified-Since" not in route.calls.last.request.headers


@pytest.mark.parametrize(
    ("header", "expected"),
    [("7", 7.0), ("Sat, 08 May 2021 09:00:30 GMT", 30.0), ("Sat, 08 May 2021 08:00:00 GMT", 0.0), ("soon", None)],
)
def test_parse_retry_after_both_forms(header: str, expected: float | None) -> None:
    assert parse_retry_after(header, now=datetime(2021, 5, 8, 9, tzinfo=UTC)) == expected


@pytest.mark.parametrize("retry_after", ["12", "Sat, 08 May 2021 09:00:12 GMT"])
def test_429_waits_for_retry_after_then_succeeds(mock: respx.MockRouter, retry_after: str) -> None:
    mock.get(PAGE).side_effect = [httpx.Response(429, headers={"Retry-After": retry_after}), html()]
    clock = FakeClock()
    cap = make(clock=clock).fetch(PAGE)
    assert cap.status == 200
    assert clock.sleeps == [pytest.approx(12.0)]


def test_retry_after_beyond_the_maximum_fails_at_once(mock: respx.MockRouter) -> None:
    route = mock.get(PAGE).mock(return_value=httpx.Response(503, headers={"Retry-After": "86400"}))
    with pytest.raises(FetchError, match="86400 s") as err:
        make().fetch(PAGE)
    assert err.value.status == 503 and route.call_count == 1


def test_5xx_and_connect_errors_retry_with_backoff_then_fail_naming_url_and_status(mock: respx.MockRouter) -> None:
    route = mock.get(PAGE)
    route.side_effect = [httpx.ConnectError("refused"), httpx.Response(502), httpx.Response(503)]
    clock = FakeClock()
    config = FetchConfig(min_delay=0, max_tries=3, backoff_base=2, jitter=0)
    with pytest.raises(FetchError) as err:
        make(config, clock).fetch(PAGE)
    assert err.value.status == 503 and err.value.source == PAGE and "3 tries" in str(err.value)
    assert PAGE in str(err.value) and isinstance(err.value.__cause__, Exception)
    assert clock.sleeps == [2.0, 4.0] and route.call_count == 3


def test_404_is_not_retried(mock: respx.MockRouter) -> None:
    route = mock.get(PAGE).mock(return_value=html(404))
    with pytest.raises(FetchError, match="HTTP 404") as err:
        make().fetch(PAGE)
    assert err.value.status == 404 and route.call_count == 1


def test_backoff_is_exponential_capped_and_jittered() -> None:
    plain = Backoff(1, 10, 0)
    assert [plain.delay(n) for n in range(6)] == [1, 2, 4, 8, 10, 10]
    jittered = Backoff(1, 10, 0.5, random.Random(3))
    delays = [jittered.delay(2) for _ in range(20)]
    assert all(4 <= d <= 6 for d in delays) and len(set(delays)) > 1
    assert plain.delay(0, retry_after=30) == 30


def test_redirect_within_allowed_hosts_is_followed(mock: respx.MockRouter) -> None:
    final = "https://feeds.bbci.co.uk/news/live/uk-politics-1"
    mock.get(PAGE).respond(301, headers={"Location": final})
    mock.get("https://feeds.bbci.co.uk/robots.txt").respond(404)
    mock.get(final).mock(return_value=html())
    cap = make().fetch(PAGE)
    assert (cap.url, cap.final_url, cap.redirects, cap.status) == (PAGE, final, (PAGE,), 200)


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("https://evil.example.com/x", "not among the allowed hosts"),
        ("ftp://www.bbc.co.uk/x", "only http and https"),
        (PAGE, "redirect loop"),
    ],
)
def test_redirect_policy_refuses(mock: respx.MockRouter, location: str, message: str) -> None:
    mock.get(PAGE).respond(302, headers={"Location": location})
    with pytest.raises(FetchError, match=message):
        make().fetch(PAGE)


def test_the_live_pages_own_host_is_allowed_but_no_other(mock: respx.MockRouter) -> None:
    other = "https://www.theguardian.com/politics/live/2021/may/08/x"
    mock.get("https://www.theguardian.com/robots.txt").respond(404)
    mock.get(other).mock(return_value=html())
    mock.get(other + "/r").respond(302, headers={"Location": "https://www.example.com/x"})
    fetcher = make()
    assert fetcher.fetch(other).status == 200
    with pytest.raises(FetchError, match="www.example.com is not among the allowed hosts"):
        fetcher.fetch(other + "/r")
    with pytest.raises(FetchError, match="only http and https"):
        fetcher.fetch("file:///etc/passwd")


@pytest.mark.parametrize(
    ("content_type", "url", "ok"),
    [
        ("application/pdf", PAGE, False),
        ("application/json", PAGE, False),
        ("application/json", "https://www.bbc.co.uk/wc-data/container/stream?liveTextStreamId=AB&pageNumber=2", True),
        ("application/xhtml+xml", PAGE, True),
    ],
)
def test_content_type(mock: respx.MockRouter, content_type: str, url: str, ok: bool) -> None:
    mock.get(url).respond(200, content=b"{}", headers={"Content-Type": content_type})
    if ok:
        assert make().fetch(url).status == 200
    else:
        with pytest.raises(FetchError, match=f"response is {content_type}, not an HTML page"):
            make().fetch(url)


@pytest.mark.parametrize(
    ("content_type", "body", "charset"),
    [
        ("text/html; charset=ISO-8859-1", "<p>£</p>".encode("latin-1"), "iso8859-1"),
        ("text/html", '<meta charset="windows-1252"><p>£</p>'.encode("cp1252"), "cp1252"),
        ("text/html; charset=utf-8", "<p>£ – café</p>".encode("cp1252"), "cp1252"),  # header lies: not UTF-8
        ("text/html; charset=iso-8859-1", "<p>£ – café</p>".encode(), "utf-8"),  # header lies: really UTF-8
        ("text/html; charset=nonsense", "<p>café</p>".encode(), "utf-8"),
        ("text/html", b"\xef\xbb\xbf<p>x</p>", "utf-8"),
    ],
)
def test_charset_header_then_meta_then_detection(content_type: str, body: bytes, charset: str) -> None:
    assert choose_charset(content_type, body) == charset
    assert "£" in body.decode(charset) or "café" in body.decode(charset) or body.startswith(b"\xef")


def test_charset_reaches_the_capture(mock: respx.MockRouter) -> None:
    mock.get(PAGE).respond(200, content="<p>£</p>".encode("cp1252"), headers={"Content-Type": "text/html"})
    cap = make().fetch(PAGE)
    assert cap.body.decode(cap.charset or "") == "<p>£</p>"


def test_robots_disallow_raises_and_page_is_never_requested(mock: respx.MockRouter) -> None:
    url = "https://www.bbc.co.uk/private/live"
    route = mock.get(url).mock(return_value=html())
    with pytest.raises(RobotsDisallowed, match="robots.txt"):
        make().fetch(url)
    assert route.call_count == 0


def test_robots_read_once_per_host_and_crawl_delay_raises_host_delay(mock: respx.MockRouter) -> None:
    robots = mock.get(ROBOTS).respond(
        200, text="User-agent: *\nCrawl-delay: 5\n", headers={"Content-Type": "text/plain"}
    )
    mock.get(url__startswith=PAGE).mock(return_value=html())
    clock = FakeClock()
    fetcher = make(FetchConfig(min_delay=1, jitter=0), clock)
    for n in range(3):
        fetcher.fetch(f"{PAGE}?page={n}")
    assert robots.call_count == 1
    assert clock.sleeps == [5.0, 5.0, 5.0]  # Crawl-delay counts from the robots.txt request on


ROBOTS_BY_AGENT = """User-agent: MyLab-Crawler
Disallow: /news/live/uk-politics-1/lab-only
Crawl-delay: 7

User-agent: liveblog
Disallow: /news/live/uk-politics-1/liveblog-only

User-agent: *
Crawl-delay: 2
"""


@pytest.mark.parametrize(
    ("user_agent", "refused", "delay"),
    [
        (None, ["/liveblog-only"], None),  # liveblog/<version> (+contact): liveblog's group, which sets no delay
        ("MyLab-Crawler/1.0 (+mailto:lab@example.org)", ["/liveblog-only", "/lab-only"], 7.0),  # both groups
        ("OtherBot/2", ["/liveblog-only"], 2.0),  # liveblog's group, and the one for every other robot
    ],
)
def test_robots_groups_of_the_user_agents_product_token_and_of_liveblog_both_rule(
    mock: respx.MockRouter, user_agent: str | None, refused: list[str], delay: float | None
) -> None:
    """RFC 9309 §2.2.1: the group of the User-Agent's product token; liveblog's own still binds a renamed run."""
    mock.get(ROBOTS).respond(200, text=ROBOTS_BY_AGENT, headers={"Content-Type": "text/plain"})
    mock.get(url__startswith=PAGE).mock(return_value=html())
    clock = FakeClock()
    fetcher = make(FetchConfig(min_delay=0, jitter=0, user_agent=user_agent), clock)
    for tail in ("/liveblog-only", "/lab-only", "/open"):
        if tail in refused:
            with pytest.raises(RobotsDisallowed):
                fetcher.fetch(PAGE + tail)
        else:
            fetcher.fetch(PAGE + tail)
    fetcher.fetch(PAGE + "/open")
    assert set(clock.sleeps) == ({delay} if delay else set())  # the Crawl-delay between requests, if any


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
def test_a_robots_txt_past_the_parsing_limit_is_obeyed_up_to_it_not_refused(
    mock: respx.MockRouter, encoding: str
) -> None:
    """RFC 9309 §2.5: a crawler may stop parsing past a limit of at least 500 KiB; the rules before it stand."""
    from scraper.fetch import ROBOTS_MAX_BODY

    head = "User-agent: *\nDisallow: /private\n"
    padding = "# " + "x" * 97 + "\n"  # 100 bytes a line
    cut = (
        "Disallow: /news/live/uk-politics-1/cut-rule\n"  # across the limit: left out, not cut to "Disallow: /news/live"
    )
    filler = padding * ((ROBOTS_MAX_BODY - len(head) - 20) // 100)
    text = head + filler + " " * (ROBOTS_MAX_BODY - len(head) - len(filler) - 20) + cut + "Disallow: /news/\n"
    body = text.encode()
    headers = {"Content-Type": "text/plain"}
    if encoding == "gzip":
        body, headers = gzip.compress(body), headers | {"Content-Encoding": "gzip"}
    mock.get(ROBOTS).respond(200, content=body, headers=headers)
    mock.get(url__startswith=PAGE).mock(return_value=html())
    fetcher = make()
    assert fetcher.fetch(PAGE + "/cut-rule").status == 200  # past the limit: not a rule
    with pytest.raises(RobotsDisallowed):
        fetcher.fetch("https://www.bbc.co.uk/private/x")  # before the limit: obeyed


def test_robots_404_allows_everything(mock: respx.MockRouter) -> None:
    mock.get(ROBOTS).respond(404)
    mock.get(PAGE + "/private").mock(return_value=html())
    assert make().fetch(PAGE + "/private").status == 200


def test_robots_5xx_fails_the_page(mock: respx.MockRouter) -> None:
    mock.get(ROBOTS).respond(503)
    page = mock.get(PAGE).mock(return_value=html())
    with pytest.raises(FetchError, match="503"):
        make(FetchConfig(min_delay=0, max_tries=2, jitter=0)).fetch(PAGE)
    assert page.call_count == 0


def test_private_addresses_refused_unless_allowed(mock: respx.MockRouter) -> None:
    config = FetchConfig(min_delay=0)
    fetcher = Fetcher(make_client(config), config, clock=FakeClock().clock(), resolve=lambda h, p: ["10.1.2.3"])
    with pytest.raises(FetchError, match="private address .*--allow-private"):
        fetcher.fetch(PAGE)
    for address in ("127.0.0.1", "192.168.0.1", "169.254.1.1", "::1", "::ffff:10.0.0.1", "fc00::1"):
        with pytest.raises(FetchError):
            check_address(f"http://[{address}]/" if ":" in address else f"http://{address}/")
    check_address("http://8.8.8.8/")  # a literal public address needs no lookup
    mock.get(PAGE).mock(return_value=html())
    allowed = FetchConfig(min_delay=0, allow_private=True)
    assert Fetcher(make_client(allowed), allowed, resolve=lambda h, p: ["10.1.2.3"]).fetch(PAGE).status == 200


def test_host_allowed_matches_subdomains_only() -> None:
    assert host_allowed("feeds.bbci.co.uk", ("bbci.co.uk",))
    assert host_allowed("www.bbc.co.uk.", ("bbc.co.uk",))
    assert not host_allowed("notbbc.co.uk", ("bbc.co.uk",))
    assert not host_allowed("bbc.co.uk.evil.com", ("bbc.co.uk",))


def test_throttle_spaces_requests_per_host_on_a_fake_clock() -> None:
    clock = FakeClock()
    throttle = HostThrottle(1.0, clock=clock.clock())
    for host in ("a", "b", "a", "a"):
        with throttle.slot(host):
            clock.t += 0.25  # the request itself takes a quarter second
    assert clock.sleeps == [0.75, 1.0]  # a second after the last request to "a" ended
    throttle.raise_delay("a", 3.0)
    throttle.raise_delay("a", 0.5)  # never lowers
    assert throttle.delay_for("a") == 3.0 and throttle.delay_for("b") == 1.0


def test_config_is_frozen_keyword_only_and_validated() -> None:
    config = FetchConfig()
    assert config.min_delay >= 1 and config.max_body == 20 * 1024 * 1024 and not config.allow_private
    assert "feeds.bbci.co.uk" not in config.allowed_hosts and host_allowed("feeds.bbci.co.uk", config.allowed_hosts)
    with pytest.raises(AttributeError):
        config.min_delay = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        FetchConfig(1.0)  # type: ignore[misc]
    with pytest.raises(UsageError):
        FetchConfig(max_tries=0)
    assert config.but(min_delay=0).min_delay == 0 and config.min_delay == 1.0


def test_fetch_one_keeps_the_parse_command_api(mock: respx.MockRouter) -> None:
    mock.get(PAGE).mock(return_value=html())
    config = FetchConfig(min_delay=0, allow_private=True)
    with httpx.Client() as client:
        cap = fetch_one(PAGE, config, client)
    assert isinstance(cap, Capture)
    assert (cap.body, cap.url, cap.charset) == (HTML.encode(), PAGE, "utf-8") and cap.fetched_at.tzinfo is not None


@pytest.mark.parametrize("url", ["https://www.bbc.co.uk:99999/news", "https://www.bbc.co.uk/news/\x00live"])
def test_malformed_urls_are_fetch_errors_not_httpx_ones(mock: respx.MockRouter, url: str) -> None:
    with pytest.raises(FetchError) as err:
        make().fetch(url)
    assert err.value.source == url
