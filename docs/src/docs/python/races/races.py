"""Five scenarios of the easyracer course with asyncio and aiohttp: 1, 4, 7, 8 and 9.

Usage: python3 races.py [BASE_URL]
BASE_URL defaults to a scenario server on http://127.0.0.1:8080 (see step 5 in the README).
"""
import asyncio
import sys

import aiohttp

BASE_URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"


# tag::race[]
async def race(*coroutines):
    """The first to succeed wins; a failure just loses; the losers are cancelled."""
    tasks = [asyncio.create_task(coroutine) for coroutine in coroutines]
    failures = []
    try:
        pending = set(tasks)
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task.exception() is None:
                    return task.result()
                failures.append(task.exception())
        raise ExceptionGroup("every racer failed", failures)
    finally:
        for task in tasks:
            task.cancel()  # a no-op for those done; the others' connections close
        await asyncio.gather(*tasks, return_exceptions=True)  # until they have stopped
# end::race[]


# tag::get[]
async def get(session, path):
    async with session.get(BASE_URL + path) as response:
        response.raise_for_status()  # a non-2xx answer raises, and so loses a race
        return await response.text()
# end::get[]


# tag::scenario1[]
async def scenario1(session):
    return await race(get(session, "/1"), get(session, "/1"))
# end::scenario1[]


# tag::scenario4[]
async def scenario4(session):
    async def within_a_second():
        async with asyncio.timeout(1):  # cancels the request when the second is up
            return await get(session, "/4")

    return await race(within_a_second(), get(session, "/4"))
# end::scenario4[]


# tag::scenario7[]
async def scenario7(session):
    async def hedge():
        await asyncio.sleep(3)  # cancelled here if the first wins before: it never starts
        return await get(session, "/7")

    return await race(get(session, "/7"), hedge())
# end::scenario7[]


# tag::scenario8[]
async def scenario8(session):
    async def open_use_close():
        resource = await get(session, "/8?open")
        try:
            return await get(session, f"/8?use={resource}")
        finally:
            await get(session, f"/8?close={resource}")

    return await race(open_use_close(), open_use_close())
# end::scenario8[]


# tag::scenario9[]
async def scenario9(session):
    letters = []  # in the order they arrive

    async def letter():
        try:
            letters.append(await get(session, "/9"))
        except aiohttp.ClientResponseError:
            pass  # a 500 adds none

    async with asyncio.TaskGroup() as group:  # waits for all ten
        for _ in range(10):
            group.create_task(letter())
    return "".join(letters)
# end::scenario9[]


# tag::main[]
async def main():
    timeout = aiohttp.ClientTimeout(total=60)  # every request has a deadline
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for number, scenario in [(1, scenario1), (4, scenario4), (7, scenario7),
                                 (8, scenario8), (9, scenario9)]:
            print(f"scenario {number} (python): {await scenario(session)}", flush=True)


asyncio.run(main())
# end::main[]
