"""The values the fuzz tests type on purpose, besides arbitrary unicode: markup
carrying the marker MARKER, SQL, spreadsheet formulas, control and layout
characters, odd numbers, dates, times, addresses, postcodes, phone numbers and
headers."""

# Every piece of markup below carries this marker, so a raw copy of it in a
# page can only have come from the input.
MARKER = "x9q"
INJECTIONS = (
    f"<script>{MARKER}</script>",
    f'"><img src=x onerror={MARKER}>',
    f"'><svg onload={MARKER}>",
    f"</textarea><{MARKER}>",
    f"</title><script>{MARKER}</script>",
    f'" autofocus onfocus="{MARKER}',
    f"' onmouseover='{MARKER}",
    f"<a href=javascript:{MARKER}>x</a>",
    f"<!--{MARKER}--><![CDATA[{MARKER}]]>",
    # Template syntax must stay text.
    f"{{{{ {MARKER} }}}}{{% {MARKER} %}}",
)
# What an unescaped copy of the injections looks like in HTML: any of these in
# a page means the input was written into it as markup.
RAW_MARKUP = tuple(
    payload
    for payload in INJECTIONS
    if any(char in payload for char in "<>\"'") and "{" not in payload
)
SQLISH = (
    "' OR '1'='1",
    "'; DROP TABLE intake_request; --",
    '" OR ""="',
    "1) OR (1=1",
    "%' AND 1=1 --",
    "\\'; --",
    "%_%",
    "NULL",
    "None",
)
FORMULAS = (
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("https://example.org","x")',
    "+1+1",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
)
ODDITIES = (
    "\x00",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x7f",
    "\u0085",
    "\u200b",
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u0301",  # a lone combining mark
    "\U0001f600",
    "\r\n",
    "\r",
    "Z\u0334\u0321a\u0336l\u0337g\u0334o",
    "\uffff",
    "\U0010ffff",
)
WHITESPACE = (" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000")
TARGETED = INJECTIONS + SQLISH + FORMULAS + ODDITIES

NUMBERS = (
    "0",
    "-0",
    "-1",
    "-0,01",
    "1e3",
    "1E-2",
    "1e999999",
    "NaN",
    "-Infinity",
    "inf",
    "0x1F",
    "1_000",
    "1.000",
    "1.000,50",
    "12.500,5",
    "1,5",
    "1.5",
    "0,25",
    "0.001",
    ",5",
    "5.",
    "--1",
    "+1",
    "1/2",
    "€ 4,80",
    "4,80 €",
    "€",
    "\u0661\u0662",  # Arabic-Indic digits
    "\uff11\uff12",  # full-width digits
    "\u2165",  # Roman numeral six
    "2\u2075",
    "99999999999999999999999999",
    "-99999999999999999999999999",
    "9999,99",
    "10000",
    "24,25",
    "1 000",
)
DATES = (
    "31-02-2026",
    "29-02-2025",
    "29-02-2024",
    "0000-00-00",
    "00-00-0000",
    "32-01-2026",
    "01-13-2026",
    "9999-12-31",
    "31-12-9999",
    "01-01-0001",
    "01-01-0000",
    "1-1-1",
    "2026-02-31",
    "15/03/2026",
    "15.03.2026",
    "15 03 2026",
    "2026-03-15T10:00:00",
    "15-03-2026 25:61",
    "15-03-99999",
    "-1-01-2026",
    "gisteren",
    "\uff11\uff15-03-2026",
)
TIMES = (
    "24:00",
    "25:61",
    "12:60",
    "-1:00",
    "14:30:99",
    "2026-03-15 14:30",
    "15-03-2026 14:30",
    "2026-03-15T14:30:00+99:00",
    "2026-02-31 10:00",
    "0000-00-00 00:00",
)
EMAILS = (
    "a@b",
    "@example.org",
    "a@",
    "a@@example.org",
    '"a b"@example.org',
    "a@example.org\n",
    "a@example.org\r\nBcc: x@example.org",
    "a@example.org%0ABcc:x@example.org",
    "a@ex\u00e4mple.org",
    "\u00e4@example.org",
    "a@[127.0.0.1]",
    "a" * 300 + "@example.org",
    "a@example.org, b@example.org",
    "a@example..org",
    f"<{MARKER}>@example.org",
    f"{MARKER}@example.org<script>",
    "A@EXAMPLE.ORG",
    " a@example.org ",
)
# Addresses that look odd but that Django takes, so they reach the mails.
VALID_EMAILS = (
    '"\x01"@example.org',
    f'"<{MARKER}>"@example.org',
    '"a\\"b"@example.org',
    "a@[127.0.0.1]",
    "a@ex\u00e4mple.org",
    "A.B+c@Example.ORG",
    "o'reilly@example.org",
)
POSTCODES = (
    "1315 AB",
    "1315ab",
    "1300 AA",
    "1364 ZZ",
    "1299 ZZ",
    "1365 AA",
    "0315 AB",
    "9999 XX",
    "1315 A",
    "1315 ABC",
    "13 15 AB",
    "\u0661\u0663\u0661\u0665 AB",
    "\uff11\uff13\uff11\uff15 AB",
    "1315 \u0391B",
)
PHONES = (
    "06 12345678",
    "0612345678",
    "+31 6 12345678",
    "0031612345678",
    "036 1234567",
    "06-1234-5678",
    "(036) 123 45 67",
    "06 1234567",
    "06 123456789",
    "112",
    "+1 202 555 0100",
    "0900-1234",
    "\u0660\u0666 12345678",
    "06\u00a012345678",
    "tel:0612345678",
)

# What a browser, a proxy or a robot puts in the headers; WSGI gives them as
# Latin-1 text.
HOSTS = (
    "testserver",
    "testserver:80",
    "testserver:0",
    "testserver:99999999999999999999",
    "TESTSERVER",
    "testserver.",
    "localhost:8000",
    "evil.example.org",
    "testserver:abc",
    "[::1]",
    "",
)
LANGUAGES = ("nl", "en-US,en;q=0.5", "*", "xx-YY", "nl;q=abc", ";;;", "de-DE-1996")
