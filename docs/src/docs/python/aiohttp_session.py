"""Fetch three httpbin URLs in one aiohttp session, its limits and timeouts spelled out.

Usage: python3 aiohttp_session.py [BASE_URL]
BASE_URL defaults to a local httpbin (see the README); pass https://httpbin.org for the real one.
"""
import asyncio
import sys

import aiohttp

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
PATHS = ["/uuid", "/user-agent", "/headers"]


# tag::fetch[]
async def fetch(session: aiohttp.ClientSession, path: str) -> str:
    async with session.get(path) as response:
        return await response.text()
# end::fetch[]


# tag::main[]
async def main() -> None:
    async with aiohttp.ClientSession(
        BASE_URL,
        connector=aiohttp.TCPConnector(limit=100),
        timeout=aiohttp.ClientTimeout(total=10),
    ) as session:
        tasks = [asyncio.create_task(fetch(session, path)) for path in PATHS]
        bodies = await asyncio.gather(*tasks)
    for body in bodies:
        print(body)


asyncio.run(main())
# end::main[]
