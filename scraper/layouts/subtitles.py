"""A programme's subtitle file (SRT) saved as text: numbered cues of one or two lines under a timecode.

    12
    00:06:10,120 --> 00:06:13,400
    <font color="#ffff00">- Gemma, what's happening?</font>
    <font color="#ffff00">- Alex, it is very tight.</font>

A subtitle file has no posts: no headlines, bylines or times of day (its timecodes count from the programme's start),
so the programme is one untitled post. Its body is what was said, a paragraph to each speaker's turn: subtitlers
mark a new speaker with a '- ' opening a line, or with a colour of their own; a sound described in capitals in
brackets ('(CHEERING)', '[MUSIC]') is no one's words. Cue numbers, timecodes and styling tags are not text.
"""

from __future__ import annotations

import re

_CUE_NUMBER = re.compile(r"^\d{1,6}$")
_TIMECODE = re.compile(r"^\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]+-->[ \t]+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}(?:[ \t].*)?$")
_COLOUR = re.compile(r"<font\b[^>]*\bcolor\s*=\s*[\"']?([#\w]+)", re.I)
_TAG = re.compile(r"</?(?:font|i|b|u|c)\b[^>]*>|\{\\an?\d+\}", re.I)
_SOUND = re.compile(r"^[(\[][A-Z][A-Z0-9 '’,.&-]*[)\]]$")


def looks_like(text: str) -> bool:
    """Whether the text opens on a cue (a number, then a timecode line) and holds more cues after it."""
    head = [line.strip() for line in text.lstrip("\ufeff").splitlines()[:8] if line.strip()]
    return (
        len(head) >= 2
        and _CUE_NUMBER.match(head[0]) is not None
        and _TIMECODE.match(head[1]) is not None
        and len(re.findall(r"-->", text[:4000])) >= 2
    )


def _cue_lines(text: str) -> list[tuple[str, str]]:
    """Each subtitle line as (its colour, its text without tags), cue numbers and timecodes left out; a blank
    line (between cues) as ('', '')."""
    out: list[tuple[str, str]] = []
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if _TIMECODE.match(line) or (_CUE_NUMBER.match(line) and (not out or out[-1] == ("", ""))):
            continue
        colour = m.group(1).lower() if (m := _COLOUR.search(line)) else ""
        out.append((colour, " ".join(_TAG.sub("", line).split())))
    return out


def turns(text: str) -> list[str]:
    """What was said, one paragraph to each speaker's turn: lines run on across cues until a line opens on '- ',
    the speaker's colour changes or a sound is described (the description itself is left out)."""
    out: list[str] = []
    colour: str | None = None  # the colour of the turn being read; None: no turn open
    for shade, line in _cue_lines(text):
        if not line:
            continue
        if _SOUND.match(line):
            colour = None
            continue
        if colour is None or shade != colour or line.startswith("- "):
            out.append(line)
        else:
            out[-1] += " " + line
        colour = shade
    return out
