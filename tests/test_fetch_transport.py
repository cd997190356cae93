"""`make_client`'s transport: the TLS context waits for the first https:// request; a proxy in the environment
gets httpx's own transport."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from localserver import LocalHTTPServer, serve

from scraper.config import FetchConfig
from scraper.fetch import SchemeTransport, make_client


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    yield from serve()


def test_an_http_fetch_builds_no_tls_transport(server: LocalHTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    server.routes["/page"] = lambda h: h.send_simple(200, b"<p>hi</p>")  # type: ignore[assignment]
    transport = SchemeTransport(http2=True)
    with httpx.Client(transport=transport) as client:
        assert client.get(server.url("/page")).status_code == 200
        assert transport.schemes == ("http",)
        assert client.get(server.url("/page")).status_code == 200
        assert transport.schemes == ("http",)  # made once, pooled


def test_the_https_transport_is_httpxs_own(monkeypatch: pytest.MonkeyPatch) -> None:
    transport = SchemeTransport(http2=True)
    made = transport._for("https")
    pool = made._pool
    assert pool._http2 and pool._ssl_context is not None
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED" and pool._ssl_context.check_hostname
    assert transport.schemes == ("https",)


def test_make_client_leaves_a_proxy_from_the_environment_to_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    with make_client(FetchConfig()) as client:
        assert not isinstance(client._transport, SchemeTransport)
        assert any(t is not None for t in client._mounts.values())
    monkeypatch.delenv("HTTPS_PROXY")
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    with make_client(FetchConfig()) as client:
        assert isinstance(client._transport, SchemeTransport)
