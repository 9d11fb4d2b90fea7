"""The benchmark's reference row: the Python tutorial's aiohttp program on the Java steps' jobs.

Usage: python3 aiohttp_bench.py URL REQUESTS LIMIT WARMUP_SECONDS RUNS

One ClientSession, one task per URL, asyncio.gather; a semaphore keeps at most LIMIT requests in
flight, as the Java steps' Batch does. Warms up by time until three runs in a row agree within
10% (the rule of Warmup.java), then prints one line per counted run in the Java client's format:
run seconds=S ok=N failed=N rss=BYTES threads=N sockets=N (rss, threads, sockets: peaks so far).
"""
import asyncio
import os
import sys
import time

import aiohttp

SAMPLE_SECONDS = 0.25


def status_field(name):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(name + ":"):
                return int(line.split()[1])
    return -1


def open_sockets():
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink("/proc/self/fd/" + fd).startswith("socket:"):
                count += 1
        except OSError:
            pass
    return count


class Peaks:
    def __init__(self):
        self.threads = 0
        self.sockets = 0

    def sample(self):
        self.threads = max(self.threads, status_field("Threads"))
        self.sockets = max(self.sockets, open_sockets())

    async def sample_forever(self):
        while True:
            self.sample()
            await asyncio.sleep(SAMPLE_SECONDS)


# tag::fetch-all[]
async def fetch(session, semaphore, url):
    async with semaphore:
        try:
            async with session.get(url) as response:
                response.raise_for_status()
                await response.read()
                return True
        except (aiohttp.ClientError, asyncio.TimeoutError):
            return False


async def fetch_all(session, url, requests, limit):
    semaphore = asyncio.Semaphore(limit)
    tasks = [asyncio.create_task(fetch(session, semaphore, url)) for _ in range(requests)]
    return await asyncio.gather(*tasks)
# end::fetch-all[]


async def timed(session, url, requests, limit):
    start = time.perf_counter()
    results = await fetch_all(session, url, requests, limit)
    return time.perf_counter() - start, sum(results)


def settled(seconds):
    last = seconds[-3:]
    return len(last) == 3 and max(last) - min(last) <= 0.10 * min(last)


async def main(url, requests, limit, warmup_seconds, runs):
    peaks = Peaks()
    sampler = asyncio.create_task(peaks.sample_forever())
    timeout = aiohttp.ClientTimeout(total=30)
    connector = aiohttp.TCPConnector(limit=limit)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        warmup, start = [], time.perf_counter()
        while True:
            warmup.append((await timed(session, url, requests, limit))[0])
            elapsed = time.perf_counter() - start
            if warmup_seconds == 0 or elapsed >= 3 * warmup_seconds or (elapsed >= warmup_seconds and settled(warmup)):
                break
        print("warmup runs=%d seconds=%.1f settled=%s" % (len(warmup), elapsed, str(settled(warmup)).lower()), flush=True)
        for _ in range(runs):
            seconds, ok = await timed(session, url, requests, limit)
            peaks.sample()
            print("run seconds=%.6f ok=%d failed=%d rss=%d threads=%d sockets=%d" % (
                seconds, ok, requests - ok, status_field("VmHWM") * 1024, peaks.threads, peaks.sockets), flush=True)
    sampler.cancel()


if __name__ == "__main__":
    if len(sys.argv) != 6:
        print("aiohttp_bench: expected 5 arguments; usage: " + __doc__.splitlines()[2], file=sys.stderr)
        sys.exit(2)
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])))
