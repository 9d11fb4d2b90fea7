"""The first-run job's reference: the Python tutorial's aiohttp program, run as a reader runs it.

Usage: python3 aiohttp_first_run.py RUNS BASE_URL [PATH COUNT]

With BASE_URL alone it fetches /uuid, /user-agent and /headers at once, as the tutorial's
program does, and prints each body; with PATH and COUNT it fetches PATH COUNT times, all in
flight at once, and prints nothing but failures. The last line is: done: <ok> ok, <failed> failed.
RUNS 1 is a first run. With RUNS > 1 the same process runs it again and again, one run to warm
and the others counted, each printed as: run seconds=S ok=N failed=N rss=-1 threads=-1 sockets=-1.
"""
import asyncio
import sys
import time

import aiohttp

THE_THREE = ["/uuid", "/user-agent", "/headers"]


async def fetch(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.text()


async def gather(base_url, paths):
    timeout = aiohttp.ClientTimeout(total=10)
    connector = aiohttp.TCPConnector(limit=len(paths))
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        tasks = [asyncio.create_task(fetch(session, base_url + path)) for path in paths]
        return await asyncio.gather(*tasks, return_exceptions=True)


async def first_run(base_url, paths, quiet):
    bodies = await gather(base_url, paths)
    failed = [body for body in bodies if isinstance(body, BaseException)]
    for body in bodies:
        if isinstance(body, BaseException):
            print("FAILED:", repr(body))
        elif not quiet:
            print(body)
    print("done: %d ok, %d failed" % (len(bodies) - len(failed), len(failed)))
    return 1 if failed else 0


async def again(base_url, paths, runs):
    for run in range(runs):
        start = time.perf_counter()
        bodies = await gather(base_url, paths)
        seconds = time.perf_counter() - start
        failed = sum(1 for body in bodies if isinstance(body, BaseException))
        if run > 0:
            print("run seconds=%.6f ok=%d failed=%d rss=-1 threads=-1 sockets=-1"
                  % (seconds, len(bodies) - failed, failed), flush=True)
    return 0


def main(args):
    if len(args) not in (2, 4) or not args[0].isdigit() or int(args[0]) < 1:
        print("aiohttp_first_run: usage: " + __doc__.splitlines()[2].split(": ", 1)[1], file=sys.stderr)
        return 2
    runs, base_url = int(args[0]), args[1].rstrip("/")
    paths = THE_THREE if len(args) == 2 else [args[2]] * int(args[3])
    if runs == 1:
        return asyncio.run(first_run(base_url, paths, quiet=len(args) == 4))
    return asyncio.run(again(base_url, paths, runs))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
