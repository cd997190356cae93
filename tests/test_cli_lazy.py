"""`liveblog` loads the harvest commands' modules only when one of them runs or the commands are listed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from archive.cli import LAZY_COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent
HARVEST_MODULES = (
    "archive.cli_harvest",
    "archive.cli_runs",
    "archive.options",
    "archive.settings",
    "archive.watch",
    "scraper.fetch_robots",  # the archive keeps robots.txt copies, but a query never reads them
    "protego",
)


def loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint([m for m in {HARVEST_MODULES!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return eval(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_importing_the_cli_loads_no_harvest_command() -> None:
    assert loaded_after("import archive.cli") == []


def test_a_query_command_loads_no_harvest_command(tmp_path: Path) -> None:
    args = ["posts", "--db", str(tmp_path / "a.sqlite")]
    run = f"from archive.cli import main\ntry:\n    main({args!r})\nexcept SystemExit:\n    pass"
    assert loaded_after(run) == []


def test_every_command_of_the_lazy_modules_is_named_in_lazy_commands() -> None:
    commands = main.all_commands  # type: ignore[attr-defined]
    lazy = {name: cmd.callback.__module__ for name, cmd in commands.items() if cmd.callback.__module__ != "archive.cli"}
    assert lazy == LAZY_COMMANDS


def test_help_lists_and_runs_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in LAZY_COMMANDS:
        assert f"  {name} " in result.output
        assert CliRunner().invoke(main, [name, "--help"]).exit_code == 0


def test_the_cli_loads_neither_the_records_nor_the_html_parser_until_a_page_is_parsed() -> None:
    probe = (
        "import sys\nimport archive.cli\nimport scraper\n"
        "heavy = ('scraper.models', 'scraper.source', 'selectolax', 'selectolax.lexbor')\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "from scraper import Page, parse\n"
        "page = parse(open('fixtures/text/blind3-reader-bare-times-2024.txt', 'rb').read(), entities=False)\n"
        "print(isinstance(page, Page), len(page.posts) > 0, 'scraper.source' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    before, after = out.stdout.strip().splitlines()[-2:]
    assert before == "[]"
    assert after == "True True True"


def test_a_page_whose_posts_carry_their_ids_loads_no_hash_module() -> None:
    """Post ids are hashed only for posts their page gives none (a text copy's); the WebCore page gives each."""
    probe = (
        "import sys\nfrom scraper import parse\n"
        "for name in ('bbc-webcore/derbyshire-2021-page1.html', 'text/blind3-reader-bare-times-2024.txt'):\n"
        "    page = parse(open('fixtures/' + name, 'rb').read(), url=None, entities=False)\n"
        "    print(page.posts[0].post_id.startswith('sha1:'), 'hashlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["False False", "True True"]
