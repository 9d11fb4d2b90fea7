"""Fetch three httpbin URLs concurrently with httpx: requests' API, made async.

requests-async, which the Python tutorial used, is archived; its authors point to httpx.
Usage: python3 httpx_gather.py [BASE_URL]
BASE_URL defaults to a local httpbin (see the README); pass https://httpbin.org for the real one.
"""
# tag::program[]
import asyncio
import sys

import httpx

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
PATHS = ["/uuid", "/user-agent", "/headers"]


# tag::main[]
async def main() -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        responses = await asyncio.gather(*[client.get(BASE_URL + path) for path in PATHS])
    for response in responses:
        print(response.text)


asyncio.run(main())
# end::main[]
# end::program[]
