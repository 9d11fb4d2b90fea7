"""Fetch three httpbin URLs concurrently with aiohttp, in today's asyncio.

Usage: python3 aiohttp_gather.py [BASE_URL]
BASE_URL defaults to a local httpbin (see the README); pass https://httpbin.org for the real one.
"""
# tag::program[]
import asyncio
import sys

import aiohttp

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
PATHS = ["/uuid", "/user-agent", "/headers"]


# tag::fetch[]
async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url) as response:
        return await response.text()
# end::fetch[]


# tag::main[]
async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        tasks = [asyncio.create_task(fetch(session, BASE_URL + path)) for path in PATHS]
        bodies = await asyncio.gather(*tasks)
    for body in bodies:
        print(body)


asyncio.run(main())
# end::main[]
# end::program[]
