"""perf29: Cloudflare's hidden addresses are still written back when looked for by their longer spellings."""

from scraper.source import decode


def test_cloudflare_addresses_are_written_back_by_either_spelling() -> None:
    hidden = "0b" + bytes(b ^ 0x0B for b in b"desk@paper.example").hex()
    span = f'<p>Mail <span class="__cf_email__" data-cfemail="{hidden}">[email protected]</span>.</p>'
    link = f'<p><a href="/cdn-cgi/l/email-protection#{hidden}">the desk</a></p>'
    assert "desk@paper.example" in decode(f"<html><body>{span}</body></html>")
    assert 'href="mailto:desk@paper.example"' in decode(f"<html><body>{link}</body></html>")
