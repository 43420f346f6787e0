#!/usr/bin/env python3
"""Writes the seed corpora (corpus/<target>/) and dictionaries (<target>.dict)
of the fuzz targets from tests/fixtures and the API documents in
../shared/seeds (the JSON they hold). Rerun after changing either; the
output is committed. Usage: tests/fuzz/makeseeds.py [API-documents-dir]"""

import base64
import hashlib
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
DOCS = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"

domain = json.loads((FIXTURES / "twilio_sip_domain.json").read_text())
endpoint = json.loads((FIXTURES / "signalwire_sip_endpoint.json").read_text())
cli_config = (FIXTURES / "twilio-cli-config.json").read_bytes()


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def pretty(value):
    return json.dumps(value, indent=2, ensure_ascii=False).encode()


def doc_json():
    """Every JSON object or array of at least 20 bytes in the API documents."""
    found = []
    decoder = json.JSONDecoder()
    for path in sorted(DOCS.glob("*")) if DOCS.is_dir() else []:
        text = path.read_text(errors="replace")
        text = re.sub(r"<[^>]+>", "", text).replace("&quot;", '"').replace("&amp;", "&")
        text = text.replace("&lt;", "<").replace("&gt;", ">")
        i = 0
        while i < len(text):
            if text[i] in "{[":
                try:
                    value, end = decoder.raw_decode(text, i)
                except ValueError:
                    i += 1
                    continue
                if end - i >= 20:
                    found.append(value)
                i = end
            else:
                i += 1
    return found


def keys_of(value, into):
    if isinstance(value, dict):
        for key, item in value.items():
            into.add(key)
            keys_of(item, into)
    elif isinstance(value, list):
        for item in value:
            keys_of(item, into)
    return into


documents = doc_json()
seeds = {}


def add(target, data):
    seeds.setdefault(target, []).append(data if isinstance(data, bytes) else data.encode())


# List pages.
twilio_next = ("/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/SIP/Domains.json"
               "?PageSize=1&Page=1&PageToken=PASDXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
twilio_page = {"domains": [domain], "next_page_uri": twilio_next, "page": 0, "page_size": 1,
               "first_page_uri": twilio_next, "previous_page_uri": None, "start": 0, "end": 0,
               "uri": twilio_next}
add("twilio_page", compact(twilio_page))
add("twilio_page", pretty(dict(twilio_page, next_page_uri=None)))
add("twilio_page", compact({"domains": [], "next_page_uri": None}))
add("twilio_page", compact({"domains": [domain, 1, None, {}], "next_page_uri": "/next\\\"page"}))
sw_next = "/api/relay/rest/endpoints/sip?page_number=1&page_size=1&page_token=PA0001"
sw_page = {"links": {"self": sw_next, "first": sw_next, "next": sw_next}, "data": [endpoint]}
add("signalwire_page", compact(sw_page))
add("signalwire_page", pretty({"links": {"self": sw_next}, "data": [endpoint, endpoint]}))
add("signalwire_page", compact({"data": [], "links": {"next": None}}))
add("signalwire_page", compact({"data": [{"id": 1}, "x"]}))
for document in documents:
    add("twilio_page", compact({"domains": [document], "next_page_uri": None}))
    add("signalwire_page", compact({"data": [document], "links": {}}))

# Records.
add("records", pretty(domain))
add("records", pretty(endpoint))
add("records", compact(dict(domain, **endpoint)))
add("records", compact({key: None for key in list(domain) + list(endpoint)}))
for document in documents:
    if isinstance(document, dict):
        add("records", compact(document))

# Error bodies.
add("twilio_error", compact({"code": 21232, "message": "DomainName is already in use",
                             "more_info": "https://www.twilio.com/docs/errors/21232",
                             "status": 400}))
add("twilio_error", compact({"code": 21201, "message": "Invalid 'VoiceUrl': ftp://x",
                             "more_info": "http://evil.example/twilio.com", "status": 400}))
add("twilio_error", compact({"code": 20003, "message": "Authenticate\u202e\u0007",
                             "more_info": "https://user@twilio.com.evil.example/", "status": 401}))
add("twilio_error", pretty({"message": "The requested resource was not found", "status": 404}))
add("signalwire_error", compact({"errors": [{"type": "validation_error",
                                            "code": "invalid_parameter",
                                            "message": "Username is already taken",
                                            "attribute": "username",
                                            "url": "https://developer.signalwire.com/rest/overview/error-codes#http_422"}]}))
add("signalwire_error", compact({"errors": [{"detail": "codecs contains an unknown codec",
                                            "code": 422, "url": "https://signalwire.com.evil/"}]}))
add("signalwire_error", compact({"error": "Unauthorized"}))
add("signalwire_error", compact({"errors": [{"message": "caller_id is too long"},
                                            {"detail": "password is required"}]}))

# The next-link peek: key line, then a body.
add("peek_string_value", b"next_page_uri\n" + compact(twilio_page))
add("peek_string_value", b"next\n" + compact(sw_page))
add("peek_string_value", b'next\n{"links":{"next":"a\\"b\\\\c\\u00e9"}}')
add("peek_string_value", b'next_page_uri\n{"next_page_uri": null}')

# Retry-After.
for value in ["1", "120", "0", "-1", "  7  ", "9223372039854785",
              "Sun, 06 Nov 1994 08:49:37 GMT", "Sun, 29 Nov 2026 12:00:10 GMT",
              "Sun, 29 Nov 2026 12:00:10 +0000", "Mon, 30 Nov 2026 12:00:00 +0100"]:
    add("retry_after", value)

# Addresses.
for value in ["https://api.twilio.com", "https://api.dublin.ie1.twilio.com/2010-04-01",
              "http://127.0.0.1:8080/api/relay/rest", "http://localhost:1", "http://[::1]:80/",
              "http://127.0.0.2/", "https://user:pw@api.twilio.com", "ftp://example.com",
              "http://example.com", "HTTP://LOCALHOST", "https://sandbox.signalwire.com",
              "http://0x7f.1/", "http://[::ffff:127.0.0.1]/"]:
    add("url_problem", value)

# Service text and help links.
for value in ["The requested resource was not found",
              "Zo\u00eb \u202eevil\u202c \u0007bell\r\nnext line" + " long" * 100,
              "https://www.twilio.com/docs/errors/21232",
              "https://developer.signalwire.com/rest/overview/error-codes",
              "https://twilio.com.evil.example/", "http://www.twilio.com/docs",
              "https://user:pw@www.twilio.com/", "https://TWILIO.COM./x"]:
    add("api_error_text", value)

# The Twilio CLI configuration.
add("twilio_cli_config", cli_config)
add("twilio_cli_config", compact({"profiles": {"x": {"accountSid": 1, "authToken": None}},
                                  "projects": [{"id": "old"}], "edge": 7}))
add("twilio_cli_config", compact({"edge": "sydney", "profiles": []}))

# CSV fields.
for value in ["Scranton Office", "Scranton, PA", "say \"hi\"", "=HYPERLINK(\"x\")", "+15551234567",
              "-1", "@SUM(A1)", "\tTab", "\rCR", "line\nbreak", "Zo\u00eb \u6771\u4eac", ""]:
    add("csv_field", value)

# The detail pane: title line, then a record.
add("detail_html", b"Scranton Office\n" + pretty(domain))
add("detail_html", b"alice\n" + pretty(endpoint))
add("detail_html", b"<b>bold</b>\n" + compact({"<script>": "<img src=x>", "a_sid_url": [1, True, None,
                                                {"x_y": "<\n>"}]}))

# The sandbox request path: HTTP requests, "##" between them. The SIDs and
# ids are those of the fuzz target's demo data (3 records each, the default
# seed); SIPDESK_FUZZ_VERBOSE=1 shows what each request got.
twilio_auth = base64.b64encode(b"ACa1b2c3d4e5f60718293a4b5c6d7e8f90:0badc0ffee0badc0ffee0badc0ffee00")
sw_auth = base64.b64encode(b"8f1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f:"
                           b"PTsandbox0demo0token0not0a0real0secret000000000000")
domains = "/2010-04-01/Accounts/ACa1b2c3d4e5f60718293a4b5c6d7e8f90/SIP/Domains"
sw = "/api/relay/rest/endpoints/sip"


def http(method, target, auth=None, body=b"", content_type=None, extra=""):
    head = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
    if auth:
        head += f"Authorization: Basic {auth.decode()}\r\n"
    if content_type:
        head += f"Content-Type: {content_type}\r\n"
    head += extra
    head += f"Content-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


form = "application/x-www-form-urlencoded"
requests = [
    http("GET", domains + ".json?PageSize=2", twilio_auth),
    http("GET", domains + ".json?PageSize=1&Page=1&PageToken=PASD00000000000000000000000000000001",
         twilio_auth),
    http("POST", domains + ".json", twilio_auth,
         b"DomainName=fuzz-one.sip.twilio.com&FriendlyName=Fuzz%20One&VoiceUrl=https%3A%2F%2Fexample.com"
         b"&SipRegistration=true&VoiceMethod=POST", form),
    http("GET", domains + "/SD4016fab78fc376b14078e67cd71af077.json", twilio_auth),
    http("POST", domains + "/SDa452a7388ca9c39f72c8951b1889907d.json", twilio_auth,
         b"FriendlyName=Renamed&VoiceFallbackUrl=&Secure=false", form),
    http("DELETE", domains + "/SDa9744a43d742a74a2d7f390271ae5606.json", twilio_auth),
    http("GET", domains + "/SD00000000000000000000000000000000.json", twilio_auth),
    http("GET", sw + "?page_size=2&filter_username=alice", sw_auth),
    http("POST", sw, sw_auth, compact({"username": "fuzzer", "password": "Secret123!",
                                       "codecs": ["PCMU", "OPUS@48000h@20i"],
                                       "ciphers": ["AEAD_AES_256_GCM_8"], "encryption": "optional",
                                       "call_handler": "laml_webhooks",
                                       "call_request_url": "https://example.com/laml",
                                       "call_fallback_url": "https://example.com/fallback",
                                       "call_status_callback_url": "https://example.com/status"}),
         "application/json"),
    http("PUT", sw + "/1645e539-eb03-44ea-86b3-e10daeee6cc7", sw_auth,
         compact({"caller_id": "Alice", "codecs": ["PCMU"], "call_handler": "relay_context",
                  "call_relay_context": "office",
                  "call_relay_context_status_callback_url": "https://example.com/s"}),
         "application/json"),
    http("GET", sw + "/275eca8c-05b2-433d-9143-068701a86b77", sw_auth),
    http("DELETE", sw + "/9513dac9-ddb8-4132-9b99-d8e6b5f8c46d", sw_auth),
    http("GET", "/__sandbox/faults", extra="X-Sandbox-Control-Token: TOKEN\r\n"),
    http("POST", "/__sandbox/faults",
         body=compact({"latency_ms": 0, "faults": [{"kind": "rate_limit", "rate": 1, "count": 1,
                                                    "retry_after": 2, "method": "GET",
                                                    "path": "/SIP/Domains"}]}),
         content_type="application/json", extra="X-Sandbox-Control-Token: TOKEN\r\n"),
    http("GET", "/__sandbox/requests", extra="X-Sandbox-Control-Token: TOKEN\r\n"),
    http("GET", "/nowhere"),
]
for request in requests:
    add("sandbox_request", request)
add("sandbox_request", b"\n##\n".join([requests[2], requests[0], requests[8], requests[7], requests[9]]))
add("sandbox_request", b"\n##\n".join([requests[13], requests[0], requests[0], requests[14]]))

# Fault plans.
kinds = ["rate_limit", "server_error", "bad_gateway", "unavailable", "gateway_timeout",
         "close_mid_body", "truncated_json", "invalid_json", "wrong_content_type",
         "never_respond", "close_before_answer"]
add("sandbox_faultplan", compact({"latency_ms": 5, "faults": [
    {"kind": kind, "rate": 0.5, "count": 2, "retry_after": 1, "method": "get", "path": "/SIP"}
    for kind in kinds]}))
add("sandbox_faultplan", compact({"faults": [{"kind": "rate_limit", "retry_after": -1}]}))
add("sandbox_faultplan", compact({"latency_ms": -1}))
add("sandbox_faultplan", compact({"faults": [{"kind": "nope"}]}))

# Dictionaries: the JSON keys each target's parser reads, and its tokens.
json_keys = keys_of(domain, set()) | keys_of(endpoint, set())
page_keys = {"domains", "next_page_uri", "data", "links", "next", "self", "first", "page",
             "page_size", "uri", "first_page_uri", "previous_page_uri", "start", "end"}
error_keys = {"code", "message", "more_info", "status", "error", "errors", "detail",
              "attribute", "url", "type"}
cli_keys = {"profiles", "projects", "edge", "accountSid", "authToken", "apiKey", "apiSecret",
            "region", "email", "prompts"}
plan_keys = {"latency_ms", "faults", "kind", "rate", "count", "retry_after", "method", "path"}
json_tokens = ['{', '}', '[', ']', ':', ',', 'null', 'true', 'false', '""', '\\u0000', '\\"']
doc_keys = set()
for document in documents:
    keys_of(document, doc_keys)


def entry(token):
    """One libFuzzer dictionary line: the token's UTF-8 bytes, quoted."""
    out = ""
    for byte in token.encode():
        char = chr(byte)
        if char in '"\\':
            out += "\\" + char
        elif 0x20 <= byte < 0x7f:
            out += char
        else:
            out += "\\x%02X" % byte
    return '"%s"' % out


def json_dict(keys, extra=()):
    tokens = ['"%s"' % key for key in sorted(keys) if len(key) < 60 and '"' not in key]
    return "\n".join(entry(token) for token in tokens + json_tokens + list(extra)) + "\n"


def plain_dict(tokens):
    return "\n".join(entry(token) for token in tokens) + "\n"


dicts = {
    "twilio_page": json_dict(json_keys | page_keys | doc_keys),
    "signalwire_page": json_dict(json_keys | page_keys | doc_keys),
    "records": json_dict(json_keys | doc_keys, ["Mon, 20 Jul 2015 17:27:10 +0000"]),
    "twilio_error": json_dict(error_keys, ["twilio.com", "https://www.twilio.com/", "DomainName",
                                           "VoiceUrl", "parameter ", "'FriendlyName'", "21232"]),
    "signalwire_error": json_dict(error_keys | json_keys,
                                  ["signalwire.com", "https://developer.signalwire.com/"]),
    "peek_string_value": json_dict(page_keys, ["next_page_uri\n", "next\n"]),
    "twilio_cli_config": json_dict(cli_keys, ["AC", "SK", "us1", "ie1", "sydney"]),
    "detail_html": json_dict(json_keys, ["<", ">", "&", "_sid", "_url", "\n"]),
    "sandbox_faultplan": json_dict(plan_keys, kinds),
    "retry_after": plain_dict(["GMT", "+0000", "Sun, ", "Nov ", "2026 ", "12:00:00 ", "-", " "]),
    "url_problem": plain_dict(["http://", "https://", "localhost", "127.0.0.1", "[::1]", "@", ":",
                               "/", "%", "[", "]", "::ffff:", "0x7f"]),
    "api_error_text": plain_dict(["https://", "twilio.com", "signalwire.com", "\u202e", "\u200b",
                                  "@", "."]),
    "csv_field": plain_dict(["=", "+", "-", "@", "\t", "\r", "\n", ",", "\""]),
    "sandbox_request": plain_dict([
        "GET ", "POST ", "PUT ", "DELETE ", "PATCH ", " HTTP/1.1\r\n", "\r\n", "\r\n\r\n",
        "\n##\n", "Host: 127.0.0.1:8080\r\n", "Content-Type: application/json\r\n",
        "Content-Type: " + form + "\r\n", "X-Sandbox-Control-Token: TOKEN\r\n",
        "Authorization: Basic " + twilio_auth.decode() + "\r\n",
        "Authorization: Basic " + sw_auth.decode() + "\r\n", "Content-Length: ",
        "Transfer-Encoding: chunked\r\n", domains, domains + ".json", sw, "/__sandbox/faults",
        "/__sandbox/requests", "?", "&", "=", "%20", "PageSize=", "Page=", "PageToken=",
        "page_size=", "page_token=", "page_number=", "filter_username=", "filter_caller_id=",
        "DomainName=", "FriendlyName=", "VoiceUrl=", "SipRegistration=true", "\"username\":",
        "\"codecs\":", "\"call_handler\":", "\"encryption\":"] + kinds),
}

for target, data in seeds.items():
    directory = HERE / "corpus" / target
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.iterdir():
        old.unlink()
    for item in data:
        (directory / hashlib.sha1(item).hexdigest()).write_bytes(item)
for target, text in dicts.items():
    (HERE / f"{target}.dict").write_text(text)
print(f"{sum(len(v) for v in seeds.values())} seeds for {len(seeds)} targets, "
      f"{len(documents)} JSON values from the API documents")
