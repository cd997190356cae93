"""The README's scheduling recipes are valid in form, and every `liveblog` subcommand is documented there."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

import pytest

from archive.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CRON_FIELDS = [  # (name, lowest, highest, names allowed)
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day of month", 1, 31, ()),
    ("month", 1, 12, ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
    ("day of week", 0, 7, ("sun", "mon", "tue", "wed", "thu", "fri", "sat")),
]


def blocks(info: str) -> list[str]:
    return re.findall(rf"^```{info}\n(.*?)^```", README, flags=re.M | re.S)


def units() -> dict[str, configparser.ConfigParser]:
    out = {}
    for text in blocks("ini"):
        first = text.splitlines()[0]
        assert first.startswith("# /etc/systemd/system/"), first
        parser = configparser.ConfigParser(strict=False, interpolation=None)
        parser.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys are case-sensitive
        parser.read_string(text)
        out[first.rsplit("/", 1)[1]] = parser
    return out


def cron_field_ok(field: str, low: int, high: int, names: tuple[str, ...]) -> bool:
    def value(v: str) -> int | None:
        if v.lower() in names:
            return names.index(v.lower()) + low
        return int(v) if v.isdigit() and low <= int(v) <= high else None

    for part in field.split(","):
        span, _, step = part.partition("/")
        if step and not (step.isdigit() and int(step) > 0):
            return False
        if span == "*":
            continue
        ends = span.split("-")
        if len(ends) > 2 or any(value(e) is None for e in ends):
            return False
    return True


def test_crontab_line_has_five_valid_schedule_fields_and_a_liveblog_command() -> None:
    (block,) = blocks("crontab")
    lines = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
    assert len(lines) == 1
    parts = lines[0].split(None, 5)
    assert len(parts) == 6, "five schedule fields and a command"
    for field, (name, low, high, names) in zip(parts[:5], CRON_FIELDS, strict=True):
        assert cron_field_ok(field, low, high, names), f"{name} field {field!r}"
    command = parts[5]
    assert "%" not in command  # cron turns an unescaped % into a newline
    assert re.search(r"\bliveblog harvest --config \S+", command)
    assert re.search(r">>\s*\S+\s+2>&1$", command), "output appended to a log"


@pytest.mark.parametrize(
    ("field", "ok"),
    [("*/5", True), ("0-59/15", True), ("1,15,30", True), ("60", False), ("*/0", False), ("5-", False), ("x", False)],
)
def test_cron_field_check_itself(field: str, ok: bool) -> None:
    assert cron_field_ok(field, 0, 59, ()) is ok


def test_systemd_units_parse_with_the_required_keys() -> None:
    found = units()
    assert set(found) >= {"liveblog-harvest.service", "liveblog-harvest.timer", "liveblog-watch.service"}
    for name, unit in found.items():
        assert unit.has_section("Unit") and unit["Unit"].get("Description"), name
        if name.endswith(".service"):
            exec_start = unit["Service"]["ExecStart"]
            assert exec_start.startswith("/") and re.search(r"/liveblog (harvest|watch) ", exec_start), name
    assert found["liveblog-harvest.service"]["Service"]["Type"] == "oneshot"
    timer = found["liveblog-harvest.timer"]
    assert timer["Timer"].get("OnCalendar") or timer["Timer"].get("OnUnitActiveSec")
    assert timer["Install"]["WantedBy"] == "timers.target"
    assert found["liveblog-watch.service"]["Install"]["WantedBy"] == "multi-user.target"


def test_every_subcommand_is_in_the_readme() -> None:
    missing = [name for name in main.all_commands if not re.search(rf"\bliveblog {name}\b", README)]
    assert not missing, f"subcommands missing from README.md: {missing}"


def readme_invocations() -> list[list[str]]:
    """The liveblog command lines of the crontab block and the units' ExecStart, as argument lists."""
    import shlex

    (block,) = blocks("crontab")
    commands = [line.split(None, 5)[5] for line in block.splitlines() if line.strip() and not line.startswith("#")]
    commands += [unit["Service"]["ExecStart"] for unit in units().values() if unit.has_section("Service")]
    out = []
    for command in commands:
        words = shlex.split(command.split(">>")[0].split("&&")[-1])
        out.append(words[1:])  # after the liveblog executable
    return out


def test_readme_scheduled_commands_parse_with_the_real_cli() -> None:
    invocations = readme_invocations()
    assert len(invocations) == 3
    for args in invocations:
        command = main.all_commands[args[0]]
        with command.make_context(args[0], args[1:]) as ctx:  # raises on an unknown option or a bad value
            assert ctx.params.get("config") or ctx.params.get("urls"), args
