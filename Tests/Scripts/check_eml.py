#!/usr/bin/env python3
"""Checks Casebook's e-mail releases with Python's own parser (email, policy.default).

Usage: check_eml.py MESSAGE.eml...  Each message's plain-text release (the .txt beside it) is
compared with the message's text part once format=flowed is undone (RFC 3676). Prints one
line per problem and exits 1 when there is any.
"""

import email
import re
import sys
from email import policy


def unflow(text, delsp=False):
    """Joins format=flowed soft line breaks and removes space-stuffing (RFC 3676, section 4)."""
    paragraphs, current = [], None
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        soft = line.endswith(" ") and line != "-- "
        current = line if current is None else current + line
        if not soft:
            paragraphs.append(current)
            current = None
    if current is not None:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def words(text):
    return re.split(r"\s+", text.strip())


def check(path):
    problems = []
    with open(path, "rb") as handle:
        raw = handle.read()
    message = email.message_from_bytes(raw, policy=policy.default)
    for part in message.walk():
        for defect in part.defects:
            problems.append(f"{part.get_content_type()}: defect {defect!r}")
    if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
        problems.append("lines do not all end with CR LF")
    if any(len(line) > 998 for line in raw.split(b"\r\n")):
        problems.append("a line is longer than 998 bytes")
    if message.get("X-Unsent") != "1":
        problems.append("no X-Unsent: 1")
    for name in ("Date", "Subject", "Message-ID", "MIME-Version"):
        if message.get(name) is None:
            problems.append(f"no {name} header")
    if message.get_content_type() != "multipart/alternative":
        problems.append(f"top-level type is {message.get_content_type()}")
    types = [part.get_content_type() for part in message.iter_parts()]
    if types != ["text/plain", "text/html"]:
        problems.append(f"parts are {types}")
        return problems
    plain, html = message.iter_parts()
    if plain.get_param("format") != "flowed" or plain.get_content_charset() != "utf-8":
        problems.append("the text part is not format=flowed UTF-8")
    text = plain.get_content()
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    txt_path = path[: -len(".eml")] + ".txt"
    try:
        with open(txt_path, encoding="utf-8") as handle:
            release = handle.read()
    except FileNotFoundError:
        release = None
    if release is not None:
        if words(unflow(text)) != words(release):
            problems.append("the text part, unflowed, does not say what the .txt says")
        first_line = release.split("\n", 1)[0]
        if not unflow(text).startswith(first_line):
            problems.append("the text part does not start with the release line")
    body = html.get_content()
    for forbidden in ("<script", "<link", "<img", "src=", "url("):
        if forbidden in body.lower():
            problems.append(f"the HTML part contains {forbidden}")
    if "style=" not in body:
        problems.append("the HTML part has no inline style")
    sender = message.get("From")
    if sender is not None and (not sender.addresses or not sender.addresses[0].username):
        problems.append(f"From has no address: {sender!r}")
    subject = str(message["Subject"])
    if not subject or "=?" in subject:
        problems.append(f"subject not decoded: {subject!r}")
    return problems


def main(paths):
    failed = False
    for path in paths:
        for problem in check(path):
            print(f"{path}: {problem}")
            failed = True
    if not failed:
        print(f"{len(paths)} messages parsed with no defects")
    for path in paths if "-v" in sys.argv else []:
        message = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
        print(f"{path}: From: {message['From']} | Subject: {message['Subject']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main([argument for argument in sys.argv[1:] if argument != "-v"]))
