"""Fetch three httpbin URLs one after another with httpx's blocking calls: the baseline.

httpx.get is requests.get, in a library this guide's Python listings share.
Usage: python3 httpx_loop.py [BASE_URL]
BASE_URL defaults to a local httpbin (see the README); pass https://httpbin.org for the real one.
"""
# tag::program[]
import sys

import httpx

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
PATHS = ["/uuid", "/user-agent", "/headers"]

with httpx.Client(timeout=10) as client:
    for path in PATHS:
        print(client.get(BASE_URL + path).text)  # the next waits for this one
# end::program[]
